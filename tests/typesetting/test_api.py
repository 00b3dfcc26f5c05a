"""The public API: digits, fonts, styles, and rendering from two threads at once."""

from __future__ import annotations

import threading

import pytest
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics

from app.typesetting import (
    FONT_NAMES,
    ThaiParagraph,
    ThaiStyle,
    arabic_digits,
    font_path,
    register_fonts,
    thai_digits,
)

from ._tools import pypdf_text
from .samples import PARAGRAPHS


def test_thai_digits():
    assert thai_digits("ปีงบประมาณ 2569, 17.5%") == "ปีงบประมาณ ๒๕๖๙, ๑๗.๕%"
    assert thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"
    assert arabic_digits(thai_digits("PMQA 4.0 ข้อ 12")) == "PMQA 4.0 ข้อ 12"


def test_fonts_register_once_from_the_wheel():
    assert register_fonts() == FONT_NAMES == (
        "Sarabun", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic",
    )
    first = pdfmetrics.getFont("Sarabun-Bold")
    register_fonts()
    assert pdfmetrics.getFont("Sarabun-Bold") is first
    assert font_path("Sarabun").name == "Sarabun-Regular.ttf" and font_path("Sarabun").is_file()
    assert "fontpkg_sarabun" in str(font_path("Sarabun-BoldItalic"))


def test_style_from_paragraph_style_and_errors():
    ps = ParagraphStyle("x", fontName="Sarabun-Bold", fontSize=12, alignment=TA_CENTER,
                        textColor="#112233", spaceBefore=3)
    st = ThaiParagraph("ทดสอบ", ps).style
    assert (st.fontName, st.fontSize, st.alignment, st.spaceBefore) == ("Sarabun-Bold", 12, "center", 3)
    assert st.leading == 12  # ParagraphStyle always carries a leading (12 by default)
    assert ThaiStyle(fontSize=12).resolved().leading == pytest.approx(12 * 1.4)
    with pytest.raises(TypeError, match="GlyphFont"):
        ThaiParagraph("ทดสอบ", ParagraphStyle("helv"))  # Helvetica cannot shape Thai
    with pytest.raises(ValueError, match="alignment"):
        ThaiParagraph("ทดสอบ", ThaiStyle(alignment="middle"))


def test_hanging_indent_for_bullets():
    p = ThaiParagraph("• " + PARAGRAPHS[0], ThaiStyle(fontSize=14, leftIndent=14, firstLineIndent=-10))
    widths = p.line_widths(6 * cm)
    assert widths[0] <= 6 * cm - 4 + 1e-6 and max(widths[1:]) <= 6 * cm - 14 + 1e-6


def test_two_threads_render_at_once(tmp_path):
    from reportlab.platypus import SimpleDocTemplate

    errors = []

    def render(n):
        try:
            style = ThaiStyle(fontName=FONT_NAMES[n % 4], fontSize=12 + n)
            SimpleDocTemplate(str(tmp_path / f"{n}.pdf")).build(
                [ThaiParagraph(t, style) for t in PARAGRAPHS * 5]
            )
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=render, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for n in range(4):
        text = pypdf_text(tmp_path / f"{n}.pdf").replace("\n", "").replace(" ", "")
        for para in PARAGRAPHS:
            assert para.replace(" ", "") in text
