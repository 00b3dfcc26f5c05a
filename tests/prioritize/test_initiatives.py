"""The prioritize step's core: initiatives merged and dots spent within the allowance."""

from __future__ import annotations

import pytest

from app.errors import ValidationError


def test_merging_initiatives_adds_the_dots_and_undoes_exactly(workshop):
    g1, g2 = workshop.add_group("A").new_id, workshop.add_group("B").new_id
    keep = workshop.add_initiative("ศูนย์ข้อมูลดิน", impact=4).new_id
    other = workshop.add_initiative("ศูนย์ข้อมูลดินกลาง", effort=2).new_id
    workshop.set_votes(keep, g1, 1)
    workshop.set_votes(other, g1, 2)
    workshop.set_votes(other, g2, 3)  # g2 gave the kept one nothing
    plans = [workshop.add_plan_item(activity=a, initiative_id=i).new_id for a, i in (("ก", keep), ("ข", other))]
    workshop.set_state("existing", [1])
    before = (workshop.initiatives(), workshop.votes(), workshop.plan_items(), workshop.state("existing"))
    _changes, snapshot = workshop.merge_initiatives(keep, other, meta={"existing": [2], "new": {"x": 1}})
    (merged,) = workshop.initiatives()
    assert (merged.id, merged.impact, merged.effort) == (keep, 4, 2)  # borrows what it lacked
    assert {(v.group_id, v.dots) for v in workshop.votes()} == {(g1, 3), (g2, 3)}
    assert {p.id: p.initiative_id for p in workshop.plan_items()} == dict.fromkeys(plans, keep)
    workshop.unmerge_initiatives(snapshot)
    assert (workshop.initiatives(), workshop.votes(), workshop.plan_items(), workshop.state("existing")) == before
    assert workshop.state("new") is None and workshop.state("new", "missing") == "missing"  # not left behind


def test_votes_cannot_exceed_the_groups_dots(workshop):
    g = workshop.add_group("A").new_id
    first = workshop.add_initiative("หนึ่ง").new_id
    second = workshop.add_initiative("สอง").new_id
    workshop.update_details(dots_per_group=3)
    workshop.set_votes(first, g, 2)
    with pytest.raises(ValidationError, match="1 of 3 dots left"):
        workshop.set_votes(second, g, 2)
    workshop.set_votes(first, g, 0)
    workshop.set_votes(second, g, 3)
    assert [(v.initiative_id, v.dots) for v in workshop.votes()] == [(second, 3)]
