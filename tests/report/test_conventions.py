"""Issue #18, Thai conventions and the facilitator's report options: Thai digits that leave Latin
context alone, times as "08.30 น.", no number on the cover, the official-letter page number,
sign-off titles per workshop, a choosable body size, headings and charts kept with what follows."""

from __future__ import annotations

import re
from datetime import time

import pytest

from app.report import render_report
from app.report.options import OFFICIAL, ReportOptions, read_options, save_options
from app.thaidate import format_time, format_time_range, thai_digits_in_text
from app.workshop import Workshop

from ._reading import pdftotext


@pytest.mark.parametrize("typed, printed", [
    ("ดูที่ https://www.ldd.go.th/region5-2570 ภายใน 30 วัน", "ดูที่ https://www.ldd.go.th/region5-2570 ภายใน ๓๐ วัน"),
    ("ติดต่อ soil5@ldd.go.th หรือ ldd.go.th/open 12 ชุด", "ติดต่อ soil5@ldd.go.th หรือ ldd.go.th/open ๑๒ ชุด"),
    ("เกณฑ์ PMQA 4.0 สู่ระบบราชการ 4.0", "เกณฑ์ PMQA 4.0 สู่ระบบราชการ ๔.๐"),
    ("ได้รับ ISO 9001:2015 ในปี 2562", "ได้รับ ISO 9001:2015 ในปี ๒๕๖๒"),
    ("กระดาษ A4 500 แผ่น ร้อยละ 80", "กระดาษ A4 ๕๐๐ แผ่น ร้อยละ ๘๐"),
    ("1,500,000.50 บาท", "๑,๕๐๐,๐๐๐.๕๐ บาท"),
])
def test_thai_digits_leave_latin_context_alone(typed, printed):
    assert thai_digits_in_text(typed) == printed


def test_times_are_written_the_thai_way():
    assert format_time(time(8, 30)) == "08.30 น."
    assert format_time(time(8, 30), thai_digits=True) == "๐๘.๓๐ น."
    assert format_time_range(time(8, 30), time(9, 15)) == "08.30–09.15 น."
    assert format_time_range(time(8, 30), time(9, 15), "en") == "08:30–09:15"


@pytest.fixture(scope="module")
def thai_digits_report(tmp_path_factory):
    from app.demo import create_demo

    folder = tmp_path_factory.mktemp("digits")
    workshop = create_demo(folder / "demo.pmqa")
    group, question = workshop.groups()[0], workshop.pillars()[0].questions[0]
    workshop.add_answer(group.id, question.id, "เผยแพร่ที่ https://www.ldd.go.th/region5-2570 ตาม ISO 9001 ภายใน 30 วัน")
    workshop.close()
    return render_report(folder / "demo.pmqa", folder / "thai.pdf", thai_digits=True)


def test_thai_digits_report_keeps_urls_and_codes(thai_digits_report):
    text = pdftotext(thai_digits_report.path)
    flat = re.sub(r"\s+", "", text)
    assert "https://www.ldd.go.th/region5-2570" in flat and "ISO9001" in flat and "๓๐วัน" in flat
    assert "(PMQA4.0)" in flat and "ระบบราชการ๔.๐" in flat
    assert "๐๘.๓๐–๐๘.๔๕ น." in text


def test_without_thai_digits_every_number_is_arabic_also_where_the_template_wrote_thai(tmp_path):
    """The template says "ระบบราชการ ๔.๐" and a participant may type "๓ ครั้ง": with the setting off,
    the report is in Arabic digits throughout, not a mix of the two on one row."""
    from app.demo import create_demo

    workshop = create_demo(tmp_path / "demo.pmqa")
    workshop.add_answer(workshop.groups()[0].id, workshop.pillars()[0].questions[0].id, "ประชุม ๓ ครั้งต่อปี")
    workshop.close()
    flat = re.sub(r"\s+", "", pdftotext(render_report(tmp_path / "demo.pmqa", tmp_path / "a.pdf").path))
    assert "ระบบราชการ4.0" in flat and "ประชุม3ครั้งต่อปี" in flat
    assert not re.search("[๐-๙]", flat)


def test_the_cover_has_no_page_number(thai_digits_report):
    cover = pdftotext(thai_digits_report.path, "-f", "1", "-l", "1")
    assert not re.search(r"หน้า\s*[๐-๙0-9]+\s*จาก", cover)
    assert "หน้า ๒ จาก" in pdftotext(thai_digits_report.path, "-f", "2", "-l", "2")


