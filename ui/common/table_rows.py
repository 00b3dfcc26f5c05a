"""Tables whose Thai text wraps whole instead of ending in "…"."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView

from ui.common.thai_breaks import breakable, qt_breaks_thai


class WordBreakingDelegate(QStyledItemDelegate):
    """Cells drawn and measured with their Thai words marked for Qt's line breaker, where Qt cannot
    find them itself (Windows: ui/common/thai_breaks.py). Editors still get the text as stored."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.text = breakable(option.text)


def break_words(view: QAbstractItemView) -> None:
    """Give ``view`` the word-breaking delegate where Qt needs it, unless it draws its cells itself."""
    if not qt_breaks_thai() and type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(WordBreakingDelegate(view))


def wrap_rows(view: QTableView) -> QTimer:
    """Wrap ``view``'s text between words and keep each row as tall as its text at the columns'
    present widths: measured again (once, on the next turn of the event loop) whenever the columns
    change width or the rows change. Returns the timer; ``start()`` it to ask for a measure."""
    view.setWordWrap(True)
    break_words(view)
    timer = QTimer(view, singleShot=True, interval=0)
    timer.timeout.connect(view.resizeRowsToContents)
    view.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
    model = view.model()
    for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.layoutChanged):
        signal.connect(lambda *_: timer.start())
    return timer
