"""Assess: each group rates the organization on every PMQA category (or pillar) on the template's
maturity scale, with an optional reason; the grid shows the aggregate and a chart where it stands."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSplitter, QTabBar, QTableView,
    QVBoxLayout, QWidget,
)

from app.validation import clean_text
from ui.assess.chart import AssessmentChart
from ui.assess.model import GROUP_COLUMN_WIDTH, ROW_LABEL_WIDTH, AssessmentGridModel, LevelDelegate, Target
from ui.common.panel_actions import make_action, set_action_text
from ui.common.theme import set_tone
from ui.common.step_panel import StepPanel
from ui.common.undo import run_or_report

KINDS = ("category", "pillar")


class AssessPanel(StepPanel, QWidget):
    REDRAWS_ON = ("assessments", "groups", "details")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("assessPanel")
        self.lang = "th"
        self.kind_tabs = QTabBar(objectName="assessKinds")
        self.kind_tabs.addTab("")
        self.kind_tabs.addTab("")
        self.kind_tabs.setExpanding(False)
        self.kind_tabs.currentChanged.connect(self._on_kind_tabs_current_changed)
        self.model = AssessmentGridModel(self)
        self.model.edit_requested.connect(self.set_level)
        self.view = QTableView(objectName="assessmentGrid")
        self.view.setModel(self.model)
        self.view.setItemDelegate(LevelDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # the model wraps names to fit, with its own "…"
        header.setMaximumSectionSize(GROUP_COLUMN_WIDTH)
        self.model.header_font = header.font()
        rows = self.view.verticalHeader()
        rows.setMaximumWidth(ROW_LABEL_WIDTH)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a wrapped label's two lines
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.reason_label = QLabel(objectName="reasonLabel")
        self.reason_edit = QLineEdit(objectName="reasonEdit")
        self.reason_edit.setMaxLength(2000)
        self.reason_edit.returnPressed.connect(self.save_reason)
        self.summary_label = QLabel(objectName="assessSummary", wordWrap=True)
        self.scale_label = QLabel(objectName="scaleLabel", wordWrap=True)
        set_tone(self.scale_label, "muted")
        self.chart = AssessmentChart()
        self.chart_label = QLabel(objectName="chartLabel")
        self._make_actions()

        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason_edit, 1)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.scale_label)
        grid_layout.addWidget(self.view, 1)
        grid_layout.addLayout(reason_row)
        grid_layout.addWidget(self.summary_label)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_label)
        chart_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(grid_box)
        splitter.addWidget(chart_box)
        splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.kind_tabs)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def _make_actions(self) -> None:
        self.clear_action = make_action(self, self.clear_current, "Delete")
        self.reason_action = make_action(self, self._focus_reason, "Ctrl+R")
        self.toggle_action = make_action(self, self._toggle_kind, "Ctrl+PgDown", "Ctrl+PgUp")

    def retranslate(self) -> None:
        self.kind_tabs.setTabText(0, self.tr("PMQA categories"))
        self.kind_tabs.setTabText(1, self.tr("Pillars"))
        set_action_text(self.clear_action, self.tr("Clear score"), self.tr("Remove the selected score"))
        set_action_text(self.reason_action, self.tr("Write the reason"), self.tr("Write the reason for the selected score"))
        set_action_text(self.toggle_action, self.tr("Categories or pillars"))
        self.reason_label.setText(self.tr("Reason (Ctrl+R):"))
        self.reason_edit.setPlaceholderText(self.tr("Why this score? Optional; Enter saves"))
        self.view.setToolTip(self.tr("Type the level's number or press F2 to choose it; Delete clears"))
        self.chart_label.setText(self.tr("Where the organization stands"))
        self.redraw()

    # ----------------------------------------------------------------- context and changes
    def kind(self) -> str:
        return KINDS[max(self.kind_tabs.currentIndex(), 0)]

    def _on_kind_tabs_current_changed(self, _index: int) -> None:
        self.redraw()

    def _toggle_kind(self) -> None:
        self.kind_tabs.setCurrentIndex(1 - self.kind_tabs.currentIndex())

    def targets(self) -> list[Target]:
        w = self.workshop
        if self.kind() == "category":
            return [Target(c.id, f"{c.number}. {c.name(self.lang)}", str(c.number)) for c in w.categories()]
        return [Target(p.id, p.short(self.lang), p.short(self.lang)) for p in w.pillars()]

    def redraw(self) -> None:
        w = self.workshop
        if w is None:
            return
        self.lang = w.details().language
        levels = w.maturity_levels()
        targets = self.targets()
        self.model.set_data(self.kind(), targets, w.groups(), levels, w.assessments(), self.lang)
        self.chart.set_data([(t.label, a) for t, a in zip(targets, self.model.aggregates)],
                            [(m.value, m.name(self.lang)) for m in levels], self.model.disputed)
        self.scale_label.setText(self.tr("Maturity scale: %1").replace(
            "%1", " · ".join(f"{m.value} = {m.name(self.lang)}" for m in levels)))
        scored = [a for a in self.model.aggregates if a.mean is not None]
        if not scored:
            self.summary_label.setText(self.tr("No scores yet: choose a cell and type a level number."))
        else:
            lowest = min(scored, key=lambda a: a.mean)
            label = {t.id: t.label for t in targets}
            parts = [self.tr("Weakest: %1 (mean %2)").replace("%1", label[lowest.target_id])
                     .replace("%2", f"{lowest.mean:.2f}")]
            if self.model.disputed:
                parts.append(self.tr("groups disagree most on: %1").replace(
                    "%1", ", ".join(label[i] for i in sorted(self.model.disputed, key=[t.id for t in targets].index))))
            self.summary_label.setText(" · ".join(parts))
        self._show_reason(self.view.currentIndex())

    # ----------------------------------------------------------------- editing through the core
    def _undoable(self, text: str, do, undo):
        return run_or_report(self, self.context.undo_stack, text, do, undo)

    def _set(self, text: str, group_id: int, target_id: int, level: int | None, reason: str) -> bool:
        w, kind = self.workshop, self.kind()
        before = self.model.scores.get((group_id, target_id))
        old_level, old_reason = (before.level, before.reason) if before else (None, "")
        if (level, reason) == (old_level, old_reason):
            return False
        def undo(_result) -> None:  # refused if the group changed the score from its device since
            after = (level, clean_text("reason", reason, required=False, limit=2000)) if level is not None else (None, "")
            w.set_assessment(group_id, kind, target_id, old_level, old_reason, expect=after)

        return self._undoable(text, lambda: w.set_assessment(group_id, kind, target_id, level, reason), undo) is not None

    def set_level(self, group_id: int, target_id: int, level: int | None) -> bool:
        before = self.model.scores.get((group_id, target_id))
        reason = before.reason if before and level is not None else ""
        return self._set(self.tr("Score"), group_id, target_id, level, reason)

    def clear_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.is_group_column(index.column()):
            self.set_level(self.model.group_at(index.column()).id, self.model.targets[index.row()].id, None)

    def _focus_reason(self) -> None:
        if self.reason_edit.isEnabled():
            self.reason_edit.setFocus()
            self.reason_edit.selectAll()

    def save_reason(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.model.is_group_column(index.column()):
            return
        score = self.model.score(index.row(), index.column())
        if score is None:
            return
        self._set(self.tr("Reason"), score.group_id, score.target_id, score.level, self.reason_edit.text().strip())
        self.view.setFocus()

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_reason(current)

    def _show_reason(self, index: QModelIndex) -> None:
        score = (self.model.score(index.row(), index.column())
                 if index.isValid() and self.model.is_group_column(index.column()) else None)
        self.reason_edit.setEnabled(score is not None)
        if not self.reason_edit.hasFocus():
            self.reason_edit.setText(score.reason if score else "")

    def select_cell(self, row: int, column: int) -> None:
        self.view.selectionModel().setCurrentIndex(self.model.index(row, column),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.setFocus()
