"""Text that fits a width: wrapped at Thai word boundaries, and cut with "…" only when it must be.

Qt's text layout breaks Thai between words (its dictionary-based line breaker, or the app's own
word breaks where Qt has none: ``thai_breaks.breakable``), which a character count cannot do;
labels and headers that must stay within a fixed width go through here, so a name is never cut
mid-word and a cut always shows as "…".
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

from ui.common.thai_breaks import ZWSP, breakable

ELLIPSIS = "…"


_SHORT_NUMBER = re.compile(r" (?=[0-9๐-๙][0-9๐-๙.,]{0,5}(?![0-9๐-๙.,]|\w))")


def keep_together(text: str) -> str:
    """``text`` with a short number such as "๔.๐" or "4.0" kept on the line of the word before it
    (a no-break space, as wide as a space, instead of the space): Qt's line breaker would leave it
    alone on a line ("ระบบราชการ / ๔.๐"). (A break after the slash in "หน่วย/งาน" cannot be
    forbidden this way: Qt's Thai word breaker starts a new breakable run at "งาน" whatever joiner
    comes before it; ``wrapped_lines`` moves such a break back instead.)"""
    return _SHORT_NUMBER.sub("\u00a0", text)


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int = 0) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels, between words where it can be.

    With ``max_lines``, the last line allowed holds the rest of the text, elided with "…" if it does
    not fit. A newline in ``text`` is kept as a line break."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        laid = breakable(paragraph)
        starts = _line_starts(laid, font, width)
        lines += [laid[a:b].replace(ZWSP, "").strip() for a, b in zip(starts, starts[1:] + [len(laid)])] or [""]
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines - 1] + [_cut(" ".join(lines[max_lines - 1:]), font, width)]
    return lines


def _cut(text: str, font: QFont, width: int) -> str:
    """The words of ``text`` that fit ``width`` with "…" after them; inside a word only when the
    first word alone is too wide."""
    metrics = QFontMetrics(font)
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    laid = breakable(text)
    layout = QTextLayout(laid, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(max(1, room))
    end, natural = line.textStart() + line.textLength(), line.naturalTextWidth()
    layout.endLayout()
    if 0 < end < len(laid) and natural <= room:
        return laid[:end].replace(ZWSP, "").rstrip() + ELLIPSIS
    cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if not cut.endswith(ELLIPSIS):  # a single word elided to itself still hides the rest
        cut = metrics.elidedText(cut + ELLIPSIS + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
    return cut


def wrapped(text: str, font: QFont, width: int, max_lines: int = 0) -> str:
    """``wrapped_lines`` joined with newlines, for a header or a label. Remembered: a table asks
    for its headers on every repaint, and laying Thai out is the costly part of a repaint."""
    key = (text, font.key(), width, max_lines)
    found = _wrapped.get(key)
    if found is None:
        if len(_wrapped) > 4096:  # only a speed-up: a day's names and widths fit many times over
            _wrapped.clear()
        found = _wrapped[key] = "\n".join(wrapped_lines(text, font, width, max_lines))
    return found


_wrapped: dict[tuple, str] = {}


def _line_starts(paragraph: str, font: QFont, width: int) -> list[int]:
    layout = QTextLayout(paragraph, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        end = line.textStart() + line.textLength()
        if _after_glued_slash(paragraph, end):
            earlier = _compound_start(paragraph, line.textStart(), end)
            if earlier is not None:  # narrow the line to end before the compound: it breaks there
                line.setLineWidth(line.cursorToX(earlier)[0])
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def _after_glued_slash(text: str, end: int) -> bool:
    """A line ending at ``end`` would split "หน่วย/งาน" or "กอง/ศูนย์" after its slash. Thai readers
    take such a pair as one word; a spaced " / " may break."""
    return 2 <= end < len(text) and text[end - 1] == "/" and not (text[end].isspace() or text[end - 2].isspace())


def _compound_start(text: str, start: int, end: int) -> int | None:
    """The last break opportunity after ``start`` and before the slashed compound that ``end`` is
    inside, if the line has one."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    finder.setPosition(end)
    position = finder.toPreviousBoundary()
    while position > start and _after_glued_slash(text, position):
        position = finder.toPreviousBoundary()
    return position if position > start else None
