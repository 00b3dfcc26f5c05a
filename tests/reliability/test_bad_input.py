"""Bad input: malformed imports and templates give only clear errors and never half a workshop;
awkward text (emoji, control characters, right-to-left scripts, 10,000 characters, empty strings)
goes through the core, the JSON round trip, the PDF, the spreadsheet and the window."""

from __future__ import annotations

import copy
import json
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from app import exchange
from app.demo import create_demo
from app.errors import ExchangeError, StorageError, WorkshopError
from app.report import render_report
from app.spreadsheet import export_csv, export_xlsx
from app.templates import TemplateError, builtin_template, parse_template, template_to_dict
from app.validation import clean_text
from app.workshop import Workshop
from tests.conftest import type_text

QUICK = settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
THOROUGH = settings(max_examples=800, deadline=None, database=None, suppress_health_check=list(HealthCheck))

LONG = ("ข้อเสนอการพัฒนาองค์การสู่ระบบราชการ ๔.๐ " * 300)[:9_999] + "ฯ"
NASTY = {
    "emoji": "👩‍👩‍👧‍👦 ทีมงาน 🇹🇭 ข้อมูลเปิด 🚀",
    "control": "ก\x00ข\x07ค\x1b[31mง\x7f\x85จ\x0b\x0c",
    "right-to-left": "שלום עולם — مرحبا بالعالم \u202eกลับด้าน\u202c",
    "stacked marks": "ก้้้้้้้้ ที่่่่ ำำำ",
    "zero width": "a\u200bb\ufeffc\u200d",
    "long": LONG,
}
ODD_VALUES = st.sampled_from([None, True, 0, -1, 2**63, 2**80, -2**80, 1.5, float("inf"), float("nan"), "",
                              " ", "\x00", "\ud800", "ก" * 30_000, [], {}, [None], {"": None}])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | ODD_VALUES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


@lru_cache(maxsize=1)
def demo_document() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        workshop = create_demo(Path(folder) / "d.pmqa")
        try:
            return exchange.to_document(workshop)
        finally:
            workshop.close()


