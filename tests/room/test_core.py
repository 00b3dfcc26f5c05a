"""Room input's rules without a server: what the page follows, who has given their input, what a
group sees of the others' cards."""

from __future__ import annotations

from app.room import settings as room_settings
from app.room.progress import progress
from app.room.stage import Stage, stage_from_run, stage_of_step
from app.room.views import views_for
from app.run import Runner


def test_without_the_window_the_page_follows_the_agenda_item_the_day_is_running(demo):
    assert stage_from_run(demo) == Stage()  # the day has not started: a waiting screen
    runner = Runner(demo)
    runner.start()
    agenda = demo.agenda()
    kinds = {"group_work": "capture", "self_assessment": "assess", "prioritization": "prioritize"}
    seen = set()
    for item in agenda:
        stage = stage_from_run(demo)
        expected = kinds.get(item.kind, "capture" if item.kind == "report_back" else "wait")
        assert stage.step == expected, item
        if item.kind == "group_work" and item.pillar_key:
            assert stage.pillar_id == next(p.id for p in demo.pillars() if p.key == item.pillar_key)
        seen.add(stage.step)
        runner.next()
    assert {"capture", "assess", "prioritize", "wait"} <= seen


def test_groups_that_have_sent_scored_or_voted_are_counted(workshop):
    groups = [workshop.add_group(f"กลุ่ม {n}").new_id for n in range(3)]
    stage = stage_of_step(workshop, "capture")
    question = workshop.pillars()[0].questions[1].id
    workshop.add_answer(groups[0], question, "บัตร")
    workshop.add_answer(groups[2], workshop.pillars()[1].questions[0].id, "อีกมิติหนึ่ง")  # not this pillar
    assert progress(workshop, stage).done == (groups[0],)
    categories = workshop.categories()
    level = workshop.maturity_levels()[0].value
    for category in categories:
        workshop.set_assessment(groups[1], "category", category.id, level)
    workshop.set_assessment(groups[2], "category", categories[0].id, level)
    scored = progress(workshop, Stage("assess"))
    assert scored.done == (groups[1],) and scored.detail[groups[2]] == (1, len(categories))
    allowance = workshop.details().dots_per_group
    initiative = workshop.add_initiative("ข้อเสนอ").new_id
    workshop.set_votes(initiative, groups[0], allowance)
    workshop.set_votes(initiative, groups[1], allowance - 1)
    voted = progress(workshop, Stage("prioritize"))
    assert voted.done == (groups[0],) and voted.count == 1 and len(voted.groups) == 3
    assert progress(workshop, Stage()).done == ()


def test_a_group_sees_the_others_shown_cards_only_when_the_facilitator_shares_them(workshop):
    ours, theirs = (workshop.add_group(name).new_id for name in ("เรา", "เขา"))
    question = workshop.pillars()[0].questions[0].id
    workshop.add_answer(theirs, question, "ของเขา", origin="device")
    workshop.add_answer(theirs, question, "ของเขา รออนุมัติ", origin="device", moderation="pending")
    stage = stage_of_step(workshop, "capture")
    settings = room_settings.ensure_codes(workshop)
    assert views_for(workshop, stage, settings, [ours])[ours]["cards"] == []
    shared = room_settings.set_options(workshop, share_cards=True)
    cards = views_for(workshop, stage, shared, [ours])[ours]["cards"]
    assert [(c["text"], c["group"], c["editable"], c["mine"]) for c in cards] == [("ของเขา", "เขา", False, False)]
