"""Combining the workshops of several offices into one consolidated workshop file.

``merge_workshops(out, inputs)`` reads every input read-only, checks them all, and only then writes
``out`` in one atomic step, so a damaged, newer or foreign input leaves nothing behind and the
inputs are never changed. The result is an ordinary workshop file (schema unchanged, so any
version that opens workshops opens it) whose meta records:

* ``consolidated``: the offices' workshops it was made from (file, organization, unit, title,
  date, content fingerprint) and the merge report (duplicates skipped, what did not match);
* ``provenance``: for every group, initiative and plan item, the office it came from (answers,
  scores and votes belong to a group, so they carry it through their group; follow-up progress and
  its evidence belong to a plan item, see app/merge/followup.py);
* ``merge_suggestions``: near-duplicate initiatives across offices, for the facilitator to decide.

Matching: the first input's template is the base. Pillars match by key, questions by pillar and
question key, PMQA categories by number and maturity levels by value. Anything that does not match
is added to the result as its own pillar, question, category or level and listed in the report;
nothing is dropped. See docs/consolidation.md.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from app.errors import InconsistentRowsError, StorageError
from app.merge.inputs import (
    CONSOLIDATED_KEY, PROVENANCE_KEY, SUGGESTIONS_KEY, MergeError, MergeInput, Source, meta_value, read_input,
)
from app.merge.report_text import report_lines  # noqa: F401 (re-exported: callers read it here)
from app.merge.followup import Supplier, newer, office_followups, take_followup
from app.merge.rows import ResultRows
from app.merge.similarity import THRESHOLD, near_duplicates
from app.followup import MAX_EVIDENCE_TOTAL, MB
from app.storage import WorkshopStore, encoded
from app.atomic_file import same_file
from app.clock import now_iso

Progress = Callable[[int, int], None]
REPORT_VERSION = 1
_TEXT_LIMIT = 1000


@dataclass(frozen=True)
class MergeResult:
    path: Path | None
    report: dict          # as stored in the result's ``consolidated`` meta (see report_lines)
    suggestions: int


def _label_offices(sources: list[Source]) -> None:
    """Give every source a label unique in the result: the unit (or organization), then the file."""
    counts: dict[str, int] = {}
    for s in sources:
        counts[s.base_label] = counts.get(s.base_label, 0) + 1
    for s in sources:
        label = s.base_label
        if counts[label] > 1:
            label = f"{label} ({Path(s.file).stem}{', +' if s.added_later else ''})"
        s.office = label[:150]
    seen: dict[str, int] = {}
    for s in sources:  # still equal (same file name in two folders): number them
        seen[s.office] = seen.get(s.office, 0) + 1
        if seen[s.office] > 1:
            s.office = f"{s.office} {seen[s.office]}"


def read_inputs(inputs: Iterable[Path | str | MergeInput], progress: Progress | None = None, *,
                keep_evidence: bool = False) -> list[MergeInput]:
    """Read and check every input first; the first problem raises a WorkshopError naming its file.
    With ``keep_evidence`` the result can be written with the inputs' evidence (see ``read_input``)."""
    paths = [p if isinstance(p, MergeInput) else Path(p) for p in inputs]
    if not paths:
        raise MergeError("nothing_to_combine")
    read = []
    try:
        for n, path in enumerate(paths, 1):
            read.append(path if isinstance(path, MergeInput) else read_input(path, keep_evidence=keep_evidence))
            if progress is not None and not isinstance(path, MergeInput):  # read before: said then
                progress(n, len(paths) + 2)
    except BaseException:
        for inp in read:
            inp.release()
        raise
    return read


