"""The follow-up report (issue #23): the demo followed through its four checkpoints with evidence, as
a Thai PDF read back from its text layer, as a spreadsheet, and through the command line."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from app import cli
from app.demo import create_demo
from app.followup_sheet import export_followup
from app.report.followup import render_followup
from app.thaidate import arabic_digits
from app.workshop import Workshop
from tests.report._reading import lines_breaking_words, pdftotext, squeeze, table_columns

DATA = Path(__file__).resolve().parents[1] / "data"
EVIDENCE_NAME = "บันทึกการประชุมติดตามผล.pdf"


def _note(round_: int, item) -> str:
    return f"ครั้งที่ {round_} หน่วยงานรายงานความคืบหน้าของ{item.issue} และส่งเอกสารประกอบครบถ้วน"


def _actual(round_: int, item) -> str:
    return f"ผลรอบที่ {round_} ของตัวชี้วัด{item.kpi}"


def _follow(path: Path, evidence: Path) -> dict[tuple[int, int], tuple[str, str]]:
    """The demo followed through its four checkpoints with the core's operations; the first item is
    not reported at the second checkpoint (its first report is carried). Returns what was typed,
    by (item id, checkpoint number)."""
    workshop = Workshop.open(path)
    typed = {}
    try:
        workshop.start_followup()
        items = workshop.plan_items()
        for round_, checkpoint in enumerate(workshop.checkpoints(), 1):
            for item in items:
                if round_ == 2 and item.position == 0:
                    continue
                done = round_ == 4 or item.position % 4 < round_
                status = "done" if done else ("delayed" if item.position % 3 == 0 else "in_progress")
                typed[item.id, round_] = (_note(round_, item), _actual(round_, item))
                workshop.set_progress(item.id, checkpoint.id, status=status, percent=100 if done else 25 * round_,
                                      kpi_actual=typed[item.id, round_][1], note=typed[item.id, round_][0],
                                      spent_satang=(item.budget_satang or 0) * round_ // 4)
            workshop.attach_evidence(items[round_].id, checkpoint.id, evidence)
    finally:
        workshop.close()
    return typed


@pytest.fixture(scope="module")
def followed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("followup-report")
    evidence = folder / EVIDENCE_NAME
    evidence.write_bytes(b"%PDF-1.4 minutes of the follow-up meeting\n%%EOF\n")
    path = folder / "followed.pmqa"
    create_demo(path).close()
    typed = _follow(path, evidence)
    workshop = Workshop.open(path, readonly=True)
    checkpoints = workshop.checkpoints()
    workshop.close()
    everything = render_followup(path, folder / "all.pdf")
    second = render_followup(path, folder / "second.pdf", checkpoints[1].id, thai_digits=True)
    return path, typed, checkpoints, everything, second


def _flat(text: str) -> str:
    return arabic_digits(squeeze(text))


def _column_streams(pdf: Path) -> list[str]:
    """Each column of the progress tables read top to bottom, page after page, below the header row
    (every table has the same columns): a row split across pages reads on where it stopped."""
    import pdfplumber

    streams: dict[int, str] = {}
    with pdfplumber.open(str(pdf)) as doc:
        for page in doc.pages:
            tables = page.find_tables() if page.width > page.height else []
            if not tables:
                continue
            header = tables[0].rows[0]
            for index, box in enumerate(header.cells):
                if box is not None:  # down to the bottom margin, above the page number
                    region = page.crop((box[0], header.bbox[3], box[2], page.height - 57))
                    streams[index] = streams.get(index, "") + (region.extract_text() or "")
    return [_flat(text) for text in streams.values()]


def _missing(pdf: Path, texts: list[str]) -> list[str]:
    """Texts found whole neither in the running text nor in their table column (Poppler interleaves
    cells that sit side by side)."""
    body = _flat(pdftotext(pdf))
    missing = [t for t in texts if _flat(t) not in body]
    if not missing:
        return []
    streams = _column_streams(pdf)
    return [t for t in missing if not any(_flat(t) in s for s in streams)]


def test_every_note_and_kpi_actual_reads_back_whole(followed):
    _path, typed, _checkpoints, everything, _second = followed
    texts = [text for pair in typed.values() for text in pair]
    assert len(texts) == 2 * (12 * 4 - 1)
    assert _missing(everything.path, texts) == []


def test_a_text_left_out_is_found_missing(followed):
    """The check above can fail: a note that was never typed is not in the report."""
    assert _missing(followed[3].path, ["ครั้งที่ 9 หน่วยงานรายงานความคืบหน้าที่ไม่มีใครพิมพ์"]) != []


def test_the_report_at_one_checkpoint_shows_that_checkpoint_and_carries_an_item_not_reported(followed):
    _path, typed, checkpoints, _everything, second = followed
    item_ids = sorted({item for item, _round in typed})
    at_second = [typed[i, 2][0] for i in item_ids[1:]] + [typed[item_ids[0], 1][0]]  # the first item carried
    assert _missing(second.path, at_second) == []
    later = [typed[i, 3][0] for i in item_ids]
    assert len(_missing(second.path, later)) == len(later)
    text = squeeze(pdftotext(second.path))
    assert "ไตรมาสที่๒" in text and re.search("หน้า๒จาก[๐-๙]+", text)  # Thai digits asked for
    status = _column_streams(second.path)[5]
    assert status.count("(ตามรายงานรอบที่1)") == 1  # the first item, not reported at the second checkpoint
    assert "ไตรมาสที่3" not in _flat(text)


def test_thai_words_in_the_progress_table_are_never_broken(followed):
    _path, typed, _checkpoints, everything, _second = followed
    columns = table_columns(everything.path)
    values = [text for pair in typed.values() for text in pair]
    cells = columns[4] + columns[8]  # the KPI actual and the note
    assert any("\n" in cell for cell in cells)  # long notes do wrap
    assert lines_breaking_words(cells, values) == []


def test_the_progress_tables_are_on_landscape_pages_inside_the_margins(followed):
    import pdfplumber

    pdf = followed[3].path
    with pdfplumber.open(str(pdf)) as doc:
        orientation = ["landscape" if p.width > p.height else "portrait" for p in doc.pages]
        table_pages = [n for n, p in enumerate(doc.pages) if "หลักฐาน" in squeeze(p.extract_text() or "")]
    assert orientation[0] == orientation[-1] == "portrait"  # cover and sign-off
    assert table_pages and all(orientation[n] == "landscape" for n in table_pages)
    assert orientation.count("landscape") >= 4  # a table per checkpoint, each on its own pages
    html = pdftotext(pdf, "-bbox")
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        width = float(page.group(1))
        for x_min, x_max in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', page.group(3)):
            assert float(x_min) >= 84 and float(x_max) <= width - 56, (x_min, x_max)


def test_the_report_names_the_evidence_and_the_glance(followed):
    pdf = followed[3].path
    text = squeeze(pdftotext(pdf))
    evidence = _column_streams(pdf)[-1]
    assert evidence.count(_flat(EVIDENCE_NAME)) == 4  # one file attached at each checkpoint
    for words in ("รายงานผลการติดตามแผนพัฒนาองค์การ", "สรุปผลการดำเนินงานโดยรวม", "จำแนกตามมิติ",
                  "จำแนกตามหมวดPMQA", "ผลการดำเนินงานในแต่ละรอบการติดตาม", "การรับรองรายงาน"):
        assert words in text


def test_a_render_stopped_half_way_leaves_no_file(followed, tmp_path):
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    with pytest.raises(Stop):
        render_followup(followed[0], tmp_path / "stopped.pdf", progress=stop)
    assert list(tmp_path.iterdir()) == []


def test_the_spreadsheet_has_the_plans_columns_and_the_progress_columns(followed, tmp_path):
    path, typed, checkpoints, _everything, _second = followed
    workshop = Workshop.open(path, readonly=True)
    try:
        export_followup(workshop, tmp_path / "second.xlsx", checkpoints[1].id)
        export_followup(workshop, tmp_path / "all.csv")
        items = workshop.plan_items()
    finally:
        workshop.close()
    sheet = openpyxl.load_workbook(tmp_path / "second.xlsx").worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    for column in ("ตัวชี้วัด", "งบประมาณ (บาท)", "รอบการติดตาม", "สถานะ ณ รอบการติดตาม", "ร้อยละความก้าวหน้า",
                   "ผลการดำเนินงาน", "ใช้จ่ายแล้ว (บาท)", "หมายเหตุ", "หลักฐาน", "ข้อมูลจากรอบที่"):
        assert column in header
    body = rows[1:1 + len(items)]
    note, reported = header.index("หมายเหตุ"), header.index("ข้อมูลจากรอบที่")
    assert [r[note] for r in body] == [typed[items[0].id, 1][0]] + [typed[i.id, 2][0] for i in items[1:]]
    assert [r[reported] for r in body] == [1] + [2] * (len(items) - 1)
    assert body[2][header.index("หลักฐาน")] == EVIDENCE_NAME  # the third item's file of the second checkpoint
    assert rows[-1][header.index("ใช้จ่ายแล้ว (บาท)")].startswith("=SUM(")
    # printed two A4 landscape pages wide, the number and the issue on both
    assert sheet.page_setup.fitToWidth == 2 and sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_cols.replace("$", "") == "A:B"
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert len(table) == 1 + 4 * len(items) and table[0] == header


def test_a_workshop_without_checkpoints_renders_a_report_that_says_so(tmp_path):
    plain = tmp_path / "plain.pmqa"
    create_demo(plain).close()
    result = render_followup(plain, tmp_path / "plain.pdf")
    assert "ยังไม่มีรอบการติดตาม" in squeeze(pdftotext(result.path)) and result.pages == 3


def _run(argv: list[str], capsys) -> tuple[int, str]:
    code = cli.main(argv)
    return code, capsys.readouterr().err


def test_the_followup_command_writes_each_kind_and_refuses_clearly(followed, tmp_path, capsys):
    source = str(followed[0])
    assert _run(["followup", source, str(tmp_path / "f.pdf"), "--checkpoint", "2"], capsys)[0] == cli.EXIT_OK
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF-")
    assert _run(["followup", source, str(tmp_path / "f.xlsx"), "--lang", "en"], capsys)[0] == cli.EXIT_OK
    assert openpyxl.load_workbook(tmp_path / "f.xlsx").worksheets[0].title == "Follow-up"
    code, err = _run(["followup", source, str(tmp_path / "g.pdf"), "--checkpoint", "5"], capsys)
    assert code == cli.EXIT_USAGE and "numbered 1 to 4" in err and not (tmp_path / "g.pdf").exists()
    code, err = _run(["followup", source, str(tmp_path / "f.pdf")], capsys)
    assert code == cli.EXIT_USAGE and "already exists" in err
    code, err = _run(["followup", source, str(tmp_path / "f.odt")], capsys)
    assert code == cli.EXIT_USAGE and ".pdf, .xlsx, .csv or .docx" in err and not (tmp_path / "f.odt").exists()


def test_the_followup_command_refuses_a_workshop_without_checkpoints_or_from_before_follow_up(tmp_path, capsys):
    plain = tmp_path / "plain.pmqa"
    create_demo(plain).close()
    code, err = _run(["followup", str(plain), str(tmp_path / "p.pdf")], capsys)
    assert code == cli.EXIT_USAGE and "no follow-up checkpoints" in err
    older = tmp_path / "older.pmqa"
    shutil.copyfile(DATA / "schema-v2.pmqa", older)
    before = older.read_bytes()
    code, err = _run(["followup", str(older), str(tmp_path / "o.xlsx")], capsys)
    assert code == cli.EXIT_USAGE and "needs upgrading" in err
    assert older.read_bytes() == before and not (tmp_path / "o.xlsx").exists()


# ----------------------------------------------------------------------------- the Word copy
def _docx_cells(path: Path) -> list[list[str]]:
    """Every row of every table of a .docx, its cells' text (a cell's lines joined by newlines)."""
    import docx

    return [[cell.text for cell in row.cells] for table in docx.Document(str(path)).tables for row in table.rows]


def test_the_word_copy_holds_the_progress_columns_and_every_typed_text(followed, tmp_path):
    import docx

    path, typed, checkpoints, _everything, _second = followed
    workshop = Workshop.open(path, readonly=True)
    try:
        export_followup(workshop, tmp_path / "all.docx")
        export_followup(workshop, tmp_path / "second.docx", checkpoints[1].id)
        items = workshop.plan_items()
    finally:
        workshop.close()
    document = docx.Document(str(tmp_path / "all.docx"))
    assert len(document.tables) == 4  # one per checkpoint reported at
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape
    rows = _docx_cells(tmp_path / "all.docx")
    header = rows[0]
    assert header == ["ที่", "ประเด็นการพัฒนา / โครงการ", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "สถานะ",
                      "งบประมาณ (บาท)", "ใช้จ่ายแล้ว (บาท)", "หมายเหตุ", "หลักฐาน"]
    cells = "\n".join(cell for row in rows for cell in row)
    missing = [t for pair in typed.values() for t in pair if t not in cells]
    assert len(typed) == 12 * 4 - 1 and missing == []
    assert "ครั้งที่ 9 หน่วยงานรายงานความคืบหน้าที่ไม่มีใครพิมพ์" not in cells  # the check above can fail
    assert cells.count(EVIDENCE_NAME) == 4
    # the total row spans up to the budget, as the PDF's
    second = _docx_cells(tmp_path / "second.docx")
    assert len(second) == 1 + len(items) + 1 and second[-1][0] == "รวม"
    notes = [row[header.index("หมายเหตุ")] for row in second[1:-1]]
    assert notes == [typed[items[0].id, 1][0]] + [typed[i.id, 2][0] for i in items[1:]]
    assert "(ตามรายงานรอบที่ 1)" in second[1][header.index("สถานะ")]  # the first item's report carried
    # Thai is set in the complex-script slot (as the plan's Word copy)
    run = document.tables[0].rows[1].cells[1].paragraphs[0].runs[0]._r
    assert run.xpath("./w:rPr/w:rFonts/@w:cs") == ["TH SarabunPSK"]


def test_the_followup_command_writes_word(followed, tmp_path, capsys):
    import docx

    source = str(followed[0])
    out = tmp_path / "f.docx"
    assert _run(["followup", source, str(out), "--checkpoint", "2", "--thai-digits"], capsys)[0] == cli.EXIT_OK
    rows = _docx_cells(out)
    assert len(docx.Document(str(out)).tables) == 1 and rows[1][0] == "๑"  # Thai digits asked for
    code, err = _run(["followup", source, str(out)], capsys)
    assert code == cli.EXIT_USAGE and "already exists" in err
    assert _run(["followup", source, str(out), "--overwrite", "--lang", "en"], capsys)[0] == cli.EXIT_OK
    assert _docx_cells(out)[0][-1] == "Evidence" and len(docx.Document(str(out)).tables) == 4


# ----------------------------------------------------------------------------- a consolidated workshop
@pytest.fixture(scope="module")
def consolidated(tmp_path_factory):
    """Three offices combined, two of them with follow-up (the third reported none)."""
    from app.merge.combine import merge_workshops
    from tests.consolidation.test_merge import make_office
    from tests.followup.test_followup_merge import HQ, R1, R2, report_followup

    folder = tmp_path_factory.mktemp("followup-offices-report")
    hq, r1, r2 = (make_office(folder / f"{n}.pmqa", unit) for n, unit in (("hq", HQ), ("r1", R1), ("r2", R2)))
    report_followup(hq, seed=1)
    report_followup(r1, seed=2, checkpoints=3)
    path = folder / "combined.pmqa"
    merge_workshops(path, [hq, r1, r2])
    workshop = Workshop.open(path, readonly=True)
    try:
        checkpoint = workshop.checkpoints()[1]
    finally:
        workshop.close()
    return path, (HQ, R1, R2), checkpoint, render_followup(path, folder / "second.pdf", checkpoint.id)


def _by_office_rows(pdf: Path) -> list[list[str]]:
    """The rows of the "by office" table (read with pdfplumber, digits made Arabic)."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        for page in doc.pages:
            if "จำแนกตามหน่วยงาน" not in squeeze(page.extract_text() or ""):
                continue
            for table in page.find_tables():
                rows = table.extract()
                if rows and squeeze(rows[0][0] or "") == "หน่วยงาน":
                    return [[arabic_digits(cell or "") for cell in row] for row in rows[1:]]
    return []


