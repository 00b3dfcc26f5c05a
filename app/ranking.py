"""Ranking initiatives: the groups' dot votes first, then impact and effort.

The rule, which the Prioritize step shows to the room:

1. More dots ranks higher (the total the groups put on an initiative).
2. Among equal dots, a better *net value* ranks higher: ``impact - effort`` on the 1–5 scales, so a
   high-impact, low-effort "quick win" comes first. An initiative without both scores has no net
   value and ranks below every scored one with the same dots.
3. Among equal net value, higher impact ranks higher.

Initiatives whose keys ``(dots, net value, impact)`` are equal are *tied*: they share a rank, and
the next rank skips as many places as were tied ("standard competition ranking"): 1=, 1=, 3.
Within a tie the list keeps the facilitator's order (position), but that order carries no rank.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from app.model import Initiative, Vote


@dataclass(frozen=True)
class Ranked:
    initiative: Initiative
    rank: int
    tied: bool
    dots: int
    net_value: int | None  # impact - effort, None unless both are scored

    @property
    def label(self) -> str:
        """``"1"`` or, for a tie, ``"1="``."""
        return f"{self.rank}=" if self.tied else str(self.rank)


def net_value(initiative: Initiative) -> int | None:
    if initiative.impact is None or initiative.effort is None:
        return None
    return initiative.impact - initiative.effort


def rank_key(dots: int, initiative: Initiative) -> tuple:
    """Bigger is better. Unscored net value and impact sort below any score."""
    value = net_value(initiative)
    return (dots, value is not None, value if value is not None else 0,
            initiative.impact if initiative.impact is not None else 0)


def dots_by_initiative(votes: Iterable[Vote]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for vote in votes:
        totals[vote.initiative_id] = totals.get(vote.initiative_id, 0) + vote.dots
    return totals


def rank_initiatives(initiatives: Iterable[Initiative], votes: Iterable[Vote]) -> list[Ranked]:
    """Every initiative, best first, with shared ranks for ties (see the module's rules)."""
    totals = dots_by_initiative(votes)
    items = sorted(initiatives, key=lambda i: (i.position, i.id))
    keyed = [(rank_key(totals.get(i.id, 0), i), i) for i in items]
    keyed.sort(key=lambda pair: pair[0], reverse=True)  # stable: ties keep position order
    counts: dict[tuple, int] = {}
    for key, _ in keyed:
        counts[key] = counts.get(key, 0) + 1
    result, rank, previous = [], 0, None
    for place, (key, initiative) in enumerate(keyed, start=1):
        if key != previous:
            rank, previous = place, key
        result.append(Ranked(initiative, rank, counts[key] > 1, totals.get(initiative.id, 0),
                             net_value(initiative)))
    return result


def spent_dots(votes: Iterable[Vote], group_id: int) -> int:
    return sum(v.dots for v in votes if v.group_id == group_id)