@st.composite
def mutated(draw, base):
    """``base`` with one to three places changed: a value replaced, a key removed or added."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        node = doc
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, (dict, list)) and child and draw(st.booleans()):
                node = child
                continue
            action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
            if action == "replace":
                node[key] = copy.deepcopy(draw(JSON))  # never share (and later mutate) a drawn value
            elif action == "delete":
                del node[key]
            elif isinstance(node, dict):
                node[draw(st.text(max_size=8))] = copy.deepcopy(draw(JSON))
            else:
                node.append(copy.deepcopy(child if draw(st.booleans()) else draw(JSON)))
            break
    return doc


def _with(data: dict, change) -> dict:
    data = copy.deepcopy(data)
    change(data)
    return data


BUILTIN = template_to_dict(builtin_template())


def check_import(document) -> None:
    """Either a complete, sound workshop, or ExchangeError and no file at all."""
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "in.json", Path(folder) / "out.pmqa"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
        try:
            workshop = exchange.import_json(source, target)
        except ExchangeError as exc:
            assert "in.json" in str(exc)
            assert sorted(p.name for p in Path(folder).iterdir()) == ["in.json"]
            return
        try:
            assert workshop.store.integrity() == "ok"
            assert exchange.to_document(workshop)["format"] == "pmqa-workshop"
        finally:
            workshop.close()


def check_rows(document) -> None:
    try:
        exchange.document_to_rows(document, "in.json")
    except ExchangeError:
        pass


def check_template(data) -> None:
    """A template loads or gives TemplateError; one that loads makes a sound workshop."""
    try:
        template = parse_template(data, "t.json")
    except TemplateError as exc:
        assert "t.json" in str(exc)
        return
    with tempfile.TemporaryDirectory() as folder:
        try:
            workshop = Workshop.create(Path(folder) / "w.pmqa", template)
        except WorkshopError:
            assert sorted(p.name for p in Path(folder).iterdir()) == []
            return
        try:
            assert workshop.store.integrity() == "ok" and len(workshop.pillars()) == len(template.pillars)
        finally:
            workshop.close()


@QUICK
@given(mutated(demo_document()))
@example(_with(demo_document(), lambda d: d["template"]["pillars"][0]["name"].update(th="\udc00")))
@example(_with(demo_document(), lambda d: d["answers"][0].update(text="\ud800")))
def test_a_damaged_export_imports_whole_or_not_at_all(document):
    check_import(document)


@pytest.mark.slow
@THOROUGH
@given(mutated(demo_document()))
def test_many_damaged_exports_import_whole_or_not_at_all(document):
    check_import(document)


@QUICK
@given(JSON)
def test_any_json_value_is_refused_with_an_exchange_error(value):
    with pytest.raises(ExchangeError):
        exchange.document_to_rows(value, "in.json")


@QUICK
@given(st.binary(max_size=300))
def test_any_bytes_give_an_exchange_error_or_a_document(raw):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.json"
        source.write_bytes(raw)
        try:
            check_rows(exchange.read_document(source))
        except ExchangeError:
            pass


@QUICK
@given(mutated(BUILTIN))
@example(_with(BUILTIN, lambda d: d["pillars"][0]["name"].update(th="\ud800")))  # found by review, kept
def test_a_damaged_template_loads_or_gives_a_template_error(data):
    check_template(data)


@pytest.mark.slow
@THOROUGH
@given(mutated(BUILTIN))
def test_many_damaged_templates_load_or_give_a_template_error(data):
    check_template(data)


@QUICK
@given(JSON)
def test_any_json_value_is_a_template_error(value):
    with pytest.raises(TemplateError):
        parse_template(value, "t.json")


# ------------------------------------------------------------------ awkward text all the way through
PLAN_CELL = 300  # a cell taller than a page has its own test: test_a_plan_cell_taller_than_a_page_is_rendered
def fill_with_nasty_text(w: Workshop) -> dict[str, str]:
    """Every kind of awkward text in every kind of field; returns what each card should read."""
    w.update_details(organization=NASTY["right-to-left"], venue=NASTY["emoji"], unit="",
                     facilitators=[NASTY["control"], NASTY["stacked marks"]])
    question = w.pillars()[0].questions[0].id
    expected = {}
    for name, text in NASTY.items():
        group = w.add_group(clean_text("name", text, limit=10_000)[:200]).new_id
        w.add_member(group, clean_text("m", text, limit=10_000)[:200])
        answer = w.add_answer(group, question, text).new_id
        expected[name] = clean_text("answer", text)
        initiative = w.add_initiative(text[:1000], answer_id=answer).new_id
        w.add_plan_item(issue=text[:PLAN_CELL], activity=text[:PLAN_CELL], kpi="", target="",
                        responsible=text[:200], initiative_id=initiative)
        w.set_assessment(group, "category", w.categories()[0].id, w.maturity_levels()[0].value, text[:2000])
    return expected


def test_awkward_text_survives_the_core_json_pdf_and_spreadsheet(workshop, workshop_path, tmp_path):
    from openpyxl import load_workbook

    expected = fill_with_nasty_text(workshop)
    assert {a.text for a in workshop.answers()} == set(expected.values())
    assert len(expected["long"]) == 10_000 and "\x07" not in expected["control"]

    exchange.export_json(workshop, tmp_path / "w.json")
    again = exchange.import_json(tmp_path / "w.json", tmp_path / "again.pmqa")
    try:
        assert exchange.to_document(again) == exchange.to_document(workshop)
    finally:
        again.close()

    result = render_report(workshop_path, tmp_path / "w.pdf")
    assert result.pages >= 1 and (tmp_path / "w.pdf").read_bytes().startswith(b"%PDF-")

    export_xlsx(workshop, tmp_path / "w.xlsx")
    export_csv(workshop, tmp_path / "w.csv")
    cells = {c.value for row in load_workbook(tmp_path / "w.xlsx").worksheets[0].iter_rows() for c in row}
    assert LONG[:PLAN_CELL].strip() in cells and NASTY["emoji"].strip() in cells
    assert NASTY["right-to-left"] in (tmp_path / "w.csv").read_text("utf-8-sig")


def test_text_that_skipped_the_core_checks_still_exports(demo, tmp_path):
    """An imported file is checked by the schema, not by the editing rules: control characters and
    lone surrogates can arrive that way, and every output must still be written."""
    document = exchange.to_document(demo)
    document["answers"][0]["text"] = "ก\x01ข\x1bค\x7f" + LONG[:9000]
    document["plan_items"][0]["activity"] = "\x02แผน\x08งาน"
    source = tmp_path / "odd.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    try:
        imported = exchange.import_json(source, tmp_path / "odd.pmqa")
    except ExchangeError:
        return  # refusing them is also acceptable
    try:
        export_xlsx(imported, tmp_path / "odd.xlsx")
        export_csv(imported, tmp_path / "odd.csv")
        exchange.export_json(imported, tmp_path / "odd-again.json")
    finally:
        imported.close()
    assert render_report(tmp_path / "odd.pmqa", tmp_path / "odd.pdf").pages >= 1


@pytest.mark.parametrize("bad", ["\ud800", "a\udfffb"])
def test_lone_surrogates_are_a_clear_error_not_a_crash(workshop, tmp_path, bad):
    group = workshop.add_group("A").new_id
    from app.errors import WorkshopError
    try:
        workshop.add_answer(group, workshop.pillars()[0].questions[0].id, bad)
    except WorkshopError:
        pass
    document = exchange.to_document(workshop)
    document["groups"][0]["name"] = bad
    source = tmp_path / "s.json"
    source.write_text(json.dumps(document), encoding="utf-8")  # \ud800 escaped, as JSON allows
    try:
        exchange.import_json(source, tmp_path / "s.pmqa").close()
    except (ExchangeError, StorageError):
        assert not (tmp_path / "s.pmqa").exists()


def test_awkward_text_typed_into_the_capture_step_is_saved(main_window, workshop_path, qtbot):
    w = Workshop.open(workshop_path)
    w.add_group("กลุ่ม ๑")
    w.close()
    assert main_window.open_path(workshop_path)
    main_window.workshop_panel.show_step("capture")
    panel = main_window.workshop_panel.panels["capture"]
    entry = panel.current_page().columns[0].entry
    entry.setFocus()
    typed = [NASTY[k] for k in ("emoji", "control", "right-to-left", "stacked marks", "zero width")]
    for text in typed:
        type_text(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    entry.insert(LONG)  # pasted: 10,000 characters
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    cards = [a.text for a in main_window.workshop.answers()]
    assert len(cards) == len(typed) + 1 and cards[-1] == clean_text("a", LONG)
    for text, card in zip(typed[:1] + typed[2:4], cards[:1] + cards[2:4]):
        assert card == clean_text("a", text)
    assert cards[1] == "กขค[31mงจ"  # control characters are not typed into the card
    assert cards[4].replace("\ufeff", "") == "a\u200bbc\u200d"  # Qt's line edit drops U+FEFF
    main_window.close_workshop()
    again = Workshop.open(workshop_path)
    try:
        assert [a.text for a in again.answers()] == cards
    finally:
        again.close()


def test_a_plan_cell_taller_than_a_page_is_rendered(workshop, workshop_path, tmp_path):
    workshop.add_plan_item(activity=LONG[:5000], kpi="ร้อยละ 80", status="planned")  # the core's limit
    result = render_report(workshop_path, tmp_path / "w.pdf")
    assert result.pages >= 4
