"""Window sizes that fit the screen they open on (a 1366×768 laptop, Windows at 125 % or 150 %)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

# What the window manager adds around the size asked for (title bar, frame), in logical pixels.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_size(preferred: QSize, available: QSize) -> QSize:
    """``preferred`` where the screen has room for it and its frame, else as much as there is.

    At 150 % a 1366×768 screen is 911×512 logical pixels (less the taskbar): a fixed 1100×720
    window would open with its bottom and its right edge off the screen.
    """
    room = (available - FRAME_ALLOWANCE).expandedTo(QSize(1, 1))
    return preferred.boundedTo(room)


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Gives ``window`` its default size on the screen it will open on, and keeps it on that screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(preferred)
        return
    available = screen.availableGeometry()
    window.resize(fitted_size(preferred, available.size()))
    if not available.contains(window.geometry()):
        window.move(available.topLeft())


class FoldingRow(QWidget):
    """Two groups of controls side by side where the width allows, else the second under the first.

    A row of eight buttons (the Report step's) was wider than a 1366-pixel screen at 125 % leaves
    the step: its smallest width is now that of the wider group alone.
    """

    def __init__(self, first: list[QWidget], second: list[QWidget], parent=None):
        super().__init__(parent)
        self.parts = []
        for widgets in (first, second):
            part = QWidget(self)
            row = QHBoxLayout(part)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            self.parts.append(part)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.folded: bool | None = None
        self._place(False)

    def _place(self, folded: bool) -> None:
        if folded == self.folded:
            return
        self.folded = folded
        for part in self.parts:
            self.grid.removeWidget(part)
        self.grid.addWidget(self.parts[0], 0, 0)
        self.grid.addWidget(self.parts[1], *((1, 0) if folded else (0, 1)))
        self.grid.setColumnStretch(1, 0 if folded else 1)

    def _side_by_side_width(self) -> int:
        return sum(part.minimumSizeHint().width() for part in self.parts) + self.grid.horizontalSpacing()

    def minimumSizeHint(self) -> QSize:
        hints = [part.minimumSizeHint() for part in self.parts]
        height = sum(h.height() for h in hints) + self.grid.verticalSpacing() if self.folded \
            else max(h.height() for h in hints)
        return QSize(max(h.width() for h in hints), height)

    def resizeEvent(self, event) -> None:
        self._place(event.size().width() < self._side_by_side_width())
        self.updateGeometry()
        super().resizeEvent(event)
