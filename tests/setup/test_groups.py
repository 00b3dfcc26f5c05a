"""The setup step's core: removing a group takes what hangs on it, and undo brings it all back."""

from __future__ import annotations


def test_removing_a_group_and_restoring_it_brings_back_everything(workshop):
    group = workshop.add_group("A").new_id
    workshop.add_member(group, "สมหญิง")
    question = workshop.pillars()[0].questions[0].id
    answer = workshop.add_answer(group, question, "ข้อเสนอ").new_id
    initiative = workshop.add_initiative("ข้อเสนอ", answer_id=answer).new_id
    workshop.set_votes(initiative, group, 2)
    workshop.add_plan_item(activity="โครงการ", initiative_id=initiative)
    before = (workshop.groups(), workshop.answers(), workshop.votes(), workshop.initiatives(), workshop.plan_items())
    _changes, snapshot = workshop.remove_group(group)
    assert workshop.groups() == [] and workshop.answers() == [] and workshop.votes() == []
    assert workshop.initiatives()[0].answer_id is None  # the initiative stays, unlinked from the card
    # what the removal took or changed, and no more: the unlinked initiative's own plan items stay as they are
    assert [table for table, _rows in snapshot] == ["groups", "members", "answers", "initiatives", "votes"]
    workshop.restore(snapshot)
    # and comes back linked: a row that still exists is updated in place, never deleted and re-made
    assert (workshop.groups(), workshop.answers(), workshop.votes(), workshop.initiatives(),
            workshop.plan_items()) == before
