"""Templates: the shipped content, the format's checks, and the file operations around them."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import resources
from app.model import AGENDA_KINDS
from app.templates import (
    Question,
    Template,
    TemplateError,
    Text,
    builtin_template,
    duplicate_template,
    export_template,
    import_template,
    list_templates,
    load_template,
    parse_template,
    save_template,
    template_to_dict,
)

THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")
THAI_BLOCK = re.compile(r"[\u0e00-\u0e7f]")
LAO_BLOCK = re.compile(r"[\u0e80-\u0eff]")
OCR_ERRORS = ("พลิกແນ", "ยานออก", "แนวรุนนานา", "สารพัลัง", "แบบสาขาวิชา")


def builtin_json() -> dict:
    return json.loads(resources.read_text("templates/pmqa4-gov4.json"))


def all_texts(node: object, path: str = ""):
    """Every {"th", "en"} pair in a template's JSON form, with its place."""
    if isinstance(node, dict):
        if set(node) == {"th", "en"}:
            yield path, node
            return
        for key, value in node.items():
            yield from all_texts(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from all_texts(value, f"{path}[{index}]")


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- the built-in template ---------------------------------------------------------------------

def test_builtin_template_validates_against_the_schema_file():
    import jsonschema

    schema = json.loads(resources.read_text("templates/template.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(builtin_json())
    assert isinstance(builtin_template(), Template)


def test_builtin_template_has_the_expected_structure():
    t = builtin_template()
    assert (t.id, t.version, t.builtin, t.default_start) == ("pmqa4-gov4", "1.1", True, "08:30")
    assert len(t.objectives) == 2 and len(t.benefits) >= 2
    assert [p.key for p in t.pillars] == ["open", "citizen", "smart"]
    for pillar in t.pillars:
        assert [q.key for q in pillar.questions] == ["situation", "gaps", "proposals"]
    assert [e.key for e in t.enablers] == ["collaboration", "innovation", "digitalization"]
    assert [c.number for c in t.categories] == [1, 2, 3, 4, 5, 6, 7]
    assert [c.name.th for c in t.categories] == [
        "การนำองค์การ", "การวางแผนเชิงยุทธศาสตร์",
        "การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย",
        "การวัด การวิเคราะห์ และการจัดการความรู้", "การมุ่งเน้นบุคลากร",
        "การมุ่งเน้นระบบปฏิบัติการ", "ผลลัพธ์การดำเนินการ"]
    assert [(m.key, m.value, m.name.th) for m in t.maturity_scale] == [
        ("basic", 1, "ระดับพื้นฐาน"), ("advance", 2, "ระดับก้าวหน้า"),
        ("significance", 3, "ระดับพัฒนาจนเกิดผล")]
    assert [f.key for f in t.plan_fields] == [
        "issue", "activity", "pillar", "category", "kpi", "target", "timeframe",
        "responsible", "budget", "status"]
    assert [s.key for s in t.plan_statuses] == ["planned", "in_progress", "done", "deferred"]


def test_builtin_agenda_is_a_realistic_day_with_one_group_work_item_per_pillar():
    t = builtin_template()
    assert all(entry.kind in AGENDA_KINDS for entry in t.agenda)
    assert 7.5 * 60 <= t.total_minutes <= 8.5 * 60
    assert [e.pillar for e in t.agenda if e.kind == "group_work"] == ["open", "citizen", "smart"]
    kinds = [e.kind for e in t.agenda]
    assert kinds[0] == "opening" and kinds[-1] == "closing"
    for kind in ("briefing", "report_back", "self_assessment", "prioritization", "action_planning"):
        assert kind in kinds
    assert kinds.count("break") == 3
    # Work that needs the morning's input comes after it.
    assert kinds.index("prioritization") > kinds.index("report_back")
    assert kinds.index("action_planning") > kinds.index("prioritization")


def test_builtin_briefing_covers_the_seed_content():
    t = builtin_template()
    titles = " | ".join(s.title.en for s in t.briefing)
    for expected in ("Better Governance, Happier Citizens", "Credible and Trusted Government",
                     "Open & Connected", "Citizen-Centric", "Smart & High Performance",
                     "Collaboration", "National Strategy", "PMQA 4.0", "maturity", "day"):
        assert expected in titles
    assert all(slide.points for slide in t.briefing)
    assert len({slide.key for slide in t.briefing}) == len(t.briefing)


def test_every_builtin_thai_text_is_clean_thai():
    texts = list(all_texts(builtin_json()))
    assert len(texts) > 100
    for place, text in texts:
        assert text["th"].strip(), place
        assert THAI_LETTER.search(text["th"]), place
        assert not LAO_BLOCK.search(text["th"]), place
        for error in OCR_ERRORS:
            assert error not in text["th"], place
        # Thai prose uses Thai digits; "PMQA 4.0" is a name and keeps its own.
        assert not re.search(r"[0-9]", text["th"].replace("PMQA 4.0", "")), place
        assert text["th"] == text["th"].strip() and "  " not in text["th"], place


def test_every_builtin_english_text_is_plain_english():
    for place, text in all_texts(builtin_json()):
        assert text["en"].strip(), place
        assert not THAI_BLOCK.search(text["en"]), place
        assert not LAO_BLOCK.search(text["en"]), place
        assert text["en"] == text["en"].strip() and "  " not in text["en"], place


def test_dict_form_round_trips_exactly():
    t = builtin_template()
    assert template_to_dict(t) == builtin_json()
    assert parse_template(template_to_dict(t), "again") == t
    assert builtin_template() is t


def test_text_falls_back_to_the_other_language_when_empty():
    assert Text("ไทย", "English").get("th") == "ไทย"
    assert Text("ไทย", "English").get("en") == "English"
    assert Text("ไทย", "").get("en") == "ไทย"
    assert Text("", "English").get("th_TH") == "English"


# --- broken templates ---------------------------------------------------------------------------

def broken(mutate) -> dict:
    data = builtin_json()
    mutate(data)
    return data


@pytest.mark.parametrize(("mutate", "place", "words"), [
    (lambda d: d.pop("pillars"), "pillars", "missing"),
    (lambda d: d["pillars"][1]["questions"][0].pop("help"), "pillars[1].questions[0].help", "missing"),
    (lambda d: d["agenda"][2].update(minutes="30"), "agenda[2].minutes", "whole number"),
    (lambda d: d["pillars"][0].update(name="Open"), "pillars[0].name", '"th"'),
    (lambda d: d["pillars"][2]["questions"][1]["text"].update(th=" "),
     "pillars[2].questions[1].text.th", "empty"),
    (lambda d: d["pillars"][0]["questions"][2].update(key="gaps"),
     "pillars[0].questions[2].key", "twice"),
    (lambda d: d["pillars"][2].update(key="open"), "pillars[2].key", "twice"),
    (lambda d: d.update(format_version=2), "format_version",
     "made for a newer version of the application (format 2); this version reads format 1"),
    (lambda d: d["maturity_scale"][1].update(value=1), "maturity_scale[1].value", "greater"),
    (lambda d: d["agenda"][1].update(kind="lecture"), "agenda[1].kind", "one of"),
    (lambda d: d["agenda"][4].update(pillar="digital"), "agenda[4].pillar", "no pillar"),
    (lambda d: d["plan_fields"].pop(), "plan_fields", '"status" is missing'),
    (lambda d: d.update(default_start="8.30"), "default_start", "HH:MM"),
    (lambda d: d["pillars"][0].update(questons=[]), "pillars[0].questons", "spelling"),
    (lambda d: d.update(format="something-else"), "format", "not a workshop template"),
])
def test_broken_template_names_the_file_and_the_place(tmp_path, mutate, place, words):
    path = write(tmp_path / "agency.json", broken(mutate))
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    error = caught.value
    assert (error.source, error.place) == ("agency.json", place)
    assert words in error.problem
    assert str(error) == f"agency.json: {place}: {error.problem}"


def test_bad_json_reports_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "format": "pmqa-workshop-template",\n  "id": oops\n}', encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.source == "bad.json" and caught.value.place == ""
    assert "line 3, column 9" in caught.value.problem
    assert str(caught.value).startswith("bad.json: not valid JSON")


def test_duplicate_json_field_is_refused(tmp_path):
    path = tmp_path / "twice.json"
    text = json.dumps(builtin_json(), ensure_ascii=False)
    version = f'"version": "{builtin_json()["version"]}"'
    assert version in text
    path.write_text(text.replace(version, version + ', "version": "2.0"'), encoding="utf-8")
    with pytest.raises(TemplateError, match='"version" appears twice'):
        load_template(path)


def test_non_object_unreadable_and_oversized_files_are_refused(tmp_path):
    with pytest.raises(TemplateError, match="JSON object"):
        load_template(write(tmp_path / "list.json", [1, 2]))
    with pytest.raises(TemplateError, match="cannot be read"):
        load_template(tmp_path / "absent.json")
    (tmp_path / "latin1.json").write_bytes('{"x": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(TemplateError, match="not UTF-8"):
        load_template(tmp_path / "latin1.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (3 * 1024 * 1024))
    with pytest.raises(TemplateError, match="too large"):
        load_template(big)


def test_file_with_byte_order_mark_loads(tmp_path):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(builtin_json(), ensure_ascii=False).encode("utf-8"))
    assert load_template(path) == builtin_template()


def test_user_template_may_have_other_pillars_and_questions():
    def custom(d):
        d["pillars"] = d["pillars"][:2]
        d["pillars"][1]["key"] = "service"
        d["pillars"][1]["questions"].append(
            {"key": "risks", "text": {"th": "ความเสี่ยงมีอะไรบ้าง", "en": "What are the risks?"},
             "help": {"th": "ระบุความเสี่ยง", "en": "List the risks."}})
        d["agenda"] = [e for e in d["agenda"] if e.get("pillar") in (None, "open")]
        d["builtin"] = False
    t = parse_template(broken(custom), "custom.json")
    assert [p.key for p in t.pillars] == ["open", "service"]
    assert [q.key for q in t.pillar("service").questions][-1] == "risks"


# --- copies, files and folders -----------------------------------------------------------------

def test_duplicate_edit_save_list_and_load_gives_back_the_edits(tmp_path):
    copy_ = duplicate_template(builtin_template())
    assert copy_.builtin is False and copy_.version == "1.0"
    assert re.fullmatch(r"pmqa4-gov4-copy-[0-9a-f]{8}", copy_.id)
    assert copy_.name.th.endswith("(สำเนา)") and copy_.name.en.endswith("(copy)")

    open_pillar = copy_.pillar("open")
    extra = Question("partners", Text("เราทำงานกับภาคีใดบ้าง", "Which partners do we work with?"),
                     Text("ระบุชื่อภาคี", "Name the partners."))
    edited_pillar = dataclasses.replace(
        open_pillar,
        questions=(dataclasses.replace(open_pillar.questions[0],
                                       text=Text("ข้อมูลใดที่เราเปิดเผยแล้ว", "What data have we opened?")),
                   *open_pillar.questions[1:], extra))
    edited = dataclasses.replace(copy_, pillars=(edited_pillar, *copy_.pillars[1:]))

    path = save_template(edited, tmp_path)
    assert path == tmp_path / f"{edited.id}.json"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind

    templates, errors = list_templates(tmp_path)
    assert errors == []
    assert [t.id for t in templates] == ["pmqa4-gov4", edited.id]
    assert templates[0] == builtin_template()
    again = load_template(path)
    assert again == edited == templates[1]
    assert [q.key for q in again.pillar("open").questions] == ["situation", "gaps", "proposals", "partners"]
    assert again.pillar("open").questions[0].text.en == "What data have we opened?"


def test_copy_of_a_copy_does_not_grow_its_id():
    first = duplicate_template(builtin_template())
    second = duplicate_template(first)
    assert re.fullmatch(r"pmqa4-gov4-copy-[0-9a-f]{8}", second.id) and second.id != first.id


def test_duplicate_with_given_id_and_name():
    t = duplicate_template(builtin_template(), "ldd-2569", Text("แผนกรม", "Department plan"))
    assert (t.id, t.name, t.builtin) == ("ldd-2569", Text("แผนกรม", "Department plan"), False)
    with pytest.raises(TemplateError, match="lowercase"):
        duplicate_template(builtin_template(), "Not An Id")


def test_saving_the_builtin_template_is_refused(tmp_path):
    with pytest.raises(TemplateError, match="built-in"):
        save_template(builtin_template(), tmp_path)
    with pytest.raises(TemplateError, match="built-in"):
        save_template(dataclasses.replace(builtin_template(), builtin=False), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_saving_an_invalid_edit_is_refused_and_writes_nothing(tmp_path):
    t = duplicate_template(builtin_template())
    bad = dataclasses.replace(t, name=Text("", "No Thai name"))
    with pytest.raises(TemplateError) as caught:
        save_template(bad, tmp_path)
    assert caught.value.place == "name.th"
    assert list(tmp_path.iterdir()) == []


def test_import_of_an_invalid_file_writes_nothing(tmp_path):
    folder = tmp_path / "templates"
    source = write(tmp_path / "shared.json", broken(lambda d: d["pillars"][0].pop("questions")))
    with pytest.raises(TemplateError) as caught:
        import_template(source, folder)
    assert (caught.value.source, caught.value.place) == ("shared.json", "pillars[0].questions")
    assert not folder.exists() or list(folder.iterdir()) == []


def test_export_then_import_of_the_builtin_makes_a_user_copy(tmp_path):
    folder = tmp_path / "templates"
    exported = export_template(builtin_template(), tmp_path / "usb" / "pmqa.json")
    assert json.loads(exported.read_text(encoding="utf-8"))["builtin"] is False
    imported = import_template(exported, folder)
    assert imported.builtin is False and imported.id != "pmqa4-gov4"
    assert imported.id.startswith("pmqa4-gov4-copy-")
    assert dataclasses.replace(imported, id="pmqa4-gov4", builtin=True) == builtin_template()
    assert (folder / f"{imported.id}.json").is_file()


def test_importing_the_same_template_twice_keeps_one_copy(tmp_path):
    folder = tmp_path / "templates"
    mine = duplicate_template(builtin_template(), "region-5")
    shared = export_template(mine, tmp_path / "region-5.json")
    assert import_template(shared, folder) == mine
    assert import_template(shared, folder) == mine
    assert [p.name for p in folder.iterdir()] == ["region-5.json"]

    changed = dataclasses.replace(mine, version="1.1")
    other = import_template(export_template(changed, tmp_path / "changed.json"), folder)
    assert other.id != "region-5" and other.version == "1.1"
    assert len(list(folder.iterdir())) == 2


def test_list_skips_invalid_and_impostor_files_and_reports_them(tmp_path):
    good_b = duplicate_template(builtin_template(), "b", Text("ข้อมูลเปิด", "Open data"))
    good_a = duplicate_template(builtin_template(), "a", Text("เกษตรกรเป็นศูนย์กลาง", "Farmers first"))
    save_template(good_b, tmp_path)
    save_template(good_a, tmp_path)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    write(tmp_path / "claims-builtin.json",
          {**template_to_dict(good_a), "id": "claims", "builtin": True})
    write(tmp_path / "same-id.json", template_to_dict(dataclasses.replace(good_a, version="9")))
    write(tmp_path / "shadow.json", template_to_dict(dataclasses.replace(builtin_template(), builtin=False)))
    (tmp_path / "notes.txt").write_text("not a template", encoding="utf-8")

    templates, errors = list_templates(tmp_path)
    # Thai dictionary order: ก (เกษตรกร, leading vowel skipped) before ข.
    assert [t.id for t in templates] == ["pmqa4-gov4", "a", "b"]
    assert [t.id for t in list_templates(tmp_path, lang="en")[0]] == ["pmqa4-gov4", "a", "b"]
    reported = {(e.source, e.place) for e in errors}
    assert reported == {("broken.json", ""), ("claims-builtin.json", "builtin"),
                        ("same-id.json", "id"), ("shadow.json", "id")}


def test_list_without_a_folder_gives_the_builtin_only(tmp_path):
    assert list_templates(None) == ([builtin_template()], [])
    assert list_templates(tmp_path / "missing") == ([builtin_template()], [])


def test_templates_module_loads_no_qt():
    probe = ("import sys, app.templates as t; t.builtin_template(); t.list_templates(None); "
             "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", probe]).returncode == 0


def test_error_text_without_a_place():
    error = TemplateError("x.json", "", "unreadable", system="Permission denied")
    assert str(error) == "x.json: the file cannot be read (Permission denied)"
    copied = copy.copy(error)
    assert (copied.problem, copied.code, copied.values) == ("the file cannot be read (Permission denied)",
                                                            "unreadable", {"system": "Permission denied"})


def test_both_file_formats_know_exactly_the_workshops_agenda_kinds():
    import json

    from app.resources import read_text

    template = json.loads(read_text("templates/template.schema.json"))
    workshop = json.loads(read_text("schemas/workshop.schema.json"))
    assert tuple(_find_kind_enum(template)) == AGENDA_KINDS
    assert tuple(workshop["properties"]["agenda_items"]["items"]["properties"]["kind"]["enum"]) == AGENDA_KINDS


def _find_kind_enum(node):
    if isinstance(node, dict):
        if "kind" in node.get("properties", {}) and "enum" in node["properties"]["kind"]:
            return node["properties"]["kind"]["enum"]
        for value in node.values():
            found = _find_kind_enum(value)
            if found:
                return found
    elif isinstance(node, list):
        for value in node:
            found = _find_kind_enum(value)
            if found:
                return found
    return None
