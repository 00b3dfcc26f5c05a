"""End to end: build real PDFs and read them back with poppler, pdfminer (pdfplumber) and pypdf.

What a Thai reader checks at a glance, checked here on the extracted text: lines break between
words only, no space appears inside Thai, no tone mark or sara am is lost, nothing leaves its
column, and a paragraph survives a page break and a table cell.
"""

from __future__ import annotations

import subprocess

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from app.typesetting import ThaiParagraph, ThaiStyle, thai_digits

from ._tools import (
    check_breaks,
    line_break_offsets,
    need_module,
    need_tool,
    pdfplumber_text,
    pdftotext,
    pypdf_text,
)
from .samples import LONG_URL, LONG_WORD, MARKED_WORDS, MIXED, PARAGRAPHS

PAGE_W, PAGE_H = A4
MARGIN = 2 * cm
PAD = 6  # SimpleDocTemplate's frame padding, each side


def build(path, story, frame_width=None):
    """A4 PDF whose text column is ``frame_width`` points wide (flowables see exactly that)."""
    left = MARGIN
    right = PAGE_W - left - (frame_width + 2 * PAD) if frame_width else MARGIN
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    doc.build(story)
    return path


def text_lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\f", "\n").splitlines() if line.strip()]


def assign_lines(lines: list[str], paragraphs: list[str]) -> list[list[str]]:
    """Cut the extracted lines into the paragraphs they spell, in order (exact match)."""
    out, i = [], 0
    for para in paragraphs:
        taken, pos = [], 0
        while pos < len(para):
            assert i < len(lines), f"ran out of lines in {para[:30]!r} at {pos}"
            line = lines[i]
            while para.startswith(" ", pos):
                pos += 1
            assert para.startswith(line, pos), (
                f"extracted line {line!r} does not continue {para[:30]!r}...: "
                f"expected {para[pos:pos + len(line)]!r}"
            )
            taken.append(line)
            pos += len(line)
            i += 1
        out.append(taken)
    assert i == len(lines), f"unexpected extra text: {lines[i:]}"
    return out


EXTRACTORS = {
    "pdftotext": lambda pdf: pdftotext(pdf),
    "pdftotext-layout": lambda pdf: pdftotext(pdf, "-layout"),
    "pdfplumber": pdfplumber_text,
    "pypdf": pypdf_text,
}


@pytest.mark.parametrize("extractor", list(EXTRACTORS))
@pytest.mark.parametrize("width_cm", [4.5, 8, 17])
@pytest.mark.parametrize("font", ["Sarabun", "Sarabun-Bold", "Sarabun-Italic"])
def test_paragraphs_read_back_exactly_with_breaks_between_words(tmp_path, extractor, width_cm, font):
    width = width_cm * cm
    size = 14
    style = ThaiStyle(fontName=font, fontSize=size, spaceAfter=6)
    paragraphs = [*PARAGRAPHS, MIXED]
    pdf = build(tmp_path / "p.pdf", [ThaiParagraph(t, style) for t in paragraphs], width)
    per_para = assign_lines(text_lines(EXTRACTORS[extractor](pdf)), paragraphs)
    for para, lines in zip(paragraphs, per_para):
        check_breaks(para, lines, size=size, width=width, font=font)
    if width_cm < 10:
        assert max(len(lines) for lines in per_para) >= 3  # the narrow column really wraps


@pytest.mark.parametrize("extractor", list(EXTRACTORS))
def test_tone_marks_and_sara_am_survive_extraction(tmp_path, extractor):
    text = " ".join(MARKED_WORDS)
    pdf = build(tmp_path / "m.pdf", [
        ThaiParagraph(text, ThaiStyle(fontSize=16)),
        ThaiParagraph(text, ThaiStyle(fontName="Sarabun-Bold", fontSize=16)),
        ThaiParagraph(text, ThaiStyle(fontName="Sarabun-BoldItalic", fontSize=12)),
    ])
    got = text_lines(EXTRACTORS[extractor](pdf))
    assert got == [text, text, text]


