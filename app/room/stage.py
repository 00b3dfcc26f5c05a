"""Which step the participants' page follows: the facilitator's (the GUI says so as she moves), or,
from the command line, the agenda item the day is running."""

from __future__ import annotations

from dataclasses import dataclass

from app.workshop import Workshop

WAIT = "wait"
# Agenda kinds in which groups give input, and the step that takes it.
KIND_STEPS = {"group_work": "capture", "report_back": "capture", "self_assessment": "assess",
              "prioritization": "prioritize"}


@dataclass(frozen=True)
class Stage:
    step: str = WAIT              # "capture", "assess", "prioritize" or "wait"
    pillar_id: int | None = None  # capture: the pillar whose questions are shown


def stage_of_step(workshop: Workshop, step: str, pillar_id: int | None = None) -> Stage:
    """The stage for the facilitator's step; capture without a pillar means the first one."""
    if step not in ("capture", "assess", "prioritize"):
        return Stage()
    if step == "capture":
        pillars = [p.id for p in workshop.pillars()]
        if not pillars:
            return Stage()
        return Stage("capture", pillar_id if pillar_id in pillars else pillars[0])
    return Stage(step)


def stage_from_run(workshop: Workshop) -> Stage:
    """The stage the running agenda item calls for (waiting when the day is not running)."""
    from app.run import Runner

    snap = Runner(workshop).snapshot()
    item = snap.item if snap.running else None
    if item is None or item.kind not in KIND_STEPS:
        return Stage()
    pillar = next((p.id for p in workshop.pillars() if p.key == item.pillar_key), None)
    return stage_of_step(workshop, KIND_STEPS[item.kind], pillar)
