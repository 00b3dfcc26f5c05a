"""The Room panel's table: each group's join code, devices connected now, and its input so far."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.model import Group
from app.room.progress import Progress

GroupIdRole = Qt.ItemDataRole.UserRole + 1


class RoomGroupsModel(QAbstractTableModel):
    COLUMNS = 4  # group, code, devices, input

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[Group] = []
        self.codes: dict[int, str] = {}
        self.devices: dict[int, int] = {}
        self.progress: Progress | None = None

    def set_groups(self, groups: list[Group], codes: dict[int, str]) -> None:
        self.beginResetModel()
        self.groups, self.codes = list(groups), dict(codes)
        self.endResetModel()

    def set_devices(self, devices: dict[int, int]) -> None:
        if devices != self.devices:
            self.devices = dict(devices)
            self._changed(2)

    def set_progress(self, progress: Progress | None) -> None:
        self.progress = progress
        self._changed(3)

    def _changed(self, column: int) -> None:
        if self.groups:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.groups) - 1, column))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Group"), self.tr("Code"), self.tr("Devices"), self.tr("Input"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        group = self.groups[index.row()]
        if role == GroupIdRole:
            return group.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (group.name, self.codes.get(group.id, ""), str(self.devices.get(group.id, 0)),
                    self._input(group.id))[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            from PySide6.QtGui import QColor
            return QColor(group.color)
        return None

    def _input(self, group_id: int) -> str:
        progress = self.progress
        if progress is None or group_id not in progress.detail:
            return ""
        given, needed = progress.detail[group_id]
        done = "✓ " if group_id in progress.done else ""
        if progress.step == "capture":
            return done + self.tr("%n card(s)", "", given)
        if progress.step == "assess":
            return done + self.tr("%1 of %2 scored").replace("%1", str(given)).replace("%2", str(needed))
        return done + self.tr("%1 of %2 dots").replace("%1", str(given)).replace("%2", str(needed))
