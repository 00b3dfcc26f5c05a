"""Issue #18: everything typed is in the report, no word or name broken, tables that read at 1 to
12 groups, a budget of 0 as "–" with a total row. Checked on the PDF's text layer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.report import render_report
from app.workshop import Workshop

from ._reading import lines_breaking_words, missing_texts, pdftotext, squeeze, table_columns


def _stress(folder: Path, groups: int) -> Path:
    from app.demo import create_stress

    path = folder / f"stress-{groups}.pmqa"
    create_stress(path).close()
    if groups < 12:  # fewer groups through the core's own operations
        workshop = Workshop.open(path)
        for group in workshop.groups()[groups:]:
            workshop.remove_group(group.id)
        workshop.close()
    return path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Demo, stress (12 groups) and stress with 1 group: (workshop file, PDF), rendered once."""
    from app.demo import create_demo

    folder = tmp_path_factory.mktemp("content")
    create_demo(folder / "demo.pmqa").close()
    sources = {"demo": folder / "demo.pmqa", "stress": _stress(folder, 12), "stress-1": _stress(folder, 1)}
    out = {}
    for name, source in sources.items():
        result = render_report(source, folder / f"{name}.pdf")
        out[name] = (source, result.path)
    return out


@pytest.mark.parametrize("name", ["demo", "stress", "stress-1"])
def test_every_typed_text_reads_back_whole(rendered, name):
    source, pdf = rendered[name]
    workshop = Workshop.open(source, readonly=True)
    try:
        assert missing_texts(pdf, workshop) == []
        if name == "demo":  # the demo's 40 reasons are among the texts checked
            assert sum(1 for a in workshop.assessments() if a.reason) == 40
    finally:
        workshop.close()


def test_a_text_left_out_is_reported_missing(rendered, tmp_path):
    """The check above can fail: a reason that is not in the PDF is found missing."""
    source, pdf = rendered["demo"]
    copy = tmp_path / "demo.pmqa"
    shutil.copyfile(source, copy)
    workshop = Workshop.open(copy)
    try:
        group = workshop.groups()[0]
        category = workshop.categories()[0]
        workshop.set_assessment(group.id, "category", category.id, 2, "เหตุผลที่ไม่มีในรายงานฉบับนี้")
        assert ("reason", "เหตุผลที่ไม่มีในรายงานฉบับนี้") in missing_texts(pdf, workshop)
    finally:
        workshop.close()


@pytest.mark.parametrize("name", ["demo", "stress"])
def test_plan_cells_break_lines_only_between_words(rendered, name):
    source, pdf = rendered[name]
    workshop = Workshop.open(source, readonly=True)
    try:
        items = workshop.plan_items()
    finally:
        workshop.close()
    columns = table_columns(pdf)
    keys = ("issue", "activity", None, None, "kpi", "target", None, "responsible")
    for index, key in enumerate(keys, 1):
        if key:
            values = [getattr(item, key) for item in items]
            assert lines_breaking_words(columns[index], values) == [], key
    pillar_names = [p for p in columns[3][1:] if p]
    assert max(len(p.split("\n")) for p in pillar_names) <= 2  # "ยึดประชาชน / เป็นศูนย์กลาง", not a word a line


def test_no_persons_name_is_broken_across_lines(rendered):
    source, pdf = rendered["demo"]
    workshop = Workshop.open(source, readonly=True)
    try:
        people = [m.name for g in workshop.groups() for m in g.members] + list(workshop.details().facilitators)
        groups = [g.name for g in workshop.groups()]
    finally:
        workshop.close()
    lines = [line.strip() for line in pdftotext(pdf, "-f", "1", "-l", "2").splitlines()]
    for name in people:
        for part in name.split():  # title with given name, and the surname: each on one line
            assert any(part in line for line in lines), part
    for name in groups:
        assert any(name.split()[-1] in line for line in lines), name


def test_a_budget_of_zero_prints_a_dash_and_the_plan_has_a_total(rendered):
    source, pdf = rendered["demo"]
    workshop = Workshop.open(source, readonly=True)
    try:
        items = workshop.plan_items()
    finally:
        workshop.close()
    budgets = [squeeze(c) for c in table_columns(pdf)[9]]
    zero = [n for n, item in enumerate(items) if item.budget_satang == 0]
    assert zero and all(budgets[1 + n] == "–" for n in zero)
    total = sum(i.budget_satang or 0 for i in items) // 100
    assert budgets[-1] == f"{total:,}"
    assert "รวมงบประมาณ" in squeeze(pdftotext(pdf))


@pytest.mark.parametrize("name, groups", [("stress", 12), ("stress-1", 1), ("demo", 4)])
def test_the_assessment_table_reads_at_any_number_of_groups(rendered, name, groups):
    import pdfplumber

    source, pdf = rendered[name]
    workshop = Workshop.open(source, readonly=True)
    try:
        categories = [f"{c.number}. {c.name('th')}" for c in workshop.categories()]
    finally:
        workshop.close()
    with pdfplumber.open(str(pdf)) as doc:
        page = next(p for p in doc.pages if "ผลการประเมินองค์การด้วยตนเอง" in (p.extract_text() or ""))
        rows = page.find_tables()[0].extract()
    assert squeeze(rows[0][1]) == "กลุ่มที่"
    assert [squeeze(c) for c in rows[1][1:groups + 1]] == [str(n) for n in range(1, groups + 1)]
    names = [r[0] for r in rows[2:]]
    assert [squeeze(n) for n in names] == [squeeze(c) for c in categories]
    assert lines_breaking_words(names, categories) == []
    for header in rows[0][groups + 1:]:
        assert "\n" not in header.strip(), header  # ค่าเฉลี่ย, ต่ำสุด, ... each on one line


def test_agenda_times_are_in_the_thai_style(rendered):
    _source, pdf = rendered["demo"]
    text = pdftotext(pdf, "-f", "2", "-l", "2")
    assert "08.30–08.45 น." in text and "08:30" not in text
