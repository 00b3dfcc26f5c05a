"""The agenda as a table: kind, title, planned minutes, the computed schedule and the actual times.

The model never writes to the workshop itself: an edit in place emits ``edit_requested`` and a
drag or a move emits ``order_requested``; the panel turns them into undoable operations, and the
model is redrawn from the file when the panel receives the resulting ``Changes``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, Signal,
)
from PySide6.QtGui import QColor

from app.model import AgendaItem
from app.model import AGENDA_KINDS
from ui.common import theme

KIND, TITLE, MINUTES, START, END, ACTUAL_START, ACTUAL_END = range(7)
COLUMN_COUNT = 7
MIME_TYPE = "application/x-pmqa-agenda-ids"
OVERRUN_COLOR = theme.CLOCK_RED  # an actual end later than planned: the run's over-time red

KIND_NAMES = {
    "opening": QT_TRANSLATE_NOOP("AgendaKinds", "Opening"),
    "briefing": QT_TRANSLATE_NOOP("AgendaKinds", "Briefing"),
    "group_work": QT_TRANSLATE_NOOP("AgendaKinds", "Group work"),
    "report_back": QT_TRANSLATE_NOOP("AgendaKinds", "Report-back"),
    "self_assessment": QT_TRANSLATE_NOOP("AgendaKinds", "Self-assessment"),
    "prioritization": QT_TRANSLATE_NOOP("AgendaKinds", "Prioritization"),
    "action_planning": QT_TRANSLATE_NOOP("AgendaKinds", "Action planning"),
    "break": QT_TRANSLATE_NOOP("AgendaKinds", "Break"),
    "closing": QT_TRANSLATE_NOOP("AgendaKinds", "Closing"),
}
assert set(KIND_NAMES) == set(AGENDA_KINDS), "every agenda kind needs a translatable name"


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("AgendaKinds", KIND_NAMES.get(kind, kind))


def minutes_of_day(start_time: str) -> int:
    hours, minutes = start_time.split(":")
    return int(hours) * 60 + int(minutes)


def clock_text(minute_of_day: int) -> str:
    """``HH:MM``; a time past midnight gets ``+1`` (a day that long is unusual, not an error)."""
    days, rest = divmod(minute_of_day, 24 * 60)
    text = f"{rest // 60:02d}:{rest % 60:02d}"
    return text + (f" +{days}" if days else "")


def schedule(start_time: str, items: list[AgendaItem]) -> list[tuple[int, int]]:
    """Planned (start, end) of each item, in minutes from midnight, from the day's start time."""
    clock = minutes_of_day(start_time)
    out = []
    for item in items:
        out.append((clock, clock + item.minutes))
        clock += item.minutes
    return out


def _actual_text(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).strftime("%H:%M")
    except ValueError:
        return stamp


def _actual_minutes(item: AgendaItem) -> float | None:
    if not (item.actual_start and item.actual_end):
        return None
    try:
        delta = datetime.fromisoformat(item.actual_end) - datetime.fromisoformat(item.actual_start)
    except ValueError:
        return None
    return delta.total_seconds() / 60


def _overrun_minutes(item: AgendaItem) -> float | None:
    """How long past its planned minutes the item ran; None if it has not ended or kept within half a
    minute of them (a few seconds over would read "0 min over the plan")."""
    actual = _actual_minutes(item)
    if actual is None or actual <= item.minutes + 0.5:
        return None
    return actual - item.minutes


class AgendaTableModel(QAbstractTableModel):
    # (the item, "kind" | "title" | "minutes", the new value); emitted inside the view's commitData,
    # so a receiver that redraws the model must be connected queued
    edit_requested = Signal(object, str, object)
    # every item's id in the new order, asked for by a drop or moveRows
    order_requested = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.start_time = "08:30"
        self.times: list[tuple[int, int]] = []

    # ----------------------------------------------------------------- contents
    def set_agenda(self, items: list[AgendaItem], start_time: str) -> None:
        self.beginResetModel()
        self.items, self.start_time = list(items), start_time
        self.times = schedule(start_time, self.items)
        self.endResetModel()

    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    def finish_text(self) -> str:
        return clock_text(minutes_of_day(self.start_time) + self.total_minutes())

    def row_of(self, item_id: int | None) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def ids(self) -> list[int]:
        return [item.id for item in self.items]

    # ----------------------------------------------------------------- table
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Kind"), self.tr("Title"), self.tr("Minutes"), self.tr("Start"), self.tr("End"),
                self.tr("Actual start"), self.tr("Actual end"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            start, end = self.times[index.row()]
            return (kind_name(item.kind), item.title, str(item.minutes), clock_text(start), clock_text(end),
                    _actual_text(item.actual_start), _actual_text(item.actual_end))[column]
        if role == Qt.ItemDataRole.EditRole:
            return {KIND: item.kind, TITLE: item.title, MINUTES: item.minutes}.get(column)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= MINUTES:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole) and column == ACTUAL_END:
            return self._overrun_data(item, role)
        return None

    def _overrun_data(self, item: AgendaItem, role: int):
        """An item that ran over its plan shows its actual end in red, and by how much in the tooltip."""
        over = _overrun_minutes(item)
        if over is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(OVERRUN_COLOR)
        return self.tr("%1 min over the plan").replace("%1", str(round(over)))

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        if index.column() in (KIND, TITLE, MINUTES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.items[index.row()]
        field = {KIND: "kind", TITLE: "title", MINUTES: "minutes"}.get(index.column())
        if field is None:
            return False
        if field == "minutes":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        if getattr(item, field) != value:
            self.edit_requested.emit(item, field, value)
        return True

    # ----------------------------------------------------------------- moving rows
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(str(self.items[r].id) for r in rows).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            moved = [int(part) for part in bytes(data.data(MIME_TYPE).data()).decode().split(",") if part]
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        return self._move_ids(moved, row)

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count <= 0:
            return False
        if source_row < 0 or source_row + count > len(self.items):
            return False
        moved = self.ids()[source_row:source_row + count]
        return self._move_ids(moved, destination_child)

    def _move_ids(self, moved: list[int], before_row: int) -> bool:
        """Put the ``moved`` items before the row that is at ``before_row`` now: ask for that order."""
        ids = self.ids()
        if not moved or any(i not in ids for i in moved):
            return False
        anchor = ids[before_row] if 0 <= before_row < len(ids) else None
        while anchor in moved:
            following = ids.index(anchor) + 1
            anchor = ids[following] if following < len(ids) else None
        rest = [i for i in ids if i not in moved]
        at = rest.index(anchor) if anchor is not None else len(rest)
        order = rest[:at] + moved + rest[at:]
        if order == ids:
            return False
        self.order_requested.emit(order)
        return True
