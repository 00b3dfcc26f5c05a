"""The Capture step's card commands: add, edit, delete, move and merge cards, each through the core
and the shared undo stack, with their keyboard actions and the "Move to…" menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QMenu

from app.changes import Changes
from app.errors import WorkshopError
from app.validation import clean_text
from ui.capture.card_model import AnswerIdRole
from ui.common.messages import show_error
from ui.common.panel_actions import make_action, set_action_text
from ui.capture.question_column import QuestionColumn
from ui.common.undo import removals, run_or_report

if TYPE_CHECKING:
    from ui.capture.panel import CapturePanel


class CardActions(QObject):
    """The commands on a capture panel's cards. Their actions and menu belong to the panel, so the
    shortcuts work while the focus is anywhere in it and the shortcuts dialog lists them under
    Capture; the cards, columns and group they act on are the panel's current ones."""

    def __init__(self, panel: CapturePanel):
        super().__init__(panel)
        self.panel = panel
        self.edit_action = make_action(panel, self.edit_current, "F2")
        self.delete_action = make_action(panel, self.delete_selected, "Delete")
        self.move_action = make_action(panel, self.show_move_menu, "Ctrl+M")
        self.move_next_action = make_action(panel, lambda: self.move_selected_by(1), "Alt+Shift+Right")
        self.move_previous_action = make_action(panel, lambda: self.move_selected_by(-1), "Alt+Shift+Left")
        self.merge_action = make_action(panel, self.merge_selected, "Ctrl+Shift+M")
        self.hide_action = make_action(panel, self.toggle_hidden, "Ctrl+H")
        self.approve_action = make_action(panel, self.approve_selected, "Ctrl+Shift+A")
        self.move_menu = QMenu(panel)
        self.move_menu.setObjectName("moveMenu")

    def retranslate(self) -> None:
        set_action_text(self.edit_action, self.tr("&Edit card"))
        set_action_text(self.delete_action, self.tr("&Delete cards"), self.tr("Delete the selected cards"))
        set_action_text(self.move_action, self.tr("&Move to…"),
                        self.tr("Move the selected cards to another question or pillar"))
        set_action_text(self.move_next_action, self.tr("Move cards to the next question"))
        set_action_text(self.move_previous_action, self.tr("Move cards to the previous question"))
        set_action_text(self.merge_action, self.tr("Mer&ge cards"),
                        self.tr("Merge the selected cards into one, keeping who said what"))
        set_action_text(self.hide_action, self.tr("&Hide or show"),
                        self.tr("Hide the selected cards from the room (projector, groups' devices), or show them again"))
        set_action_text(self.approve_action, self.tr("&Approve"),
                        self.tr("Show the selected cards from groups' devices that wait for approval"))

    def attach(self, column: QuestionColumn) -> None:
        """Cards edited in place or dropped on ``column`` go through these commands."""
        column.model.edit_requested.connect(self.edit_card)
        # queued: the move changes the model while the view is still inside its drop handling
        column.model.cards_dropped.connect(self.move_cards, Qt.ConnectionType.QueuedConnection)

    # ----------------------------------------------------------------- editing through the core
    def _undoable(self, text: str, do, undo, redo=None):
        return run_or_report(self.panel, self.panel.context.undo_stack, text, do, undo, redo)

    def add_card(self, question_id: int, text: str) -> int | None:
        group_id = self.panel.current_group_id()
        if group_id is None or not text.strip():
            return None
        w, state = self.panel.workshop, {}

        def do() -> Changes:
            changes = w.add_answer(group_id, question_id, text)
            state["id"] = changes.new_id
            return changes

        def undo(_result) -> None:
            state["snapshot"] = w.remove_answer(state["id"])[1]

        if self._undoable(self.tr("Add card"), do, undo, lambda: w.restore(state["snapshot"])) is None:
            return None
        return state["id"]

    def edit_card(self, answer_id: int, text: str) -> bool:
        w = self.panel.workshop
        before = self._card(answer_id)
        if before is None:
            return False
        before = before.text
        # A group may edit its card from its phone meanwhile: undo and redo refuse to overwrite that.
        result = self._undoable(self.tr("Edit card"), lambda: w.edit_answer(answer_id, text),
                                lambda _r: w.edit_answer(answer_id, before, expect=clean_text("answer", text)),
                                lambda: w.edit_answer(answer_id, text, expect=before))
        return result is not None

    def _card(self, answer_id: int):
        return next((c for page in self.panel.pages for col in page.columns
                     for c in col.model.cards if c.id == answer_id), None)

    def _moderate(self, label: str, wanted) -> None:
        """Set each selected card's moderation to ``wanted(card)`` (None: leave it); undoable."""
        _column, ids = self._selected()
        cards = [card for card in (self._card(i) for i in ids) if card is not None and wanted(card) is not None]
        if not cards:
            return
        w = self.panel.workshop

        def do():
            for card in cards:
                w.moderate_answer(card.id, wanted(card))

        def undo(_result):
            for card in cards:
                w.moderate_answer(card.id, card.moderation)

        self._undoable(label, do, undo)

    def toggle_hidden(self) -> None:
        self._moderate(self.tr("Hide or show cards"), lambda c: "" if c.moderation == "hidden" else "hidden")

    def approve_selected(self) -> None:
        self._moderate(self.tr("Approve cards"), lambda c: "" if c.moderation == "pending" else None)

    def edit_current(self) -> None:
        column = self.panel.current_column
        if column is None:
            return
        index = column.view.currentIndex()
        if not index.isValid() and column.proxy.rowCount():
            index = column.proxy.index(column.proxy.rowCount() - 1, 0)
        if index.isValid():
            column.view.setCurrentIndex(index)
            column.view.setFocus()
            column.view.edit(index)

    def _selected(self) -> tuple[QuestionColumn | None, list[int]]:
        column = self.panel.current_column
        if column is None:
            return None, []
        ids = column.selected_ids()
        if not ids and column.view.currentIndex().isValid():
            ids = [column.view.currentIndex().data(AnswerIdRole)]
        return column, ids

    def delete_selected(self) -> None:
        column, ids = self._selected()
        if not ids:
            return
        w = self.panel.workshop
        self._undoable(self.tr("Delete %n card(s)", "", len(ids)), *removals(w.remove_answer, w.restore, ids))
        column.view.setFocus()

    def move_cards(self, ids: list[int], question_id: int, index: int | None = None) -> None:
        """Moves cards (in the order given) to a question, at ``index`` among the cards that stay
        there (the end when None). Undo puts each card back where it was."""
        w = self.panel.workshop
        origin: dict[int, tuple[int, int]] = {}
        for answer_id in ids:
            for page in self.panel.pages:
                for column in page.columns:
                    row = column.model.row_of(answer_id)
                    if row >= 0:
                        origin[answer_id] = (column.question.id, row)
        ids = [i for i in ids if i in origin]
        if not ids:
            return
        if index is not None:  # the drop row counted the moved cards themselves
            index -= sum(1 for i in ids if origin[i][0] == question_id and origin[i][1] < index)

        def do() -> Changes:
            changes = Changes()
            for k, answer_id in enumerate(ids):
                changes |= w.move_answer(answer_id, question_id, None if index is None else index + k)
            return changes

        def undo(_result) -> None:
            for answer_id in sorted(ids, key=lambda i: origin[i][1]):
                w.move_answer(answer_id, *origin[answer_id])

        self._undoable(self.tr("Move %n card(s)", "", len(ids)), do, undo)

    def move_selected_by(self, step: int) -> None:
        column, ids = self._selected()
        page = self.panel.current_page()
        if not ids or page is None or column not in page.columns:
            return
        target = page.columns[(page.columns.index(column) + step) % len(page.columns)]
        if target is column:
            return
        self.move_cards(ids, target.question.id)
        self.panel.set_current_column(target)
        self._select_ids(target, ids)
        target.view.setFocus()

    def _select_ids(self, column: QuestionColumn, ids: list[int]) -> None:
        selection = column.view.selectionModel()
        selection.clearSelection()
        for answer_id in ids:
            index = column.proxy.mapFromSource(column.model.index(column.model.row_of(answer_id)))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def build_move_menu(self) -> QMenu:
        """Every question of every pillar, the current one left out."""
        self.move_menu.clear()
        current_column, lang = self.panel.current_column, self.panel.lang
        current = current_column.question.id if current_column else None
        for page in self.panel.pages:
            sub = self.move_menu.addMenu(page.pillar.short(lang))
            for column in page.columns:
                text = column.question.text(lang)
                action = sub.addAction(text if len(text) <= 70 else text[:68] + "…")
                action.setData(column.question.id)
                action.setEnabled(column.question.id != current)
                action.triggered.connect(lambda _=False, q=column.question.id: self._move_selected_to(q))
        return self.move_menu

    def show_move_menu(self) -> None:
        column, ids = self._selected()
        if not ids:
            return
        menu = self.build_move_menu()
        rect = column.view.visualRect(column.view.currentIndex())
        menu.popup(column.view.viewport().mapToGlobal(rect.center() if rect.isValid() else column.view.rect().center()))

    def _move_selected_to(self, question_id: int) -> None:
        _column, ids = self._selected()
        if ids:
            self.move_cards(ids, question_id)

    def merge_selected(self) -> None:
        column, ids = self._selected()
        if len(ids) < 2:
            show_error(self.panel, WorkshopError(self.tr("Select two or more cards of one question to merge "
                                                         "(Shift or Ctrl with the arrow keys or the mouse).")))
            return
        w = self.panel.workshop
        self._undoable(self.tr("Merge %n card(s)", "", len(ids)), lambda: w.merge_answers(ids)[1],
                       lambda snapshot: w.restore(snapshot))
        self._select_ids(column, ids[:1])
