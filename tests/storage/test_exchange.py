"""The JSON form of a workshop: exact round trips, and imports that write nothing when wrong."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app import exchange
from app.errors import ExchangeError


@pytest.fixture
def exported(demo, tmp_path) -> Path:
    path = tmp_path / "demo.json"
    exchange.export_json(demo, path)
    return path


def test_export_import_export_is_identical(exported, tmp_path):
    imported = exchange.import_json(exported, tmp_path / "copy.pmqa")
    try:
        again = exchange.to_document(imported)
    finally:
        imported.close()
    assert again == json.loads(exported.read_text(encoding="utf-8"))


def test_export_validates_against_the_published_schema(exported):
    document = json.loads(exported.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(exchange.workshop_schema()).validate(document)
    assert document["format"] == "pmqa-workshop" and document["format_version"] == 1


def test_docs_point_at_the_shipped_schema():
    doc = (Path(__file__).parents[2] / "docs" / "json-format.md").read_text(encoding="utf-8")
    assert "resources/schemas/workshop.schema.json" in doc


def _broken(document: dict, change) -> dict:
    copy = json.loads(json.dumps(document))
    change(copy)
    return copy


CASES = {
    "not an object": (lambda d: None, "format"),
    "wrong format": (lambda d: d.update(format="something-else"), "format"),
    "newer format": (lambda d: d.update(format_version=99), "newer version"),
    "missing groups": (lambda d: d.pop("groups"), "groups"),
    "answer text too long": (lambda d: d["answers"][0].update(text="ก" * 20001), "answers[0].text"),
    "unknown group": (lambda d: d["answers"][3].update(group_id=999), "answers[3].group_id"),
    "duplicate id": (lambda d: d["groups"][1].update(id=d["groups"][0]["id"]), "groups[1].id"),
    "score off the scale": (lambda d: d["assessments"][0].update(level=9), "assessments[0].level"),
    "quarter 5": (lambda d: d["plan_items"][0].update(quarter=5), "plan_items[0].quarter"),
    "negative budget": (lambda d: d["plan_items"][0].update(budget_satang=-1), "plan_items[0].budget_satang"),
    "bad colour": (lambda d: d["groups"][0].update(color="red"), "groups[0].color"),
    "broken template": (lambda d: d["template"].pop("pillars"), "template"),
    "vote twice": (lambda d: d["votes"].append(dict(d["votes"][0])), "votes["),
    "question id twice": (lambda d: d["questions"][1].update(id=d["questions"][0]["id"]),
                          "questions[1].id: 1 is used twice"),
    "question key twice": (lambda d: d["questions"][1].update(key=d["questions"][0]["key"]),
                           "questions[1].key: 'situation' appears twice in its pillar"),
    "a million-character title": (lambda d: d["workshop"].update(title="ก" * 1_000_000),
                                  "'" + "ก" * 40 + "…' (1,000,000 characters) is too long"),
    "extra field": (lambda d: d["workshop"].update(owner="x"), "owner"),
}


@pytest.mark.parametrize("case", CASES)
def test_broken_documents_are_refused_and_nothing_is_written(exported, tmp_path, case):
    change, place = CASES[case]
    document = json.loads(exported.read_text(encoding="utf-8"))
    if case == "not an object":
        broken = [1, 2, 3]
    else:
        broken = _broken(document, change)
    source = tmp_path / "broken.json"
    source.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "out.pmqa"
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ExchangeError) as caught:
        exchange.import_json(source, target)
    assert place in str(caught.value)
    assert "broken.json" in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("raw, message", [
    (b"", "not valid JSON"),
    (b"{\"format\": ", "line 1"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[" * 100000, "nested too deeply"),
])
def test_unreadable_json_is_refused_with_a_clear_message(tmp_path, raw, message):
    source = tmp_path / "bad.json"
    source.write_bytes(raw)
    with pytest.raises(ExchangeError, match=message):
        exchange.import_json(source, tmp_path / "out.pmqa")
    assert not (tmp_path / "out.pmqa").exists()


def test_import_never_overwrites_an_existing_workshop(exported, demo_path):
    from app.errors import StorageError

    before = demo_path.read_bytes()
    with pytest.raises(StorageError, match="already exists"):
        exchange.import_json(exported, demo_path)
    assert demo_path.read_bytes() == before


def test_thai_text_is_written_readably(exported):
    text = exported.read_text(encoding="utf-8")
    assert "กรมพัฒนาที่ดิน" in text  # not \u escapes: a person can read and diff the export
