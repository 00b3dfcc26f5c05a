"""Combining offices' workshops: counts, provenance, aggregates, suggestions, duplicates, inputs untouched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app.demo import create_demo
from app.merge.combine import merge_workshops, prepare_merge, report_lines
from app.merge.inputs import CONSOLIDATED_KEY, fingerprint, read_input
from app.merge.offices import accept_suggestion, compare_offices, read_consolidation, reject_suggestion, suggestions
from app.ranking import dots_by_initiative
from app.workshop import Workshop

RISK_A = "แผนบริหารความเสี่ยงระดับองค์การ"           # in the demo (pillar "smart")
RISK_B = "จัดทำแผนบริหารความเสี่ยงขององค์การ"         # how a second office words the same idea
NEW_B = "ศูนย์ประสานงานเครือข่ายเกษตรกรรุ่นใหม่"          # nothing like it elsewhere


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_office(path: Path, unit: str, *, level_shift: int = 0, extra_answer: str | None = None,
                risk_title: str | None = None, new_initiative: str | None = None) -> Path:
    """A demo workshop turned into one office's workshop through the core's operations."""
    create_demo(path).close()
    w = Workshop.open(path)
    try:
        w.update_details(unit=unit)
        groups = w.groups()
        if level_shift:
            top = max(m.value for m in w.maturity_levels())
            low = min(m.value for m in w.maturity_levels())
            for a in w.assessments():
                if a.target == "category" and a.group_id == groups[0].id:
                    w.set_assessment(a.group_id, "category", a.target_id,
                                     max(low, min(top, a.level + level_shift)), a.reason)
        if extra_answer:
            question = w.pillars()[0].questions[0]
            w.add_answer(groups[1].id, question.id, extra_answer)
        if risk_title:
            risk = next(i for i in w.initiatives() if i.title == RISK_A)
            w.update_initiative(risk.id, title=risk_title)
        if new_initiative:
            smart = next(p for p in w.pillars() if p.key == "smart")
            new_id = w.add_initiative(new_initiative, pillar_id=smart.id, impact=4, effort=2).new_id
            spent = sum(v.dots for v in w.votes() if v.group_id == groups[0].id)
            if spent < w.details().dots_per_group:
                w.set_votes(new_id, groups[0].id, 1)
    finally:
        w.close()
    return path


@pytest.fixture
def offices(tmp_path) -> list[Path]:
    folder = tmp_path / "inputs"
    folder.mkdir()
    return [
        make_office(folder / "hq.pmqa", "ส่วนกลาง"),
        make_office(folder / "r1.pmqa", "สำนักงานพัฒนาที่ดินเขต 1", level_shift=-1,
                    extra_answer="ขาดแคลนบุคลากรด้านข้อมูลในระดับเขต", risk_title=RISK_B, new_initiative=NEW_B),
        make_office(folder / "r2.pmqa", "สำนักงานพัฒนาที่ดินเขต 2", level_shift=1),
    ]


def counts(path: Path) -> dict[str, int]:
    w = Workshop.open(path, readonly=True)
    try:
        return {"groups": len(w.groups()), "answers": len(w.answers()), "assessments": len(w.assessments()),
                "initiatives": len(w.initiatives()), "votes": sum(v.dots for v in w.votes()),
                "plan_items": len(w.plan_items())}
    finally:
        w.close()


def test_two_offices_are_combined_with_provenance_when_merged(offices, tmp_path):
    hq, r1 = offices[:2]
    before = {p: sha(p) for p in (hq, r1)}
    out = tmp_path / "agency.pmqa"
    result = merge_workshops(out, [hq, r1])
    assert {p: sha(p) for p in (hq, r1)} == before
    expected = {k: counts(hq)[k] + counts(r1)[k] for k in counts(hq)}
    assert counts(out) == expected

    w = Workshop.open(out)
    try:
        c = read_consolidation(w)
        assert [o.label for o in c.offices] == ["ส่วนกลาง", "สำนักงานพัฒนาที่ดินเขต 1"]
        assert [o.file for o in c.offices] == ["hq.pmqa", "r1.pmqa"]
        assert [o.fingerprint for o in c.offices] == [read_input(hq).fingerprint, read_input(r1).fingerprint]
        # every group, initiative and plan item knows its office; answers and scores through their group
        assert all(c.label("groups", g.id) for g in w.groups())
        assert all(g.name.startswith(c.label("groups", g.id) + " · ") for g in w.groups())
        assert {c.label("initiatives", i.id) for i in w.initiatives()} == {o.label for o in c.offices}
        assert {c.label("plan_items", p.id) for p in w.plan_items()} == {o.label for o in c.offices}
        extra = [a for a in w.answers() if a.text == "ขาดแคลนบุคลากรด้านข้อมูลในระดับเขต"]
        assert len(extra) == 1 and c.label("groups", extra[0].group_id) == "สำนักงานพัฒนาที่ดินเขต 1"
        assert result.report["counts"]["answers"] == expected["answers"]
        assert w.details().title.endswith("(รวม 2 หน่วยงาน)")
        assert w.agenda() == []  # each office's agenda belongs to its own day

        # self-assessment: per office and agency-wide
        comparison = compare_offices(c, w.groups(), w.categories(), w.assessments())
        hq_scores, r1_scores = comparison.by_office[1], comparison.by_office[2]
        for index, category in enumerate(w.categories()):
            means = [hq_scores[index].mean, r1_scores[index].mean]
            figure = comparison.agency[index]
            assert figure.mean == pytest.approx(sum(means) / 2)
            assert (figure.lowest, figure.highest) == (min(means), max(means))
            assert figure.spread == pytest.approx(max(means) - min(means))
            assert hq_scores[index].count == r1_scores[index].count == 4
        assert any(a.mean != b.mean for a, b in zip(hq_scores, r1_scores))  # r1's group 1 scored lower

        # near-duplicates across offices: the reworded one is suggested, the new one is not
        pending = suggestions(w)
        titles = {(s.keep.title, s.other.title) for s in pending}
        assert (RISK_A, RISK_B) in titles
        assert not any(NEW_B in pair for pair in titles)
        assert all(s.keep_office == "ส่วนกลาง" and s.other_office == "สำนักงานพัฒนาที่ดินเขต 1" for s in pending)
        assert len(pending) == 12  # eleven identical titles and the reworded one
        risk = next(s for s in pending if s.other.title == RISK_B)
        assert 0.45 <= risk.similarity < 1

        # votes add up across offices when the facilitator accepts a suggestion
        dots_before = dots_by_initiative(w.votes())
        plan_before = [p for p in w.plan_items() if p.initiative_id == risk.other.id]
        accept_suggestion(w, risk.id)
        assert risk.other.id not in {i.id for i in w.initiatives()}
        assert dots_by_initiative(w.votes()).get(risk.keep.id, 0) == (
            dots_before.get(risk.keep.id, 0) + dots_before.get(risk.other.id, 0))
        assert all(p.initiative_id == risk.keep.id for p in w.plan_items() if p.id in {x.id for x in plan_before})
        assert len(suggestions(w)) == 11
        first = suggestions(w)[0]
        reject_suggestion(w, first.id)
        assert len(suggestions(w)) == 10 and len(w.initiatives()) == expected["initiatives"] - 1
        assert {s.status for s in suggestions(w, include_decided=True)} == {"open", "rejected"}
        assert {s["status"] for s in w.state("merge_suggestions")} == {"open", "accepted", "rejected"}
    finally:
        w.close()


def test_three_offices_sum_and_suggest_across_every_pair_when_merged(offices, tmp_path):
    out = tmp_path / "agency.pmqa"
    hashes = [sha(p) for p in offices]
    result = merge_workshops(out, offices)
    assert [sha(p) for p in offices] == hashes
    totals = [counts(p) for p in offices]
    assert counts(out) == {k: sum(t[k] for t in totals) for k in totals[0]}
    assert result.report["offices"] == 3 and result.report["duplicates"] == []
    w = Workshop.open(out)
    try:
        c = read_consolidation(w)
        assert len(c.offices) == 3
        for office in c.offices:
            assert sum(1 for g in w.groups() if c.group_office[g.id] == office.number) == 4
        comparison = compare_offices(c, w.groups(), w.categories(), w.assessments())
        assert all(f.offices == 3 for f in comparison.agency)
        assert any(f.spread > 0 for f in comparison.agency)
        pending = suggestions(w)
        # each of r1's and r2's twelve initiatives is paired once, with its best match (hq's);
        # r1's new initiative matches nothing
        assert len(pending) == 12 * 2
        assert {s.keep_office for s in pending} == {"ส่วนกลาง"}
        risk = [s for s in pending if RISK_A in (s.keep.title, s.other.title)]
        assert len(risk) == 2
        # accepting hq+r1 then leaves hq+r2 open
        hq_r1 = next(s for s in risk if s.other.title == RISK_B)
        accept_suggestion(w, hq_r1.id)
        left = [s for s in suggestions(w) if RISK_A in (s.keep.title, s.other.title)]
        assert len(left) == 1 and left[0].keep.id == hq_r1.keep.id
        accept_suggestion(w, left[0].id)
        merged = next(i for i in w.initiatives() if i.id == hq_r1.keep.id)
        originals = [next(i for i in Workshop.open(p, readonly=True).initiatives() if i.title in (RISK_A, RISK_B))
                     for p in offices]
        assert merged.title == RISK_A
        assert dots_by_initiative(w.votes())[merged.id] == sum(
            dots_by_initiative(read_votes(p)).get(o.id, 0) for p, o in zip(offices, originals))
        provenance = w.state("provenance")["initiatives"][str(merged.id)]
        assert sorted(m["source"] for m in provenance["merged"]) == [2, 3]
    finally:
        w.close()


def read_votes(path: Path):
    w = Workshop.open(path, readonly=True)
    try:
        return w.votes()
    finally:
        w.close()


def test_same_input_counts_once_when_given_twice_or_copied(offices, tmp_path):
    hq = offices[0]
    copy = tmp_path / "copy-of-hq.pmqa"
    shutil.copy(hq, copy)
    out = tmp_path / "agency.pmqa"
    result = merge_workshops(out, [hq, hq, copy])
    assert counts(out) == counts(hq)
    reasons = [(d["file"], d["reason"]) for d in result.report["duplicates"]]
    assert reasons == [("hq.pmqa", "twice"), ("copy-of-hq.pmqa", "same")]
    assert "hq.pmqa: chosen twice; counted once" in report_lines(result.report)


def test_file_already_inside_a_consolidated_input_counts_once(offices, tmp_path):
    hq, r1, r2 = offices
    first = tmp_path / "region.pmqa"
    merge_workshops(first, [hq, r1])
    out = tmp_path / "agency.pmqa"
    result = merge_workshops(out, [first, r1, r2])
    totals = [counts(p) for p in offices]
    assert counts(out) == {k: sum(t[k] for t in totals) for k in totals[0]}
    assert [(d["source"], d["reason"]) for d in result.report["duplicates"]] == [("r1.pmqa", "inside")]
    w = Workshop.open(out)
    try:
        c = read_consolidation(w)
        # the offices inside the consolidated input stay offices (not "region.pmqa")
        assert [o.file for o in c.offices] == ["hq.pmqa", "r1.pmqa", "r2.pmqa"]
        assert [o.via for o in c.offices] == ["region.pmqa", "region.pmqa", None]
        assert {c.label("groups", g.id) for g in w.groups()} == {o.label for o in c.offices}
        assert not any(" · " in g.name.split(" · ", 1)[1] for g in w.groups())  # not prefixed twice
    finally:
        w.close()
    # and the other way round: the plain file first, then the consolidated one holding it
    again = tmp_path / "again.pmqa"
    result = merge_workshops(again, [r1, first])
    assert counts(again) == {k: totals[0][k] + totals[1][k] for k in totals[0]}
    assert [(d["source"], d["reason"]) for d in result.report["duplicates"]] == [("r1.pmqa", "inside")]


def test_fingerprint_ignores_run_state_and_compact_copies(offices, tmp_path):
    hq = offices[0]
    before = read_input(hq).fingerprint
    w = Workshop.open(hq)
    try:
        w.set_state("current_step", "plan")
        sent = tmp_path / "sent.pmqa"
        w.send_copy(sent)
    finally:
        w.close()
    assert read_input(hq).fingerprint == before
    assert read_input(sent).fingerprint == before
    assert fingerprint(read_input(sent).tables) == before


def test_prepare_merge_writes_nothing(offices, tmp_path):
    listing = sorted(p.name for p in offices[0].parent.iterdir())
    rows, report = prepare_merge(offices[:2])
    assert report["offices"] == 2 and len(rows["groups"]) == 8
    assert sorted(p.name for p in offices[0].parent.iterdir()) == listing
    assert CONSOLIDATED_KEY in {r["key"] for r in rows["meta"]}