@pytest.mark.parametrize("extractor", list(EXTRACTORS))
def test_mixed_thai_english_and_both_digit_kinds(tmp_path, extractor):
    texts = [MIXED, thai_digits(MIXED), "ร้อยละ 85.5 ของ 1,234 คน (๑,๒๓๔ คน) ผ่านเกณฑ์ e-Service"]
    pdf = build(tmp_path / "x.pdf", [ThaiParagraph(t, ThaiStyle(fontSize=11)) for t in texts])
    assert text_lines(EXTRACTORS[extractor](pdf)) == texts


def _chars_by_line(pdf):
    pdfplumber = need_module("pdfplumber", "pip install pdfplumber")
    with pdfplumber.open(str(pdf)) as doc:
        chars = [c for page in doc.pages for c in page.chars]
    # Group by baseline: a raised or lowered mark has its own "top", so allow a few points.
    lines: list[list] = []
    for c in sorted(chars, key=lambda c: (c["page_number"], c["bottom"])):
        if lines and lines[-1][0]["page_number"] == c["page_number"] and abs(
            c["bottom"] - lines[-1][0]["bottom"]
        ) < 4:
            lines[-1].append(c)
        else:
            lines.append([c])
    return lines, chars


@pytest.mark.parametrize("text", [LONG_WORD, LONG_URL], ids=["200-letter word", "long URL"])
@pytest.mark.parametrize("width_cm", [3, 6])
def test_unbreakable_runs_stay_inside_the_column(tmp_path, text, width_cm):
    width = width_cm * cm
    pdf = build(tmp_path / "u.pdf", [ThaiParagraph(text, ThaiStyle(fontSize=14))], width)
    lines, chars = _chars_by_line(pdf)
    left, right = MARGIN + PAD, MARGIN + PAD + width
    assert len(lines) >= 3
    assert min(c["x0"] for c in chars) >= left - 0.01
    assert max(c["x1"] for c in chars) <= right + 0.01
    # and nothing was lost on the way
    extracted = text_lines(pdftotext(pdf))
    line_break_offsets(text, extracted)


def test_alignment_colour_and_bold(tmp_path):
    width = 10 * cm
    text = PARAGRAPHS[0]
    pdf = build(tmp_path / "a.pdf", [
        ThaiParagraph(text, ThaiStyle(fontSize=14, alignment="right")),
        Spacer(1, 30),
        ThaiParagraph(text, ThaiStyle(fontName="Sarabun-Bold", fontSize=14, alignment="center",
                                      textColor="#003366")),
    ], width)
    lines, _ = _chars_by_line(pdf)
    left, right = MARGIN + PAD, MARGIN + PAD + width
    right_lines = [line for line in lines if "Bold" not in line[0]["fontname"]]
    centre_lines = [line for line in lines if "Bold" in line[0]["fontname"]]
    assert len(right_lines) >= 2 and len(centre_lines) >= 2
    for line in right_lines:
        assert max(c["x1"] for c in line) == pytest.approx(right, abs=0.5)
    for line in centre_lines:
        mid = (min(c["x0"] for c in line) + max(c["x1"] for c in line)) / 2
        assert mid == pytest.approx((left + right) / 2, abs=0.5)
        for c in line:
            assert tuple(round(v, 3) for v in c["non_stroking_color"]) == pytest.approx(
                (0.0, 0.2, 0.4), abs=0.003
            )


def test_paragraph_style_from_reportlab_with_indents(tmp_path):
    ps = ParagraphStyle("answer", fontName="Sarabun", fontSize=14, leading=22,
                        firstLineIndent=1 * cm, leftIndent=0.5 * cm)
    para = ThaiParagraph(PARAGRAPHS[1], ps)
    pdf = build(tmp_path / "i.pdf", [para], 9 * cm)
    lines, _ = _chars_by_line(pdf)
    starts = [min(c["x0"] for c in line) for line in lines]
    left = MARGIN + PAD
    assert starts[0] == pytest.approx(left + 1.5 * cm, abs=0.5)
    assert all(s == pytest.approx(left + 0.5 * cm, abs=0.5) for s in starts[1:])
    tops = [line[0]["top"] for line in lines]
    assert [b - a for a, b in zip(tops, tops[1:])] == pytest.approx([22] * (len(tops) - 1), abs=0.1)


