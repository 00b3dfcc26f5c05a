"""The capture step's core: cards merged, moved and refused, through the workshop's operations."""

from __future__ import annotations

import pytest

from app.errors import ValidationError


def test_merging_cards_keeps_who_said_what_and_undoes(workshop):
    g1, g2 = workshop.add_group("A").new_id, workshop.add_group("B").new_id
    q = workshop.pillars()[0].questions[2].id
    a1 = workshop.add_answer(g1, q, "ข้อมูลเปิด").new_id
    a2 = workshop.add_answer(g2, q, "เปิดข้อมูลให้ประชาชน").new_id
    initiative = workshop.add_initiative("ข้อมูลเปิด", answer_id=a2).new_id
    from_kept = workshop.add_initiative("ข้อมูลเปิดทุกหน่วย", answer_id=a1).new_id
    _changes, snapshot = workshop.merge_answers([a1, a2])
    (merged,) = workshop.answers()
    assert merged.id == a1 and merged.text == "ข้อมูลเปิด\nเปิดข้อมูลให้ประชาชน"
    assert [s["group_id"] for s in merged.sources] == [g1, g2]
    assert {i.answer_id for i in workshop.initiatives()} == {a1}  # duplicates stay one initiative
    workshop.restore(snapshot)
    assert [a.text for a in workshop.answers()] == ["ข้อมูลเปิด", "เปิดข้อมูลให้ประชาชน"]
    assert {i.id: i.answer_id for i in workshop.initiatives()} == {initiative: a2, from_kept: a1}


def test_moving_a_card_to_another_question_keeps_order(workshop):
    g = workshop.add_group("A").new_id
    q1, q2 = [q.id for q in workshop.pillars()[0].questions[:2]]
    ids = [workshop.add_answer(g, q1, t).new_id for t in ("หนึ่ง", "สอง", "สาม")]
    target = workshop.add_answer(g, q2, "สี่").new_id
    workshop.move_answer(ids[1], q2, 0)
    assert [a.id for a in workshop.answers(q2)] == [ids[1], target]
    assert [a.id for a in workshop.answers(q1)] == [ids[0], ids[2]]


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01"])
def test_empty_answers_are_refused(workshop, text):
    g = workshop.add_group("A").new_id
    with pytest.raises(ValidationError):
        workshop.add_answer(g, workshop.pillars()[0].questions[0].id, text)
    assert workshop.answers() == []
