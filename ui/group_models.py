"""List models of the Setup step: the workshop's groups, and the members of one group.

Renaming in place commits through the core a moment after the editor closes (see ``setData``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor

from app.model import Group, Member


class GroupListModel(QAbstractListModel):
    """The workshop's groups: name (editable in place), colour swatch and member count."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[Group] = []
        self.rename: Callable[[Group, str], bool] = lambda group, name: False

    def set_groups(self, groups: list[Group]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.groups)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.groups):
            return None
        group = self.groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%1 · %n member(s)", "", len(group.members)).replace("%1", group.name)
        if role == Qt.ItemDataRole.EditRole:
            return group.name
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(group.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Colour %1").replace("%1", group.color)
        if role == Qt.ItemDataRole.UserRole:
            return group.id
        return None

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        group = self.groups[index.row()]
        if group.name != value:
            # The commit redraws the model; the view's editor must not be deleted under commitData.
            QTimer.singleShot(0, lambda: self.rename(group, value))
        return True

    def row_of(self, group_id: int | None) -> int:
        return next((row for row, g in enumerate(self.groups) if g.id == group_id), -1)


class MemberListModel(QAbstractListModel):
    """The members of one group; names edit in place."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.members: list[Member] = []
        self.rename: Callable[[Member, str], bool] = lambda member, name: False

    def set_members(self, members) -> None:
        self.beginResetModel()
        self.members = list(members)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.members)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.members):
            return None
        member = self.members[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return member.name
        if role == Qt.ItemDataRole.UserRole:
            return member.id
        return None

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        member = self.members[index.row()]
        if member.name != value:
            QTimer.singleShot(0, lambda: self.rename(member, value))
        return True
