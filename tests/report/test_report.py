"""The development plan PDF and spreadsheet, checked through what a reader gets out of them."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.report import render_report
from app.spreadsheet import export_csv, export_xlsx
from app.workshop import Workshop

if shutil.which("pdftotext") is None:  # pragma: no cover - CI installs poppler-utils
    pytest.fail("pdftotext is missing: install poppler-utils (build_scripts/setup.sh test does)",
                pytrace=False)


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdfinfo(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdfinfo", *args, str(pdf)], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(pdf: Path) -> str:
    """The text without running headers and page numbers, so paragraphs continue across pages."""
    lines = pdftotext(pdf).splitlines()
    furniture = re.compile(r"^(หน้า \d+ จาก \d+|Page \d+ of \d+|.* · (แผนพัฒนาองค์การ|Organization Development Plan))$")
    return "\n".join(line for line in lines if not furniture.match(line.strip().strip("\f")))


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    from app.demo import create_demo

    folder = tmp_path_factory.mktemp("report")
    create_demo(folder / "demo.pmqa").close()
    result = render_report(folder / "demo.pmqa", folder / "plan.pdf")
    return folder / "demo.pmqa", result


def landscape_pages(pdf: Path, pages: int) -> list[int]:
    info = pdfinfo(pdf, "-f", "1", "-l", str(pages))
    return [int(n) for n, w, h in re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", info)
            if float(w) > float(h)]


def test_every_answer_can_be_read_back_whole(demo_report):
    source, result = demo_report
    extracted = squeeze(body_text(result.path))
    workshop = Workshop.open(source, readonly=True)
    try:
        for answer in workshop.answers():
            assert squeeze(answer.text) in extracted, answer.text
    finally:
        workshop.close()


def test_metadata_names_the_plan_and_the_organization(demo_report):
    _source, result = demo_report
    info = pdfinfo(result.path)
    assert re.search(r"Title:\s+แผนพัฒนาองค์การ — การพัฒนาองค์การ", info)
    assert re.search(r"Author:\s+กรมพัฒนาที่ดิน", info)
    assert "Subject:" in info
    assert b"/Lang (th-TH)" in result.path.read_bytes()


def test_pages_are_numbered_page_n_of_m(demo_report):
    _source, result = demo_report
    third = pdftotext(result.path, "-f", "3", "-l", "3")
    assert f"หน้า 3 จาก {result.pages}" in third


def test_plan_is_on_landscape_pages_with_the_header_repeated(demo_report):
    _source, result = demo_report
    landscape = landscape_pages(result.path, result.pages)
    assert len(landscape) >= 2
    for page in landscape:
        text = squeeze(pdftotext(result.path, "-f", str(page), "-l", str(page)))
        assert "ประเด็นการพัฒนา" in text and "ผู้รับผิดชอบ" in text


def test_nothing_is_drawn_outside_the_page_margins(demo_report):
    _source, result = demo_report
    html = subprocess.run(["pdftotext", "-bbox", str(result.path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        width = float(page.group(1))
        for x_min, x_max in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', page.group(3)):
            # 3 cm left and 2 cm right margins (85 pt and 57 pt), a point of tolerance
            assert float(x_min) >= 84 and float(x_max) <= width - 56, (x_min, x_max)


def test_thai_digits_option_writes_numbers_in_thai(demo_report, tmp_path):
    source, _ = demo_report
    result = render_report(source, tmp_path / "thai.pdf", thai_digits=True)
    third = pdftotext(result.path, "-f", "3", "-l", "3")
    assert "หน้า ๓ จาก" in third
    assert "2561" not in pdftotext(result.path, "-f", "1", "-l", "1")


def test_english_report_uses_english_headings(demo_report, tmp_path):
    source, _ = demo_report
    result = render_report(source, tmp_path / "en.pdf", lang="en")
    text = pdftotext(result.path)
    assert "Organization Development Plan" in text and "Self-assessment" in text
    assert f"Page 2 of {result.pages}" in text


def test_report_of_an_empty_workshop_renders(workshop_path, tmp_path):
    result = render_report(workshop_path, tmp_path / "empty.pdf")
    assert result.pages >= 3


def test_a_failed_render_leaves_no_partial_file(demo_report, tmp_path):
    from app.errors import StorageError

    source, _ = demo_report
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError):
        render_report(source, blocker / "plan.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_spreadsheet_reads_back_with_the_values_typed(demo, tmp_path):
    from openpyxl import load_workbook

    export_xlsx(demo, tmp_path / "plan.xlsx")
    book = load_workbook(tmp_path / "plan.xlsx")
    plan = book.worksheets[0]
    rows = list(plan.iter_rows(values_only=True))
    assert rows[0][1] == "ประเด็นการพัฒนา"
    items = demo.plan_items()
    assert len(rows) == len(items) + 2  # and the total row
    first = rows[1]
    assert first[1] == items[0].issue and first[7] == items[0].fiscal_year
    assert isinstance(first[10], (int, float)) and first[10] == items[0].budget
    assert plan.cell(row=2, column=11).number_format.startswith("#,##0.00;")  # 0 shows as "–"
    assert plan.freeze_panes == "A2"
    ranked = list(book.worksheets[1].iter_rows(values_only=True))
    assert len(ranked) == len(demo.initiatives()) + 1
    assert ranked[1][0] in ("1", "1=")


def test_csv_has_a_bom_so_excel_reads_thai(demo, tmp_path):
    export_csv(demo, tmp_path / "plan.csv")
    data = (tmp_path / "plan.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][1] == "ประเด็นการพัฒนา" and len(rows) == len(demo.plan_items()) + 1


def test_a_plan_cell_taller_than_a_page_continues_on_the_next_page_inside_the_margins(demo_path, tmp_path):
    workshop = Workshop.open(demo_path)
    long_activity = ("ข้อเสนอการพัฒนาองค์การสู่ระบบราชการ 4.0 " * 200)[:5000]
    workshop.add_plan_item(issue="ประเด็นยาว", activity=long_activity, status="planned")
    workshop.close()
    result = render_report(demo_path, tmp_path / "long.pdf")
    html = subprocess.run(["pdftotext", "-bbox", str(result.path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        height = float(page.group(2))
        for y_min, y_max in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"',
                                       page.group(3)):
            in_footer = float(y_min) >= height - 2 * 28.35  # the page number sits in the bottom margin
            assert in_footer or float(y_max) <= height - 2 * 28.35 + 1, (y_min, y_max)
    column = squeeze(pdftotext(result.path))
    assert squeeze(long_activity)[:300] in column


def test_a_long_row_after_short_ones_does_not_repeat_the_header_mid_page(demo_path, tmp_path):
    """reportlab tried the rest of a table split between rows again on the same page, splitting the
    next row inside: the header printed a second time mid-page (app/report/page_table.py)."""
    workshop = Workshop.open(demo_path)
    item = workshop.plan_items()[3]  # a row that meets the foot of a page in the demo's plan
    workshop.update_plan_item(item.id, activity="พัฒนาระบบบริการดิจิทัลและเชื่อมโยงข้อมูลระหว่างหน่วยงาน " * 5)
    workshop.close()
    result = render_report(demo_path, tmp_path / "long-row.pdf")
    for page in range(1, result.pages + 1):
        text = squeeze(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(result.path), "-"],
                                      capture_output=True, text=True, check=True).stdout)
        assert text.count("โครงการ/กิจกรรม") <= 1, page
