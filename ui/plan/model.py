"""The development plan as a table model, its editors, and the checks shown under the table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QStyledItemDelegate

from app.model import PLAN_STATUSES, Category, Pillar, PlanItem

SortRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2   # the stored value (ids, numbers), for editors

STATUS_NAMES = {
    "planned": QT_TRANSLATE_NOOP("PlanTableModel", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("PlanTableModel", "In progress"),
    "done": QT_TRANSLATE_NOOP("PlanTableModel", "Done"),
    "deferred": QT_TRANSLATE_NOOP("PlanTableModel", "Deferred"),
}


@dataclass(frozen=True)
class PlanColumn:
    field: str
    title: str
    width: int


COLUMNS = (
    PlanColumn("issue", QT_TRANSLATE_NOOP("PlanTableModel", "Development issue"), 200),
    PlanColumn("activity", QT_TRANSLATE_NOOP("PlanTableModel", "Project / activity"), 220),
    PlanColumn("pillar_id", QT_TRANSLATE_NOOP("PlanTableModel", "Pillar"), 110),
    PlanColumn("category_id", QT_TRANSLATE_NOOP("PlanTableModel", "PMQA category"), 120),
    PlanColumn("kpi", QT_TRANSLATE_NOOP("PlanTableModel", "KPI"), 170),
    PlanColumn("target", QT_TRANSLATE_NOOP("PlanTableModel", "Target"), 110),
    PlanColumn("fiscal_year", QT_TRANSLATE_NOOP("PlanTableModel", "Fiscal year (BE)"), 115),
    PlanColumn("quarter", QT_TRANSLATE_NOOP("PlanTableModel", "Quarter"), 72),
    PlanColumn("responsible", QT_TRANSLATE_NOOP("PlanTableModel", "Responsible unit"), 160),
    PlanColumn("budget_satang", QT_TRANSLATE_NOOP("PlanTableModel", "Budget (baht)"), 110),
    PlanColumn("status", QT_TRANSLATE_NOOP("PlanTableModel", "Status"), 110),
)
FIELDS = [c.field for c in COLUMNS]
NUMBER_FIELDS = ("fiscal_year", "quarter", "budget_satang")

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_AMOUNT = re.compile(r"^\d+(\.\d{1,2})?$")


class BudgetError(ValueError):
    """The text is not an amount in baht."""


def parse_baht(text: str) -> int | None:
    """``"1,500,000.50"`` (Thai digits too, "บาท" allowed) → satang; empty → None."""
    cleaned = text.translate(_THAI_DIGITS).replace(",", "").replace("บาท", "").replace(" ", "").strip()
    if not cleaned:
        return None
    if not _AMOUNT.match(cleaned):
        raise BudgetError(text)
    baht, _, satang = cleaned.partition(".")
    return int(baht) * 100 + int((satang + "00")[:2])


def format_baht(satang: int | None) -> str:
    if satang is None:
        return ""
    return f"{satang // 100:,}.{satang % 100:02d}"


def plan_problems(item: PlanItem) -> list[str]:
    """What an item still lacks before it can go into the plan document (translated)."""
    # Literal translate() calls: lupdate files them under PlanTableModel, where they are looked up
    # (a `tr = lambda` alias hid the context, and the Thai sat under an empty one, unused).
    translate = QCoreApplication.translate
    checks = ((item.activity, translate("PlanTableModel", "no project or activity")),
              (item.kpi, translate("PlanTableModel", "no KPI")),
              (item.target, translate("PlanTableModel", "no target")),
              (item.fiscal_year, translate("PlanTableModel", "no fiscal year")),
              (item.responsible, translate("PlanTableModel", "no responsible unit")))
    return [message for value, message in checks if value in (None, "")]


class PlanTableModel(QAbstractTableModel):
    """Plan items in plan order. ``setData`` hands the change to the panel (core + undo) through
    ``edit_requested``."""

    edit_requested = Signal(int, str, object)  # (item id, field, the value as typed or chosen)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[PlanItem] = []
        self.pillars: dict[int, Pillar] = {}
        self.categories: dict[int, Category] = {}
        self.lang = "th"

    def set_items(self, items: list[PlanItem], pillars: list[Pillar], categories: list[Category], lang: str) -> None:
        self.pillars = {p.id: p for p in pillars}
        self.categories = {c.id: c for c in categories}
        self.lang = lang
        if [i.id for i in items] == [i.id for i in self.items]:
            self.items = list(items)
            if items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section].title)
        return str(section + 1)

    def status_name(self, status: str) -> str:
        return self.tr(STATUS_NAMES.get(status, status))

    def pillar_name(self, pillar_id: int | None) -> str:
        pillar = self.pillars.get(pillar_id)
        return pillar.short(self.lang) if pillar else ""

    def category_name(self, category_id: int | None) -> str:
        category = self.categories.get(category_id)
        return f"{category.number}. {category.name(self.lang)}" if category else ""

    def choices(self, field: str) -> list[tuple[object, str]] | None:
        """(value, label) pairs for a field edited with a list; None for free text."""
        if field == "pillar_id":
            return [(None, "")] + [(p.id, p.short(self.lang)) for p in self.pillars.values()]
        if field == "category_id":
            return [(None, "")] + [(c.id, self.category_name(c.id)) for c in self.categories.values()]
        if field == "status":
            return [(s, self.status_name(s)) for s in PLAN_STATUSES]
        if field == "quarter":
            return [(None, "")] + [(q, self.tr("Q%1").replace("%1", str(q))) for q in range(1, 5)]
        return None

    def _display(self, item: PlanItem, field: str) -> str:
        value = getattr(item, field)
        if field == "pillar_id":
            return self.pillar_name(value)
        if field == "category_id":
            return self.category_name(value)
        if field == "status":
            return self.status_name(value)
        if field == "quarter":
            return self.tr("Q%1").replace("%1", str(value)) if value else ""
        if field == "budget_satang":
            return format_baht(value)
        return "" if value is None else str(value)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, field = self.items[index.row()], COLUMNS[index.column()].field
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, field)
        if role == Qt.ItemDataRole.EditRole:  # the budget is typed in baht, stored in satang
            return self._display(item, field) if field == "budget_satang" else getattr(item, field)
        if role == ValueRole:
            return getattr(item, field)
        if role == SortRole:
            return self._sort_key(item, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in NUMBER_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, field)
        return None

    def _tooltip(self, item: PlanItem, field: str) -> str | None:
        """The cell's whole text (a narrow column cuts it), then what the item still lacks."""
        problems = plan_problems(item)
        return "\n".join([self._display(item, field)] + ([", ".join(problems)] if problems else [])) or None

    def _sort_key(self, item: PlanItem, field: str):
        """Numbers sort as numbers (blanks first), pillars and categories in the template's order
        (blanks last), the rest by the text shown."""
        value = getattr(item, field)
        if field in NUMBER_FIELDS:
            return -1 if value is None else value
        if field == "category_id":
            category = self.categories.get(value)
            return category.number if category else 99
        if field == "pillar_id":
            pillar = self.pillars.get(value)
            return pillar.position if pillar else 99
        return self._display(item, field)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item, field = self.items[index.row()], COLUMNS[index.column()].field
        self.edit_requested.emit(item.id, field, value)
        return True


class PlanDelegate(QStyledItemDelegate):
    """Lists for pillar, category, quarter and status; a Buddhist Era year box; text for the rest."""

    def createEditor(self, parent, option, index):
        model = index.model()
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        field = COLUMNS[index.column()].field
        choices = source.choices(field)
        if choices is not None:
            combo = QComboBox(parent)
            for value, label in choices:
                combo.addItem(label, value)
            return combo
        if field == "fiscal_year":
            spin = QSpinBox(parent)
            spin.setRange(2400, 2800)
            return spin
        editor = QLineEdit(parent)
        if field == "budget_satang":
            editor.setPlaceholderText(self.tr("e.g. 150,000"))
        return editor

    def setEditorData(self, editor, index) -> None:
        value = index.data(ValueRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(value or _default_fiscal_year(index))
        else:
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        else:
            value = editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


def _default_fiscal_year(index) -> int:
    from datetime import date

    from app.thaidate import fiscal_year
    return fiscal_year(date.today())
