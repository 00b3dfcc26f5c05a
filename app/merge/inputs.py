"""Reading the workshop files to be combined: checks, content fingerprints and the offices inside.

An *input* is a file the user chose. A *source* is one office's workshop: a plain input is one
source; a consolidated input carries the sources it was made from (its ``consolidated`` meta) and
says which rows came from which (its ``provenance`` meta). Duplicates are found source by source,
by fingerprint, so a file given twice, or given alone and also inside a consolidated input, counts
once. Inputs are opened read-only and never changed.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import weakref
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.errors import StorageError, WorkshopError, naming, problem_text
from app.model import Details
from app.storage import SCHEMA_VERSION, WorkshopStore, check_recognised, private_copy

CONSOLIDATED_KEY, PROVENANCE_KEY, SUGGESTIONS_KEY = "consolidated", "provenance", "merge_suggestions"
# Meta keys that are content (a consolidated file's history), unlike run state or the current step.
CONTENT_META = (CONSOLIDATED_KEY, PROVENANCE_KEY)
# Follow-up is combined (app/merge/followup.py) but is no part of the content fingerprint: an office's
# follow-up file is still that office's workshop, and fingerprints recorded before follow-up stay true.
FOLLOWUP_TABLES = ("checkpoints", "progress", "evidence")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class MergeError(WorkshopError):
    """The files cannot be combined as asked (nothing was written)."""

    def __init__(self, code: str, **values):
        self.code, self.values = code, values
        super().__init__(problem_text(code, values))


def fingerprint(tables: dict[str, list[dict]]) -> str:
    """SHA-256 of the workshop's content, independent of the file's bytes.

    Run state and other meta (current step, timers) are left out, so opening a file or sending a
    compact copy does not change its fingerprint; a consolidated file's history is kept in.
    """
    content = {name: rows for name, rows in tables.items() if name != "meta" and name not in FOLLOWUP_TABLES}
    content["meta"] = [r for r in tables.get("meta", []) if r["key"] in CONTENT_META]
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass
class Source:
    """One office's workshop as it enters the result (a plain input, or one inside a consolidated one)."""
    file: str
    organization: str
    unit: str
    title: str
    event_date: str | None
    fingerprint: str
    template_id: str
    template_version: str
    created_at: str = ""
    via: str | None = None          # the consolidated file it came inside, if any
    added_later: bool = False       # rows typed into a consolidated file after it was combined
    office: str = ""                # the label shown beside its rows (unique in one result)
    followup_fingerprint: str = ""  # of the follow-up combined for it ("" none; app/merge/followup.py)
    followup_file: str | None = None  # the input its follow-up was read from

    @property
    def base_label(self) -> str:
        return self.unit or self.organization or self.title or Path(self.file).stem

    def to_dict(self) -> dict:
        return {"file": self.file, "organization": self.organization, "unit": self.unit, "title": self.title,
                "event_date": self.event_date, "fingerprint": self.fingerprint, "template_id": self.template_id,
                "template_version": self.template_version, "created_at": self.created_at, "via": self.via,
                "added_later": self.added_later, "office": self.office,
                "followup_fingerprint": self.followup_fingerprint, "followup_file": self.followup_file}

    @classmethod
    def from_dict(cls, data: dict, via: str) -> "Source":
        known = {k: data.get(k) for k in ("file", "organization", "unit", "title", "event_date", "fingerprint",
                                           "template_id", "template_version")}
        for key in ("file", "organization", "unit", "title", "fingerprint", "template_id", "template_version"):
            known[key] = known[key] or ""
        return cls(**known, created_at=data.get("created_at") or "", via=data.get("via") or via,
                   added_later=bool(data.get("added_later")), office=data.get("office") or "")


@dataclass
class MergeInput:
    """One chosen file, read whole. ``row_source`` says which of its sources each row came from."""
    path: Path
    details: Details
    tables: dict[str, list[dict]]
    fingerprint: str
    sources: list[Source]
    # (table, row id) -> index into ``sources``, for groups, initiatives and plan items
    row_source: dict[tuple[str, int], int] = field(default_factory=dict)
    # the private copy the evidence's bytes are copied from when the result is written (None when
    # the input holds no evidence or was read for a preview); removed by ``release`` or with the input
    evidence_file: Path | None = None
    evidence_folder: Path | None = None   # the temporary folder holding it

    def __post_init__(self):
        folder = self.evidence_folder
        self._release = weakref.finalize(self, shutil.rmtree, folder, True) if folder else None

    def release(self) -> None:
        """Remove the private copy kept for the evidence (the input can no longer be written out)."""
        if self._release is not None:
            self._release()

    def hand_over_evidence(self) -> Path | None:
        """The folder of the private copy kept for the evidence, which the caller now removes: it
        outlives this input (whose rows can be let go before the result is written)."""
        if self._release is None or not self._release.alive:
            return None
        self._release.detach()
        return self.evidence_folder

    @property
    def consolidated(self) -> bool:
        return len(self.sources) > 1 or bool(self.sources and self.sources[0].via)

    def source_of(self, table: str, row_id: int) -> int:
        return self.row_source.get((table, row_id), 0)


def meta_value(tables: dict[str, list[dict]], key: str):
    """The value of a meta key in a file's rows (None when absent)."""
    for row in tables.get("meta", []):
        if row["key"] == key:
            return json.loads(row["value"])
    return None


