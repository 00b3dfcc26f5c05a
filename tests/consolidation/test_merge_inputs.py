"""Combining inputs that differ in template, or cannot be combined at all; sending a compact copy."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.demo import create_demo
from app.errors import FileTooNewError, NotAWorkshopError, StorageError
from app.merge.combine import merge_workshops, report_lines
from app.merge.inputs import MergeError, shared_copy_name
from app.merge.offices import read_consolidation
from app.templates import Text, builtin_template, duplicate_template
from app.workshop import Workshop

ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def changed_template():
    """The built-in template, duplicated: one question re-keyed and re-worded, another re-worded,
    and a new PMQA-like category number 8 that the built-in template does not have."""
    base = builtin_template()
    template = duplicate_template(base)
    pillar = template.pillars[0]
    q0, q1 = pillar.questions[0], pillar.questions[1]
    q0 = replace(q0, key="where-we-stand-v2", text=Text(th="ตอนนี้เราอยู่ตรงไหน (ฉบับปรับปรุง)", en="Where are we now (revised)"))
    q1 = replace(q1, text=Text(th=q1.text.th + " (ถ้อยคำใหม่)", en=q1.text.en + " (new wording)"))
    pillar = replace(pillar, questions=(q0, q1) + pillar.questions[2:])
    extra = replace(template.categories[-1], number=8, name=Text(th="หมวดทดลอง", en="Trial category"))
    return replace(template, version="2.0", pillars=(pillar,) + template.pillars[1:],
                   categories=template.categories + (extra,))


def test_different_template_versions_match_by_key_and_list_the_rest(tmp_path):
    demo = tmp_path / "demo.pmqa"
    create_demo(demo).close()
    other = tmp_path / "office-v2.pmqa"
    template = changed_template()
    w = Workshop.create(other, template, title="สาขาใหม่", unit="สำนักงานทดลอง")
    try:
        group = w.add_group("กลุ่ม ก").new_id
        first, second = w.pillars()[0].questions[:2]
        w.add_answer(group, first.id, "คำตอบในคำถามที่เปลี่ยนรหัส")
        w.add_answer(group, second.id, "คำตอบในคำถามที่เปลี่ยนถ้อยคำ")
        category8 = next(c for c in w.categories() if c.number == 8)
        w.set_assessment(group, "category", category8.id, 3)
    finally:
        w.close()
    out = tmp_path / "agency.pmqa"
    result = merge_workshops(out, [demo, other])
    report = result.report
    unmatched = {(u["kind"], u["key"]) for u in report["unmatched"]}
    assert unmatched == {("question", "where-we-stand-v2"), ("category", "8")}
    assert [(d["kind"], d["key"]) for d in report["differences"]] == [
        ("question", builtin_template().pillars[0].questions[1].key)]
    assert [w["kind"] for w in report["warnings"]] == ["template"]
    lines = report_lines(report)
    assert any("where-we-stand-v2" in line and "added as its own question" in line for line in lines)
    assert any("category 8" in line for line in lines)

    merged = Workshop.open(out, readonly=True)
    try:
        pillar = merged.pillars()[0]
        keys = [q.key for q in pillar.questions]
        assert keys[-1] == "where-we-stand-v2" and len(keys) == len(builtin_template().pillars[0].questions) + 1
        by_text = {a.text: a for a in merged.answers()}
        moved = by_text["คำตอบในคำถามที่เปลี่ยนรหัส"]
        assert moved.question_id == pillar.questions[-1].id          # kept under its own question
        assert by_text["คำตอบในคำถามที่เปลี่ยนถ้อยคำ"].question_id == pillar.questions[1].id  # matched by key
        assert [c.number for c in merged.categories()] == [1, 2, 3, 4, 5, 6, 7, 8]
        score8 = [a for a in merged.assessments() if a.target_id == merged.categories()[-1].id]
        assert [a.level for a in score8] == [3]
        c = read_consolidation(merged)
        assert [o.label for o in c.offices] == ["กลุ่มพัฒนาระบบบริหาร", "สำนักงานทดลอง"]
    finally:
        merged.close()


def damaged_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage in the middle of the file
    target.write_bytes(bytes(data))
    return target


def newer_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[60:64] = struct.pack(">i", 99)  # user_version: a schema from the future
    target.write_bytes(bytes(data))
    return target


@pytest.fixture
def demo_file(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    create_demo(folder / "demo.pmqa").close()
    return folder / "demo.pmqa"


@pytest.mark.parametrize("make, error", [
    (damaged_copy, NotAWorkshopError),
    (newer_copy, FileTooNewError),
])
def test_nothing_is_written_when_an_input_is_damaged_or_newer(demo_file, tmp_path, make, error):
    bad = make(demo_file, demo_file.parent / "bad.pmqa")
    hashes = {p: sha(p) for p in (demo_file, bad)}
    out = tmp_path / "out" / "agency.pmqa"
    out.parent.mkdir()
    with pytest.raises(error) as caught:
        merge_workshops(out, [demo_file, bad])
    assert "bad.pmqa" in str(caught.value)
    assert list(out.parent.iterdir()) == []
    assert {p: sha(p) for p in (demo_file, bad)} == hashes
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["bad.pmqa", "demo.pmqa"]


def test_nothing_is_written_when_an_input_is_not_a_workshop(demo_file, tmp_path):
    foreign = tmp_path / "notes.pmqa"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    out = tmp_path / "agency.pmqa"
    with pytest.raises(NotAWorkshopError, match="notes.pmqa"):
        merge_workshops(out, [demo_file, foreign])
    assert not out.exists()


def test_output_must_be_new(demo_file, tmp_path):
    with pytest.raises(StorageError, match="already exists"):  # a reason the interface translates
        merge_workshops(demo_file, [demo_file])
    with pytest.raises(MergeError, match="at least one"):
        merge_workshops(tmp_path / "x.pmqa", [])


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_cli_merge_reports_and_refuses_a_damaged_input(demo_file, tmp_path):
    bad = damaged_copy(demo_file, tmp_path / "broken.pmqa")
    out = tmp_path / "agency.pmqa"
    failed = run_cli("merge", str(out), str(demo_file), str(bad))
    assert failed.returncode == 2
    assert "broken.pmqa" in failed.stderr and "damaged" in failed.stderr
    assert not out.exists()
    ok = run_cli("merge", str(out), str(demo_file), str(demo_file))
    assert ok.returncode == 0, ok.stderr
    assert "Offices combined: 1" in ok.stdout and "chosen twice" in ok.stdout
    assert out.exists()
    again = run_cli("merge", str(out), str(demo_file))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_send_copy_is_compact_complete_and_named_after_the_office(demo_file, tmp_path):
    w = Workshop.open(demo_file)
    try:
        for answer in w.answers()[:60]:  # free pages for VACUUM INTO to drop
            w.remove_answer(answer.id)
        target = tmp_path / shared_copy_name(w.details())
        w.send_copy(target)
        remaining = len(w.answers())
    finally:
        w.close()
    assert target.name == "กรมพัฒนาที่ดิน - กลุ่มพัฒนาระบบบริหาร - 2561-12-17.pmqa"
    assert target.stat().st_size <= demo_file.stat().st_size
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    sent = Workshop.open(target, readonly=True)
    try:
        assert len(sent.answers()) == remaining
        assert sent.store.integrity() == "ok"
    finally:
        sent.close()
    header = target.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: one self-contained file


def test_shared_copy_name_removes_characters_windows_forbids():
    from app.model import Details
    details = Details("t", 'กรม/ทดสอบ', 'สำนัก: "เขต" 3', None, "08:30", "", (), (), "th", False, 5, "x", "1")
    assert shared_copy_name(details, date(2025, 3, 1)) == "กรม ทดสอบ - สำนัก เขต 3 - 2568-03-01.pmqa"
