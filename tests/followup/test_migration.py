"""Schema step 3 (follow-up): a file of the format before it opens, is backed up, and upgrades with its
content intact; a file of the new format is refused, unchanged, by a version that reads only up to 2."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.backups import upgrade_backup
from app.errors import FileTooNewError
from app.storage import SCHEMA_VERSION, WorkshopStore, check_recognised, migrations
from app.workshop import Workshop

DATA = Path(__file__).resolve().parents[1] / "data"
FOLLOWUP_TABLES = ("checkpoints", "progress", "evidence")


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a file, read with plain SQLite."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        conn.close()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def v2_file(tmp_path) -> Path:
    sample = tmp_path / "office.pmqa"
    shutil.copy(DATA / "schema-v2.pmqa", sample)
    return sample


def test_the_fixture_is_todays_format_before_follow_up():
    assert SCHEMA_VERSION == 3
    assert _version(DATA / "schema-v2.pmqa") == 2
    assert not set(FOLLOWUP_TABLES) & set(_rows(DATA / "schema-v2.pmqa"))


def test_a_schema_2_file_is_backed_up_then_upgraded_with_its_content_intact(v2_file, data_dirs):
    before = _rows(v2_file)
    w = Workshop.open(v2_file, backup=upgrade_backup(v2_file))
    try:
        assert w.store.conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert w.checkpoints() == [] and w.progress() == [] and w.evidence() == []
        assert w.store.integrity() == "ok"
    finally:
        w.close()
    after = _rows(v2_file)
    assert {t: after[t] for t in before} == before  # every row of schema 2, unchanged
    assert all(after[t] == [] for t in FOLLOWUP_TABLES)
    backups = list(data_dirs.data.rglob("*before-upgrade*.pmqa"))
    assert len(backups) == 1
    assert _version(backups[0]) == 2 and _rows(backups[0]) == before


def test_a_file_already_upgraded_is_not_backed_up_again(v2_file, data_dirs):
    Workshop.open(v2_file, backup=upgrade_backup(v2_file)).close()
    Workshop.open(v2_file, backup=upgrade_backup(v2_file)).close()
    assert len(list(data_dirs.data.rglob("*before-upgrade*.pmqa"))) == 1


def test_an_upgraded_file_follows_its_plan_through_the_quarters_of_its_fiscal_year(v2_file):
    w = Workshop.open(v2_file)
    try:
        assert w.plan_fiscal_year() == 2562  # most of the demo plan's items
        w.start_followup()
        assert [c.due_date for c in w.checkpoints()] == [date(2018, 12, 31), date(2019, 3, 31), date(2019, 6, 30),
                                                         date(2019, 9, 30)]
        item, checkpoint = w.plan_items()[0], w.checkpoints()[1]
        w.set_progress(item.id, checkpoint.id, status="delayed", percent=40)
        w.attach_evidence(item.id, checkpoint.id, b"scan", name="scan.jpg")
        assert w.store.integrity() == "ok"
    finally:
        w.close()


def test_a_file_of_the_new_format_is_refused_unchanged_by_a_version_reading_up_to_2(workshop_path, monkeypatch):
    w = Workshop.open(workshop_path)
    w.start_followup(2569)
    w.attach_evidence(w.add_plan_item(issue="ก").new_id, w.checkpoints()[0].id, b"x" * 1000, name="a.pdf")
    w.close()
    content = workshop_path.read_bytes()
    listing = sorted(p.name for p in workshop_path.parent.iterdir())
    monkeypatch.setattr(migrations, "LATEST", 2)  # today's release: schema steps 1 and 2
    with pytest.raises(FileTooNewError) as refused:
        WorkshopStore.open(workshop_path)
    assert "file format 3; this version reads up to 2" in str(refused.value)
    assert "the file was not changed" in str(refused.value)
    with pytest.raises(FileTooNewError):
        check_recognised(workshop_path, 2)
    assert workshop_path.read_bytes() == content
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == listing


def test_an_office_with_follow_up_and_evidence_combines_with_its_fingerprint_unchanged(v2_file, tmp_path):
    from app.merge import inputs
    from app.merge.combine import prepare_merge

    before = inputs.read_input(v2_file).fingerprint
    w = Workshop.open(v2_file)
    try:
        w.start_followup()
        w.attach_evidence(w.plan_items()[0].id, w.checkpoints()[0].id, b"\x00\xff" * 1000, name="scan.pdf")
    finally:
        w.close()
    assert inputs.read_input(v2_file).fingerprint == before  # follow-up is no part of the content fingerprint
    other = tmp_path / "other.pmqa"
    shutil.copy(DATA / "schema-v2.pmqa", other)
    assert prepare_merge([v2_file, other]) is not None
