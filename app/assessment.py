"""Self-assessment results: how the groups' scores on one target (a PMQA category or a pillar) add up.

Rules:

* A target's *count* is the number of groups that gave it a score. A group that skipped it, or a
  score of ``None``, is missing and does not count (it is not a zero).
* *mean* is the average of the given scores; *lowest* and *highest* are the extremes; *spread* is
  ``highest - lowest``, the measure of how much the groups disagree.
* A target nobody scored has count 0 and ``None`` for every figure, so a view can show it as empty.
* :func:`most_disputed` orders targets by spread (largest first), then by more scores, then in
  the order given; targets with fewer than two scores cannot disagree and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from app.model import Assessment


@dataclass(frozen=True)
class Aggregate:
    target: str          # "category" or "pillar"
    target_id: int
    count: int
    mean: float | None
    lowest: int | None
    highest: int | None
    spread: int | None
    levels: tuple[int, ...] = ()  # the scores given, in group order


def aggregate_levels(target: str, target_id: int, levels: Iterable[int | None]) -> Aggregate:
    """Aggregate one target's scores; ``None`` entries are missing scores."""
    given = tuple(level for level in levels if level is not None)
    if not given:
        return Aggregate(target, target_id, 0, None, None, None, None)
    low, high = min(given), max(given)
    return Aggregate(target, target_id, len(given), sum(given) / len(given), low, high, high - low, given)


def aggregate(assessments: Iterable[Assessment], target: str, target_ids: Iterable[int],
              group_ids: Iterable[int] | None = None) -> list[Aggregate]:
    """One :class:`Aggregate` per id of ``target_ids`` (in that order), every one present even if empty.

    ``group_ids`` limits the scores to those groups (and orders ``levels`` by them); by default every
    group's score counts, in the order of the assessments.
    """
    order = list(group_ids) if group_ids is not None else None
    scores: dict[int, dict[int, int | None]] = {}
    for a in assessments:
        if a.target != target or (order is not None and a.group_id not in order):
            continue
        scores.setdefault(a.target_id, {})[a.group_id] = a.level
    result = []
    for target_id in target_ids:
        by_group = scores.get(target_id, {})
        groups = order if order is not None else list(by_group)
        result.append(aggregate_levels(target, target_id, (by_group.get(g) for g in groups)))
    return result


def most_disputed(aggregates: Iterable[Aggregate], limit: int | None = None) -> list[Aggregate]:
    """Targets where the groups disagree most: largest spread first (see the module's rules)."""
    candidates = [(i, a) for i, a in enumerate(aggregates) if a.count >= 2]
    candidates.sort(key=lambda pair: (-pair[1].spread, -pair[1].count, pair[0]))
    chosen = [a for _, a in candidates]
    return chosen if limit is None else chosen[:limit]


def overall_mean(aggregates: Iterable[Aggregate]) -> float | None:
    """The mean of the targets' means (each target weighs the same); ``None`` when nothing is scored."""
    means = [a.mean for a in aggregates if a.mean is not None]
    return sum(means) / len(means) if means else None
