"""Initiatives as an editable table: title, pillar, each group's dots, total, impact and effort."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate

from app.model import Group, Initiative, Pillar, Vote
from app.ranking import dots_by_initiative, spent_dots
from ui.common.text_fit import wrapped

ValueRole = Qt.ItemDataRole.UserRole + 1
TITLE, PILLAR = 0, 1
GROUP_COLUMN_WIDTH = 124  # a group's vote column: its name in up to three lines, then the dots left
FIXED_HEADERS = (QT_TRANSLATE_NOOP("InitiativeTableModel", "Initiative"),
                 QT_TRANSLATE_NOOP("InitiativeTableModel", "Pillar"))


class InitiativeTableModel(QAbstractTableModel):
    # (initiative id, column kind, group id or None, value): ("dots", group_id) | ("impact", None) | …;
    # the panel turns an edit into a core operation
    edit_requested = Signal(int, str, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.initiatives: list[Initiative] = []
        self.groups: list[Group] = []
        self.pillars: dict[int, Pillar] = {}
        self.votes: dict[tuple[int, int], int] = {}
        self.all_votes: list[Vote] = []
        self.allowance = 0
        self.lang = "th"
        self.header_font = QFont()  # the panel sets its header's font: group names are wrapped for it

    def set_data(self, initiatives: list[Initiative], groups: list[Group], votes: list[Vote],
                 pillars: list[Pillar], allowance: int, lang: str) -> None:
        same_shape = ([i.id for i in initiatives] == [i.id for i in self.initiatives]
                      and [g.id for g in groups] == [g.id for g in self.groups])
        if not same_shape:
            self.beginResetModel()
        self.initiatives, self.groups = list(initiatives), list(groups)
        self.pillars = {p.id: p for p in pillars}
        self.all_votes = list(votes)
        self.votes = {(v.initiative_id, v.group_id): v.dots for v in votes}
        self.allowance, self.lang = allowance, lang
        if not same_shape:
            self.endResetModel()
        elif initiatives:
            self.dataChanged.emit(self.index(0, 0), self.index(len(initiatives) - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # columns: title, pillar, one per group, total, impact, effort
    def column_kind(self, column: int) -> tuple[str, int | None]:
        if column == TITLE:
            return "title", None
        if column == PILLAR:
            return "pillar", None
        if 2 <= column < 2 + len(self.groups):
            return "dots", self.groups[column - 2].id
        return ("total", "impact", "effort")[column - 2 - len(self.groups)], None

    def column_of(self, kind: str, group_id: int | None = None) -> int:
        return next(c for c in range(self.columnCount()) if self.column_kind(c) == (kind, group_id))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.initiatives)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5 + len(self.groups)

    def left(self, group_id: int) -> int:
        return self.allowance - spent_dots(self.all_votes, group_id)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        kind, group_id = self.column_kind(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "dots":
                # between words, in the column's width; "…" only past three lines (the tooltip has it whole)
                name = wrapped(self.groups[section - 2].name, self.header_font, GROUP_COLUMN_WIDTH - 14, 3)
                return self.tr("%1\n%2 left").replace("%1", name).replace("%2", str(self.left(group_id)))
            if kind in ("title", "pillar"):
                return self.tr(FIXED_HEADERS[section])
            return {"total": self.tr("Dots"), "impact": self.tr("Impact\n1–5"), "effort": self.tr("Effort\n1–5")}[kind]
        if role == Qt.ItemDataRole.ToolTipRole and kind == "dots":
            return self.groups[section - 2].name + "\n" + self.tr(
                "Dots this group puts on each initiative; it has %1 in all.").replace("%1", str(self.allowance))
        if role == Qt.ItemDataRole.ForegroundRole and kind == "dots":
            return QColor(self.groups[section - 2].color).darker(130)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.initiatives):
            return None
        initiative = self.initiatives[index.row()]
        kind, group_id = self.column_kind(index.column())
        if role == ValueRole:
            return self._value(initiative, kind, group_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _shown(self._value(initiative, kind, group_id), kind, role == Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and kind == "dots":
            return QColor(self.groups[index.column() - 2].color)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "title":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and kind == "title":
            return initiative.title
        return None

    def _value(self, initiative: Initiative, kind: str, group_id: int | None):
        """What a cell holds: the pillar's short name, a group's dots, all the dots, or the initiative's own
        title, impact or effort."""
        if kind == "pillar":
            pillar = self.pillars.get(initiative.pillar_id)
            return pillar.short(self.lang) if pillar else ""
        if kind == "dots":
            return self.votes.get((initiative.id, group_id), 0)
        if kind == "total":
            return dots_by_initiative(v for v in self.all_votes if v.initiative_id == initiative.id).get(initiative.id, 0)
        return getattr(initiative, kind)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.column_kind(index.column())[0] in ("title", "dots", "impact", "effort"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        kind, group_id = self.column_kind(index.column())
        self.edit_requested.emit(self.initiatives[index.row()].id, kind, group_id, value)
        return True


def _shown(value, kind: str, displayed: bool):
    """A cell's text, or what its editor starts from; a blank for no value (and for no dots)."""
    if kind == "dots":  # up to five are drawn as dots; a larger count, and the editor, get the number
        return "●" * value if displayed and 0 < value <= 5 else (value or "")
    return "" if value is None else value


class InitiativeDelegate(QStyledItemDelegate):
    """A number box for dots, a 1–5 list (or blank) for impact and effort."""

    def createEditor(self, parent, option, index):
        kind, _group = index.model().column_kind(index.column())
        if kind == "dots":
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            return spin
        if kind in ("impact", "effort"):
            combo = QComboBox(parent)
            combo.addItem("", None)
            for n in range(1, 6):
                combo.addItem(str(n), n)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        value = index.data(ValueRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(value or 0)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)
