"""Offices' follow-up combined (issue #23, item 5): every progress row and evidence file arrives
whole, with its office; checkpoints are unified by date; the agency's glance is the sum of the
offices'; a consolidated file combines again, and an office's newer follow-up file replaces the
follow-up it had inside it."""

from __future__ import annotations

import hashlib
import random
from datetime import date
from pathlib import Path

import pytest

from app.merge.combine import merge_workshops, report_lines
from app.merge.inputs import CONSOLIDATED_KEY, read_input
from app.merge.offices import followup_by_office, read_consolidation
from app.workshop import Workshop
from tests.consolidation.test_merge import make_office

HQ, R1, R2, R3 = "ส่วนกลาง", "สำนักงานพัฒนาที่ดินเขต 1", "สำนักงานพัฒนาที่ดินเขต 2", "สำนักงานพัฒนาที่ดินเขต 3"
STATUSES = ("in_progress", "done", "delayed", "not_started", "cancelled")


def report_followup(path: Path, seed: int, checkpoints: int = 2, extra: tuple[str, date] | None = None) -> None:
    """Progress of every other plan item at the first ``checkpoints`` quarters, each with evidence
    of its own bytes (some several files, one of a megabyte)."""
    rng = random.Random(seed)
    w = Workshop.open(path)
    try:
        w.start_followup(2569)
        if extra:
            w.add_checkpoint(*extra)
        for n, checkpoint in enumerate(w.checkpoints()[:checkpoints]):
            for item in w.plan_items()[seed % 2::2]:
                w.set_progress(item.id, checkpoint.id, status=rng.choice(STATUSES), percent=rng.randint(0, 100),
                               kpi_actual=f"{rng.randint(1, 99)} %", spent_satang=rng.randint(0, 10**7),
                               note=f"รายงาน {seed}-{n}-{item.id}")
                for k in range(rng.randint(0, 2)):
                    size = 1024 * 1024 if (item.id, n, k) == (w.plan_items()[seed % 2].id, 0, 0) else rng.randint(1, 5000)
                    w.attach_evidence(item.id, checkpoint.id, rng.randbytes(size), name=f"หลักฐาน-{n}-{k}.pdf")
    finally:
        w.close()


def as_given(path: Path, office_of=lambda w, item: None) -> set[tuple]:
    """Every progress row of a file with its evidence (name, size, sha256 of the bytes read back):
    by office, plan item, checkpoint date and values."""
    w = Workshop.open(path, readonly=True)
    try:
        items = {i.id: i for i in w.plan_items()}
        days = {c.id: c.due_date for c in w.checkpoints()}
        out = set()
        for p in w.progress():
            files = tuple(sorted((e.name, e.size, hashlib.sha256(w.evidence_content(e.id)).hexdigest(), e.sha256)
                                 for e in w.evidence(p.id)))
            out.add((office_of(w, p.plan_item_id), items[p.plan_item_id].issue, days[p.checkpoint_id], p.status,
                     p.percent, p.kpi_actual, p.spent_satang, p.note, p.updated_at, files))
        return out
    finally:
        w.close()


def of_office(label: str):
    return lambda w, item: label


def combined_office(w: Workshop, item: int) -> str:
    return read_consolidation(w).label("plan_items", item)


