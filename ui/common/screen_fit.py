"""Window sizes that fit the screen they open on (a 1366×768 laptop, Windows at 125 % or 150 %)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
