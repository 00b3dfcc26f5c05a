"""Follow-up in the JSON export: checkpoints, progress and evidence round-trip exactly; evidence travels
as base64 with its size and SHA-256, checked on import; a hostile document is refused whole."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from app import exchange, followup
from app.errors import ExchangeError

CONTENT = bytes(range(256)) * 3 + "หลักฐาน".encode()


@pytest.fixture
def followed(demo):
    items, _ = demo.plan_items(), demo.start_followup()
    checkpoints = demo.checkpoints()
    demo.set_progress(items[0].id, checkpoints[0].id, status="in_progress", percent=25, kpi_actual="ร้อยละ 60",
                      spent_satang=123_456_78, note="เริ่มจัดซื้อ")
    demo.set_progress(items[1].id, checkpoints[1].id, status="delayed", note="รองบประมาณ")
    demo.attach_evidence(items[0].id, checkpoints[0].id, CONTENT, name="ใบสั่งซื้อ.pdf")
    demo.attach_evidence(items[1].id, checkpoints[1].id, b"\x89PNG\r\n\x1a\n...", name="photo.png")
    demo.add_checkpoint("ติดตามพิเศษ", date(2019, 11, 30))
    return demo


@pytest.fixture
def document(followed, tmp_path) -> dict:
    path = tmp_path / "followed.json"
    exchange.export_json(followed, path)
    return json.loads(path.read_text(encoding="utf-8"))


def _write(document: dict, path: Path) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_evidence_travels_as_base64_with_its_size_and_checksum(document):
    first = document["evidence"][0]
    assert base64.b64decode(first["content"]) == CONTENT
    assert (first["size"], first["sha256"]) == (len(CONTENT), hashlib.sha256(CONTENT).hexdigest())
    assert [c["name"] for c in document["checkpoints"]][-1] == "ติดตามพิเศษ"
    jsonschema.Draft202012Validator(exchange.workshop_schema()).validate(document)


def test_follow_up_round_trips_exactly(followed, document, tmp_path):
    imported = exchange.import_json(_write(document, tmp_path / "in.json"), tmp_path / "copy.pmqa")
    try:
        assert exchange.to_document(imported) == document
        assert imported.store.dump() == followed.store.dump()
        assert imported.evidence_content(imported.evidence()[0].id) == CONTENT
    finally:
        imported.close()


def test_a_document_from_before_follow_up_imports_with_none(document, tmp_path):
    for table in ("checkpoints", "progress", "evidence"):
        del document[table]
    imported = exchange.import_json(_write(document, tmp_path / "old.json"), tmp_path / "old.pmqa")
    try:
        assert imported.checkpoints() == [] and imported.progress() == [] and imported.evidence() == []
    finally:
        imported.close()


def _other_checksum(d: dict) -> None:
    d["evidence"][0]["sha256"] = hashlib.sha256(b"something else").hexdigest()


def _shorter(d: dict) -> None:
    d["evidence"][0]["content"] = base64.b64encode(CONTENT[:-1]).decode()


def _swapped_bytes(d: dict) -> None:  # same size, other bytes
    d["evidence"][0]["content"] = base64.b64encode(CONTENT[::-1]).decode()


HOSTILE = {
    "not base64": (lambda d: d["evidence"][0].update(content="not*base64!"), "evidence[0].content", "not_base64"),
    "base64 with junk": (lambda d: d["evidence"][0].update(content=d["evidence"][0]["content"] + "\n<script>"),
                         "evidence[0].content", "not_base64"),
    "size that lies": (_shorter, "evidence[0].content", "wrong_size"),
    "checksum that lies": (_other_checksum, "evidence[0].content", "wrong_checksum"),
    "bytes swapped": (_swapped_bytes, "evidence[0].content", "wrong_checksum"),
    "name with a folder": (lambda d: d["evidence"][0].update(name="../../evil.exe"), "evidence[0].name",
                           "not_the_format"),
    "evidence of no progress": (lambda d: d["evidence"][0].update(progress_id=999), "evidence[0].progress_id",
                                "no_such_row"),
    "progress of no checkpoint": (lambda d: d["progress"][0].update(checkpoint_id=999), "progress[0].checkpoint_id",
                                  "no_such_row"),
    "progress twice": (lambda d: d["progress"][1].update(plan_item_id=d["progress"][0]["plan_item_id"],
                                                         checkpoint_id=d["progress"][0]["checkpoint_id"]),
                       "progress[1].checkpoint_id", "used_twice"),
    "percent 120": (lambda d: d["progress"][0].update(percent=120), "progress[0].percent", "not_the_format"),
    "unknown status": (lambda d: d["progress"][0].update(status="planned"), "progress[0].status", "not_the_format"),
    "no such day": (lambda d: d["checkpoints"][0].update(due_date="2019-02-30"), "checkpoints[0].due_date",
                    "not_a_date"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_follow_up_is_refused_whole_with_its_place(document, tmp_path, case):
    change, place, code = HOSTILE[case]
    change(document)
    target = tmp_path / "never.pmqa"
    with pytest.raises(ExchangeError) as refused:
        exchange.import_json(_write(document, tmp_path / "hostile.json"), target)
    assert (refused.value.place, refused.value.code) == (place, code)
    assert not target.exists()


def test_evidence_past_the_limits_is_refused_on_import(document, tmp_path, monkeypatch):
    monkeypatch.setattr(followup, "MAX_EVIDENCE_TOTAL", len(CONTENT) + 5)
    with pytest.raises(ExchangeError) as refused:
        exchange.import_json(_write(document, tmp_path / "big.json"), tmp_path / "never.pmqa")
    assert (refused.value.place, refused.value.code) == ("evidence[1].content", "evidence_full")
    monkeypatch.setattr(followup, "MAX_EVIDENCE_FILE", 100)
    with pytest.raises(ExchangeError) as refused:
        exchange.import_json(_write(document, tmp_path / "big.json"), tmp_path / "never.pmqa")
    assert (refused.value.place, refused.value.code) == ("evidence[0].content", "evidence_too_large")
    assert not (tmp_path / "never.pmqa").exists()