@pytest.fixture(scope="module")
def offices(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("followup-offices")
    hq, r1, r2 = (make_office(folder / f"{n}.pmqa", unit) for n, unit in (("hq", HQ), ("r1", R1), ("r2", R2)))
    report_followup(hq, seed=1)
    report_followup(r1, seed=2, checkpoints=3, extra=("ทบทวนกลางปีของเขต", date(2026, 4, 15)))
    return {"hq": hq, "r1": r1, "r2": r2, "folder": folder}  # r2 reported no follow-up


@pytest.fixture(scope="module")
def combined(offices) -> Path:
    out = offices["folder"] / "combined.pmqa"
    merge_workshops(out, [offices["hq"], offices["r1"], offices["r2"]])
    return out


def test_every_progress_row_and_evidence_file_arrives_whole_with_its_office(offices, combined):
    expected = as_given(offices["hq"], of_office(HQ)) | as_given(offices["r1"], of_office(R1))
    arrived = as_given(combined, combined_office)
    assert len(expected) > 20 and any(row[-1] for row in expected)
    assert arrived == expected
    for row in arrived:  # the bytes read back are the bytes recorded
        assert all(read == recorded for _, _, read, recorded in row[-1])
    assert any(size == 1024 * 1024 for row in arrived for _, size, _, _ in row[-1])


def test_checkpoints_are_unified_by_date_into_one_set_in_date_order(offices, combined):
    w = Workshop.open(combined, readonly=True)
    try:
        checkpoints = w.checkpoints()
    finally:
        w.close()
    days = [c.due_date for c in checkpoints]
    assert days == [date(2025, 12, 31), date(2026, 3, 31), date(2026, 4, 15), date(2026, 6, 30), date(2026, 9, 30)]
    assert [c.position for c in checkpoints] == [0, 1, 2, 3, 4]
    assert checkpoints[2].name == "ทบทวนกลางปีของเขต"
    assert checkpoints[0].name == "ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569"


def test_the_agency_glance_is_the_sum_of_the_offices(offices, combined):
    w = Workshop.open(combined, readonly=True)
    try:
        view = followup_by_office(w)
        assert followup_by_office.__name__ and view is not None
        assert [o.label for o in view.offices] == [HQ, R1, R2]
        assert view.unassigned is None
        items = len(w.plan_items())
    finally:
        w.close()
    for n, agency in enumerate(view.agency):
        parts = [view.by_office[o.number][n].overall for o in view.offices]
        assert all(p.checkpoint == agency.checkpoint for p in (view.by_office[o.number][n] for o in view.offices))
        for field in agency.overall._fields:
            assert sum(getattr(p, field) for p in parts) == getattr(agency.overall, field)
    assert view.agency[0].overall.items == items == 36
    r2 = view.by_office[3]
    assert all(g.overall.no_update == 12 for g in r2)  # the office that reported nothing
    hq_first = view.by_office[1][0].overall
    assert hq_first.no_update == 6 and hq_first.items == 12  # every other item reported


def test_the_report_counts_the_follow_up(combined):
    w = Workshop.open(combined, readonly=True)
    try:
        record = w.state(CONSOLIDATED_KEY)
    finally:
        w.close()
    counts = record["report"]["counts"]
    assert counts["checkpoints"] == 5 and counts["progress"] > 20 and counts["evidence"] > 0
    assert any(line.startswith("Follow-up: 5 checkpoints") for line in report_lines(record["report"]))
    sources = record["sources"]
    assert [bool(s["followup_fingerprint"]) for s in sources] == [True, True, False]
    assert sources[0]["followup_file"] == "hq.pmqa"


def test_combining_the_combined_file_again_keeps_the_follow_up(offices, combined):
    r3 = make_office(offices["folder"] / "r3.pmqa", R3)
    again = offices["folder"] / "again.pmqa"
    result = merge_workshops(again, [combined, r3])
    assert result.report["offices"] == 4
    assert as_given(again, combined_office) == as_given(combined, combined_office)
    # and the offices inside are still recognised: given again, each is counted once
    twice = offices["folder"] / "twice.pmqa"
    result = merge_workshops(twice, [again, offices["hq"], offices["r1"]])
    assert result.report["offices"] == 4
    assert [d.get("followup") for d in result.report["duplicates"]] == [None, None]
    assert as_given(twice, combined_office) == as_given(combined, combined_office)


def test_an_offices_newer_follow_up_file_replaces_the_one_inside_the_combined_file(offices, combined, tmp_path):
    newer = tmp_path / "hq-q3.pmqa"
    newer.write_bytes(offices["hq"].read_bytes())
    before = read_input(newer).fingerprint
    report_followup(newer, seed=1, checkpoints=3)  # the third quarter reported since
    assert read_input(newer).fingerprint == before  # still the same office's workshop
    out = tmp_path / "updated.pmqa"
    result = merge_workshops(out, [combined, newer])
    assert result.report["offices"] == 3  # counted once: its rows are not doubled
    assert [d["followup"] for d in result.report["duplicates"]] == ["taken"]
    assert any("the follow-up of ส่วนกลาง is newer" in line for line in report_lines(result.report))
    expected = as_given(newer, of_office(HQ)) | as_given(offices["r1"], of_office(R1))
    assert as_given(out, combined_office) == expected
    # the other way round: the older follow-up given after the newer one is not taken
    back = tmp_path / "back.pmqa"
    result = merge_workshops(back, [out, offices["hq"]])
    assert [d["followup"] for d in result.report["duplicates"]] == ["older"]
    assert as_given(back, combined_office) == expected


def test_a_consolidation_made_before_follow_up_was_combined_takes_an_offices_follow_up(offices, tmp_path):
    """A file combined by the version that left follow-up out: no follow-up, and no follow-up
    fingerprints in its record. Its offices are recognised, and one's follow-up file brings it in."""
    plain = [make_office(tmp_path / f"{n}.pmqa", unit) for n, unit in (("hq", HQ), ("r1", R1))]
    older = tmp_path / "older.pmqa"
    merge_workshops(older, plain)
    w = Workshop.open(older)
    try:
        record = w.state(CONSOLIDATED_KEY)
        for s in record["sources"]:
            del s["followup_fingerprint"], s["followup_file"]
        w.set_state(CONSOLIDATED_KEY, record)
    finally:
        w.close()
    report_followup(plain[0], seed=1)
    out = tmp_path / "out.pmqa"
    result = merge_workshops(out, [older, plain[0]])
    assert result.report["offices"] == 2
    assert [d["followup"] for d in result.report["duplicates"]] == ["taken"]
    assert as_given(out, combined_office) == as_given(plain[0], of_office(HQ))


def test_offices_without_follow_up_combine_as_before(tmp_path):
    plain = [make_office(tmp_path / f"{n}.pmqa", unit) for n, unit in (("hq", HQ), ("r2", R2))]
    out = tmp_path / "out.pmqa"
    result = merge_workshops(out, plain)
    assert result.report["counts"]["checkpoints"] == result.report["counts"]["evidence"] == 0
    assert not any(line.startswith("Follow-up") for line in report_lines(result.report))
    w = Workshop.open(out, readonly=True)
    try:
        assert w.checkpoints() == [] and w.progress() == []
        view = followup_by_office(w)
        assert view.agency == [] and all(g == [] for g in view.by_office.values())
    finally:
        w.close()


def test_the_private_copies_kept_for_the_evidence_are_removed(offices, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    merge_workshops(tmp_path / "out.pmqa", [offices["hq"], offices["r1"]])
    assert list((tmp_path / "tmp").iterdir()) == []
    inp = read_input(offices["hq"], keep_evidence=True)
    assert inp.evidence_file is not None and inp.evidence_file.exists()
    inp.release()
    assert not inp.evidence_file.exists()
    assert read_input(offices["hq"]).evidence_file is None  # a preview keeps nothing


def test_evidence_past_what_one_workshop_holds_is_combined_whole_with_a_warning(offices, tmp_path, monkeypatch):
    from app.merge import combine

    monkeypatch.setattr(combine, "MAX_EVIDENCE_TOTAL", 1024 * 1024)  # the offices hold more than 1 MB together
    out = tmp_path / "out.pmqa"
    result = merge_workshops(out, [offices["hq"], offices["r1"]])
    warning = next(w for w in result.report["warnings"] if w["kind"] == "evidence_total")
    assert warning["limit_mb"] == 1 and warning["size_mb"] > 1
    assert any("over what one workshop holds (1 MB)" in line for line in report_lines(result.report))
    assert any("เกินที่ไฟล์การประชุมหนึ่งไฟล์รับได้ (1 MB)" in line for line in report_lines(result.report, "th"))
    expected = as_given(offices["hq"], of_office(HQ)) | as_given(offices["r1"], of_office(R1))
    assert as_given(out, combined_office) == expected


def test_an_input_whose_evidence_breaks_the_files_rules_stops_the_merge_and_writes_nothing(offices, tmp_path,
                                                                                          monkeypatch):
    """Bytes shorter than their recorded size: the input is refused as it is read, naming the file
    (the copy of the bytes checks the same rule again as they arrive)."""
    import sqlite3
    import tempfile

    from app.errors import WorkshopError

    broken = tmp_path / "broken.pmqa"
    broken.write_bytes(offices["hq"].read_bytes())
    conn = sqlite3.connect(broken)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # what a damaged or foreign writer could leave
    conn.execute("UPDATE evidence SET content = substr(content, 1, 1) WHERE id = (SELECT min(id) FROM evidence)")
    conn.commit()
    conn.close()
    out, scratch = tmp_path / "out.pmqa", tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(WorkshopError) as refused:
        merge_workshops(out, [offices["r1"], broken])
    assert "broken.pmqa" in str(refused.value) and "damaged" in str(refused.value)
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["broken.pmqa", "tmp"]
    assert list(scratch.iterdir()) == []  # the copy kept for the first input's evidence is gone too
