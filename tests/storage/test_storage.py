"""The workshop file: creation, round trips, pragmas, refusals, undo snapshots, migrations."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.errors import FileTooNewError, NotAWorkshopError, StorageError
from app.storage import SCHEMA_VERSION, WorkshopStore
from app.storage.connection import APPLICATION_ID
from app.templates import builtin_template
from app.workshop import Workshop

DATA = Path(__file__).parents[1] / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reopened(path: Path) -> Workshop:
    return Workshop.open(path)


def test_new_workshop_copies_its_template(workshop):
    template = builtin_template()
    pillars = workshop.pillars()
    assert [p.key for p in pillars] == [p.key for p in template.pillars]
    assert [q.text_th for q in pillars[0].questions] == [q.text.th for q in template.pillars[0].questions]
    assert len(workshop.categories()) == 7
    assert [m.value for m in workshop.maturity_levels()] == [m.value for m in template.maturity_scale]
    assert sum(a.minutes for a in workshop.agenda()) == sum(a.minutes for a in template.agenda)
    assert workshop.template()["id"] == template.id


def test_connection_uses_a_rollback_journal_full_sync_and_foreign_keys(workshop):
    conn = workshop.store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # every edit in the file itself
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_every_edit_is_in_the_file_before_the_operation_returns(workshop, workshop_path):
    group = workshop.add_group("กลุ่มที่ ๑").new_id
    question = workshop.pillars()[0].questions[0].id
    workshop.add_answer(group, question, "  เปิดเผยข้อมูลดินผ่านระบบออนไลน์  ")
    workshop.update_details(organization="กรมพัฒนาที่ดิน", event_date=date(2018, 12, 17),
                            facilitators=["นายหนึ่ง", "นางสอง"])
    # A second, independent connection sees the edits: they were committed, not just cached.
    other = reopened(workshop_path)
    try:
        assert [a.text for a in other.answers()] == ["เปิดเผยข้อมูลดินผ่านระบบออนไลน์"]
        details = other.details()
        assert details.organization == "กรมพัฒนาที่ดิน"
        assert details.event_date == date(2018, 12, 17)
        assert details.facilitators == ("นายหนึ่ง", "นางสอง")
    finally:
        other.close()


def test_round_trip_of_every_kind_of_row(workshop, workshop_path):
    group = workshop.add_group("A", "#123456").new_id
    workshop.add_member(group, "สมชาย")
    pillar = workshop.pillars()[1]
    answer = workshop.add_answer(group, pillar.questions[2].id, "บริการจุดเดียว").new_id
    category = workshop.categories()[0]
    workshop.set_assessment(group, "category", category.id, 2, "มีแผนแต่ยังไม่ติดตาม")
    initiative = workshop.add_initiative("ศูนย์บริการร่วม", pillar.id, answer, impact=4, effort=2).new_id
    workshop.set_votes(initiative, group, 3)
    workshop.add_plan_item(issue="บริการ", activity="ศูนย์บริการร่วม", pillar_id=pillar.id,
                           category_id=category.id, kpi="ความพึงพอใจ", target="ร้อยละ 85",
                           fiscal_year=2562, quarter=2, responsible="กองแผนงาน",
                           budget_satang=150_000_00, status="in_progress", initiative_id=initiative)
    workshop.close()
    again = reopened(workshop_path)
    try:
        (g,) = again.groups()
        assert (g.name, g.color, [m.name for m in g.members]) == ("A", "#123456", ["สมชาย"])
        (a,) = again.answers()
        assert (a.group_id, a.question_id, a.text) == (group, pillar.questions[2].id, "บริการจุดเดียว")
        (s,) = again.assessments()
        assert (s.level, s.reason) == (2, "มีแผนแต่ยังไม่ติดตาม")
        (v,) = again.votes()
        assert v.dots == 3
        (p,) = again.plan_items()
        assert p.budget == 150_000 and p.fiscal_year == 2562 and p.status == "in_progress"
    finally:
        again.close()


def test_an_undo_the_file_has_moved_past_is_refused_and_changes_nothing(workshop):
    g1, g2 = workshop.add_group("A").new_id, workshop.add_group("B").new_id
    keep, other = workshop.add_initiative("ก").new_id, workshop.add_initiative("ข").new_id
    workshop.set_votes(other, g2, 2)
    _changes, snapshot = workshop.merge_initiatives(keep, other)
    workshop.remove_group(g2)  # not undone first: the merge's snapshot names a group that is gone
    after = (workshop.initiatives(), workshop.votes())
    with pytest.raises(StorageError, match="changed since this step"):
        workshop.unmerge_initiatives(snapshot)
    assert (workshop.initiatives(), workshop.votes()) == after


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(workshop_path):
    conn = sqlite3.connect(workshop_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(workshop_path)
    with pytest.raises(FileTooNewError) as caught:
        Workshop.open(workshop_path)
    assert "newer version" in str(caught.value)
    assert digest(workshop_path) == before
    assert not Path(f"{workshop_path}-wal").exists()


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"hello, this is not a database" * 10, "damaged or of another kind"),
    (bytes(range(256)) * 8, "damaged or of another kind"),
])
def test_files_that_are_not_workshops_are_refused_untouched(tmp_path, content, reason):
    path = tmp_path / "x.pmqa"
    path.write_bytes(content)
    with pytest.raises(NotAWorkshopError, match=reason):
        Workshop.open(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.pmqa"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAWorkshopError, match="another program"):
        Workshop.open(path)
    assert digest(path) == before


def test_truncated_workshop_is_refused_untouched(demo_path, tmp_path):
    damaged = tmp_path / "damaged.pmqa"
    data = demo_path.read_bytes()
    damaged.write_bytes(data[: len(data) // 3])
    before = digest(damaged)
    with pytest.raises((NotAWorkshopError, StorageError)):
        Workshop.open(damaged)
    assert digest(damaged) == before


def test_missing_file_gives_a_clear_error(tmp_path):
    with pytest.raises(StorageError, match="does not exist"):
        Workshop.open(tmp_path / "nope.pmqa")


def test_creating_over_an_existing_file_is_refused(workshop_path):
    before = digest(workshop_path)
    with pytest.raises(StorageError, match="already exists"):
        Workshop.create(workshop_path, builtin_template())
    assert digest(workshop_path) == before


def test_creation_where_the_folder_cannot_be_written_reports_and_leaves_nothing(tmp_path):
    # A file standing where the folder should be fails the same way for root and for users,
    # unlike permission bits, which root ignores.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError):
        Workshop.create(blocker / "w.pmqa", builtin_template())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_read_only_open_refuses_edits(workshop_path):
    w = Workshop.open(workshop_path, readonly=True)
    try:
        with pytest.raises(StorageError, match="read-only"):
            w.add_group("A")
    finally:
        w.close()


def test_sample_file_of_schema_1_opens_and_keeps_its_content(tmp_path):
    """Every schema step is tested by opening a file saved at the previous version."""
    sample = tmp_path / "v1.pmqa"
    shutil.copy(DATA / "schema-v1.pmqa", sample)
    w = Workshop.open(sample)
    try:
        assert w.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert len(w.groups()) == 4 and len(w.plan_items()) >= 8
        assert w.store.integrity() == "ok"
    finally:
        w.close()


def test_migration_from_an_empty_database_creates_the_latest_schema(tmp_path):
    from app.storage import migrations
    from app.storage.connection import connect

    conn = connect(tmp_path / "fresh.db")
    try:
        assert migrations.upgrade(conn, tmp_path / "fresh.db") == SCHEMA_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"workshop", "groups", "answers", "plan_items", "votes", "assessments"} <= tables
    finally:
        conn.close()


def test_save_a_copy_is_a_complete_workshop(demo, tmp_path):
    target = tmp_path / "copy.pmqa"
    demo.save_copy(target)
    copy = Workshop.open(target)
    try:
        assert len(copy.answers()) == len(demo.answers())
    finally:
        copy.close()


def test_store_open_of_wrong_shape_is_refused(tmp_path):
    path = tmp_path / "shape.pmqa"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAWorkshopError):
        WorkshopStore.open(path)


@pytest.mark.parametrize("remove", ["remove_member", "remove_agenda_item", "remove_answer", "remove_plan_item",
                                    "remove_group", "remove_initiative"])
def test_subscribers_hear_of_a_removal_after_it_is_committed(workshop, remove):
    group = workshop.add_group("A").new_id
    ids = {
        "remove_member": workshop.add_member(group, "สมชาย").new_id,
        "remove_agenda_item": workshop.agenda()[0].id,
        "remove_answer": workshop.add_answer(group, workshop.pillars()[0].questions[0].id, "ข้อ").new_id,
        "remove_plan_item": workshop.add_plan_item(issue="ประเด็น").new_id,
        "remove_group": group,
        "remove_initiative": workshop.add_initiative("ข้อเสนอ").new_id,
    }
    counts = lambda: (len(workshop.groups()), sum(len(g.members) for g in workshop.groups()),  # noqa: E731
                      len(workshop.agenda()), len(workshop.answers()), len(workshop.plan_items()),
                      len(workshop.initiatives()))
    before = counts()
    seen = []
    workshop.subscribe(lambda changes: seen.append(counts()))
    getattr(workshop, remove)(ids[remove])
    assert seen and seen[0] != before and seen[0] == counts()