def prepare_merge(inputs: Iterable[Path | str | MergeInput], *, title: str | None = None,
                  progress: Progress | None = None) -> tuple[dict[str, list[dict]], dict]:
    """The result's rows and its merge report, without writing anything (also the dialog's preview)."""
    read = read_inputs(inputs, progress)
    result = ResultRows()
    offices, plans, suppliers = _set_aside_duplicates(read, result)
    _label_offices(offices)
    used = [inp for inp, kept in plans if kept]
    base = used[0] if used else read[0]
    base_maps = result.take_template(base, base=True)
    decided: list[dict] = []
    for inp, kept in plans:
        if kept:
            found = len(result.report["differences"]), len(result.report["unmatched"])
            maps = base_maps if inp is base else result.take_template(inp, base=False)
            initiative_ids = result.take_rows(inp, kept, offices, maps)
            _name_offices(result.report, found, [offices[n - 1] for n in kept.values()])
            _carry_notes(inp, kept, result.report)
            decided += carried_decisions(inp, initiative_ids, offices, kept)
    take_followup(result, suppliers)
    _warn_other_template(offices, base, result.report)
    _warn_versions_of_one_workshop(offices, result.report)
    _warn_evidence_total(result.rows["evidence"], result.report)
    found = _suggestions(result.rows["initiatives"], result.provenance["initiatives"], offices, decided)
    suggestions = [dict(s, id=n) for n, s in enumerate(decided + found, 1)]
    report = _summary(result, plans, offices, suggestions)
    if progress is not None:
        progress(len(read) + 1, len(read) + 2)
    meta = {
        CONSOLIDATED_KEY: {"version": REPORT_VERSION, "created_at": now_iso(),
                           "sources": [s.to_dict() for s in offices], "report": report},
        PROVENANCE_KEY: result.provenance,
        SUGGESTIONS_KEY: suggestions,
    }
    rows = dict(result.rows, workshop=[_workshop_row(base, used, offices, title)], agenda_items=[],
                meta=[{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in meta.items()])
    return rows, report


def _set_aside_duplicates(read: list[MergeInput], result: ResultRows) \
        -> tuple[list[Source], list[tuple[MergeInput, dict]], dict[int, Supplier]]:
    """The offices to combine, each once, per input which of its sources are kept (source index ->
    office number, from 1), and where each office's follow-up is read from; every source met before
    goes to the report's duplicates (its follow-up is taken when it is newer, see app/merge/followup.py)."""
    seen: dict[str, tuple[Source, Path]] = {}  # fingerprint -> (the office first met, which file)
    offices: list[Source] = []
    plans, suppliers = [], {}
    for inp in read:
        kept: dict[int, int] = {}
        followups = office_followups(inp)
        for index, source in enumerate(inp.sources):
            first = seen.get(source.fingerprint)
            if first is None:
                seen[source.fingerprint] = (source, inp.path)
                offices.append(source)
                kept[index] = result.office_by_fingerprint[source.fingerprint] = len(offices)
                suppliers[len(offices)] = Supplier(inp, index, followups[index])
                continue
            duplicate = {"file": inp.path.name, "source": source.file, "office": source.base_label,
                         "reason": _why_repeated(source, first, inp), "same_as": first[0].file,
                         "same_as_via": first[0].via if first[0].via != first[0].file else None}
            number = result.office_by_fingerprint[source.fingerprint]
            if followups[index].fingerprint != suppliers[number].followup.fingerprint:
                taken = newer(followups[index], suppliers[number].followup)
                duplicate["followup"] = "taken" if taken else "older"
                if taken:
                    suppliers[number] = Supplier(inp, index, followups[index])
            result.report["duplicates"].append(duplicate)
        plans.append((inp, kept))
    for number, supplier in suppliers.items():
        offices[number - 1].followup_fingerprint = supplier.followup.fingerprint
        offices[number - 1].followup_file = supplier.inp.path.name
    return offices, plans, suppliers


def _why_repeated(source: Source, first: tuple[Source, Path], inp: MergeInput) -> str:
    if source.via or (first[0].via and first[0].via != first[0].file):
        return "inside"  # an office inside a consolidated file, met again
    return "twice" if same_file(first[1], inp.path) else "same"


def _warn_other_template(offices: list[Source], base: MergeInput, report: dict) -> None:
    """Every office whose workshop was made from another template, or another version of it, than the
    base: also an office inside a consolidated input (its own template, not the input's)."""
    expected = base.details
    for source in offices:
        if (source.template_id, source.template_version) != (expected.template_id, expected.template_version):
            report["warnings"].append({
                "kind": "template", "file": source.file, "via": source.via if source.via != source.file else None,
                "fingerprints": [source.fingerprint], "template_id": source.template_id,
                "template_version": source.template_version, "base_id": expected.template_id,
                "base_version": expected.template_version})


def _name_offices(report: dict, found: tuple[int, int], sources: list[Source]) -> None:
    """The offices a template finding of this input is about (by fingerprint: labels change)."""
    prints = [s.fingerprint for s in sources]
    for finding, start in zip(("differences", "unmatched"), found):
        for entry in report[finding][start:]:
            entry["fingerprints"] = prints


def _carry_notes(inp: MergeInput, kept: dict[int, int], report: dict) -> None:
    """What an earlier consolidation noticed about the offices inside a consolidated input (a reworded
    or re-keyed question, a category or level of their own) stays in the report."""
    earlier = (meta_value(inp.tables, CONSOLIDATED_KEY) or {}).get("report") if inp.consolidated else None
    if not isinstance(earlier, dict):
        return
    prints = {inp.sources[index].fingerprint for index in kept}
    by_file = {s.file: s.fingerprint for s in inp.sources}
    for finding in ("differences", "unmatched"):
        for entry in (e for e in earlier.get(finding) or () if isinstance(e, dict)):
            about = [p for p in _about(entry, by_file) if p in prints]
            if about:
                report[finding].append(dict(entry, fingerprints=about, via=entry.get("via") or inp.path.name))


def _about(entry: dict, by_file: dict[str, str]) -> list[str]:
    """The offices (fingerprints) a finding is about; older files named only the file."""
    if entry.get("fingerprints"):
        return list(entry["fingerprints"])
    return [by_file[entry["file"]]] if entry.get("file") in by_file else []


def _summary(result: ResultRows, plans: list[tuple[MergeInput, dict]], offices: list[Source],
             suggestions: list[dict]) -> dict:
    counts = {t: len(result.rows[t]) for t in ("groups", "answers", "assessments", "initiatives", "votes",
                                                 "plan_items", "checkpoints", "progress", "evidence")}
    inputs_seen = [{"file": inp.path.name, "title": inp.details.title,
                    "event_date": inp.details.event_date.isoformat() if inp.details.event_date else None,
                    "offices": [offices[n - 1].office for n in kept.values()],
                    "sources": [s.base_label for s in inp.sources if not s.added_later],
                    "skipped": len(inp.sources) - len(kept)} for inp, kept in plans]
    return dict(result.report, version=REPORT_VERSION, counts=counts, inputs=inputs_seen,
                offices=len(offices), suggestions=sum(1 for s in suggestions if s["status"] == "open"),
                decisions=sum(1 for s in suggestions if s["status"] != "open"))


def _warn_versions_of_one_workshop(offices: list[Source], report: dict) -> None:
    """Two different contents of one workshop (same creation time, same office): maybe an older and a
    newer copy. Both are combined (a shared blank file can legitimately start several offices), but
    the report says so, so the facilitator can remove one."""
    by_identity: dict[tuple, list[Source]] = {}
    for s in offices:
        if s.created_at and not s.added_later:
            by_identity.setdefault((s.created_at, s.organization, s.unit), []).append(s)
    for group in by_identity.values():
        if len(group) > 1:
            report["warnings"].append({"kind": "versions", "files": [s.file for s in group],
                                       "office": group[0].base_label})


def _warn_evidence_total(evidence: list[dict], report: dict) -> None:
    """The offices' evidence together may pass what one workshop may hold: everything is combined
    (nothing an office sent is dropped), and the report says what it means (docs/followup.md)."""
    total = sum(row["size"] for row in evidence)
    if total > MAX_EVIDENCE_TOTAL:
        report["warnings"].append({"kind": "evidence_total", "size_mb": round(total / MB, 1),
                                   "limit_mb": MAX_EVIDENCE_TOTAL // MB})


def _suggestions(initiatives: list[dict], provenance: dict[str, dict], offices: list[Source],
                 decided: list[dict]) -> list[dict]:
    """Open suggestions: each initiative's best match from another office, leaving out pairs decided
    before (a rejected pair is not suggested again)."""
    office = {int(k): v["source"] for k, v in provenance.items()}
    rejected = {frozenset((d["keep"], d["other"])) for d in decided if d.get("keep") and d.get("other")}
    pairs = near_duplicates(initiatives, lambda row: office.get(row["id"]), THRESHOLD,
                            skip=lambda a, b: frozenset((a, b)) in rejected)

    def label(row: dict) -> str:
        number = office.get(row["id"])
        return offices[number - 1].office if number else ""

    return [{"id": n, "kind": "initiative", "keep": a["id"], "other": b["id"], "similarity": score,
             "status": "open", "keep_title": a["title"], "other_title": b["title"],
             "keep_office": label(a), "other_office": label(b)}
            for n, (a, b, score) in enumerate(pairs, 1)]


def carried_decisions(inp: MergeInput, initiative_ids: dict[int, int], offices: list[Source],
                      kept: dict[int, int]) -> list[dict]:
    """The review's decisions in a consolidated input (accepted, rejected, superseded), their
    initiatives renumbered as in the result; open ones are found again. A decision whose kept
    initiative did not come in (its office was counted elsewhere) stays behind."""
    stored = meta_value(inp.tables, SUGGESTIONS_KEY) if inp.consolidated else None
    out = []
    for s in stored if isinstance(stored, list) else ():
        if not isinstance(s, dict) or s.get("status") in (None, "open"):
            continue
        renumbered = {key: initiative_ids.get(s.get(key)) for key in ("keep", "other", "kept", "removed") if key in s}
        survivor = renumbered.get("kept", renumbered.get("keep")) if s["status"] == "accepted" else renumbered.get("keep")
        if survivor is None or (s["status"] == "rejected" and renumbered.get("other") is None):
            continue
        out.append(dict(s, **renumbered, via=s.get("via") or inp.path.name))
    return out


def _workshop_row(base: MergeInput, used: list[MergeInput], offices: list[Source], title: str | None) -> dict:
    row = dict(base.tables["workshop"][0])
    lang = row["language"]
    count = len(offices)
    if title is None:
        title = (f"{base.details.title} (combined, {count} offices)" if lang == "en"
                 else f"{base.details.title} (รวม {count} หน่วยงาน)")
    organizations = list(dict.fromkeys(s.organization for s in offices if s.organization))
    facilitators = list(dict.fromkeys(f for inp in used for f in inp.details.facilitators))
    dates = [inp.details.event_date for inp in used if inp.details.event_date]
    stamp = now_iso()
    row.update(
        title=title[:_TEXT_LIMIT], organization=", ".join(organizations)[:_TEXT_LIMIT], unit="", venue="",
        event_date=max(dates).isoformat() if dates else None,
        facilitators=encoded("workshop", {"facilitators": facilitators})["facilitators"],
        dots_per_group=max(inp.details.dots_per_group for inp in used),
        created_at=stamp, updated_at=stamp)
    return row


def merge_workshops(out: Path | str, inputs: Iterable[Path | str], progress: Progress | None = None,
                    *, title: str | None = None) -> MergeResult:
    """Combine ``inputs`` into the new consolidated workshop ``out`` (see the module's rules).

    Every input is read and checked before anything is written; ``out`` appears complete or not at
    all, and must not exist yet. Inputs are opened read-only and never changed. Must not touch
    widgets: the GUI runs it on a worker thread.
    """
    out = Path(out)
    inputs = [Path(p) for p in inputs]
    if out.exists():
        raise StorageError(out, "already_exists")
    for path in inputs:
        if same_file(out, path):
            raise MergeError("output_is_input", file=str(out))
    read = read_inputs(inputs, progress, keep_evidence=True)
    copies = [folder for folder in (inp.hand_over_evidence() for inp in read) if folder is not None]
    try:
        rows, report = prepare_merge(read, title=title, progress=progress)
        del read  # the inputs' rows are not needed to write the result (peak memory)
        evidence = rows.pop("evidence")  # their bytes are copied from the inputs' private copies
        WorkshopStore.create(out, rows, evidence=evidence).close()
    except InconsistentRowsError as exc:  # an input broke a rule that reading did not catch
        raise MergeError("inputs_inconsistent", system=exc.detail) from None
    finally:
        for folder in copies:
            shutil.rmtree(folder, ignore_errors=True)
    if progress is not None:
        total = len(inputs) + 2
        progress(total, total)
    return MergeResult(out, report, report["suggestions"])
