"""The ranked list of initiatives (dots, then impact and effort; ties shown as ties), read-only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QT_TRANSLATE_NOOP, Qt

from app.model import Initiative, Pillar, PlanItem, Vote
from app.ranking import Ranked, rank_initiatives

InitiativeIdRole = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("RankedModel", "Rank"),
    QT_TRANSLATE_NOOP("RankedModel", "Initiative"),
    QT_TRANSLATE_NOOP("RankedModel", "Pillar"),
    QT_TRANSLATE_NOOP("RankedModel", "Dots"),
    QT_TRANSLATE_NOOP("RankedModel", "Impact"),
    QT_TRANSLATE_NOOP("RankedModel", "Effort"),
    QT_TRANSLATE_NOOP("RankedModel", "In plan"),
)
# Shown after the others in a consolidated workshop: every office an initiative came from.
OFFICES_HEADER = QT_TRANSLATE_NOOP("RankedModel", "Offices")


class RankedModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Ranked] = []
        self.pillars: dict[int, Pillar] = {}
        self.planned: set[int] = set()
        self.offices: dict[int, str] = {}
        self.lang = "th"

    def set_data(self, initiatives: list[Initiative], votes: list[Vote], pillars: list[Pillar],
                 plan: list[PlanItem], lang: str, offices: dict[int, str] | None = None) -> None:
        """``offices``: initiative id -> the offices it came from (a consolidated workshop), shown in
        a last column."""
        self.beginResetModel()
        self.offices = dict(offices or {})
        self.rows = rank_initiatives(initiatives, votes)
        self.pillars = {p.id: p for p in pillars}
        self.planned = {p.initiative_id for p in plan if p.initiative_id is not None}
        self.lang = lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS) + (1 if self.offices else 0)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section] if section < len(HEADERS) else OFFICES_HEADER)
        return None

    def ranked(self, row: int) -> Ranked:
        return self.rows[row]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == InitiativeIdRole:
            return r.initiative.id
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(r)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 and r.tied:
                return self.tr("Tied: the same dots, impact and effort as another initiative")
            return r.initiative.title if column == 1 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (1, 2, len(HEADERS)):  # text left, numbers centre
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cells(self, r: Ranked) -> tuple:
        """One row's texts, in the order of HEADERS."""
        pillar = self.pillars.get(r.initiative.pillar_id)
        return (r.label, r.initiative.title, pillar.short(self.lang) if pillar else "", r.dots,
                r.initiative.impact or "", r.initiative.effort or "", "✓" if r.initiative.id in self.planned else "",
                self.offices.get(r.initiative.id, ""))
