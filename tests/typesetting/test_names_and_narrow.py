"""Names never broken inside, narrow columns broken at component words then syllables, no widows."""

from __future__ import annotations

import pytest
from reportlab.lib.units import cm

from app.typesetting import Name, ThaiParagraph, ThaiStyle
from app.typesetting.segment import WORD, pieces, thai_words

from ._tools import _syllable_boundaries

MEMBERS = ["นายอนุชา ศรีวิไล", "นางสาวสุภาวดี รัตนพันธ์", "นางกาญจนา พรหมสุวรรณ", "นางนงลักษณ์ เพชรรัตน์",
           "นางพรทิพย์ แก้วมณี", "นาย พีระพงษ์ ดวงแก้ว"]


def _name_parts():
    parts: list = ["1. กลุ่มที่ ๑ ผู้บริหารและงานแผน — "]
    for n, member in enumerate(MEMBERS):
        parts += ([", "] if n else []) + [Name(member)]
    return parts


def _allowed_name_breaks(paragraph: str, starts: list[int]) -> None:
    """Every line that starts inside a name starts at one of its words (after a space), and
    never between a typed title and the given name."""
    for member in MEMBERS:
        at = paragraph.index(member)
        inside = [s - at for s in starts if at < s < at + len(member)]
        spaces = {i + 1 for i, c in enumerate(member) if c == " "}
        title_space = {len("นาย ")} if member.startswith("นาย ") else set()
        assert set(inside) <= spaces - title_space, (member, inside)


@pytest.mark.parametrize("width", [2.7, 3, 4, 5, 7, 9, 12, 16])
def test_a_name_breaks_only_at_its_spaces_never_between_title_and_given_name(width):
    p = ThaiParagraph(_name_parts(), ThaiStyle(fontSize=12))
    assert p.minWidth() <= width * cm  # the widest part of a name fits: no emergency break
    lines = p.line_texts(width * cm)
    text = p.text
    starts, pos = [], 0
    for line in lines:
        pos = text.index(line, pos)
        starts.append(pos)
        pos += len(line)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    _allowed_name_breaks(text, starts[1:])


def test_the_same_text_without_names_would_break_a_surname():
    """The test above can fail: the dictionary does split these surnames."""
    assert thai_words("รัตนพันธ์") == ("รัตน", "พันธ์") and thai_words("พรหมสุวรรณ") == ("พรหม", "สุวรรณ")


def test_a_name_wider_than_the_column_is_cut_at_its_words_not_inside_a_syllable():
    p = ThaiParagraph([Name("นางกาญจนา พรหมสุวรรณ")], ThaiStyle(fontSize=10))
    lines = p.line_texts(1.85 * cm)  # "นางกาญจนา" fits, "พรหมสุวรรณ" does not
    assert lines == ["นางกาญจนา", "พรหม", "สุวรรณ"]


def test_pieces_keep_a_name_range_whole():
    text = "ผู้เข้าร่วม นางสาวสุภาวดี รัตนพันธ์"
    start = text.index("นาง")
    words = [p.text for p in pieces(text, ((start, len(text)),)) if p.kind == WORD]
    assert words[-2:] == ["นางสาวสุภาวดี", "รัตนพันธ์"]


@pytest.mark.parametrize("term", ["แดชบอร์ด", "ตัวชี้วัด"])
def test_terms_the_dictionary_lacks_are_not_broken(term):
    assert term in thai_words(f"จัดทำ{term}ของกรม")
    assert term in thai_words(f"ค่าเป้าหมาย{term}")


@pytest.mark.parametrize("width, expected", [
    (2.0, ["เทคโนโลยี", "สารสนเทศ"]),  # at the words it is made of
    (1.5, ["เทคโนโลยี", "สาร", "สนเทศ"]),
])
def test_a_compound_wider_than_the_column_breaks_at_its_words(width, expected):
    lines = ThaiParagraph("เทคโนโลยีสารสนเทศ", ThaiStyle(fontSize=10)).line_texts(width * cm)
    assert lines == expected


@pytest.mark.parametrize("word", ["กลุ่มสำคัญ", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "ยึดประชาชนเป็นศูนย์กลาง",
                                  "แดชบอร์ดตัวชี้วัด"])
def test_at_the_narrowest_break_width_no_syllable_is_cut(word):
    p = ThaiParagraph(word, ThaiStyle(fontSize=10))
    width = p.min_break_width()
    lines = p.line_texts(width)
    assert "".join(lines) == word
    assert max(p.line_widths(width)) <= width + 1e-6
    cuts, pos = set(), 0
    for line in lines[:-1]:
        pos += len(line)
        cuts.add(pos)
    assert cuts <= _syllable_boundaries(word), lines


def test_natural_width_is_one_line_and_min_width_the_widest_word():
    p = ThaiParagraph("ยึดประชาชนเป็นศูนย์กลาง", ThaiStyle(fontSize=10))
    assert len(p.line_texts(p.natural_width())) == 1
    assert len(p.line_texts(p.natural_width() - 1)) == 2
    assert p.line_texts(p.minWidth()) == ["ยึด", "ประชาชน", "เป็น", "ศูนย์กลาง"]
    assert p.min_break_width() < p.minWidth()


def test_no_widow_a_last_line_never_starts_a_page_alone():
    text = "หน่วยงานควรพัฒนาระบบบริการดิจิทัลให้ประชาชนเข้าถึงได้ง่าย " * 6
    p = ThaiParagraph(text, ThaiStyle(fontSize=12))
    lines = p.wrap(6 * cm, 1000)[1] / p.style.leading
    assert lines >= 5
    head, tail = p.split(6 * cm, (lines - 1) * p.style.leading)
    assert len(tail.line_texts(6 * cm)) == 2
    assert len(head.line_texts(6 * cm)) == lines - 2
    widowed = ThaiParagraph(text, ThaiStyle(fontSize=12, allowWidows=True))
    assert len(widowed.split(6 * cm, (lines - 1) * p.style.leading)[1].line_texts(6 * cm)) == 1


def test_a_wider_layout_after_an_emergency_break_starts_again_from_whole_words():
    p = ThaiParagraph("ยึดประชาชนเป็นศูนย์กลาง", ThaiStyle(fontSize=10))
    assert len(p.line_texts(0.8 * cm)) > 4  # words cut to fit
    assert p.line_texts(p.minWidth()) == ["ยึด", "ประชาชน", "เป็น", "ศูนย์กลาง"]


@pytest.mark.parametrize("text", ["ยึดประชาชนเป็นศูนย์กลาง", "ข้อ ๑  ระบบงาน\nข้อ ๒ บุคลากร\n\nสาม", "  นำหน้า",
                                  "หน่วยงานควรพัฒนาระบบบริการดิจิทัลให้ประชาชนเข้าถึงได้ง่าย " * 3])
def test_line_count_agrees_with_the_layout(text):
    p = ThaiParagraph(text, ThaiStyle(fontSize=10))
    for width in range(int(p.minWidth()) + 1, int(p.natural_width()) + 20, 4):
        assert p.line_count(width) == len(p.line_texts(width)), width
