"""A consolidated file combined again (issue #22, items 2-4): the review's decisions, the template
notes and every office of a merged initiative survive, and the decisions are in the JSON export."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange import to_document
from app.merge.combine import merge_workshops, report_lines
from app.merge.offices import accept_suggestion, read_consolidation, reject_suggestion, suggestions
from app.ranking import dots_by_initiative
from app.workshop import Workshop
from tests.consolidation.test_merge import RISK_A, RISK_B, make_office
from tests.consolidation.test_merge_inputs import changed_template

HQ, R1, R2, R3 = "ส่วนกลาง", "สำนักงานพัฒนาที่ดินเขต 1", "สำนักงานทดลอง", "สำนักงานพัฒนาที่ดินเขต 3"


def other_template_office(path: Path) -> Path:
    """An office that used template version 2.0: one question re-keyed, one reworded."""
    w = Workshop.create(path, changed_template(), title="สาขาใหม่", unit=R2)
    try:
        group = w.add_group("กลุ่ม ก").new_id
        first, second = w.pillars()[0].questions[:2]
        w.add_answer(group, second.id, "คำตอบใต้คำถามที่เปลี่ยนถ้อยคำ")
        w.add_answer(group, first.id, "คำตอบใต้คำถามที่เปลี่ยนรหัส")
        smart = next(p for p in w.pillars() if p.key == "smart")
        w.add_initiative("ศูนย์ประสานงานเครือข่ายเกษตรกรรุ่นใหม่", pillar_id=smart.id)
    finally:
        w.close()
    return path


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> dict:
    """A+B+C combined, one pair accepted (keeping the second office's wording), one rejected."""
    folder = tmp_path_factory.mktemp("remerge")
    hq = make_office(folder / "hq.pmqa", HQ)
    r1 = make_office(folder / "r1.pmqa", R1, risk_title=RISK_B)
    r2 = other_template_office(folder / "r2.pmqa")
    first = folder / "first.pmqa"
    merge_workshops(first, [hq, r1, r2])
    w = Workshop.open(first)
    try:
        risk = next(s for s in suggestions(w) if s.other.title == RISK_B)
        dots = dots_by_initiative(w.votes())
        risk_dots = dots.get(risk.keep.id, 0) + dots.get(risk.other.id, 0)
        accept_suggestion(w, risk.id, keep_other=True)
        rejected = next(s for s in suggestions(w) if s.keep.title != RISK_A)
        reject_suggestion(w, rejected.id)
        open_before = len(suggestions(w))
    finally:
        w.close()
    r3 = make_office(folder / "r3.pmqa", R3)
    second = folder / "second.pmqa"
    result = merge_workshops(second, [first, r3])
    return {"second": second, "result": result, "rejected": (rejected.keep.title, rejected.other.title),
            "risk_dots": risk_dots, "open_before": open_before, "first": first}


def test_decisions_survive_combining_the_combined_file_again(reviewed):
    w = Workshop.open(reviewed["second"], readonly=True)
    try:
        stored = w.state("merge_suggestions")
        decided = [s for s in stored if s["status"] != "open"]
        assert {s["status"] for s in decided} == {"accepted", "rejected"}
        accepted = next(s for s in decided if s["status"] == "accepted")
        assert (accepted["keep_title"], accepted["other_title"]) == (RISK_A, RISK_B)
        assert (accepted["keep_office"], accepted["other_office"]) == (HQ, R1) and accepted["via"] == "first.pmqa"
        kept = next(i for i in w.initiatives() if i.id == accepted["kept"])
        assert kept.title == RISK_B  # the wording the planner chose
        assert accepted["removed"] is None  # that initiative is gone since the first review
        # the rejected pair is still rejected, never open again
        rejected = next(s for s in decided if s["status"] == "rejected")
        titles = {i.id: i.title for i in w.initiatives()}
        assert (titles[rejected["keep"]], titles[rejected["other"]]) == reviewed["rejected"]
        assert not any(s["status"] == "open" and {s["keep"], s["other"]} == {rejected["keep"], rejected["other"]}
                       for s in stored)
        # the merged initiative shows both offices it came from, and keeps both offices' dots
        c = read_consolidation(w)
        assert c.labels("initiatives", kept.id) == [R1, HQ]
        r3_number = next(o.number for o in c.offices if o.label == R3)
        r3_dots = sum(v.dots for v in w.votes() if v.initiative_id == kept.id
                      and c.group_office[v.group_id] == r3_number)
        assert dots_by_initiative(w.votes())[kept.id] == reviewed["risk_dots"] + r3_dots
        # the new office's initiatives are suggested; the first file's open ones are found again
        assert reviewed["result"].report["decisions"] == 2
        assert {s.other_office for s in suggestions(w)} >= {R3}
    finally:
        w.close()


def test_template_notes_survive_combining_again(reviewed):
    report = reviewed["result"].report
    template = [x for x in report["warnings"] if x["kind"] == "template"]
    assert [(x["file"], x["via"], x["template_version"]) for x in template] == [("r2.pmqa", "first.pmqa", "2.0")]
    assert [(d["file"], d["kind"], d["via"]) for d in report["differences"]] == [("r2.pmqa", "question", "first.pmqa")]
    assert {(u["kind"], u["key"]) for u in report["unmatched"]} == {("question", "where-we-stand-v2"), ("category", "8")}
    lines = report_lines(report, "th")
    assert any("r2.pmqa" in line and "first.pmqa" in line and "รุ่น 2.0" in line for line in lines)
    w = Workshop.open(reviewed["second"], readonly=True)
    try:
        c = read_consolidation(w)
        pillar = w.pillars()[0]
        reworded = c.reworded(pillar.key, pillar.questions[1].key)
        assert reworded == [(R2, changed_template().pillars[0].questions[1].text.th)]
        assert c.reworded(pillar.key, pillar.questions[2].key) == []
    finally:
        w.close()


def test_the_decisions_are_in_the_json_export(reviewed):
    w = Workshop.open(reviewed["second"], readonly=True)
    try:
        document = to_document(w)
    finally:
        w.close()
    stored = document["meta"]["merge_suggestions"]
    assert {s["status"] for s in stored} == {"accepted", "rejected", "open"}
    assert all({"keep", "other", "similarity", "status", "keep_title", "other_title"} <= s.keys() for s in stored)
    merged = [r for r in document["meta"]["provenance"]["initiatives"].values() if r.get("merged")]
    assert len(merged) == 1 and merged[0]["merged"][0]["source"] == 1  # hq's initiative went into r1's


def test_the_report_names_every_office_of_a_merged_initiative_and_the_reworded_question(reviewed, tmp_path):
    from app.report import render_report
    from tests.consolidation.test_merge_report import text_of

    pdf = tmp_path / "second.pdf"
    render_report(reviewed["second"], pdf)
    text = text_of(pdf)
    wording = changed_template().pillars[0].questions[1].text.th
    assert f"หมายเหตุ:{R2}ตอบคำถามนี้ตามถ้อยคำ“{wording}”".replace(" ", "") in text
    assert f"{R1},{HQ}{RISK_B}".replace(" ", "") in text  # above the merged initiative in the ranking
    assert "r2.pmqa(ในfirst.pmqa):สร้างจากแม่แบบ" in text
