"""At a glance: where the plan stands at each checkpoint, per pillar and PMQA category, with the budget;
and the checkpoints whose date has passed without an update (the opening banner)."""

from __future__ import annotations

from datetime import date

import pytest

from app.followup_summary import Tally


@pytest.fixture
def followed(workshop):
    """Three items: two in the first pillar (categories 1 and 2), one in the second (no category)."""
    pillars = workshop.pillars()
    categories = workshop.categories()
    add = workshop.add_plan_item
    a = add(issue="ก", pillar_id=pillars[0].id, category_id=categories[0].id, budget_satang=1_000_00).new_id
    b = add(issue="ข", pillar_id=pillars[0].id, category_id=categories[1].id, budget_satang=3_000_00).new_id
    c = add(issue="ค", pillar_id=pillars[1].id, budget_satang=None).new_id
    workshop.start_followup(2569)
    q1, q2, q3, _q4 = (cp.id for cp in workshop.checkpoints())
    workshop.set_progress(a, q1, status="in_progress", percent=30, spent_satang=200_00)
    workshop.set_progress(b, q1, status="delayed", spent_satang=0)
    workshop.set_progress(a, q2, status="done", percent=100, spent_satang=900_00)
    workshop.set_progress(c, q3, status="cancelled", spent_satang=50_00)
    return workshop, (a, b, c), pillars, categories


def test_each_checkpoint_counts_every_item_by_its_latest_report(followed):
    workshop, (a, b, c), pillars, categories = followed
    q1, q2, q3, q4 = workshop.followup_glance()
    assert q1.overall == Tally(items=3, on_track=1, delayed=1, no_update=1, planned_satang=4_000_00,
                               spent_satang=200_00)
    # b's delay at the first checkpoint still stands at the second, where nothing new was said of it
    assert q2.overall == Tally(items=3, done=1, delayed=1, no_update=1, planned_satang=4_000_00, spent_satang=900_00)
    assert q3.overall == q4.overall == Tally(items=3, done=1, delayed=1, cancelled=1, planned_satang=4_000_00,
                                             spent_satang=950_00)
    assert q2.latest[b].checkpoint_id == q1.checkpoint.id and q1.latest[c] is None


def test_the_glance_is_split_by_pillar_and_by_category(followed):
    workshop, _, pillars, categories = followed
    q2 = workshop.followup_glance()[1]
    assert q2.by_pillar == {
        pillars[0].id: Tally(items=2, done=1, delayed=1, planned_satang=4_000_00, spent_satang=900_00),
        pillars[1].id: Tally(items=1, no_update=1)}
    assert q2.by_category == {
        categories[0].id: Tally(items=1, done=1, planned_satang=1_000_00, spent_satang=900_00),
        categories[1].id: Tally(items=1, delayed=1, planned_satang=3_000_00),
        None: Tally(items=1, no_update=1)}


def test_the_glance_follows_the_checkpoints_order(followed):
    workshop = followed[0]
    ids = [c.id for c in workshop.checkpoints()]
    workshop.reorder_checkpoints(list(reversed(ids)))
    assert [g.checkpoint.id for g in workshop.followup_glance()] == list(reversed(ids))


def test_overdue_checkpoints_are_past_and_without_any_report(followed):
    workshop = followed[0]
    q1, q2, q3, q4 = workshop.checkpoints()
    assert workshop.overdue_checkpoints(date(2026, 12, 1)) == [q4]
    assert workshop.overdue_checkpoints(date(2026, 9, 30)) == []  # its day has not passed yet
    workshop.set_progress(workshop.plan_items()[1].id, q4.id, note="ส่งรายงานแล้ว")
    assert workshop.overdue_checkpoints(date(2026, 12, 1)) == []


def test_a_workshop_without_a_plan_has_nothing_overdue(workshop):
    workshop.start_followup(2560)
    assert len(workshop.checkpoints()) == 4 and workshop.overdue_checkpoints(date(2030, 1, 1)) == []
    assert [g.overall for g in workshop.followup_glance()] == [Tally()] * 4


def test_the_demo_is_followed_through_four_checkpoints_with_evidence(demo, tmp_path):
    from app import exchange

    demo.start_followup()
    items = demo.plan_items()
    for round_, checkpoint in enumerate(demo.checkpoints(), start=1):
        for item in items:
            done = round_ == 4 or item.position % 4 < round_
            demo.set_progress(item.id, checkpoint.id, status="done" if done else "in_progress",
                              percent=100 if done else 25 * round_, spent_satang=(item.budget_satang or 0) * round_ // 4,
                              kpi_actual=f"รอบที่ {round_}")
        demo.attach_evidence(items[round_].id, checkpoint.id, f"รายงานรอบที่ {round_}".encode(), name=f"รอบ{round_}.pdf")
    glances = demo.followup_glance()
    assert [g.overall.done for g in glances] == [sum(1 for i in items if i.position % 4 < r) for r in (1, 2, 3)] + [len(items)]
    assert glances[-1].overall.spent_satang == glances[-1].overall.planned_satang == sum(i.budget_satang or 0 for i in items)
    assert len(demo.evidence()) == 4 and demo.overdue_checkpoints(date(2030, 1, 1)) == []
    exchange.export_json(demo, tmp_path / "followed.json")
    copy = exchange.import_json(tmp_path / "followed.json", tmp_path / "copy.pmqa")
    try:
        assert copy.followup_glance() == glances
    finally:
        copy.close()
