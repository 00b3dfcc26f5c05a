"""The self-assessment grid: one row per PMQA category (or pillar), a column per group, then the
aggregate (mean, lowest, highest, spread, count) of the row."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from app.assessment import Aggregate, aggregate, most_disputed
from app.model import Assessment, Group, MaturityLevel
from ui.common.text_fit import wrapped
from ui.common import theme

LevelRole = Qt.ItemDataRole.UserRole + 1
CENTERED = int(Qt.AlignmentFlag.AlignCenter)
MEAN, LOWEST, HIGHEST, SPREAD, COUNT = range(5)  # the aggregate columns
ROW_LABEL_WIDTH, GROUP_COLUMN_WIDTH = 300, 140  # labels wrap between words (rows 2 lines, groups 3), then "…"

AGGREGATE_HEADERS = (
    QT_TRANSLATE_NOOP("AssessmentGridModel", "Mean"),
    QT_TRANSLATE_NOOP("AssessmentGridModel", "Lowest"),
    QT_TRANSLATE_NOOP("AssessmentGridModel", "Highest"),
    QT_TRANSLATE_NOOP("AssessmentGridModel", "Spread"),
    QT_TRANSLATE_NOOP("AssessmentGridModel", "Scores"),
)


@dataclass(frozen=True)
class Target:
    id: int
    label: str   # "1. Leadership"
    short: str   # "1" or the pillar's short name, for the chart


def disputed_targets(aggregates: list[Aggregate]) -> set[int]:
    """The targets with the widest spread of scores, to be marked; none when nothing stands out."""
    top = most_disputed(aggregates)
    if not top:
        return set()
    disputed = {a.target_id for a in top if a.spread == top[0].spread and a.spread > 0}
    if len(disputed) == len(top) and len(top) > 1:
        return set()  # the same disagreement everywhere: nothing stands out
    return disputed


class AssessmentGridModel(QAbstractTableModel):
    """Scores as the core returned them; a score chosen in a cell is announced by ``edit_requested``
    for the panel to commit (the model never writes to the workshop)."""

    edit_requested = Signal(int, int, object)  # (group id, target id, level or None)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = "category"
        self.targets: list[Target] = []
        self.groups: list[Group] = []
        self.levels: list[MaturityLevel] = []
        self.scores: dict[tuple[int, int], Assessment] = {}
        self.aggregates: list[Aggregate] = []
        self.disputed: set[int] = set()
        self.header_font = QFont()  # the panel sets its headers' font: labels are wrapped for it
        self.lang = "th"

    def set_data(self, kind: str, targets: list[Target], groups: list[Group], levels: list[MaturityLevel],
                 assessments: list[Assessment], lang: str) -> None:
        same_shape = self._same_shape(kind, targets, groups)
        if not same_shape:
            self.beginResetModel()
        self.kind, self.targets, self.groups, self.levels, self.lang = kind, list(targets), list(groups), list(levels), lang
        self.scores = {(a.group_id, a.target_id): a for a in assessments if a.target == kind}
        self.aggregates = aggregate(assessments, kind, [t.id for t in targets], [g.id for g in groups])
        self.disputed = disputed_targets(self.aggregates)
        if not same_shape:
            self.endResetModel()
        elif targets:
            self.dataChanged.emit(self.index(0, 0), self.index(len(targets) - 1, self.columnCount() - 1))

    def _same_shape(self, kind: str, targets: list[Target], groups: list[Group]) -> bool:
        """The same rows and columns: then a redraw keeps the view's current cell and scroll position."""
        return (kind == self.kind and [t.id for t in targets] == [t.id for t in self.targets]
                and [g.id for g in groups] == [g.id for g in self.groups])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.groups) + len(AGGREGATE_HEADERS)

    # columns: the aggregate first (always in sight), then one per group
    AGGREGATES = len(AGGREGATE_HEADERS)

    def is_group_column(self, column: int) -> bool:
        return column >= self.AGGREGATES

    def group_at(self, column: int) -> Group:
        return self.groups[column - self.AGGREGATES]


    def level_name(self, value: int | None) -> str:
        level = next((m for m in self.levels if m.value == value), None)
        return f"{value} · {level.name(self.lang)}" if level else ""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return wrapped(self.targets[section].label, self.header_font, ROW_LABEL_WIDTH - 16, 2)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.targets[section].label
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.is_group_column(section):
                return wrapped(self.group_at(section).name, self.header_font, GROUP_COLUMN_WIDTH - 24, 3)
            return self.tr(AGGREGATE_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.is_group_column(section):
            return self.group_at(section).name
        if role == Qt.ItemDataRole.ForegroundRole and self.is_group_column(section):
            return QColor(self.group_at(section).color).darker(130)
        return None

    def score(self, row: int, column: int) -> Assessment | None:
        return self.scores.get((self.group_at(column).id, self.targets[row].id))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.targets):
            return None
        row, column = index.row(), index.column()
        if self.is_group_column(column):
            return self._score_data(self.score(row, column), role)
        return self._aggregate_data(self.aggregates[row], column, role)

    def _score_data(self, score: Assessment | None, role: int):
        """A group's cell: its level, with ✎ when the group wrote why; blank when not scored yet."""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTERED
        if score is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{score.level}{' ✎' if score.reason else ''}"
        if role in (LevelRole, Qt.ItemDataRole.EditRole):
            return score.level
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (self.level_name(score.level), score.reason) if p)
        if role == Qt.ItemDataRole.BackgroundRole and self.levels:
            top = max(m.value for m in self.levels)  # deeper blue for a higher level on this scale
            return QColor.fromHsv(210, int(30 + 90 * score.level / top), 255)
        return None

    def _aggregate_data(self, agg: Aggregate, field: int, role: int):
        """An aggregate cell, greyed so it reads apart from the scores; the widest spread stands out."""
        disputed = field == SPREAD and agg.target_id in self.disputed
        if role == Qt.ItemDataRole.DisplayRole:
            values = (None if agg.mean is None else f"{agg.mean:.2f}", agg.lowest, agg.highest, agg.spread, agg.count)
            return "–" if values[field] is None else str(values[field])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTERED
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(theme.DISPUTED_FILL if disputed else theme.NEUTRAL_FILL)
        if role == Qt.ItemDataRole.FontRole and field == MEAN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and disputed:
            return self.tr("The groups disagree most here")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.is_group_column(index.column()) else flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_group_column(index.column()):
            return False
        self.edit_requested.emit(self.group_at(index.column()).id, self.targets[index.row()].id, value)
        return True


class LevelDelegate(QStyledItemDelegate):
    """A list of the template's maturity levels (and "no score")."""

    def createEditor(self, parent, option, index):
        model = index.model()
        combo = QComboBox(parent)
        combo.addItem("", None)
        for level in model.levels:
            combo.addItem(model.level_name(level.value), level.value)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(LevelRole)), 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData())
