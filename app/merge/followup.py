"""The offices' follow-up in the consolidated workshop: checkpoints, progress and evidence.

* **Checkpoints are unified by their date**: an office's k-th checkpoint due on a day becomes the
  result's k-th checkpoint due on that day (named as the first office to bring it named it), and
  the result's checkpoints are in date order. Offices of one agency follow one fiscal year, so the
  default quarters of every office meet as four checkpoints and the agency sees one set.
* **Progress and evidence follow their plan item**, through the ids the plan items were given; a
  progress row carries its office through its plan item, as an answer does through its group.
* **An office's follow-up** is all its progress and evidence. Its fingerprint (``OfficeFollowup``)
  is taken over the rows as the office gave them (the plan item's original id, the checkpoint's
  date, the values, the evidence's checksums: no bytes), so the same follow-up has the same
  fingerprint alone or inside a consolidated file. When one office's workshop comes more than once
  (a consolidated file and the office's newer follow-up file), its rows are taken once and its
  follow-up from the copy updated last (the later input on a tie).

Evidence bytes are not read here: the result's evidence rows name the private copy and the row
their bytes are copied from when the file is written (``WorkshopStore.create``).
"""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple

from app.merge.inputs import PROVENANCE_KEY, MergeInput, meta_value
from app.merge.rows import ResultRows

_PROGRESS_VALUES = ("status", "percent", "kpi_actual", "spent_satang", "note", "updated_at")
_EVIDENCE_VALUES = ("name", "media_type", "size", "sha256", "added_at")


class OfficeFollowup(NamedTuple):
    """One office's follow-up as one input holds it."""
    fingerprint: str          # "" when the office reported nothing
    newest: str               # the latest progress edit or evidence added (ISO time), "" if none
    progress: tuple[dict, ...]


class Supplier(NamedTuple):
    """Where an office's follow-up is read from: an input, the office's index in it, its follow-up."""
    inp: MergeInput
    index: int
    followup: OfficeFollowup


def original_plan_items(inp: MergeInput) -> dict[int, tuple[int, int]]:
    """Plan item id -> (the index of its office in ``inp.sources``, its id in the office's own file)."""
    recorded = (meta_value(inp.tables, PROVENANCE_KEY) or {}).get("plan_items", {}) if inp.consolidated else {}
    recorded = recorded if isinstance(recorded, dict) else {}
    out = {}
    for item in inp.tables["plan_items"]:
        entry = recorded.get(str(item["id"]))
        original = entry.get("plan_item_id") if isinstance(entry, dict) else None
        out[item["id"]] = (inp.source_of("plan_items", item["id"]), original if isinstance(original, int) else item["id"])
    return out


def checkpoint_keys(inp: MergeInput) -> dict[int, tuple[str, int]]:
    """Checkpoint id -> (due date, how many of the input's checkpoints on that day come before it)."""
    seen: dict[str, int] = {}
    out = {}
    for row in sorted(inp.tables["checkpoints"], key=lambda r: (r["position"], r["id"])):
        out[row["id"]] = (row["due_date"], seen.get(row["due_date"], 0))
        seen[row["due_date"]] = out[row["id"]][1] + 1
    return out


def office_followups(inp: MergeInput) -> dict[int, OfficeFollowup]:
    """Each of the input's offices (source index) -> its follow-up in this input."""
    items, keys = original_plan_items(inp), checkpoint_keys(inp)
    evidence: dict[int, list[dict]] = {}
    for row in inp.tables["evidence"]:
        evidence.setdefault(row["progress_id"], []).append(row)
    by_office: dict[int, list[dict]] = {}
    for row in inp.tables["progress"]:
        by_office.setdefault(items[row["plan_item_id"]][0], []).append(row)
    out = {}
    for index in range(len(inp.sources)):
        rows = by_office.get(index, [])
        described = sorted([items[r["plan_item_id"]][1], *keys[r["checkpoint_id"]], [r[k] for k in _PROGRESS_VALUES],
                            sorted([e[k] for k in _EVIDENCE_VALUES] for e in evidence.get(r["id"], ()))]
                           for r in rows)
        stamps = [r["updated_at"] for r in rows] + [e["added_at"] for r in rows for e in evidence.get(r["id"], ())]
        canonical = json.dumps(described, ensure_ascii=False, separators=(",", ":"))
        out[index] = OfficeFollowup(hashlib.sha256(canonical.encode()).hexdigest() if rows else "",
                                    max(stamps, default=""), tuple(rows))
    return out


def newer(candidate: OfficeFollowup, current: OfficeFollowup) -> bool:
    """Whether an office's follow-up met again replaces the one taken so far: it differs, reports
    something, and was updated as late or later."""
    return (candidate.fingerprint not in ("", current.fingerprint)
            and candidate.newest >= current.newest)


def take_followup(result: ResultRows, suppliers: dict[int, Supplier]) -> None:
    """Copy each office's follow-up (office number -> where it is read from) into ``result``."""
    inputs = list({id(s.inp): s.inp for s in suppliers.values()}.values())
    checkpoint_ids = _unified_checkpoints(result, inputs)
    plan_item_ids = {(entry["source"], entry["plan_item_id"]): int(new)
                     for new, entry in result.provenance["plan_items"].items()}
    for number in sorted(suppliers):
        inp, _, followup = suppliers[number]
        items, checkpoints = original_plan_items(inp), checkpoint_ids[id(inp)]
        progress_ids = {}
        for row in sorted(followup.progress, key=lambda r: (checkpoints[r["checkpoint_id"]], r["plan_item_id"])):
            item = plan_item_ids.get((number, items[row["plan_item_id"]][1]))
            if item is not None:
                progress_ids[row["id"]] = result.add("progress", dict(
                    row, plan_item_id=item, checkpoint_id=checkpoints[row["checkpoint_id"]]))["id"]
        for row in inp.tables["evidence"]:
            if row["progress_id"] in progress_ids:
                result.add("evidence", dict(row, progress_id=progress_ids[row["progress_id"]],
                                            content_from=(inp.evidence_file, row["id"])))


def _unified_checkpoints(result: ResultRows, inputs: list[MergeInput]) -> dict[int, dict[int, int]]:
    """The result's checkpoints (every input's, unified by date, in date order); per input (by
    ``id``) its checkpoint ids -> the result's."""
    names: dict[tuple[str, int], str] = {}
    keyed = {}
    for inp in inputs:
        keyed[id(inp)] = checkpoint_keys(inp)
        by_id = {r["id"]: r for r in inp.tables["checkpoints"]}
        for old, key in keyed[id(inp)].items():
            names.setdefault(key, by_id[old]["name"])
    new_ids = {key: result.add("checkpoints", {"position": 0, "name": names[key], "due_date": key[0]})["id"]
               for key in sorted(names)}
    return {inp_id: {old: new_ids[key] for old, key in keys.items()} for inp_id, keys in keyed.items()}
