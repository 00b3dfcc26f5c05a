"""Issue #18: the plan as a Word document and a spreadsheet that prints well. Read back with
python-docx and openpyxl, and converted by LibreOffice (headless) to PDF, whose Thai text layer and
pages are checked."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.spreadsheet import export_plan, export_xlsx

from ._reading import pdftotext, squeeze

# LibreOffice's PDF text layer hands a Thai mark to the glyph its x position falls on, so marks can
# come out of order or on the neighbouring letter ("ท่ี", "รบั" for "ที่", "รับ"); the document
# itself holds the right text. The check compares the letters in order, and counts the marks.
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _letters(text: str) -> str:
    return _MARKS.sub("", squeeze(text).replace("\u0e4d\u0e32", "\u0e33").replace("\u0e33", "\u0e32"))


def _marks(text: str) -> int:
    return len(_MARKS.findall(text.replace("\u0e4d\u0e32", "\u0e33")))


def column_texts(pdf: Path) -> dict[int, str]:
    """Each table column's text, page after page, as Poppler reads it one cell at a time (the
    cells' boxes from pdfplumber, the words and their boxes from ``pdftotext -bbox``)."""
    import html

    import pdfplumber

    columns: dict[int, str] = {}
    header_seen = False  # the header row repeated on later pages is left out
    with pdfplumber.open(str(pdf)) as doc:
        for number, page in enumerate(doc.pages, 1):
            words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                               pdftotext(pdf, "-f", str(number), "-l", str(number), "-bbox"))
            centres = [((float(w[0]) + float(w[2])) / 2, (float(w[1]) + float(w[3])) / 2, html.unescape(w[4]))
                       for w in words]
            for table in page.find_tables():
                for row in table.rows[1:] if header_seen else table.rows:
                    for index, box in enumerate(row.cells):
                        if box:
                            x0, top, x1, bottom = box
                            columns[index] = columns.get(index, "") + "".join(
                                t for x, y, t in centres if x0 <= x <= x1 and top <= y <= bottom)
                header_seen = True
    return columns


PLAN_TEXTS = ("issue", "activity", "kpi", "target", "responsible")


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail("the Word and spreadsheet checks need LibreOffice: apt-get install libreoffice-writer-nogui "
                    "libreoffice-calc-nogui", pytrace=False)
    return found


def _fonts_conf(folder: Path) -> Path:
    """A fontconfig file that gives LibreOffice a Thai font whatever the machine has: the Sarabun
    of the fontpkg-sarabun package, standing in for TH SarabunPSK."""
    import fontpkg_sarabun

    conf = folder / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{fontpkg_sarabun.ROOT / "files"}</dir><cachedir>{folder / "cache"}</cachedir>
<alias binding="same"><family>TH SarabunPSK</family><prefer><family>Sarabun</family></prefer></alias>
</fontconfig>""", encoding="utf-8")
    return conf


def convert_to_pdf(source: Path, folder: Path) -> Path:
    env = dict(os.environ, FONTCONFIG_FILE=str(_fonts_conf(folder)), HOME=str(folder))
    subprocess.run([_soffice(), f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, env=env, timeout=180)
    pdf = folder / (source.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice wrote no PDF for {source.name}"
    return pdf


@pytest.fixture
def docx_path(demo, tmp_path) -> Path:
    target = tmp_path / "plan.docx"
    export_plan(demo, target)
    return target


def test_word_plan_reads_back_with_every_field_and_a_total(demo, docx_path):
    from docx import Document

    document = Document(str(docx_path))
    table = document.tables[0]
    items = demo.plan_items()
    assert len(table.rows) == len(items) + 2
    assert table.rows[0].cells[1].text == "ประเด็นการพัฒนา"
    cells = [[c.text for c in row.cells] for row in table.rows]
    for row, item in zip(cells[1:], items):
        for key in PLAN_TEXTS:
            assert getattr(item, key) in row, key
    zero = [n for n, item in enumerate(items, 1) if item.budget_satang == 0]
    assert zero and all(cells[n][9] == "–" for n in zero)
    assert cells[-1][0] == "รวมงบประมาณ" and cells[-1][9] == f"{sum(i.budget_satang or 0 for i in items) // 100:,}"


def test_word_plan_sets_thai_fonts_and_sizes_landscape_and_repeats_its_header(docx_path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn

    document = Document(str(docx_path))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    assert round(section.page_width.cm, 1) == 29.7
    for style in ("Normal", "Title"):
        rpr = document.styles[style].element.rPr
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == "TH SarabunPSK" and fonts.get(qn("w:ascii")) == "TH SarabunPSK"
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == rpr.find(qn("w:sz")).get(qn("w:val"))
        assert rpr.find(qn("w:lang")).get(qn("w:bidi")) == "th-TH"
    assert document.styles["Normal"].element.rPr.find(qn("w:szCs")).get(qn("w:val")) == "28"  # 14 pt
    header = document.tables[0].rows[0]._tr
    assert header.trPr.find(qn("w:tblHeader")) is not None
    bold = document.tables[0].rows[0].cells[1].paragraphs[0].runs[0]._r.rPr
    assert bold.find(qn("w:bCs")).get(qn("w:val")) == "1"


def test_word_plan_through_libreoffice_keeps_the_thai_text(demo, docx_path, tmp_path):
    pdf = convert_to_pdf(docx_path, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "841.89 x 595.3" in info  # A4 landscape
    columns = list(column_texts(pdf).values())
    letters = [_letters(c) for c in columns]
    typed = [getattr(item, key) for item in demo.plan_items() for key in PLAN_TEXTS]
    for text in typed:
        assert any(_letters(text) in column for column in letters), text
    assert sum(_marks(c) for c in columns) >= sum(_marks(t) for t in typed)  # no mark lost
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    for page in range(2, pages + 1):  # the header row on every page
        assert "ประเด็นการพัฒนา" in squeeze(pdftotext(pdf, "-f", str(page), "-l", str(page)))


def test_spreadsheet_prints_landscape_one_page_wide_with_a_total(demo, tmp_path):
    from openpyxl import load_workbook

    export_xlsx(demo, tmp_path / "plan.xlsx")
    sheet = load_workbook(tmp_path / "plan.xlsx").worksheets[0]
    items = demo.plan_items()
    assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1" and sheet.freeze_panes == "A2"
    last = len(items) + 2
    assert sheet.print_area == f"'{sheet.title}'!$A$1:$L${last}"
    assert sheet.cell(row=last, column=10).value == "รวมงบประมาณ"
    assert sheet.cell(row=last, column=11).value == f"=SUM(K2:K{last - 1})"
    assert sheet.auto_filter.ref == f"A1:L{len(items) + 1}"  # sorting never moves the total
    zero = next(n for n, item in enumerate(items, 2) if item.budget_satang == 0)
    assert sheet.cell(row=zero, column=11).value == 0 and '"–"' in sheet.cell(row=zero, column=11).number_format


def test_spreadsheet_through_libreoffice_prints_on_landscape_pages_with_the_total(demo, tmp_path):
    export_xlsx(demo, tmp_path / "plan.xlsx")
    pdf = convert_to_pdf(tmp_path / "plan.xlsx", tmp_path)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    sizes = [line for line in info.splitlines() if " size:" in line and line.startswith("Page")]
    plan_pages = [s for s in sizes if "841.89 x 595" in s]
    assert plan_pages and len(plan_pages) <= 3  # was 7 portrait pages of one or two columns
    text = squeeze(pdftotext(pdf))
    total = sum(i.budget_satang or 0 for i in demo.plan_items()) / 100
    assert "รวมงบประมาณ" in text and f"{total:,.2f}" in text
