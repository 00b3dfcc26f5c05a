"""Prioritize: initiatives from the "what we propose" cards, dot voting, impact/effort, the ranked list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget,
)

from app.changes import Changes
from app.errors import WorkshopError
from app.ranking import rank_initiatives
from ui.common.panel_actions import make_action, set_action_text
from ui.prioritize.impact_effort_chart import ImpactEffortChart
from ui.prioritize.initiative_model import GROUP_COLUMN_WIDTH, InitiativeDelegate, InitiativeTableModel
from ui.common.messages import show_error
from ui.common.next_step import NextStepHint
from ui.prioritize.ranking_model import RankedModel
from ui.common.step_panel import StepPanel
from ui.common.table_rows import wrap_rows
from ui.common.undo import removals, run_or_report
from ui.common.icons import mark_primary_tool, set_action_icon

PROPOSALS_KEY = "proposals"  # the template's question whose cards become initiatives


class PrioritizePanel(StepPanel, QWidget):
    REDRAWS_ON = ("initiatives", "groups", "details", "plan")
    step_requested = Signal(str)  # the empty screen's button: go and capture proposals

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("prioritizePanel")
        self.lang = "th"
        self.model = InitiativeTableModel(self)
        self.model.edit_requested.connect(self.edit_initiative)
        self.view = QTableView(objectName="initiativeTable")
        self.view.setModel(self.model)
        self.view.setItemDelegate(InitiativeDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the rest of the width, no sideways scrolling
        self.model.header_font = header.font()
        self.ranked_model = RankedModel(self)
        self.ranked_view = QTableView(objectName="rankedList")
        self.ranked_view.setModel(self.ranked_model)
        self.ranked_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranked_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranked_view.verticalHeader().hide()
        ranked_header = self.ranked_view.horizontalHeader()
        ranked_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ranked_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ranked_view.setColumnHidden(6, True)
        wrap_rows(self.view)  # long titles on two lines, never cut off at 1366 pixels
        wrap_rows(self.ranked_view)
        self.chart = ImpactEffortChart()
        self.table_label = QLabel(objectName="initiativesLabel", wordWrap=True)
        self.ranked_label = QLabel(objectName="rankedLabel", wordWrap=True)
        self.chart_label = QLabel(objectName="chartLabel", wordWrap=True)
        self.toolbar = QToolBar(objectName="prioritizeToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._make_actions()

        # The voting table takes the whole width (one column per group); the ranking and the chart
        # share the lower half.
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(_stacked(self.ranked_label, self.ranked_view))
        below.addWidget(_stacked(self.chart_label, self.chart))
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        below.setSizes([820, 340])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_stacked(self.table_label, self.view))
        splitter.addWidget(below)
        splitter.setSizes([380, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.toolbar)
        self.next_hint = NextStepHint(objectName="prioritizeNextStep")
        layout.addWidget(self.next_hint)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def _make_actions(self) -> None:
        self.make_action = make_action(self, self.make_initiatives, "Ctrl+Shift+I")
        self.delete_action = make_action(self, self.delete_selected, "Delete")
        for action, name in ((self.make_action, "lightbulb"), (self.delete_action, "trash")):
            set_action_icon(action, name)
            self.toolbar.addAction(action)

    def retranslate(self) -> None:
        set_action_text(self.make_action, self.tr("&Make initiatives"),
                        self.tr("Make an initiative from every “what we propose” card not yet used"))
        set_action_text(self.delete_action, self.tr("&Delete initiative"), self.tr("Delete the selected initiatives"))
        self.ranked_label.setText(self.tr("Ranked: most dots first, then impact minus effort, then impact; "
                                          "equal ones share a rank (1=)."))
        self.chart_label.setText(self.tr("Impact and effort (numbers are ranks)"))
        self.redraw()

    # ----------------------------------------------------------------- context and changes
    def redraw(self) -> None:
        w = self.workshop
        if w is None:
            return
        details = w.details()
        self.lang = details.language
        initiatives, groups, votes, pillars = w.initiatives(), w.groups(), w.votes(), w.pillars()
        self.model.set_data(initiatives, groups, votes, pillars, details.dots_per_group, self.lang)
        header = self.view.horizontalHeader()
        for group in groups:  # long group names wrap between words (the header's tooltip has them whole)
            column = self.model.column_of("dots", group.id)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.view.setColumnWidth(column, GROUP_COLUMN_WIDTH)
        from app.merge.offices import initiative_offices  # every office of a merged initiative (consolidated)
        self.ranked_model.set_data(initiatives, votes, pillars, w.plan_items(), self.lang, initiative_offices(w))
        self.chart.set_ranked(rank_initiatives(initiatives, votes))
        self.table_label.setText(self.tr("%n initiative(s).", "", len(initiatives)) + " " + self.tr(
            "Each group has %n dot(s) to spend: select a group's cell and type a number.", "", details.dots_per_group))
        self._offer_next_step(initiatives)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.workshop is not None:  # proposals typed in Capture since (cards do not redraw this step)
            self._offer_next_step(self.workshop.initiatives())

    def _offer_next_step(self, initiatives) -> None:
        """No initiatives yet: make them from the proposal cards, or go and capture some first."""
        # One primary action: the hint's button while it shows, else Make initiatives.
        mark_primary_tool(self.toolbar, self.make_action, bool(initiatives))
        if initiatives:
            self.next_hint.clear()
        elif self.unused_proposals():
            self.next_hint.offer(self.tr("No initiatives yet: make one from each “what we propose” card, then let the "
                                         "groups vote."), self.tr("Make initiatives"), self.make_initiatives)
        else:
            self.next_hint.offer(self.tr("No initiatives yet, and no “what we propose” cards to make them from: "
                                         "capture the groups' proposals first."), self.tr("Go to Capture"),
                                 lambda: self.step_requested.emit("capture"))

    # ----------------------------------------------------------------- editing through the core
    def _undoable(self, text: str, do, undo, redo=None):
        return run_or_report(self, self.context.undo_stack, text, do, undo, redo)

    def unused_proposals(self) -> list:
        """Proposal cards no initiative was made from yet (a merged card is one card, so one initiative)."""
        w = self.workshop
        used = {i.answer_id for i in w.initiatives() if i.answer_id is not None}
        cards = []
        for pillar in w.pillars():
            for question in pillar.questions:
                if question.key == PROPOSALS_KEY:
                    cards += [(pillar.id, a) for a in w.answers(question.id) if a.id not in used]
        return cards

    def make_initiatives(self) -> int:
        """One click: an initiative per unused proposal card, as one undo step. Returns how many."""
        cards = self.unused_proposals()
        if not cards:
            show_error(self, WorkshopError(self.tr(
                "Every “what we propose” card already has an initiative. Add proposals in Capture first.")))
            return 0
        w, state = self.workshop, {}

        def do() -> Changes:
            state["ids"] = []
            for pillar_id, card in cards:
                title = card.text.replace("\n", " / ")
                title = title if len(title) <= 300 else title[:299] + "…"
                state["ids"].append(w.add_initiative(title, pillar_id=pillar_id, answer_id=card.id).new_id)
            return Changes(initiatives=True)

        def undo(_result) -> None:
            state["snapshots"] = [w.remove_initiative(i)[1] for i in state["ids"]]

        def redo() -> Changes:
            for snapshot in state["snapshots"]:
                w.restore(snapshot)
            return Changes(initiatives=True)

        self._undoable(self.tr("Make %n initiative(s)", "", len(cards)), do, undo, redo)
        return len(cards)

    def edit_initiative(self, initiative_id: int, kind: str, group_id: int | None, value) -> bool:
        w = self.workshop
        initiative = next(i for i in self.model.initiatives if i.id == initiative_id)
        if kind == "dots":
            old = self.model.votes.get((initiative_id, group_id), 0)
            value = int(value or 0)
            if value == old:
                return False
            return self._undoable(self.tr("Vote"), lambda: w.set_votes(initiative_id, group_id, value),
                                  lambda _r: w.set_votes(initiative_id, group_id, old, expect=value)) is not None
        field = kind
        old = getattr(initiative, field)
        if isinstance(value, str):
            value = value.strip()
        if value == old:
            return False
        text = self.tr("Edit initiative") if field == "title" else self.tr("Score initiative")
        return self._undoable(text, lambda: w.update_initiative(initiative_id, **{field: value}),
                              lambda _r: w.update_initiative(initiative_id, **{field: old})) is not None

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        ids = [self.model.initiatives[r].id for r in rows]
        if not ids:
            return
        self._undoable(self.tr("Delete %n initiative(s)", "", len(ids)), *removals(self.workshop.remove_initiative, self.workshop.restore, ids))

    def select_cell(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.setFocus()


def _stacked(label: QLabel, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box
