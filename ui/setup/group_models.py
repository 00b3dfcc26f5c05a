"""List models of the Setup step: the workshop's groups, and the members of one group.

The models never write to the workshop: renaming in place emits ``rename_requested`` from inside
``setData``, and the owner commits it through the core (see ``GroupsEditorWidget``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.model import Group, Member


class _NamedRowsModel(QAbstractListModel):
    """Rows with a ``name`` and an ``id``, renamed in place through ``rename_requested``."""

    # (the Group or Member, its new name); emitted inside the view's commitData, so a receiver that
    # redraws the model must be connected queued
    rename_requested = Signal(object, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return row.name
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return self.row_data(row, role)

    def row_data(self, row, role: int):
        return row.name if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if row.name != value:
            self.rename_requested.emit(row, value)
        return True

    def row_of(self, row_id: int | None) -> int:
        return next((n for n, row in enumerate(self.rows) if row.id == row_id), -1)


class GroupListModel(_NamedRowsModel):
    """The workshop's groups: name (editable in place), colour swatch and member count."""

    @property
    def groups(self) -> list[Group]:
        return self.rows

    def set_groups(self, groups: list[Group]) -> None:
        self.set_rows(groups)

    def row_data(self, group: Group, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%1 · %n member(s)", "", len(group.members)).replace("%1", group.name)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(group.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Colour %1").replace("%1", group.color)
        return None


class MemberListModel(_NamedRowsModel):
    """The members of one group; names edit in place."""

    @property
    def members(self) -> list[Member]:
        return self.rows

    def set_members(self, members) -> None:
        self.set_rows(members)
