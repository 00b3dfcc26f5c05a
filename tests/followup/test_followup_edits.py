"""Checkpoints, progress and evidence through the workshop's operations: each edit committed when it
returns, validated, undoable, and heard by the subscribers as a follow-up change."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest

from app import followup
from app.errors import NotFoundError, StorageError, ValidationError
from app.followup_summary import quarter_checkpoints
from app.workshop import Workshop


@pytest.fixture
def plan(workshop):
    """A workshop with two plan items and the default checkpoints of fiscal year 2569."""
    workshop.add_plan_item(issue="ระบบสารสนเทศ", budget_satang=100_000_00)
    workshop.add_plan_item(issue="การบริการ", budget_satang=50_000_00)
    workshop.start_followup(2569)
    return workshop


def _reopened(workshop: Workshop) -> Workshop:
    """The same file through a connection of its own: what a crash right now would leave."""
    return Workshop.open(workshop.path, readonly=True)


def test_the_default_checkpoints_are_the_quarters_of_the_thai_fiscal_year():
    assert quarter_checkpoints(2569) == [
        ("ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569", date(2025, 12, 31)),
        ("ไตรมาสที่ 2 (รอบ 6 เดือน) ปีงบประมาณ พ.ศ. 2569", date(2026, 3, 31)),
        ("ไตรมาสที่ 3 ปีงบประมาณ พ.ศ. 2569", date(2026, 6, 30)),
        ("ไตรมาสที่ 4 (รอบ 12 เดือน) ปีงบประมาณ พ.ศ. 2569", date(2026, 9, 30))]
    assert quarter_checkpoints(2569, "th", thai_digits=True)[0][0] == "ไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๙"
    assert quarter_checkpoints(2569, "en")[3][0] == "Quarter 4 (12-month review), fiscal year 2569 B.E."


def test_starting_follow_up_twice_keeps_the_checkpoints_as_edited(plan):
    first = plan.checkpoints()[0]
    plan.rename_checkpoint(first.id, "รอบแรก")
    assert plan.start_followup(2570).followup is False
    assert [c.name for c in plan.checkpoints()][0] == "รอบแรก" and len(plan.checkpoints()) == 4


def test_without_plan_years_the_fiscal_year_is_the_one_of_the_workshop_date(workshop):
    workshop.update_details(event_date=date(2025, 10, 2))
    assert workshop.plan_fiscal_year() == 2569
    workshop.add_plan_item(issue="ก", fiscal_year=2570)
    workshop.add_plan_item(issue="ข", fiscal_year=2571)
    assert workshop.plan_fiscal_year() == 2570  # a tie goes to the earlier year


def test_checkpoint_edits_are_in_the_file_when_they_return(plan):
    heard = []
    plan.subscribe(heard.append)
    new = plan.add_checkpoint("ติดตามพิเศษ", date(2026, 11, 15)).new_id
    plan.rename_checkpoint(new, "ติดตามเพิ่มเติม")
    plan.redate_checkpoint(new, date(2026, 12, 1))
    ids = [c.id for c in plan.checkpoints()]
    plan.reorder_checkpoints([new, *ids[:-1]])
    copy = _reopened(plan)
    try:
        first = copy.checkpoints()[0]
        assert (first.id, first.name, first.due_date) == (new, "ติดตามเพิ่มเติม", date(2026, 12, 1))
    finally:
        copy.close()
    assert len(heard) == 4 and all(c.followup and not c.plan for c in heard)


@pytest.mark.parametrize("call, field", [
    (lambda w, c: w.add_checkpoint("", date(2026, 1, 1)), "name"),
    (lambda w, c: w.add_checkpoint("ก", "2026-01-01"), "due_date"),
    (lambda w, c: w.redate_checkpoint(c, None), "due_date"),
    (lambda w, c: w.rename_checkpoint(c, "   "), "name"),
])
def test_a_checkpoint_needs_a_name_and_a_date(plan, call, field):
    with pytest.raises(ValidationError) as refused:
        call(plan, plan.checkpoints()[0].id)
    assert refused.value.field == field and refused.value.code in ("empty", "not_a_date")


def test_removing_a_checkpoint_takes_its_progress_and_evidence_and_undo_puts_them_back(plan):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    plan.set_progress(item.id, checkpoint.id, status="done", percent=100, note="เสร็จ")
    plan.attach_evidence(item.id, checkpoint.id, b"%PDF-1.7 minutes", name="minutes.pdf")
    before = plan.store.dump()
    changes, snapshot = plan.remove_checkpoint(checkpoint.id)
    assert changes.followup and plan.progress() == [] and plan.evidence() == []
    assert plan.restore(snapshot).followup
    assert plan.store.dump() == before


def test_removing_a_plan_item_takes_its_progress_and_undo_puts_it_back(plan):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    plan.set_progress(item.id, checkpoint.id, percent=10)
    plan.attach_evidence(item.id, checkpoint.id, b"photo", name="photo.jpg")
    before = plan.store.dump()
    changes, snapshot = plan.remove_plan_item(item.id)
    assert changes.plan and changes.followup and plan.progress() == []
    plan.restore(snapshot)
    assert plan.store.dump() == before


def test_progress_is_set_field_by_field_and_each_edit_is_committed(plan):
    item, checkpoint = plan.plan_items()[1], plan.checkpoints()[2]
    created = plan.set_progress(item.id, checkpoint.id, status="in_progress")
    assert created.followup and created.new_id is not None
    plan.set_progress(item.id, checkpoint.id, percent=55, kpi_actual="ร้อยละ 80", spent_satang=12_345_67)
    plan.set_progress(item.id, checkpoint.id, note="รอผลการประเมิน")
    copy = _reopened(plan)
    try:
        row = copy.progress_of(item.id, checkpoint.id)
    finally:
        copy.close()
    assert (row.id, row.status, row.percent, row.kpi_actual, row.spent_satang, row.note) == (
        created.new_id, "in_progress", 55, "ร้อยละ 80", 12_345_67, "รอผลการประเมิน")
    assert plan.progress_of(item.id, plan.checkpoints()[0].id) is None


@pytest.mark.parametrize("fields, field, code", [
    ({"status": "planned"}, "status", "not_one_of"),
    ({"percent": 101}, "percent", "not_in_range"),
    ({"percent": -1}, "percent", "not_in_range"),
    ({"percent": 50.5}, "percent", "not_in_range"),
    ({"spent_satang": -1}, "spent_satang", "not_in_range"),
    ({"spent_satang": True}, "spent_satang", "not_in_range"),
    ({"kpi_actual": "x" * 5001}, "kpi_actual", "too_long"),
    ({"note": 5}, "note", "not_text"),
    ({"colour": "red"}, "colour", "not_progress_field"),
])
def test_progress_values_are_validated_before_anything_is_written(plan, fields, field, code):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    with pytest.raises(ValidationError) as refused:
        plan.set_progress(item.id, checkpoint.id, **fields)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert plan.progress() == []


def test_the_file_itself_refuses_a_status_or_percent_the_core_would_not_write(plan):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    progress_id = plan.set_progress(item.id, checkpoint.id).new_id
    for column, value in (("status", "planned"), ("percent", 150)):
        with pytest.raises(sqlite3.IntegrityError), plan.store.lock:
            plan.store.conn.execute(f"UPDATE progress SET {column} = ? WHERE id = ?", (value, progress_id))


def test_progress_of_an_item_or_checkpoint_that_is_gone_is_refused(plan):
    with pytest.raises(NotFoundError):
        plan.set_progress(999, plan.checkpoints()[0].id, percent=1)
    with pytest.raises(NotFoundError):
        plan.set_progress(plan.plan_items()[0].id, 999, percent=1)


def test_undoing_a_first_progress_edit_removes_the_row(plan):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    assert plan.progress_of(item.id, checkpoint.id) is None
    progress_id = plan.set_progress(item.id, checkpoint.id, status="delayed").new_id
    changes, snapshot = plan.remove_progress(progress_id)
    assert changes.followup and plan.progress() == []
    plan.restore(snapshot)
    assert plan.progress_of(item.id, checkpoint.id).status == "delayed"


# ----------------------------------------------------------------------------- evidence
def test_evidence_is_kept_in_the_file_and_read_back_byte_for_byte(plan, tmp_path):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    content = bytes(range(256)) * 40
    source = tmp_path / "ภาพกิจกรรม.png"
    source.write_bytes(content)
    evidence_id = plan.attach_evidence(item.id, checkpoint.id, source).new_id
    source.unlink()  # the workshop keeps its own copy
    copy = _reopened(plan)
    try:
        (record,) = copy.evidence()
        assert (record.name, record.media_type, record.size) == ("ภาพกิจกรรม.png", "image/png", len(content))
        assert record.sha256 == hashlib.sha256(content).hexdigest()
        assert copy.evidence_content(evidence_id) == content
    finally:
        copy.close()
    assert record.progress_id == plan.progress_of(item.id, checkpoint.id).id
    opened = plan.evidence_file(evidence_id)
    assert opened.name == "ภาพกิจกรรม.png" and opened.read_bytes() == content


def test_a_damaged_evidence_file_is_refused_when_read(plan):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    evidence_id = plan.attach_evidence(item.id, checkpoint.id, b"original bytes", name="a.txt").new_id
    with plan.store.lock:
        plan.store.conn.execute("UPDATE evidence SET content = ? WHERE id = ?", (b"tampered bytes", evidence_id))
        plan.store.conn.commit()
    with pytest.raises(StorageError) as refused:
        plan.evidence_content(evidence_id)
    assert refused.value.code == "evidence_damaged" and "a.txt" in str(refused.value)


def test_an_evidence_name_keeps_no_folders_and_a_hostile_name_never_leaves_the_viewer_folder(plan, tmp_path):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    evidence_id = plan.attach_evidence(item.id, checkpoint.id, b"x", name="../../etc/รายงาน.pdf").new_id
    assert plan.evidence()[0].name == "รายงาน.pdf"
    with plan.store.lock:  # as a hostile file might hold it, past the core's checks
        plan.store.conn.execute("UPDATE evidence SET name = ? WHERE id = ?", ('..\\a:b*?.pdf', evidence_id))
        plan.store.conn.commit()
    folder = tmp_path / "viewer"
    folder.mkdir()
    opened = plan.evidence_file(evidence_id, folder)
    assert opened.parent == folder and opened.read_bytes() == b"x"
    for bad in ("", "..", "a/", " / "):
        with pytest.raises(ValidationError):
            plan.attach_evidence(item.id, checkpoint.id, b"x", name=bad)


def test_evidence_needs_content_and_a_media_type_that_is_one(plan):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    with pytest.raises(ValidationError) as empty:
        plan.attach_evidence(item.id, checkpoint.id, b"", name="a.pdf")
    with pytest.raises(ValidationError) as kind:
        plan.attach_evidence(item.id, checkpoint.id, b"x", name="a.pdf", media_type="pdf file")
    assert (empty.value.code, kind.value.code) == ("empty", "not_a_media_type")
    assert plan.attach_evidence(item.id, checkpoint.id, b"x", name="a.unknownext").new_id
    assert plan.evidence()[0].media_type == "application/octet-stream"


def test_removing_evidence_is_undone_with_its_bytes(plan):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    evidence_id = plan.attach_evidence(item.id, checkpoint.id, b"\x00\x01 binary", name="b.bin").new_id
    plan.rename_evidence(evidence_id, "บันทึก.bin")
    changes, snapshot = plan.remove_evidence(evidence_id)
    assert changes.followup and plan.evidence() == [] and plan.evidence_held() == 0
    plan.restore(snapshot)
    assert plan.evidence_content(evidence_id) == b"\x00\x01 binary" and plan.evidence()[0].name == "บันทึก.bin"


# ----------------------------------------------------------------------------- limits
def test_a_file_over_the_per_file_limit_is_refused_before_it_is_read(plan, tmp_path, monkeypatch):
    monkeypatch.setattr(followup, "MAX_EVIDENCE_FILE", 1000)
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(ValidationError) as refused:
        plan.attach_evidence(item.id, checkpoint.id, big)
    assert refused.value.code == "evidence_too_large" and refused.value.values["limit"] == 0
    assert plan.evidence() == [] and plan.progress() == []
    plan.attach_evidence(item.id, checkpoint.id, b"x" * 1000, name="fits.pdf")


def test_the_real_limits_are_20_and_100_megabytes(plan):
    assert (followup.MAX_EVIDENCE_FILE, followup.MAX_EVIDENCE_TOTAL) == (20 * 2**20, 100 * 2**20)
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    with pytest.raises(ValidationError) as refused:
        plan.attach_evidence(item.id, checkpoint.id, b"\0" * (20 * 2**20 + 1), name="scan.tif")
    assert "at most 20 MB" in str(refused.value)


def test_evidence_past_the_workshops_total_is_refused_and_nothing_is_written(plan, monkeypatch):
    monkeypatch.setattr(followup, "MAX_EVIDENCE_TOTAL", 2500)
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[1]
    plan.attach_evidence(item.id, checkpoint.id, b"a" * 1200, name="1.pdf")
    plan.attach_evidence(item.id, checkpoint.id, b"b" * 1200, name="2.pdf")
    other = plan.plan_items()[1]
    with pytest.raises(ValidationError) as refused:
        plan.attach_evidence(other.id, checkpoint.id, b"c" * 101, name="3.pdf")
    assert refused.value.code == "evidence_full" and plan.evidence_held() == 2400
    assert plan.progress_of(other.id, checkpoint.id) is None  # no empty progress row left behind
    plan.attach_evidence(other.id, checkpoint.id, b"c" * 100, name="3.pdf")


def test_attaching_a_missing_file_or_a_folder_says_so(plan, tmp_path):
    item, checkpoint = plan.plan_items()[0], plan.checkpoints()[0]
    with pytest.raises(StorageError) as missing:
        plan.attach_evidence(item.id, checkpoint.id, tmp_path / "gone.pdf")
    with pytest.raises(StorageError) as folder:
        plan.attach_evidence(item.id, checkpoint.id, tmp_path)
    assert (missing.value.code, folder.value.code) == ("file_missing", "is_folder")