def _read_tables(path: Path, keep_evidence: bool) -> tuple[Details, dict[str, list[dict]], tuple[Path, Path] | None]:
    """Details and every row of ``path``, read from a private copy; the copy and its temporary
    folder when it holds evidence and ``keep_evidence`` (the caller removes the folder), else None.

    The inputs are often on a USB stick the office takes back, so nothing is created or applied
    beside them: a copy (with what a crash left beside the file, when it belongs to it) is read in
    a temporary folder, where an older schema is upgraded too. Evidence is read without its bytes:
    writing the result copies them from the kept copy, file to file (``WorkshopStore.create``).
    """
    check_recognised(path, SCHEMA_VERSION)  # refuse foreign and newer files before copying them
    folder = Path(tempfile.mkdtemp(prefix="pmqa-merge-"))
    try:
        try:
            copy = private_copy(path, folder)
        except OSError as exc:
            raise StorageError(path, "cannot_read", system=exc.strerror or str(exc)) from None
        try:
            store = WorkshopStore.open(copy)
        except WorkshopError as exc:
            raise naming(exc, path) from None
        try:
            tables = store.dump(leave_out=("evidence",))
            tables["evidence"] = [e._asdict() for e in store.evidence()]
            details = store.details()
        finally:
            store.close()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if keep_evidence and tables["evidence"]:
        return details, tables, (copy, folder)
    shutil.rmtree(folder, ignore_errors=True)
    return details, tables, None


def read_input(path: Path | str, *, keep_evidence: bool = False) -> MergeInput:
    """Read a workshop file for combining; raise a WorkshopError naming the file if it cannot be.

    The file and its folder are left exactly as they were (see ``_read_tables``). With
    ``keep_evidence`` the input can be written out with its evidence (``release`` it after).
    """
    path = Path(path)
    details, tables, kept = _read_tables(path, keep_evidence)
    evidence_file, evidence_folder = kept or (None, None)
    print_ = fingerprint(tables)
    workshop = tables["workshop"][0]
    own = Source(file=path.name, organization=details.organization, unit=details.unit, title=details.title,
                 event_date=details.event_date.isoformat() if details.event_date else None,
                 fingerprint=print_, template_id=details.template_id,
                 template_version=details.template_version, created_at=workshop["created_at"])
    consolidated = meta_value(tables, CONSOLIDATED_KEY)
    if not isinstance(consolidated, dict) or not consolidated.get("sources"):
        return MergeInput(path, details, tables, print_, [own], evidence_file=evidence_file,
                          evidence_folder=evidence_folder)
    try:
        sources = [Source.from_dict(s, path.name) for s in consolidated["sources"]]
    except (TypeError, AttributeError) as exc:
        raise MergeError("combined_record", file=str(path), system=str(exc)) from None
    provenance = meta_value(tables, PROVENANCE_KEY) or {}
    row_source: dict[tuple[str, int], int] = {}
    later = None
    for table in ("groups", "initiatives", "plan_items"):
        recorded = provenance.get(table, {}) if isinstance(provenance, dict) else {}
        for row in tables[table]:
            entry = recorded.get(str(row["id"]))
            index = entry.get("source") if isinstance(entry, dict) else None
            if isinstance(index, int) and 1 <= index <= len(sources):
                row_source[(table, row["id"])] = index - 1
                continue
            if later is None:  # rows typed into the consolidated file after combining
                sources.append(Source(file=path.name, organization=details.organization, unit=details.unit,
                                      title=details.title, event_date=own.event_date,
                                      fingerprint=f"{print_}:added", template_id=details.template_id,
                                      template_version=details.template_version,
                                      created_at=own.created_at, via=path.name, added_later=True))
                later = len(sources) - 1
            row_source[(table, row["id"])] = later
    return MergeInput(path, details, tables, print_, sources, row_source, evidence_file, evidence_folder)


def original_group_name(inp: MergeInput, group: dict) -> str:
    """A group's name as its office gave it (a consolidated input prefixes the office)."""
    if inp.consolidated:
        entry = (meta_value(inp.tables, PROVENANCE_KEY) or {}).get("groups", {}).get(str(group["id"]))
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            return entry["name"]
    return group["name"]


def shared_copy_name(details: Details, when: date | None = None) -> str:
    """A file name for a copy sent to the planning unit: organization, office and date.

    For example ``กรมพัฒนาที่ดิน - สพด.เชียงใหม่ - 2561-12-17.pmqa`` (the date in the Buddhist Era,
    as Thai offices file it). Characters that Windows forbids are removed.
    """
    return _file_name([details.organization, details.unit], details.event_date or when or date.today())


def combined_name(title: str, when: date | None = None) -> str:
    """The combined workshop's default file name, dated in the Buddhist Era like a sent copy:
    ``รวมผลการประชุม - 2569-12-06.pmqa``."""
    return _file_name([title], when or date.today())


def _file_name(parts: list[str], day: date) -> str:
    parts = [*parts, f"{day.year + 543}-{day:%m-%d}"]
    cleaned = (" ".join(_UNSAFE.sub(" ", p).split()).strip(" .") for p in parts if p and p.strip())
    stem = " - ".join(c for c in cleaned if c)
    return f"{stem[:120].strip() or 'workshop'}.pmqa"
