"""The plan's items as a compact list: number, project or activity, and where each stood at the
chosen checkpoint (reported there, carried forward from an earlier one, or no update yet); in a
consolidated workshop, a fourth column names the office each item came from."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.model import Checkpoint, PlanItem, Progress
from ui.common import theme
from ui.followup.names import status_name


class ItemProgressModel(QAbstractTableModel):
    """Rows are plan items in plan order. ``latest`` maps an item's id to its progress as of the
    checkpoint (from ``followup_glance``); a row reported at an earlier checkpoint is shown muted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[PlanItem] = []
        self.latest: dict[int, Progress | None] = {}
        self.checkpoint: Checkpoint | None = None
        self.names: dict[int, str] = {}  # checkpoint id -> name, for "reported at …"
        self.offices: dict[int, str] | None = None  # plan item id -> its office; None: an ordinary workshop

    def set_rows(self, items: list[PlanItem], latest: dict[int, Progress | None], checkpoint: Checkpoint | None,
                 names: dict[int, str], offices: dict[int, str] | None = None) -> None:
        same = [i.id for i in items] == [i.id for i in self.items] and (offices is None) == (self.offices is None)
        if not same:
            self.beginResetModel()
        self.items, self.latest, self.checkpoint, self.names = list(items), dict(latest), checkpoint, dict(names)
        self.offices = dict(offices) if offices is not None else None
        if not same:
            self.endResetModel()
        elif items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, self.columnCount() - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else (3 if self.offices is None else 4)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        return (self.tr("No."), self.tr("Project / activity"), self.tr("At this checkpoint"), self.tr("Office"))[section]

    def office_text(self, row: int) -> str:
        return (self.offices or {}).get(self.items[row].id) or self.tr("No office")

    def carried(self, row: int) -> bool:
        """The item's standing comes from an earlier checkpoint: nothing reported at this one."""
        progress = self.latest.get(self.items[row].id)
        return progress is not None and self.checkpoint is not None and progress.checkpoint_id != self.checkpoint.id

    def standing_text(self, row: int) -> str:
        progress = self.latest.get(self.items[row].id)
        if progress is None:
            return self.tr("No update")
        return f"{status_name(progress.status)} · {progress.percent}%"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 3:
                return self.office_text(index.row())
            return (str(index.row() + 1), item.activity or item.issue or "—", self.standing_text(index.row()))[column]
        if column == 3 and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme.MUTED)
        if column == 2 and role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(index.row())
        if column == 2 and role == Qt.ItemDataRole.ToolTipRole and self.carried(index.row()):
            reported = self.latest[item.id].checkpoint_id
            return self.tr("Nothing reported at this checkpoint yet; as reported at %1").replace(
                "%1", self.names.get(reported, ""))
        if column == 0 and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None

    def _colour(self, row: int) -> QColor | None:
        """Muted when nothing is reported here; delays stand out, and what is done."""
        progress = self.latest.get(self.items[row].id)
        if progress is None or self.carried(row):
            return QColor(theme.MUTED)
        return {"delayed": QColor(theme.WARNING), "done": QColor(theme.SUCCESS)}.get(progress.status)
