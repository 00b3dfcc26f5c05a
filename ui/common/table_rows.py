"""Tables whose Thai text wraps whole instead of ending in "…"."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableView


def wrap_rows(view: QTableView) -> QTimer:
    """Wrap ``view``'s text between words and keep each row as tall as its text at the columns'
    present widths: measured again (once, on the next turn of the event loop) whenever the columns
    change width or the rows change. Returns the timer; ``start()`` it to ask for a measure."""
    view.setWordWrap(True)
    timer = QTimer(view, singleShot=True, interval=0)
    timer.timeout.connect(view.resizeRowsToContents)
    view.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
    model = view.model()
    for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.layoutChanged):
        signal.connect(lambda *_: timer.start())
    return timer
