"""The PDF and spreadsheet of a consolidated workshop: offices compared, the office beside each row."""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest

from app.merge.combine import merge_workshops
from app.merge.offices import read_consolidation
from app.report import render_report
from app.spreadsheet import export_csv, export_xlsx
from app.workshop import Workshop
from tests.consolidation.test_merge import RISK_B, make_office

UNITS = ("ส่วนกลาง", "สำนักงานพัฒนาที่ดินเขต 1")


def text_of(pdf: Path, *args: str) -> str:
    out = subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


@pytest.fixture(scope="module")
def consolidated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("consolidated")
    hq = make_office(folder / "hq.pmqa", UNITS[0])
    r1 = make_office(folder / "r1.pmqa", UNITS[1], level_shift=-1, risk_title=RISK_B)
    out = folder / "agency.pmqa"
    merge_workshops(out, [hq, r1])
    return out


def test_consolidated_report_compares_offices_and_names_them(consolidated, tmp_path):
    pdf = tmp_path / "agency.pdf"
    result = render_report(consolidated, pdf)
    text = text_of(pdf)
    assert "หน่วยงานที่นำผลมารวม" in text                          # the offices section
    assert "เปรียบเทียบผลการประเมินตนเองระหว่างหน่วยงาน" in text     # the comparison
    for unit in UNITS:
        assert unit.replace(" ", "") in text
    w = Workshop.open(consolidated, readonly=True)
    try:
        c = read_consolidation(w)
        items = w.plan_items()
    finally:
        w.close()
    # the office is printed above every plan item's issue: count the tags on the landscape pages
    plan_pages = "".join(text_of(pdf, "-f", str(p), "-l", str(p)) for p in range(1, result.pages + 1)
                         if "ตัวชี้วัด" in text_of(pdf, "-f", str(p), "-l", str(p)))
    for unit in UNITS:
        expected = sum(1 for i in items if c.label("plan_items", i.id) == unit)
        assert plan_pages.count(unit.replace(" ", "")) >= expected


def test_consolidated_report_in_english(consolidated, tmp_path):
    pdf = tmp_path / "agency-en.pdf"
    render_report(consolidated, pdf, lang="en")
    text = text_of(pdf)
    assert "Officescombined" in text and "Self-assessment:officescompared" in text


def test_spreadsheet_has_an_office_column_when_consolidated(consolidated, tmp_path, demo):
    w = Workshop.open(consolidated, readonly=True)
    try:
        target = tmp_path / "plan.csv"
        export_csv(w, target)
        export_xlsx(w, tmp_path / "plan.xlsx")
        items = len(w.plan_items())
    finally:
        w.close()
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][-1] == "หน่วยงาน"
    assert len(rows) == items + 1
    assert {r[-1] for r in rows[1:]} == set(UNITS)
    from openpyxl import load_workbook
    book = load_workbook(tmp_path / "plan.xlsx")
    assert [c.value for c in book.worksheets[1][1]][-1] == "หน่วยงาน"
    # an ordinary workshop keeps its columns
    export_csv(demo, tmp_path / "demo.csv")
    assert "หน่วยงาน" not in (tmp_path / "demo.csv").read_text(encoding="utf-8-sig").splitlines()[0]
