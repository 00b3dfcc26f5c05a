"""Undo/redo for workshop edits. Every edit is committed at once; undo is another committed edit."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app.changes import Changes
from app.errors import WorkshopError


def step_label(with_step: str, without: str, step: str) -> str:
    """An Undo or Redo button's text naming its step: ``with_step`` holds ``%1`` ("&Undo %1"). A name
    the user typed may hold "&", which must not become a mnemonic."""
    return with_step.replace("%1", step.replace("&", "&&")) if step else without


class EditCommand(QUndoCommand):
    """Wraps an operation that has already run: the first redo() (from push) is skipped.

    If undoing or redoing fails (a full disk, the file gone), the user is told and the history is
    dropped: the stack would otherwise believe in a state the file does not have.
    """

    def __init__(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any], stack: QUndoStack):
        super().__init__(text)
        self._redo, self._undo, self._first, self._stack = redo, undo, True, stack

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except WorkshopError as exc:
            from ui.common.messages import show_error

            owner = self._stack.parent()
            show_error(owner if isinstance(owner, QWidget) else QApplication.activeWindow(), exc)
            QTimer.singleShot(0, self._stack.clear)  # not from inside the stack's own undo()


def run_undoable(stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[Any], Any],
                 redo: Callable[[], Any] | None = None) -> Any:
    """Run ``do`` now (errors propagate, nothing is pushed); push an undo step if it succeeded.

    ``undo`` receives what ``do`` last returned (for a removal, the snapshot that puts it back);
    ``redo`` defaults to ``do`` and its result replaces the one ``undo`` will get.
    """
    state = {"result": do()}

    def again() -> None:
        state["result"] = (redo or do)()

    stack.push(EditCommand(text, again, lambda: undo(state["result"]), stack))
    return state["result"]


def run_undoable_add(stack: QUndoStack, workshop, text: str, add: Callable[[], Changes],
                     remove: Callable[[int], tuple[Changes, Any]]) -> Changes:
    """An undoable "add": undo removes the new row, redo restores it with the same id, so later
    undo steps that name the row still find it."""
    kept: dict = {}

    def undo(changes: Changes) -> None:
        kept["changes"] = changes
        kept["snapshot"] = remove(changes.new_id)[1]

    def redo() -> Changes:
        workshop.restore(kept["snapshot"])
        return kept["changes"]

    return run_undoable(stack, text, add, undo, redo)


def removals(remove: Callable[[int], tuple[Changes, Any]], restore: Callable[[Any], Any],
             ids: list[int]) -> tuple[Callable[[], list], Callable[[list], None]]:
    """``do`` and ``undo`` for removing several rows: undo restores them in reverse order, so rows
    that depend on each other come back in the order they were created."""

    def do() -> list:
        return [remove(row_id)[1] for row_id in ids]

    def undo(snapshots: list) -> None:
        for snapshot in reversed(snapshots):
            restore(snapshot)

    return do, undo


def run_or_report(widget, stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[Any], Any],
                  redo: Callable[[], Any] | None = None) -> Any:
    """``run_undoable``, with an error the user can act on shown beside ``widget`` (result None)."""
    try:
        return run_undoable(stack, text, do, undo, redo)
    except WorkshopError as exc:
        from ui.common.messages import show_error

        show_error(widget, exc)
        return None