def _figures(row: list[str]) -> list[float]:
    """Items, the five standings, planned and spent (the first line of the cell: its share is under it)."""
    def number(cell: str) -> float:
        first = cell.split("\n")[0].replace(",", "").strip()
        return 0.0 if first in ("", "–") else float(first)
    return [number(cell) for cell in row[1:]]


def test_a_consolidated_report_shows_each_office_and_they_add_up_to_the_agency(consolidated):
    from app.merge.offices import followup_by_office

    path, labels, checkpoint, result = consolidated
    rows = _by_office_rows(result.path)
    assert [squeeze(r[0]) for r in rows] == [squeeze(x) for x in labels] + ["รวมทั้งองค์การ"]
    offices, agency = [_figures(r) for r in rows[:-1]], _figures(rows[-1])
    assert [round(sum(column), 2) for column in zip(*offices)] == [round(x, 2) for x in agency]
    workshop = Workshop.open(path, readonly=True)
    try:
        followup = followup_by_office(workshop)
    finally:
        workshop.close()
    index = [g.checkpoint.id for g in followup.agency].index(checkpoint.id)
    tally = followup.agency[index].overall
    assert agency == [tally.items, tally.on_track, tally.delayed, tally.done, tally.cancelled, tally.no_update,
                      tally.planned_satang / 100, tally.spent_satang / 100]
    assert offices[2][1:6] == [0, 0, 0, 0, 12]  # the office that reported no follow-up: all without an update
    assert tally.spent_satang > 0 and sum(o[0] for o in offices[:2]) == 24  # the test is about real figures


def test_the_consolidated_progress_table_names_each_items_office(consolidated):
    _path, labels, _checkpoint, result = consolidated
    items = _column_streams(result.path)[1]
    assert [items.count(_flat(label)) for label in labels] == [12, 12, 12]


def test_an_ordinary_workshops_report_has_no_offices(followed):
    text = squeeze(pdftotext(followed[4].path))
    assert "จำแนกตามหน่วยงาน" not in text and "รวมทั้งองค์การ" not in text


def test_the_consolidated_word_copy_names_each_items_office(consolidated, tmp_path):
    path, labels, checkpoint, _result = consolidated
    workshop = Workshop.open(path, readonly=True)
    try:
        export_followup(workshop, tmp_path / "offices.docx", checkpoint.id)
    finally:
        workshop.close()
    items = [row[1] for row in _docx_cells(tmp_path / "offices.docx")[1:-1]]
    assert len(items) == 36 and [sum(cell.startswith(label + "\n") for cell in items) for label in labels] == [12] * 3
