"""Whether Qt breaks Thai lines between words in this installation (a ``--self-test`` step), and
the remedy where it does not (``breakable``).

Thai is written without spaces between words. Qt finds the places where a Thai line may break only
through libthai, a library it loads by name at run time and silently does without: every Thai run
then becomes one unbreakable word, and labels, table headers and the projector wrap only at spaces
(``ui/common/text_fit.py`` relies on the breaks). Nothing links to libthai, so a packaging change
can drop it unnoticed; this check lays out a Thai sentence so narrow that every line holds a single
breakable piece, and compares the pieces with the sentence's words.

On Windows Qt looks for a ``thai.dll`` that neither Windows nor the bundle has (docs/packaging.md):
there ``breakable`` puts a zero-width space, which Qt always breaks at, between the Thai words the
report's own segmenter finds (app/typesetting/segment.py), so the interface breaks Thai where the
printed plan does. ``PMQA_THAI_BREAKS=own`` asks for the same anywhere (tests; a Linux without
libthai).
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache

# Words a dictionary cannot split further, so the expected pieces do not depend on its version.
WORDS = ("กลุ่ม", "ของ", "เรา", "เสนอ", "แผน", "พัฒนา", "องค์การ")
SENTENCE = "".join(WORDS)

ZWSP = "\u200b"  # zero width space: a line may break here, and nothing is drawn
_THAI_LETTER = re.compile("[\u0e01-\u0e4f]")
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
    if sys.platform != "win32":
        raise AssertionError(f"Qt does not break Thai between words (libthai or its dictionary not found): {shown}")
    # Known on Windows (no libthai, docs/packaging.md): the interface gives Qt the words itself.
    ours = [line.replace(ZWSP, "") for line in narrow_lines(_with_word_breaks(SENTENCE))]
    if _boundaries(ours) != _boundaries(WORDS):
        raise AssertionError(f"Thai breaks between words neither by Qt nor by ours: {'|'.join(ours)}")
    return f"{'|'.join(ours)} (by the app's word breaks: Qt finds no libthai on Windows)"


@lru_cache(maxsize=1)
def qt_breaks_thai() -> bool:
    """Qt finds the words of a Thai line itself (libthai loaded), unless told to use ours."""
    if os.environ.get("PMQA_THAI_BREAKS") == "own":
        return False
    return len(narrow_lines(SENTENCE)) >= len(WORDS) // 2 + 1


def breakable(text: str) -> str:
    """``text`` as Qt should lay it out: as it is where Qt breaks Thai between words; elsewhere with
    a zero-width space between two Thai words. Only for drawing: never store what this returns."""
    if not text or qt_breaks_thai() or not _THAI_LETTER.search(text):
        return text
    return _with_word_breaks(text)


@lru_cache(maxsize=8192)
def _with_word_breaks(text: str) -> str:
    from app.typesetting.segment import WORD, pieces

    parts = pieces(text)
    if "".join(p.text for p in parts) != text:  # normalised on the way: show it as typed, unbroken
        return text
    out = []
    for piece, following in zip(parts, parts[1:] + [None]):
        out.append(piece.text)
        if (following is not None and piece.kind == following.kind == WORD
                and _THAI_LETTER.match(piece.text[-1]) and _THAI_LETTER.match(following.text[0])):
            out.append(ZWSP)
    return "".join(out)
