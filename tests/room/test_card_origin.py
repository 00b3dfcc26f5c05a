"""Schema step 2 (room input): a card knows whether a group's device sent it and whether the room
may see it; older files and older JSON exports read as "typed at the laptop, shown"."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.exchange import export_json, import_json
from app.workshop import Workshop

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_schema_1_file_upgrades_with_every_card_typed_and_shown(tmp_path):
    sample = tmp_path / "v1.pmqa"
    shutil.copy(DATA / "schema-v1.pmqa", sample)
    before = sqlite3.connect(sample)
    count = before.execute("SELECT count(*) FROM answers").fetchone()[0]
    assert "origin" not in {row[1] for row in before.execute("PRAGMA table_info(answers)")}
    before.close()
    w = Workshop.open(sample)
    try:
        cards = w.answers()
        assert len(cards) == count > 0
        assert {(c.origin, c.moderation) for c in cards} == {("", "")}
        w.add_answer(cards[0].group_id, cards[0].question_id, "จากโทรศัพท์", origin="device", moderation="pending")
        assert [(c.origin, c.moderation) for c in w.answers() if c.text == "จากโทรศัพท์"] == [("device", "pending")]
        assert w.store.integrity() == "ok"
    finally:
        w.close()


def test_the_file_refuses_an_unknown_origin_or_moderation_even_past_the_core(workshop):
    group = workshop.add_group("ก").new_id
    question = workshop.pillars()[0].questions[0].id
    card = workshop.add_answer(group, question, "บัตร").new_id
    with pytest.raises(ValidationError):
        workshop.add_answer(group, question, "บัตร", origin="web")
    with pytest.raises(sqlite3.IntegrityError):
        with workshop.store.lock:
            workshop.store.conn.execute("UPDATE answers SET moderation = 'gone' WHERE id = ?", (card,))


def test_moderation_and_origin_survive_export_and_import(workshop, tmp_path):
    group = workshop.add_group("ก").new_id
    question = workshop.pillars()[0].questions[0].id
    card = workshop.add_answer(group, question, "บัตร", origin="device").new_id
    workshop.moderate_answer(card, "hidden")
    export_json(workshop, tmp_path / "w.json")
    copy = import_json(tmp_path / "w.json", tmp_path / "copy.pmqa")
    try:
        assert [(c.origin, c.moderation) for c in copy.answers()] == [("device", "hidden")]
    finally:
        copy.close()


def test_an_export_from_before_room_input_still_imports(workshop, tmp_path):
    group = workshop.add_group("ก").new_id
    workshop.add_answer(group, workshop.pillars()[0].questions[0].id, "บัตร")
    export_json(workshop, tmp_path / "w.json")
    doc = json.loads((tmp_path / "w.json").read_text("utf-8"))
    for row in doc["answers"]:
        del row["origin"], row["moderation"]
    (tmp_path / "old.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    copy = import_json(tmp_path / "old.json", tmp_path / "old.pmqa")
    try:
        assert [(c.text, c.origin, c.moderation) for c in copy.answers()] == [("บัตร", "", "")]
    finally:
        copy.close()
