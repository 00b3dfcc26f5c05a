"""Shaping: marks positioned, every glyph carries the right text, results cached."""

from __future__ import annotations

import pytest

from app.typesetting.fonts import get_glyph_font
from app.typesetting.segment import pieces
from app.typesetting.shaping import shaper_for

from .samples import MARKED_WORDS, MIXED, PARAGRAPHS


def glyph_texts(run, font_name="Sarabun"):
    font = get_glyph_font(font_name)
    return [font._text_of.get(ord(c), c) for c in run.chars]


@pytest.mark.parametrize("font_name", ["Sarabun", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic"])
def test_text_layer_spells_the_typed_text_in_x_order(font_name):
    shaper = shaper_for(font_name)
    for para in [*PARAGRAPHS, MIXED]:
        for piece in pieces(para):
            run = shaper.run(piece.text)
            assert "".join(glyph_texts(run, font_name)) == piece.text
            # Stream order and x order agree, so extractors of either kind read the same text.
            assert list(run.xs) == sorted(run.xs), piece.text
            assert all(b > a for a, b in zip(run.xs, run.xs[1:])), piece.text


def test_marks_are_positioned():
    run = shaper_for("Sarabun").run("ตั้ง")
    # The tone mark over sara a am is moved down (a "small" variant, negative y offset).
    assert any(y < 0 for y in run.ys)
    # Zero-width marks: the word is as wide as its two consonants only.
    shaper = shaper_for("Sarabun")
    assert run.advance == shaper.run("ตง").advance


def test_sara_am_is_one_glyph_without_tone_and_extracts_whole():
    run = shaper_for("Sarabun").run("กำ")
    assert len(run.chars) == 2
    assert glyph_texts(run) == ["ก", "ำ"]
    assert "".join(glyph_texts(shaper_for("Sarabun").run("น้ำ"))) == "น้ำ"


@pytest.mark.parametrize("word", MARKED_WORDS)
def test_marked_words_round_trip(word):
    assert "".join(glyph_texts(shaper_for("Sarabun").run(word))) == word


def test_shaped_words_are_cached_and_size_independent():
    shaper = shaper_for("Sarabun")
    assert shaper.run("บริการ") is shaper.run("บริการ")
    assert shaper.width("บริการ", 16) == pytest.approx(2 * shaper.width("บริการ", 8))