def _with_options(demo_path, options: ReportOptions):
    workshop = Workshop.open(demo_path)
    try:
        save_options(workshop, options)
        assert read_options(workshop) == options.checked()
    finally:
        workshop.close()


def test_official_page_numbers_sit_at_the_top_centre(demo_path, tmp_path):
    _with_options(demo_path, ReportOptions(page_numbers=OFFICIAL))
    result = render_report(demo_path, tmp_path / "official.pdf", thai_digits=True)
    html = pdftotext(result.path, "-f", "2", "-l", "2", "-bbox")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)
    number = [(float(x0), float(y0), float(x1)) for x0, y0, x1, w in words if w == "๒"]
    assert number, words[:5]
    x0, y0, x1 = number[0]
    assert y0 < 60 and abs((x0 + x1) / 2 - (595.3 + 85 - 57) / 2) < 5  # top, centred in the text column
    assert not re.search(r"หน้า\s*[๐-๙0-9]+\s*จาก", pdftotext(result.path, "-f", "2", "-l", "2"))
    assert "-๒-" in re.sub(r"\s+", "", pdftotext(result.path, "-f", "2", "-l", "2"))
    assert "-๑-" not in re.sub(r"\s+", "", pdftotext(result.path, "-f", "1", "-l", "1"))


def test_signoff_titles_are_the_workshops_own(demo_path, tmp_path):
    _with_options(demo_path, ReportOptions(signoff=("ผู้จัดทำ", "ผู้เสนอ", "ผู้อนุมัติ")))
    result = render_report(demo_path, tmp_path / "signoff.pdf")
    last = pdftotext(result.path, "-f", str(result.pages), "-l", str(result.pages))
    assert all(title in last for title in ("ผู้จัดทำ", "ผู้เสนอ", "ผู้อนุมัติ"))
    assert "ผู้เห็นชอบ" not in last
    assert last.count("(ลงชื่อ)") == 3


def test_default_signoff_is_prepared_and_approved(demo_path, tmp_path):
    result = render_report(demo_path, tmp_path / "default.pdf")
    last = pdftotext(result.path, "-f", str(result.pages), "-l", str(result.pages))
    assert "ผู้จัดทำ" in last and "ผู้เห็นชอบ" in last and last.count("(ลงชื่อ)") == 2


def _body_size(pdf) -> float:
    """The size of the first regular text below the running header of page 2 (the objectives)."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        chars = [c for c in doc.pages[1].chars if c["fontname"].endswith("Sarabun-Regular") and c["top"] > 80]
    return round(min(chars, key=lambda c: c["top"])["size"], 1)


@pytest.mark.parametrize("size", [12.0, 14.0])
def test_the_body_size_is_the_one_chosen(demo_path, tmp_path, size):
    if size != 12.0:
        _with_options(demo_path, ReportOptions(body_size=size))
    result = render_report(demo_path, tmp_path / "size.pdf")
    assert _body_size(result.path) == size


def test_options_out_of_range_are_refused(demo):
    from app.errors import ValidationError

    for wrong in (ReportOptions(body_size=30), ReportOptions(page_numbers="roman"),
                  ReportOptions(signoff=("ก", "ข", "ค", "ง", "จ"))):
        with pytest.raises(ValidationError):
            save_options(demo, wrong)
    assert read_options(demo) == ReportOptions()


def test_headings_keep_with_next_and_paragraphs_leave_no_widows():
    from app.report.styles import styles_for

    for size in (11, 12, 16):
        s = styles_for(size)
        assert s.H1.keepWithNext and s.H2.keepWithNext and s.H3.keepWithNext
        assert not any(style.allowWidows or style.allowOrphans for style in vars(s).values()
                       if hasattr(style, "allowWidows"))


def test_the_chart_stays_with_its_caption(demo):
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import KeepTogether

    from app.report.assessment import section
    from app.report.data import read_report_data
    from app.report.sections import ReportWriter

    story = section(ReportWriter(read_report_data(demo), "th", False))
    kept = [f for f in story if isinstance(f, KeepTogether) and any(isinstance(x, Drawing) for x in f._content)]
    assert len(kept) == 1
    assert kept[0]._content[0].text.startswith("ค่าเฉลี่ยระดับการพัฒนา")
