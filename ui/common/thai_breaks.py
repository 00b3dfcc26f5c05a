"""Whether Qt breaks Thai lines between words in this installation (a ``--self-test`` step).

Thai is written without spaces between words. Qt finds the places where a Thai line may break only
through libthai, a library it loads by name at run time and silently does without: every Thai run
then becomes one unbreakable word, and labels, table headers and the projector wrap only at spaces
(``ui/common/text_fit.py`` relies on the breaks). Nothing links to libthai, so a packaging change
can drop it unnoticed; this check lays out a Thai sentence so narrow that every line holds a single
breakable piece, and compares the pieces with the sentence's words.
"""

from __future__ import annotations

import sys

# Words a dictionary cannot split further, so the expected pieces do not depend on its version.
WORDS = ("กลุ่ม", "ของ", "เรา", "เสนอ", "แผน", "พัฒนา", "องค์การ")
SENTENCE = "".join(WORDS)

_application = None  # the QGuiApplication made for the self-test, kept alive until exit


def _gui() -> None:
    """A QGuiApplication for text layout: the running one, or an offscreen one (the self-test
    runs in a terminal or CI, where no display may be open)."""
    global _application
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _application = QGuiApplication(["pmqa-workshop", "-platform", "offscreen"])


def narrow_lines(text: str) -> list[str]:
    """``text`` laid out by Qt one pixel wide, wrapping at word boundaries only: each line is one
    piece between two places where Qt allows a line break."""
    _gui()
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(1)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def _boundaries(pieces) -> set[int]:
    ends, at = set(), 0
    for piece in pieces:
        at += len(piece)
        ends.add(at)
    return ends


def check() -> str:
    """The self-test step: the sentence's pieces as Qt breaks them, joined by "|".

    Fails when Qt breaks inside a word, or (except on Windows) not between the words at all."""
    lines = narrow_lines(SENTENCE)
    shown = "|".join(lines)
    inside_words = _boundaries(lines) - _boundaries(WORDS)
    if inside_words:
        raise AssertionError(f"Qt breaks Thai inside words: {shown}")
    if len(lines) >= len(WORDS) // 2 + 1:
        return shown
    if sys.platform == "win32":  # known: Qt finds no libthai on Windows (docs/packaging.md)
        return f"not on Windows: Qt finds no libthai, Thai lines break at spaces only ({shown})"
    raise AssertionError(f"Qt does not break Thai between words (libthai or its dictionary not found): {shown}")
