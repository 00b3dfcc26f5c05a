"""Break opportunities and grapheme clusters (no PDF involved)."""

from __future__ import annotations

import unicodedata

import pytest

from app.typesetting.segment import NEWLINE, SPACE, WORD, graphemes, pieces, thai_words

from ._tools import LEADING_VOWELS, NO_LINE_START
from .samples import LONG_URL, MIXED, PARAGRAPHS


@pytest.mark.parametrize("text", [*PARAGRAPHS, MIXED, LONG_URL, "a\nb  c\r\nง"])
def test_pieces_give_back_the_text(text):
    assert "".join(p.text for p in pieces(text)) == unicodedata.normalize("NFC", text).replace(
        "\r\n", "\n"
    )


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_no_piece_splits_a_cluster(text):
    for piece in pieces(text):
        if piece.kind == WORD:
            assert piece.text[0] not in NO_LINE_START, piece
            assert piece.text[-1] not in LEADING_VOWELS, piece


def test_thai_words_come_from_newmm():
    assert thai_words("หน่วยงานควรพัฒนาระบบบริการดิจิทัล") == (
        "หน่วยงาน", "ควร", "พัฒนา", "ระบบ", "บริการ", "ดิจิทัล",
    )


def test_kinds_and_what_stays_together():
    got = [(p.kind, p.text) for p in pieces("ใช้Excelปี2561 อื่นๆ\nกรุงเทพฯ (ผู้รับบริการ)")]
    assert got == [
        (WORD, "ใช้Excelปี2561"),  # no break where Thai touches Latin or digits (UAX #14)
        (SPACE, " "),
        (WORD, "อื่นๆ"),  # never a break before ๆ
        (NEWLINE, "\n"),
        (WORD, "กรุงเทพฯ"),
        (SPACE, " "),
        (WORD, "(ผู้รับ"),  # nor after an opening bracket
        (WORD, "บริการ)"),  # nor before a closing one
    ]


def test_url_breaks_after_slashes_not_hyphens():
    # poppler glues a line-final hyphen to the next line and drops it, so no break there
    words = [p.text for p in pieces("https://www.ldd.go.th/open-data/soil?x=1 e-Service")]
    assert words == ["https://", "www.ldd.go.th/", "open-data/", "soil?", "x=", "1", " ", "e-Service"]


def test_no_break_space_glues():
    assert [p.text for p in pieces("๑๐\u00a0บาท")] == ["๑๐\u00a0บาท"]


def test_graphemes_keep_marks_and_leading_vowels():
    assert graphemes("เกี๊ยวน้ำใส่ไข่") == ["เกี๊", "ย", "ว", "น้ำ", "ใส่", "ไข่"]
    assert graphemes("ก" * 5) == ["ก"] * 5
    assert "".join(graphemes("café e\u0301")) == "café e\u0301"
    assert "e\u0301" in graphemes("café e\u0301")
