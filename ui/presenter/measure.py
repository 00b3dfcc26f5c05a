"""Type on the projector: fonts of the stage, and wrapped text heights, cached (the card layout
tries several sizes and columns on every repaint)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ui.common.fonts import FAMILY
from ui.common.text_fit import wrapped

WRAP = int(Qt.TextFlag.TextWordWrap)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(max(points, 1.0))
    font.setBold(bold)
    return font


_HEIGHTS: dict[tuple[str, float, str], float] = {}


def _measurer(font: QFont, width: float):
    """``_height`` for many texts in one font and width (the font's key is worked out once)."""
    metrics, fkey, rounded = QFontMetricsF(font), font.key(), round(width * 2) / 2
    box = QRectF(0, 0, max(width, 1.0), 1e6)

    def measure(text: str) -> float:
        key = (fkey, rounded, text)
        height = _HEIGHTS.get(key)
        if height is None:
            if len(_HEIGHTS) > 50_000:
                _HEIGHTS.clear()
            height = _HEIGHTS[key] = metrics.boundingRect(box, WRAP, wrapped(text, font, int(width))).height()
        return height
    return measure


def draw_wrapped(painter, box: QRectF, flags: int, text: str) -> None:
    """``text`` drawn in ``box`` broken into lines by ``text_fit.wrapped`` (Thai between words, and
    never after the slash of "หน่วย/งาน"), the breaks ``_height`` measured."""
    painter.drawText(box, flags, wrapped(text, painter.font(), int(box.width())))


def _height(font: QFont, width: float, text: str) -> float:
    """The wrapped height of ``text``. Cached: the card layout tries several sizes and columns, and
    with cards arriving from the room's devices several times a second, measuring them all again on
    every repaint blocked the window for ~0.3 s (bench/bench_room.py)."""
    return _measurer(font, width)(text)
