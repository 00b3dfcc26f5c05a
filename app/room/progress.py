"""Which groups have given their input for the step the room is on: "8 of 12 groups have voted".

- capture: a group has submitted once it has a card under the current pillar's questions;
- assess: it has scored once every PMQA category has a level from it;
- prioritize: it has voted once it has spent its whole allowance of dots.
"""

from __future__ import annotations

from typing import NamedTuple

from app.room.stage import Stage
from app.workshop import Workshop


class Progress(NamedTuple):
    step: str
    done: tuple[int, ...]     # ids of the groups that have given their input
    groups: tuple[int, ...]   # every group, in order
    detail: dict              # group id -> (given, needed): cards (needed 1), categories, dots

    @property
    def count(self) -> int:
        return len(self.done)


def _cards(workshop: Workshop, stage: Stage, given: dict[int, int]) -> int:
    pillar = next((p for p in workshop.pillars() if p.id == stage.pillar_id), None)
    questions = [q.id for q in pillar.questions] if pillar else []
    for group, n in workshop.answer_counts(questions).items():  # the pillar's cards only, not the whole day's
        if group in given:
            given[group] += n
    return 1


def _scores(workshop: Workshop, _stage: Stage, given: dict[int, int]) -> int:
    for a in workshop.assessments():
        if a.target == "category" and a.group_id in given:
            given[a.group_id] += 1
    return len(workshop.categories())


def _dots(workshop: Workshop, _stage: Stage, given: dict[int, int]) -> int:
    for v in workshop.votes():
        if v.group_id in given:
            given[v.group_id] += v.dots
    return workshop.details().dots_per_group


COUNTS = {"capture": _cards, "assess": _scores, "prioritize": _dots}


def progress(workshop: Workshop, stage: Stage) -> Progress:
    groups = tuple(g.id for g in workshop.groups())
    count = COUNTS.get(stage.step)
    if count is None:
        return Progress(stage.step, (), groups, {})
    given = dict.fromkeys(groups, 0)
    needed = count(workshop, stage, given)  # fills ``given``; returns what a group must reach
    done = tuple(g for g in groups if needed and given[g] >= needed)
    return Progress(stage.step, done, groups, {g: (given[g], needed) for g in groups})
