"""Follow-up rules without storage (issue #23): the default checkpoints, the plan's fiscal year,
where the plan stands at each checkpoint ("at a glance") and the checkpoints left without updates.

Everything here is plain data in, plain data out, so the Follow-up step, its PDF and spreadsheet
and the opening banner all read the same numbers (``Workshop.followup_glance`` and
``Workshop.overdue_checkpoints`` feed these functions from the file).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Iterable, NamedTuple

from app.model import Checkpoint, PlanItem, Progress
from app.thaidate import BE_OFFSET, fiscal_year, thai_digits as to_thai_digits

# A status as the summaries count it: not started and in progress are both "on track" (the agency
# said so at that checkpoint); an item with no progress reported yet is "no update".
STANDINGS = ("on_track", "delayed", "done", "cancelled", "no_update")
_STANDING_OF = {"not_started": "on_track", "in_progress": "on_track", "done": "done", "delayed": "delayed",
                "cancelled": "cancelled"}

# The default checkpoints: the ends of the fiscal year's quarters, (month, day) and the year's offset
# from the fiscal year's first (October) calendar year. The second and fourth are the 6- and 12-month
# reviews the government's plans report.
_QUARTER_ENDS = ((12, 31, 0), (3, 31, 1), (6, 30, 1), (9, 30, 1))
_QUARTER_NAMES = {
    "th": ("ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. {year}", "ไตรมาสที่ 2 (รอบ 6 เดือน) ปีงบประมาณ พ.ศ. {year}",
           "ไตรมาสที่ 3 ปีงบประมาณ พ.ศ. {year}", "ไตรมาสที่ 4 (รอบ 12 เดือน) ปีงบประมาณ พ.ศ. {year}"),
    "en": ("Quarter 1, fiscal year {year} B.E.", "Quarter 2 (6-month review), fiscal year {year} B.E.",
           "Quarter 3, fiscal year {year} B.E.", "Quarter 4 (12-month review), fiscal year {year} B.E."),
}


def quarter_checkpoints(year: int, lang: str = "th", thai_digits: bool = False) -> list[tuple[str, date]]:
    """(name, date) of the four quarters of the Thai fiscal year ``year`` (Buddhist Era), which starts
    on 1 October of the calendar year before: each checkpoint is the last day of its quarter."""
    first = year - BE_OFFSET - 1
    out = []
    for (month, day, offset), name in zip(_QUARTER_ENDS, _QUARTER_NAMES["en" if lang == "en" else "th"]):
        text = name.format(year=year)
        out.append((to_thai_digits(text) if thai_digits else text, date(first + offset, month, day)))
    return out


def plan_fiscal_year(items: Iterable[PlanItem], event_date: date | None, today: date) -> int:
    """The fiscal year (Buddhist Era) most of the plan's items name (the earliest on a tie); without
    any, the one containing the workshop's date (or today)."""
    years = Counter(item.fiscal_year for item in items if item.fiscal_year is not None)
    if years:
        most = max(years.values())
        return min(year for year, count in years.items() if count == most)
    return fiscal_year(event_date or today)


class Tally(NamedTuple):
    """Plan items counted by where they stand, with their budget: planned (the plan's figure) and
    spent (as reported, cumulative to the checkpoint). Amounts in satang."""
    items: int = 0
    on_track: int = 0
    delayed: int = 0
    done: int = 0
    cancelled: int = 0
    no_update: int = 0
    planned_satang: int = 0
    spent_satang: int = 0

    def plus(self, standing: str, planned: int | None, spent: int | None) -> "Tally":
        return self._replace(**{"items": self.items + 1, standing: getattr(self, standing) + 1,
                                "planned_satang": self.planned_satang + (planned or 0),
                                "spent_satang": self.spent_satang + (spent or 0)})


class CheckpointGlance(NamedTuple):
    """The plan as it stood at one checkpoint. ``latest`` maps each plan item's id to its progress
    as of this checkpoint: the row reported at it, else at the nearest earlier one, else None."""
    checkpoint: Checkpoint
    overall: Tally
    by_pillar: dict[int | None, Tally]     # pillar id (None: no pillar) -> tally
    by_category: dict[int | None, Tally]   # PMQA category id (None: no category) -> tally
    latest: dict[int, Progress | None]


def glance(items: list[PlanItem], checkpoints: list[Checkpoint], progress: list[Progress]) -> list[CheckpointGlance]:
    """Where the plan stands at each checkpoint, in the checkpoints' order (their ``position``).

    A checkpoint without a report for an item carries the item's latest earlier report forward,
    since every reported value is cumulative (see ``Progress``)."""
    reported = {(p.plan_item_id, p.checkpoint_id): p for p in progress}
    latest: dict[int, Progress | None] = {item.id: None for item in items}
    out = []
    for checkpoint in sorted(checkpoints, key=lambda c: (c.position, c.id)):
        for item in items:
            latest[item.id] = reported.get((item.id, checkpoint.id), latest[item.id])
        out.append(_tallied(checkpoint, items, dict(latest)))
    return out


def _tallied(checkpoint: Checkpoint, items: list[PlanItem], latest: dict[int, Progress | None]) -> CheckpointGlance:
    overall, by_pillar, by_category = Tally(), {}, {}
    for item in items:
        row = latest[item.id]
        standing = "no_update" if row is None else _STANDING_OF[row.status]
        spent = None if row is None else row.spent_satang
        overall = overall.plus(standing, item.budget_satang, spent)
        by_pillar[item.pillar_id] = by_pillar.get(item.pillar_id, Tally()).plus(standing, item.budget_satang, spent)
        by_category[item.category_id] = by_category.get(item.category_id, Tally()).plus(
            standing, item.budget_satang, spent)
    return CheckpointGlance(checkpoint, overall, by_pillar, by_category, latest)


def overdue(checkpoints: list[Checkpoint], progress: list[Progress], items: list[PlanItem],
            today: date) -> list[Checkpoint]:
    """Checkpoints whose date has passed (before ``today``) with no progress reported at them, in
    their order; none while the plan is empty (there is nothing to report on)."""
    if not items:
        return []
    reported = {p.checkpoint_id for p in progress}
    return [c for c in sorted(checkpoints, key=lambda c: (c.position, c.id))
            if c.due_date < today and c.id not in reported]


def glance_by_office(items: list[PlanItem], checkpoints: list[Checkpoint], progress: list[Progress],
                     office_of: dict[int, int]) -> dict[int | None, list[CheckpointGlance]]:
    """``glance`` for each office's own plan items (``office_of``: plan item id -> office number, as
    a consolidated workshop's provenance says; None gathers the items of no office, such as items
    added after combining). The agency as a whole is ``glance`` of every item: each office's
    tallies add up to it, checkpoint by checkpoint."""
    by_office: dict[int | None, list[PlanItem]] = {}
    for item in items:
        by_office.setdefault(office_of.get(item.id), []).append(item)
    return {office: glance(own, checkpoints, progress) for office, own in by_office.items()}
