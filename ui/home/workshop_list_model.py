"""A list model of workshop files for the home screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.library import Entry
from app.thaidate import format_date
from ui.common.error_catalogue import error_text
from ui.common import theme

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WorkshopListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[Entry] = []
        self.lang = "th"

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if entry.problem:
                return f"{entry.path.name}\n⚠ {error_text(entry.problem)}"
            second = " · ".join(p for p in (entry.organization, format_date(entry.event_date, self.lang)) if p)
            return f"{entry.title or entry.path.stem}\n{second}" if second else entry.title or entry.path.stem
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(entry.path)
        if role == Qt.ItemDataRole.ForegroundRole and entry.problem:
            return QBrush(QColor(theme.ERROR))
        if role == PATH_ROLE:
            return str(entry.path)
        return None
