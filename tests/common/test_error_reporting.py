"""Errors the user meets in the window: a failing undo, and a bug in a slot."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from app.errors import StorageError
from ui.common.undo import run_undoable


def test_a_failing_undo_is_reported_and_the_history_dropped(qtbot, qapp, tmp_path):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    stack = QUndoStack(window)
    done = []

    def undo(_result):
        raise StorageError(tmp_path / "w.pmqa", "disk_full_safe")

    run_undoable(stack, "add a card", lambda: done.append(1), undo)
    assert stack.canUndo()
    stack.undo()
    qtbot.waitUntil(lambda: stack.count() == 0)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible() and "disk is full" in box.informativeText()


def test_a_bug_in_the_window_is_logged_and_shown(qtbot, qapp, data_dirs, monkeypatch):
    import sys

    from PySide6.QtWidgets import QWidget

    from ui.common.messages import install_crash_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    window = QWidget()
    qtbot.addWidget(window)
    install_crash_handler(window)
    try:
        raise RuntimeError("a slot went wrong")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    log = data_dirs.data / "crash.log"
    assert "a slot went wrong" in log.read_text(encoding="utf-8")
    box = window.findChild(QMessageBox, "crashBox")
    assert box is not None and str(log) in box.informativeText()
