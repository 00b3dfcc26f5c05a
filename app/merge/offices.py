"""A consolidated workshop read back: which office each row came from, the offices' self-assessment
side by side, and the near-duplicate suggestions the facilitator accepts or rejects.

Agency-wide figures per PMQA category (the rule the report states):

* an office's figure is the mean of its groups' scores (lowest, highest, spread as in
  ``app.assessment``);
* the agency-wide *mean* is the mean of the office means, so an office that ran eight groups does
  not outweigh one that ran three; *lowest* and *highest* are the lowest and highest office means,
  and *spread* is their difference: how far apart the offices are. Offices that did not score the
  category are left out (missing is not zero).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.assessment import Aggregate, aggregate
from app.changes import Changes
from app.clock import now_iso
from app.errors import NotFoundError, ValidationError
from app.followup_summary import CheckpointGlance, glance, glance_by_office
from app.merge.inputs import CONSOLIDATED_KEY, PROVENANCE_KEY, SUGGESTIONS_KEY
from app.model import Assessment, Category, Group, Initiative
from app.storage import Snapshot
from app.workshop import Workshop


@dataclass(frozen=True)
class Office:
    number: int          # 1-based, as in the ``source`` of the provenance records
    label: str
    organization: str
    unit: str
    title: str
    event_date: str | None
    file: str
    fingerprint: str
    via: str | None


@dataclass(frozen=True)
class Consolidation:
    offices: tuple[Office, ...]
    report: dict
    group_office: dict[int, int]        # group id -> office number
    initiative_office: dict[int, int]
    plan_item_office: dict[int, int]
    # initiative id -> the offices of the initiatives a review merged into it (besides its own)
    initiative_merged: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def office(self, number: int | None) -> Office | None:
        return self.offices[number - 1] if number and 1 <= number <= len(self.offices) else None

    def label(self, table: str, row_id: int | None) -> str:
        """The office beside a row (``groups``, ``initiatives`` or ``plan_items``); "" if unknown."""
        mapping = {"groups": self.group_office, "initiatives": self.initiative_office,
                   "plan_items": self.plan_item_office}[table]
        office = self.office(mapping.get(row_id)) if row_id is not None else None
        return office.label if office else ""

    def labels(self, table: str, row_id: int | None) -> list[str]:
        """Every office a row came from: for an initiative that absorbed others in a review, its own
        office first, then theirs (each once)."""
        own = self.label(table, row_id)
        merged = self.initiative_merged.get(row_id, ()) if table == "initiatives" and row_id is not None else ()
        others = [o.label for o in (self.office(n) for n in merged) if o is not None]
        return list(dict.fromkeys(x for x in [own, *others] if x))

    def reworded(self, pillar_key: str, question_key: str) -> list[tuple[str, str]]:
        """(office, its wording) for the offices that answered this question worded otherwise than
        here (matched by its key, so their answers sit under this wording)."""
        by_print = {o.fingerprint: o.label for o in self.offices}
        out = []
        for entry in self.report.get("differences") or ():
            if not isinstance(entry, dict) or entry.get("kind") != "question":
                continue
            if (entry.get("pillar"), entry.get("key")) != (pillar_key, question_key):
                continue
            for label in (by_print.get(p) for p in entry.get("fingerprints") or ()):
                if label and (label, entry.get("name", "")) not in out:
                    out.append((label, entry.get("name", "")))
        return out


def _merged(records: object) -> dict[int, tuple[int, ...]]:
    out = {}
    if isinstance(records, dict):
        for key, value in records.items():
            if isinstance(value, dict) and isinstance(value.get("merged"), list) and str(key).isdigit():
                out[int(key)] = tuple(m["source"] for m in value["merged"]
                                      if isinstance(m, dict) and isinstance(m.get("source"), int))
    return out


def _ids(records: object) -> dict[int, int]:
    out = {}
    if isinstance(records, dict):
        for key, value in records.items():
            if isinstance(value, dict) and isinstance(value.get("source"), int) and str(key).isdigit():
                out[int(key)] = value["source"]
    return out


def read_consolidation(workshop: Workshop) -> Consolidation | None:
    """The consolidation record of ``workshop``, or None for an ordinary (single-office) workshop."""
    record = workshop.state(CONSOLIDATED_KEY)
    if not isinstance(record, dict) or not isinstance(record.get("sources"), list):
        return None
    offices = tuple(
        Office(n, s.get("office") or s.get("unit") or s.get("organization") or s.get("file", f"#{n}"),
               s.get("organization", ""), s.get("unit", ""), s.get("title", ""), s.get("event_date"),
               s.get("file", ""), s.get("fingerprint", ""), s.get("via"))
        for n, s in enumerate(record["sources"], 1) if isinstance(s, dict))
    provenance = workshop.state(PROVENANCE_KEY) or {}
    if not isinstance(provenance, dict):
        provenance = {}
    return Consolidation(offices, record.get("report") or {}, _ids(provenance.get("groups")),
                         _ids(provenance.get("initiatives")), _ids(provenance.get("plan_items")),
                         _merged(provenance.get("initiatives")))


def initiative_offices(workshop: Workshop) -> dict[int, str]:
    """Initiative id -> every office it came from ("A, B"), for a consolidated workshop; else {}."""
    consolidation = read_consolidation(workshop)
    if consolidation is None:
        return {}
    return {i.id: ", ".join(consolidation.labels("initiatives", i.id)) for i in workshop.initiatives()}


# ----------------------------------------------------------------------------- comparing offices
@dataclass(frozen=True)
class AgencyFigure:
    category_id: int
    offices: int                 # offices that scored the category
    mean: float | None           # mean of the office means
    lowest: float | None         # lowest office mean
    highest: float | None
    spread: float | None


@dataclass(frozen=True)
class OfficeComparison:
    offices: tuple[Office, ...]
    by_office: dict[int, list[Aggregate]]   # office number -> one Aggregate per category, in order
    agency: list[AgencyFigure]


def compare_offices(consolidation: Consolidation, groups: list[Group], categories: list[Category],
                    assessments: list[Assessment]) -> OfficeComparison:
    """Per-office and agency-wide self-assessment figures per PMQA category (see the module's rule)."""
    category_ids = [c.id for c in categories]
    by_office: dict[int, list[Aggregate]] = {}
    for office in consolidation.offices:
        members = [g.id for g in groups if consolidation.group_office.get(g.id) == office.number]
        by_office[office.number] = aggregate(assessments, "category", category_ids, members)
    agency = []
    for index, category_id in enumerate(category_ids):
        means = [figures[index].mean for figures in by_office.values() if figures[index].mean is not None]
        if means:
            low, high = min(means), max(means)
            agency.append(AgencyFigure(category_id, len(means), sum(means) / len(means), low, high, high - low))
        else:
            agency.append(AgencyFigure(category_id, 0, None, None, None, None))
    return OfficeComparison(consolidation.offices, by_office, agency)


# ----------------------------------------------------------------------------- follow-up per office
@dataclass(frozen=True)
class OfficeFollowup:
    """The consolidated follow-up: the agency as a whole and each office, checkpoint by checkpoint
    (the same checkpoints for all: the merge unified them by date)."""
    offices: tuple[Office, ...]
    agency: list[CheckpointGlance]                 # every plan item
    by_office: dict[int, list[CheckpointGlance]]   # office number -> its items (every office, in order)
    unassigned: list[CheckpointGlance] | None      # items of no office (added after combining), or None


def followup_by_office(workshop: Workshop) -> OfficeFollowup | None:
    """Where the plan stands at each checkpoint for the agency and for each office; None for an
    ordinary workshop. Each office's tallies add up to the agency's."""
    consolidation = read_consolidation(workshop)
    if consolidation is None:
        return None
    with workshop.store.lock:  # one consistent reading of the plan and its follow-up
        items, checkpoints, progress = workshop.plan_items(), workshop.checkpoints(), workshop.progress()
    split = glance_by_office(items, checkpoints, progress, consolidation.plan_item_office)
    by_office = {o.number: split.get(o.number) or glance([], checkpoints, progress) for o in consolidation.offices}
    known = set(by_office)
    strays = [i for i in items if consolidation.plan_item_office.get(i.id) not in known]
    return OfficeFollowup(consolidation.offices, glance(items, checkpoints, progress), by_office,
                          glance(strays, checkpoints, progress) if strays else None)


# ----------------------------------------------------------------------------- merge suggestions
@dataclass(frozen=True)
class Suggestion:
    id: int
    keep: Initiative
    other: Initiative
    keep_office: str
    other_office: str
    similarity: float
    status: str                  # open, accepted, rejected


def suggestions(workshop: Workshop, *, include_decided: bool = False) -> list[Suggestion]:
    """The near-duplicate pairs still to decide (or all), skipping pairs whose initiatives are gone."""
    consolidation = read_consolidation(workshop)
    stored = workshop.state(SUGGESTIONS_KEY) or []
    if consolidation is None or not isinstance(stored, list):
        return []
    initiatives = {i.id: i for i in workshop.initiatives()}
    out = []
    for s in stored:
        if not isinstance(s, dict) or (s.get("status") != "open" and not include_decided):
            continue
        keep, other = initiatives.get(s.get("keep") or 0), initiatives.get(s.get("other") or 0)
        if keep is None or other is None:
            continue
        out.append(Suggestion(s["id"], keep, other, ", ".join(consolidation.labels("initiatives", keep.id)),
                              ", ".join(consolidation.labels("initiatives", other.id)),
                              float(s.get("similarity", 0)), s.get("status", "open")))
    return out


def _stored(workshop: Workshop, suggestion_id: int) -> tuple[list[dict], dict]:
    stored = [dict(s) for s in (workshop.state(SUGGESTIONS_KEY) or []) if isinstance(s, dict)]
    for s in stored:
        if s.get("id") == suggestion_id:
            if s.get("status") != "open":
                raise ValidationError("suggestion", "already_decided")
            return stored, s
    raise NotFoundError("merge suggestion", suggestion_id)


def accept_suggestion(workshop: Workshop, suggestion_id: int, *, keep_other: bool = False) -> tuple[Changes, Snapshot]:
    """Merge the pair: one initiative stays (the first office's, or with ``keep_other`` the second's,
    whose wording the planner chose), the other's dots are added to it and its plan items follow it.
    Other open suggestions that named the removed initiative now name the kept one (or close, if that
    makes them the same pair). The decision (who merged into what, both titles and offices) stays in
    the suggestion list and the provenance, so a later combining keeps it. One transaction;
    ``workshop.unmerge_initiatives(snapshot)`` undoes all of it."""
    stored, chosen = _stored(workshop, suggestion_id)
    _describe(workshop, chosen)
    kept, removed = (chosen["other"], chosen["keep"]) if keep_other else (chosen["keep"], chosen["other"])
    chosen.update(status="accepted", kept=kept, removed=removed, decided_at=now_iso())
    _follow_the_kept_one(stored, chosen, kept, removed)
    provenance = workshop.state(PROVENANCE_KEY) or {}
    records = provenance.setdefault("initiatives", {})
    gone = records.pop(str(removed), None)
    if gone is not None and str(kept) in records:
        absorbed = records[str(kept)].setdefault("merged", [])
        absorbed.append({k: v for k, v in gone.items() if k != "merged"})
        absorbed.extend(gone.get("merged") or [])
    return workshop.merge_initiatives(kept, removed, meta={SUGGESTIONS_KEY: stored, PROVENANCE_KEY: provenance})


def _follow_the_kept_one(stored: list[dict], chosen: dict, kept: int, removed: int) -> None:
    pairs = {frozenset((s["keep"], s["other"])) for s in stored
             if s is not chosen and s.get("status") == "open"}
    for s in stored:
        if s is chosen or s.get("status") != "open" or removed not in (s["keep"], s["other"]):
            continue
        pairs.discard(frozenset((s["keep"], s["other"])))
        s["keep"], s["other"] = (kept if s["keep"] == removed else s["keep"]), (kept if s["other"] == removed else s["other"])
        pair = frozenset((s["keep"], s["other"]))
        if len(pair) < 2 or pair in pairs:
            s["status"] = "superseded"
        else:
            pairs.add(pair)


def _describe(workshop: Workshop, chosen: dict) -> None:
    """Both sides' titles and offices in the suggestion itself, so the decision reads on its own after
    one initiative is gone (older files did not record them)."""
    consolidation = read_consolidation(workshop)
    titles = {i.id: i.title for i in workshop.initiatives() if i.id in (chosen["keep"], chosen["other"])}
    for side in ("keep", "other"):
        chosen.setdefault(f"{side}_title", titles.get(chosen[side], ""))
        if consolidation is not None:
            chosen.setdefault(f"{side}_office", ", ".join(consolidation.labels("initiatives", chosen[side])))


def reject_suggestion(workshop: Workshop, suggestion_id: int) -> tuple[Changes, list[dict]]:
    """Keep both initiatives; the pair is not suggested again. Also returns the suggestion list as
    it was, which ``restore_suggestions`` puts back (undo)."""
    before = workshop.state(SUGGESTIONS_KEY) or []
    stored, chosen = _stored(workshop, suggestion_id)
    _describe(workshop, chosen)
    chosen.update(status="rejected", decided_at=now_iso())
    return workshop.set_state(SUGGESTIONS_KEY, stored, Changes(initiatives=True)), before


def restore_suggestions(workshop: Workshop, stored: list[dict]) -> Changes:
    """Put back the suggestion list ``reject_suggestion`` returned (undo of "keep both")."""
    return workshop.set_state(SUGGESTIONS_KEY, stored, Changes(initiatives=True))
