"""Line filling: word boundaries only, nothing added or lost, nothing wider than the column."""

from __future__ import annotations

import pytest
from reportlab.lib.units import cm

from app.typesetting import ThaiParagraph, ThaiStyle

from ._tools import check_breaks, line_break_offsets
from .samples import LONG_URL, LONG_WORD, MIXED, PARAGRAPHS

WIDTHS = [3 * cm, 4.5 * cm, 7 * cm, 16 * cm]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("size", [12, 16])
def test_breaks_fall_between_words(width, size):
    style = ThaiStyle(fontSize=size)
    for text in PARAGRAPHS:
        lines = ThaiParagraph(text, style).line_texts(width)
        check_breaks(text, lines, size=size, width=width)


@pytest.mark.parametrize("width", WIDTHS)
def test_lines_fit_the_column(width):
    style = ThaiStyle(fontSize=14)
    for text in [*PARAGRAPHS, MIXED, LONG_URL, LONG_WORD]:
        p = ThaiParagraph(text, style)
        assert max(p.line_widths(width)) <= width + 1e-6


def test_narrow_column_really_wraps():
    lines = ThaiParagraph(PARAGRAPHS[0], ThaiStyle(fontSize=16)).line_texts(3 * cm)
    assert len(lines) >= 6


def test_long_word_breaks_between_clusters_only():
    p = ThaiParagraph(LONG_WORD, ThaiStyle(fontSize=16))
    lines = p.line_texts(4 * cm)
    assert len(lines) > 3
    assert "".join(lines) == LONG_WORD
    for line in lines[1:]:
        assert not line.startswith("\u0e49"), "a tone mark was separated from its consonant"


def test_long_url_wraps_and_keeps_every_character():
    p = ThaiParagraph(LONG_URL, ThaiStyle(fontSize=14))
    lines = p.line_texts(5 * cm)
    line_break_offsets(LONG_URL, lines)  # nothing lost, nothing added
    url_lines = [line for line in lines if "/" in line]
    assert len(url_lines) >= 2


def test_mixed_script_line_breaks_at_spaces():
    lines = ThaiParagraph(MIXED, ThaiStyle(fontSize=14)).line_texts(5 * cm)
    check_breaks(MIXED, lines, size=14, width=5 * cm)


def test_first_line_indent_and_left_indent_narrow_the_lines():
    text = PARAGRAPHS[3]
    plain = ThaiParagraph(text, ThaiStyle(fontSize=14)).line_widths(8 * cm)
    indented = ThaiParagraph(text, ThaiStyle(fontSize=14, firstLineIndent=2 * cm, leftIndent=1 * cm))
    widths = indented.line_widths(8 * cm)
    assert widths[0] <= 5 * cm + 1e-6
    assert max(widths[1:]) <= 7 * cm + 1e-6
    assert len(widths) >= len(plain)


def test_typed_spaces_and_newlines_are_kept():
    text = "ข้อ ๑  ระบบงาน\nข้อ ๒ บุคลากร"
    lines = ThaiParagraph(text, ThaiStyle()).line_texts(16 * cm)
    assert lines == ["ข้อ ๑  ระบบงาน", "ข้อ ๒ บุคลากร"]


def test_empty_paragraph_has_no_lines():
    p = ThaiParagraph("   ", ThaiStyle())
    assert p.wrap(10 * cm, 100) == (10 * cm, 0)


def test_tabs_print_as_spaces_not_boxes():
    lines = ThaiParagraph("ข้อ ๑\tระบบงาน", ThaiStyle()).line_texts(16 * cm)
    assert lines == ["ข้อ ๑ ระบบงาน"]
