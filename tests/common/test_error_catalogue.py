"""Every error the core can raise reaches a Thai facilitator in Thai, from its code.

The core (``app/``) raises coded errors with English words for the command line; the interface
(``ui/common/error_catalogue.py``) has a template for every code. These tests scan ``app/`` for
every coded raise, and read every template in Thai and in English with sample values.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from app.errors import (
    PROBLEMS, ExchangeError, NotAWorkshopError, NotFoundError, StorageError, ValidationError,
)
from ui.common.error_catalogue import CONTEXT, TEMPLATES, error_text
from ui.common.i18n import install_language
from ui.common.messages import describe_error

ROOT = Path(__file__).resolve().parents[2]
# error class -> the position of its code among the constructor's arguments
CODED = {"ValidationError": 1, "StorageError": 1, "NotWritableError": 1, "NotAWorkshopError": 1,
         "ExchangeError": 2, "MergeError": 0, "RoomStartError": 0, "TemplateError": 2}
# Calls whose code is not written out there, with why that is fine.
PASSED_ON = {
    ("app/errors.py", "exc.code"): "re-raises an error's code for another file",
    ("app/room/process.py", "value[0]"): "the room's server process reports its RoomStartError's code (literal there)",
    ("app/exchange.py", "_REPEATED.get((table, columns), 'used_twice')"): "a repeated row's code (_REPEATED's "
                                                                          "literal codes are scanned too)",
    ("app/exchange.py", "exc.code"): "an export's template fails the template checker: its TemplateError's code",
    ("app/templates/format.py", "_TYPE_CODES.get(str(expected), 'should_be_other')"):
        "a wrong JSON type's code (_TYPE_CODES's literal codes are scanned too)",
    ("app/templates/format.py", "_PATTERN_CODES.get(expected, 'not_valid_here')"):
        "a pattern's code (_PATTERN_CODES's literal codes are scanned too)",
}
# Module-level tables of literal codes that the calls above look codes up in.
CODE_TABLES = {"_REPEATED", "_TYPE_CODES", "_PATTERN_CODES"}
# A value is shown as the core gives it; these are the sample values the templates are read with.
SAMPLES = {"limit": 20000, "low": 0, "high": 100, "choices": "th, en", "suffix": ".txt", "left": 0,
           "allowance": 5, "value": "q1", "system": "No space left on device", "found": 9, "supported": 3,
           "byte": 12, "table": "categories", "id": 7, "level": 4, "file": "สำนักงาน.pmqa", "host": "192.168.1.20",
           "port": 8765, "size": 2.5, "field": "key", "expected": "pmqa-workshop-template", "line": 3, "column": 9,
           "rule": "lowercase letters", "count": 1, "what": "pillars", "first": "pillars[0]", "previous": 2}
# Words that stay in Latin letters in Thai text: names, formats, units.
ALLOWED_LATIN = {"PMQA", "KPI", "JSON", "PDF", "UTF", "MB", "pt", "xlsx", "csv", "docx", "pmqa", "IP",
                 "true", "false"}  # JSON's own words, typed as they are in a template file


def codes_raised() -> list[tuple[str, str]]:
    """(where, code) for every coded error constructed in ``app/`` (or ``ui/``); a code that is not a literal
    (and not listed in PASSED_ON) is reported as ``<not written out: …>``."""
    found = []
    for path in sorted([*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):  # ui checks a budget
        relative = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found += _call_codes(node, relative)
            elif isinstance(node, ast.ClassDef):  # a class's fixed code: FileTooNewError.code
                found += [(f"{relative}:{s.lineno}", s.value.value) for s in node.body
                          if isinstance(s, ast.Assign) and [getattr(t, "id", "") for t in s.targets] == ["code"]
                          and isinstance(s.value, ast.Constant)]
            elif isinstance(node, ast.Assign) and {getattr(t, "id", "") for t in node.targets} & CODE_TABLES:
                found += [(f"{relative}:{node.lineno}", v.value) for v in node.value.values]
    return found


def _call_codes(node: ast.Call, relative: str) -> list[tuple[str, str]]:
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    position = CODED.get(name)
    if position is None or len(node.args) <= position:
        return []
    code, where = node.args[position], f"{relative}:{node.lineno}"
    if isinstance(code, ast.Constant) and isinstance(code.value, str):
        return [(where, code.value)]
    if (relative, ast.unparse(code)) not in PASSED_ON:
        return [(where, f"<not written out: {ast.unparse(code)}>")]
    return [(where, c.value) for c in ast.walk(code) if isinstance(c, ast.Constant) and isinstance(c.value, str)]


def test_every_code_the_core_raises_has_english_words_and_an_interface_template():
    found = codes_raised()
    assert len(found) > 100  # the scan finds the core's errors
    unknown = [f"{where}: {code}" for where, code in found if code not in PROBLEMS or code not in TEMPLATES]
    assert unknown == [], ("give each code English words in app/errors.py PROBLEMS and a template in "
                           "ui/common/error_catalogue.py TEMPLATES:\n" + "\n".join(unknown))
    # and nothing stale: every code has both, and is raised somewhere
    assert set(PROBLEMS) == set(TEMPLATES)
    assert set(PROBLEMS) - {code for _where, code in found} == set()


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_template_has_samples_for_its_values():
    for code in PROBLEMS:
        names = placeholders(PROBLEMS[code]) | placeholders(TEMPLATES[code])
        assert names <= set(SAMPLES), (code, names - set(SAMPLES))
        assert placeholders(TEMPLATES[code]) <= placeholders(PROBLEMS[code]), code  # the error carries them


@pytest.fixture
def thai(qapp):
    install_language("th")
    yield
    install_language("en")


def latin_words(text: str) -> list[str]:
    """Words in Latin letters left after the sample values and the allowed terms are taken out."""
    for value in sorted((str(v) for v in SAMPLES.values()), key=len, reverse=True):
        text = text.replace(value, " ").replace(repr(value), " ")
    return [w for w in re.findall(r"[A-Za-z]+", text) if w not in ALLOWED_LATIN]


@pytest.mark.usefixtures("thai")
@pytest.mark.parametrize("code", sorted(PROBLEMS))
def test_each_error_reads_in_thai(code):
    from PySide6.QtCore import QCoreApplication

    translated = QCoreApplication.translate(CONTEXT, TEMPLATES[code])
    assert translated != TEMPLATES[code], f"{code}: no Thai translation"
    assert placeholders(translated) == placeholders(TEMPLATES[code]), code
    text = translated.format(**SAMPLES)
    assert re.search("[\u0e00-\u0e7f]", text), (code, text)
    assert latin_words(text) == [], (code, text)


@pytest.mark.parametrize("code", sorted(PROBLEMS))
def test_each_error_reads_in_english_without_thai(qapp, code):
    install_language("en")
    for text in (TEMPLATES[code].format(**SAMPLES), PROBLEMS[code].format(**SAMPLES)):
        assert not re.search("[\u0e00-\u0e7f]", text.replace(SAMPLES["file"], "")), (code, text)


def test_the_command_line_keeps_its_english_sentences():
    assert str(ValidationError("dots", "no_dots_left", left=0, allowance=5)) == "dots: the group has 0 of 5 dots left"
    assert str(StorageError(Path("/x/a.pdf"), "cannot_write_pdf", system="Read-only file system")) == \
        f"{Path('/x/a.pdf')}: cannot write the PDF (Read-only file system)"
    assert str(NotAWorkshopError("b.pmqa", "empty_file")) == "b.pmqa: not a workshop file (the file is empty)"
    assert str(ExchangeError("w.json", "groups[2].name", "broken_text")).startswith("w.json: groups[2].name: contains")
    with pytest.raises(KeyError):  # a code without words is a programming error, found at once
        ValidationError("title", "no such code")


@pytest.mark.usefixtures("thai")
def test_a_validation_message_is_thai_with_its_values():
    text = error_text(ValidationError("dots", "no_dots_left", left=0, allowance=5))
    assert text == "กลุ่มนี้เหลือจุดลงคะแนน 0 จุด จากทั้งหมด 5 จุด"
    headline, detail = describe_error(ValidationError("title", "too_long", limit=1000))
    assert headline == "กรุณาตรวจสอบค่านี้" and detail == "ข้อความยาวเกินไป พิมพ์ได้ไม่เกิน 1,000 ตัวอักษร"


@pytest.mark.usefixtures("thai")
def test_a_damaged_file_is_explained_in_thai_with_the_systems_own_words_kept():
    headline, detail = describe_error(NotAWorkshopError(Path("/x/งาน.pmqa"), "damaged"))
    assert headline == "ไฟล์นี้ไม่ใช่ไฟล์การประชุมเชิงปฏิบัติการที่เปิดได้"
    assert detail == "งาน.pmqa: ไฟล์เสียหาย ไฟล์ไม่ถูกเปลี่ยนแปลง"
    _headline, detail = describe_error(StorageError(Path("/x/a.pdf"), "cannot_write_pdf", system="Read-only file system"))
    assert detail == "a.pdf: เขียนไฟล์ PDF ไม่ได้ (Read-only file system)"
    # SQLite's own report of a damaged file runs over several lines
    report = "*** in database main ***\nOn tree page 6 cell 0: invalid page number 99"
    assert error_text(NotAWorkshopError("a.pmqa", "damaged_because", system=report)) == f"ไฟล์เสียหาย ({report})"


@pytest.mark.usefixtures("thai")
def test_an_import_problem_is_thai_and_keeps_its_json_path():
    headline, detail = describe_error(ExchangeError("w.json", "groups[2].name", "broken_text"))
    assert headline == "นำเข้าไฟล์นี้ไม่ได้"
    assert detail == ("w.json: groups[2].name: ข้อความมีอักขระที่เสียหาย กรุณาพิมพ์หรือวางข้อความใหม่อีกครั้ง\n"
                      "ไม่มีข้อมูลใดถูกนำเข้า")
    _headline, detail = describe_error(NotFoundError("answers", 3))
    assert detail == "ไม่พบรายการนี้แล้ว อาจถูกลบหรือเปลี่ยนแปลงไปในระหว่างนี้"


def test_in_english_the_interface_says_the_catalogues_words(qapp):
    install_language("en")
    assert error_text(ValidationError("dots", "no_dots_left", left=0, allowance=5)) == \
        "This group has 0 of 5 dots left."
    assert error_text(StorageError("a.pmqa", "backup_folder", system="Permission denied")) == \
        "cannot write to the backup folder (Permission denied); the workshop itself is safe"


def test_starting_the_day_without_an_agenda_says_so_in_thai(main_window, workshop_path, qtbot):
    from app.workshop import Workshop

    workshop = Workshop.open(workshop_path)
    for item in workshop.agenda():
        workshop.remove_agenda_item(item.id)
    workshop.close()
    main_window.set_language("th")
    assert main_window.open_path(workshop_path)
    main_window.workshop_panel.show_step("agenda")
    agenda = main_window.workshop_panel.panels["agenda"]
    agenda.tabs.setCurrentWidget(agenda.run_panel)
    qtbot.waitUntil(agenda.run_panel.isVisible)
    agenda.run_panel.start_day()
    assert agenda.run_panel.warning_label.isVisible()
    assert agenda.run_panel.warning_label.text() == "กรุณาเพิ่มรายการในกำหนดการก่อนเริ่มการประชุม"