def test_paragraph_splits_across_pages(tmp_path):
    long_text = " ".join(PARAGRAPHS * 2)
    story = [Spacer(1, PAGE_H - 2 * MARGIN - 80), ThaiParagraph(long_text, ThaiStyle(fontSize=14))]
    pdf = build(tmp_path / "s.pdf", story)
    pypdf = need_module("pypdf", "pip install pypdf")
    assert len(pypdf.PdfReader(str(pdf)).pages) >= 2
    for extractor in ("pdftotext", "pdfplumber", "pypdf"):
        lines = text_lines(EXTRACTORS[extractor](pdf))
        check_breaks(long_text, lines, size=14, width=PAGE_W - 2 * MARGIN - 2 * PAD)


def test_split_api():
    para = ThaiParagraph(" ".join(PARAGRAPHS), ThaiStyle(fontSize=14, leading=20, spaceBefore=4,
                                                          spaceAfter=8, firstLineIndent=20))
    w, h = para.wrap(8 * cm, 10_000)
    assert h % 20 == 0 and h >= 200
    assert para.split(8 * cm, 19) == []
    assert para.split(8 * cm, 20) == []  # no orphan: one first line alone at a page foot
    assert len(ThaiParagraph(para.text, ThaiStyle(fontSize=14, leading=20, allowOrphans=True))
               .split(8 * cm, 20)) == 2
    head, tail = para.split(8 * cm, 100)
    assert head.wrap(8 * cm, 100)[1] == 100
    assert tail.wrap(8 * cm, 10_000)[1] == h - 100
    assert (head.getSpaceBefore(), head.getSpaceAfter()) == (4, 0)
    assert (tail.getSpaceBefore(), tail.getSpaceAfter()) == (0, 8)
    lines = head.line_texts(8 * cm) + tail.line_texts(8 * cm)
    assert lines == para.line_texts(8 * cm)  # the continuation has no first-line indent


def test_table_cells_including_a_row_split_across_pages(tmp_path):
    cell = ThaiStyle(fontSize=12)
    col1, col2 = 5 * cm, 7 * cm
    rows = [[ThaiParagraph(PARAGRAPHS[i], cell), ThaiParagraph(PARAGRAPHS[i + 1], cell)]
            for i in range(0, 8, 2)]
    long_cell = " ".join(PARAGRAPHS * 3)
    rows.append([ThaiParagraph("แผนงาน", cell), ThaiParagraph(long_cell, cell)])
    table = Table(rows, colWidths=[col1, col2], splitInRow=1, hAlign="LEFT",
                  style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    # The frame is exactly as wide as the table, so the columns' x positions are known.
    pdf = build(tmp_path / "t.pdf", [Spacer(1, 300), table], col1 + col2)
    pypdf = need_module("pypdf", "pip install pypdf")
    n_pages = len(pypdf.PdfReader(str(pdf)).pages)
    assert n_pages >= 2
    # Read each column on its own (poppler's crop box), pages in order.
    x0 = MARGIN + PAD
    inner = 6  # Table's default cell padding
    columns = {1: (x0, col1, [PARAGRAPHS[i] for i in range(0, 8, 2)] + ["แผนงาน"]),
               2: (x0 + col1, col2, [PARAGRAPHS[i + 1] for i in range(0, 8, 2)] + [long_cell])}
    for _, (cx, cw, texts) in columns.items():
        out = pdftotext(pdf, "-layout", "-x", str(round(cx)), "-y", "0", "-W", str(round(cw)),
                        "-H", str(round(PAGE_H)))
        per_para = assign_lines(text_lines(out), texts)
        for para, lines in zip(texts, per_para):
            check_breaks(para, lines, size=12, width=cw - 2 * inner)


def test_page_renders_to_png(tmp_path):
    exe = need_tool("pdftoppm", "apt-get install poppler-utils")
    pdf = build(tmp_path / "r.pdf", [ThaiParagraph(t, ThaiStyle(fontSize=16)) for t in PARAGRAPHS])
    subprocess.run([exe, "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "r")],
                   check=True)
    png = next(tmp_path.glob("r*.png"))
    assert png.stat().st_size > 10_000
