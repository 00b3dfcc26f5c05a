"""Plan: the development plan's items, made from the ranked initiatives or by hand: a compact list
with the chosen item whole in a form beside it, or (Show all columns) the wide table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget,
)

from app.changes import Changes
from app.errors import ValidationError
from app.model import Category, Pillar, PlanItem
from app.thaidate import fiscal_year
from ui.common.panel_actions import make_action, set_action_text
from ui.common.messages import show_error
from ui.plan.item_form import PlanItemForm
from ui.plan.model import COLUMNS, BudgetError, PlanDelegate, PlanTableModel, SortRole, parse_baht, plan_problems
from ui.prioritize.ranking_model import RankedModel
from ui.common.step_panel import StepPanel
from ui.common.table_rows import wrap_rows
from ui.common.undo import removals, run_or_report
from ui.common.icons import mark_primary_tool, set_action_icon
from ui.common import theme


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PlanPanel(StepPanel, QWidget):
    REDRAWS_ON = ("plan", "initiatives", "details", "groups")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.lang = "th"
        self.ranked_model = RankedModel(self)
        self.ranked_view = QTableView(objectName="rankedInitiatives")
        self.ranked_view.setModel(self.ranked_model)
        self.ranked_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranked_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranked_view.verticalHeader().hide()
        header = self.ranked_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ranked_view.doubleClicked.connect(lambda _i: self.add_selected_initiatives())
        self.ranked_label = QLabel(objectName="rankedLabel")

        self.model = PlanTableModel(self)
        self.model.edit_requested.connect(self.edit_item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView(objectName="planTable")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(PlanDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.proxy.sort(-1)  # plan order until a header is clicked
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for column, spec in enumerate(COLUMNS):
            self.view.setColumnWidth(column, spec.width)
        self._fit_rows = wrap_rows(self.view)
        wrap_rows(self.ranked_view)
        self.form = PlanItemForm(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.plan_label = QLabel(objectName="planLabel")
        self.problems_label = QLabel(objectName="planProblems", wordWrap=True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.coverage_label = QLabel(objectName="planCoverage", wordWrap=True)
        self.coverage_label.setTextFormat(Qt.TextFormat.RichText)
        self.toolbar = QToolBar(objectName="planToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._make_actions()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.ranked_label)
        top_layout.addWidget(self.ranked_view)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.plan_label)
        self.items_splitter = QSplitter(Qt.Orientation.Horizontal, objectName="planItemsSplitter")
        self.items_splitter.addWidget(self.view)
        self.items_splitter.addWidget(self.form)
        self.items_splitter.setStretchFactor(0, 1)
        self.items_splitter.setStretchFactor(1, 1)
        self.items_splitter.setSizes([560, 600])
        bottom_layout.addWidget(self.items_splitter, 1)
        bottom_layout.addWidget(self.problems_label)
        bottom_layout.addWidget(self.coverage_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def _make_actions(self) -> None:
        self.add_from_initiative_action = make_action(self, self.add_selected_initiatives, "Ctrl+Shift+A")
        self.add_action = make_action(self, self.add_blank_item, "Ins")
        self.delete_action = make_action(self, self.delete_selected, "Delete")
        self.up_action = make_action(self, lambda: self.move_selected(-1), "Ctrl+Up")
        self.down_action = make_action(self, lambda: self.move_selected(1), "Ctrl+Down")
        self.plan_order_action = make_action(self, self.show_plan_order, "Ctrl+0")
        self.all_columns_action = make_action(self, self.show_all_columns, "Ctrl+Shift+T")
        self.all_columns_action.setCheckable(True)
        for action, name in ((self.add_from_initiative_action, "list-plus"), (self.add_action, "plus"),
                             (self.delete_action, "trash"), (self.up_action, "arrow-up"), (self.down_action, "arrow-down"),
                             (self.plan_order_action, "sort"), (self.all_columns_action, "columns")):
            set_action_icon(action, name)
            self.toolbar.addAction(action)
        mark_primary_tool(self.toolbar, self.add_from_initiative_action)
        self.show_all_columns(False)

    def retranslate(self) -> None:
        set_action_text(self.add_from_initiative_action, self.tr("Add to &plan"),
                        self.tr("Add the selected ranked initiatives to the plan"))
        set_action_text(self.add_action, self.tr("&New item"), self.tr("Add a plan item by hand"))
        set_action_text(self.delete_action, self.tr("&Delete item"), self.tr("Delete the selected plan items"))
        set_action_text(self.up_action, self.tr("Move &up"), self.tr("Move the item up in the plan"))
        set_action_text(self.down_action, self.tr("Move do&wn"), self.tr("Move the item down in the plan"))
        set_action_text(self.plan_order_action, self.tr("Plan &order"), self.tr("Show the items in plan order"))
        set_action_text(self.all_columns_action, self.tr("All &columns"),
                        self.tr("Show every field as a column of one wide table, instead of the list and the form"))
        self.form.retranslate()
        self.ranked_label.setText(self.tr("Ranked initiatives (double-click or Ctrl+Shift+A adds to the plan)"))
        self.redraw()

    # ----------------------------------------------------------------- list and form, or the wide table
    COMPACT_FIELDS = ("issue", "activity", "status")

    def show_all_columns(self, shown: bool) -> None:
        """Every field as a column (wide screens, the projector), or the compact list with the
        chosen item whole in the form beside it (the default: a laptop's 1366 pixels)."""
        self.all_columns_action.setChecked(shown)
        header = self.view.horizontalHeader()
        for column, spec in enumerate(COLUMNS):
            self.view.setColumnHidden(column, not shown and spec.field not in self.COMPACT_FIELDS)
            wide = not shown and spec.field in ("issue", "activity")  # the list shares out its width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.Interactive)
            if not wide:
                self.view.setColumnWidth(column, spec.width)
        self.form.setVisible(not shown)
        self._fit_rows.start()

    def _on_view_current_row_changed(self, current, _previous) -> None:
        self.form.show_row(self.proxy.mapToSource(current).row() if current.isValid() else -1)

    # ----------------------------------------------------------------- context and changes
    def redraw(self) -> None:
        w = self.workshop
        if w is None:
            self.model.set_items([], [], [], self.lang)
            return
        self.lang = w.details().language
        pillars, categories, items = w.pillars(), w.categories(), w.plan_items()
        self.model.set_items(items, pillars, categories, self.lang)
        self.ranked_model.set_data(w.initiatives(), w.votes(), pillars, items, self.lang)
        total = sum(i.budget_satang or 0 for i in items)
        self.plan_label.setText(self.tr("Development plan: %n item(s)", "", len(items)) + " · "
                                + self.tr("total budget %1 baht").replace("%1", f"{total / 100:,.2f}"))
        self._show_problems(items)
        self._show_coverage(items, pillars, categories)
        if items and not self.view.currentIndex().isValid():  # the form shows an item from the start
            self.view.selectionModel().setCurrentIndex(self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._fit_rows.start()

    def _show_problems(self, items: list[PlanItem]) -> None:
        """What the items still lack before they can go into the plan document (the first six, then "…")."""
        problems = []
        for number, item in enumerate(items, start=1):
            missing = plan_problems(item)
            if missing:
                problems.append(self.tr("Item %1: %2").replace("%1", str(number)).replace("%2", ", ".join(missing)))
        self.problems_label.setText(
            f"<span style='color:{theme.WARNING}'>⚠ " + _esc("; ".join(problems[:6])
                                                  + (" …" if len(problems) > 6 else "")) + "</span>"
            if problems else f"<span style='color:{theme.SUCCESS}'>" + _esc(self.tr("Every item is complete.")) + "</span>")

    def _show_coverage(self, items: list[PlanItem], pillars: list[Pillar], categories: list[Category]) -> None:
        """The pillars and PMQA categories no item addresses yet."""
        used_pillars = {i.pillar_id for i in items}
        used_categories = {i.category_id for i in items}
        missing_pillars = [p.short(self.lang) for p in pillars if p.id not in used_pillars]
        missing_categories = [f"{c.number}. {c.name(self.lang)}" for c in categories if c.id not in used_categories]
        if not missing_pillars and not missing_categories:
            self.coverage_label.setText(_esc(self.tr("The plan covers every pillar and PMQA category.")))
            return
        parts = []
        if missing_pillars:
            label = self.tr("Pillars not covered:")
            parts.append(f"<b>{_esc(label)}</b> {_esc(', '.join(missing_pillars))}")
        if missing_categories:
            label = self.tr("PMQA categories not covered:")
            parts.append(f"<b>{_esc(label)}</b> {_esc(', '.join(missing_categories))}")
        self.coverage_label.setText("<br>".join(parts))

    # ----------------------------------------------------------------- editing through the core
    def _undoable(self, text: str, do, undo, redo=None):
        return run_or_report(self, self.context.undo_stack, text, do, undo, redo)

    def _add(self, text: str, fields: dict) -> int | None:
        w, state = self.workshop, {}

        def do() -> Changes:
            changes = w.add_plan_item(**fields)
            state["id"] = changes.new_id
            return changes

        def undo(_result) -> None:
            state["snapshot"] = w.remove_plan_item(state["id"])[1]

        if self._undoable(text, do, undo, lambda: w.restore(state["snapshot"])) is None:
            return None
        return state["id"]

    def _default_year(self) -> int:
        day = self.workshop.details().event_date or date.today()
        return fiscal_year(day)

    def add_blank_item(self) -> int | None:
        item_id = self._add(self.tr("Add plan item"), {"fiscal_year": self._default_year(), "status": "planned"})
        if item_id is not None:
            self._select_item(item_id, column=0, edit=True)
        return item_id

    def add_selected_initiatives(self) -> list[int]:
        rows = sorted({i.row() for i in self.ranked_view.selectionModel().selectedRows()})
        if not rows and self.ranked_view.currentIndex().isValid():
            rows = [self.ranked_view.currentIndex().row()]
        added = []
        answers = {a.id: a for a in self.workshop.answers()} if rows else {}
        for row in rows:
            initiative = self.ranked_model.ranked(row).initiative
            if initiative.id in self.ranked_model.planned:
                continue  # already in the plan; a second item would duplicate it
            card = answers.get(initiative.answer_id)
            issue = card.text.splitlines()[0] if card is not None else initiative.title
            item_id = self._add(self.tr("Add to plan"), {
                "issue": issue, "activity": initiative.title, "pillar_id": initiative.pillar_id,
                "initiative_id": initiative.id, "fiscal_year": self._default_year(), "status": "planned"})
            if item_id is not None:
                added.append(item_id)
        if added:
            self._select_item(added[-1], column=0)
        return added

    def edit_item(self, item_id: int, field: str, value) -> bool:
        w = self.workshop
        item = next(i for i in self.model.items if i.id == item_id)
        if field == "budget_satang":
            try:
                value = parse_baht(str(value))
            except BudgetError:
                show_error(self, ValidationError("budget_satang", "not_baht", value=str(value)))
                return False
        elif isinstance(value, str):
            value = value.strip()
        old = getattr(item, field)
        if value == old:
            return False
        return self._undoable(self.tr("Edit plan item"), lambda: w.update_plan_item(item_id, **{field: value}),
                              lambda _r: w.update_plan_item(item_id, **{field: old})) is not None

    def selected_ids(self) -> list[int]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.proxy.mapToSource(self.view.currentIndex()).row()]
        return [self.model.items[r].id for r in rows]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._undoable(self.tr("Delete %n plan item(s)", "", len(ids)), *removals(self.workshop.remove_plan_item, self.workshop.restore, ids))

    def show_plan_order(self) -> None:
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    def move_selected(self, step: int) -> None:
        """Ctrl+Up/Down moves the current item in the plan's own order (sorting is switched off)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        self.show_plan_order()
        order = [i.id for i in self.model.items]
        row = order.index(ids[0])
        target = row + step
        if not 0 <= target < len(order):
            return
        new = list(order)
        new[row], new[target] = new[target], new[row]
        w = self.workshop
        column = max(self.view.currentIndex().column(), 0)
        self._undoable(self.tr("Move plan item"), lambda: w.reorder_plan(new), lambda _r: w.reorder_plan(order))
        self._select_item(ids[0], column)

    def _select_item(self, item_id: int, column: int = 0, edit: bool = False) -> None:
        row = next((r for r, i in enumerate(self.model.items) if i.id == item_id), -1)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self.view.setFocus()
        if edit:
            self.view.edit(index)
