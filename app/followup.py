"""Follow-up after the workshop (issue #23): the operations on checkpoints, progress and evidence.

``Workshop`` (app/workshop.py) includes these operations; like every other operation they validate
their input, commit before returning and return a ``Changes`` value (``followup=True``). Removals
return a snapshot that ``Workshop.restore`` puts back (undo); an edit of progress is undone by
setting the fields read before it with ``progress_of`` (or removing the row it created).

Evidence files are kept in the workshop file itself, so one file still holds everything; their
limits are below and in docs/followup.md. Their bytes are checked against their SHA-256 whenever
they are read.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app import atomic_file
from app.changes import Changes
from app.errors import StorageError, ValidationError, read_failure
from app.followup_summary import CheckpointGlance, glance, overdue, plan_fiscal_year, quarter_checkpoints
from app.model import PROGRESS_STATUSES, Checkpoint, Evidence, Progress
from app.validation import clean_text, whole_number

if TYPE_CHECKING:
    from app.storage import Snapshot, WorkshopStore

MB = 1024 * 1024
MAX_EVIDENCE_FILE = 20 * MB        # one file: a scanned report or a few photos
MAX_EVIDENCE_TOTAL = 100 * MB      # a workshop: its JSON export (base64) stays under the import's 200 MB
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*$")
# Characters no file name may hold on Windows, macOS or Linux: a name from an imported file is never
# trusted to make the path of the copy handed to the system's viewer.
_UNSAFE_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _day(field: str, value: object) -> date:
    if not isinstance(value, date):
        raise ValidationError(field, "not_a_date")
    return value


def evidence_name(value: object) -> str:
    """A file's name as evidence keeps it: its last part only, without folders."""
    name = clean_text("name", value, limit=255)
    name = re.split(r"[/\\]", name)[-1].strip()
    if name in ("", ".", ".."):
        raise ValidationError("name", "not_a_file_name")
    return name


def media_type_for(name: str, given: str | None) -> str:
    if given is None:
        return mimetypes.guess_type(name)[0] or "application/octet-stream"
    if not isinstance(given, str) or not _MEDIA_TYPE.match(given) or len(given) > 255:
        raise ValidationError("media_type", "not_a_media_type")
    return given


def check_evidence_size(size: int, held: int, field: str = "evidence") -> None:
    """Refuse a file over the per-file limit, or one that would take the workshop past its total."""
    if size > MAX_EVIDENCE_FILE:
        raise ValidationError(field, "evidence_too_large", value=f"{size / MB:.1f}", limit=MAX_EVIDENCE_FILE // MB)
    if held + size > MAX_EVIDENCE_TOTAL:
        raise ValidationError(field, "evidence_full", value=f"{size / MB:.1f}", limit=MAX_EVIDENCE_TOTAL // MB)


def safe_file_name(name: str, evidence_id: int) -> str:
    """A name that is safe to create in a folder of our own, keeping the extension for the viewer."""
    cleaned = _UNSAFE_IN_NAME.sub("_", name).strip(" .")[:120]
    return cleaned or f"evidence-{evidence_id}"


def _read_source(source: Path) -> bytes:
    """The bytes of the file to attach; its size checked before it is read."""
    try:
        if source.is_dir():
            raise StorageError(source, "is_folder")
        size = source.stat().st_size
        check_evidence_size(size, 0)
        return source.read_bytes()
    except OSError as exc:
        raise read_failure(source, exc) from None


class FollowupOperations:
    """The follow-up operations of ``Workshop`` (which provides ``store``, ``transaction``, ``_done``)."""

    store: WorkshopStore

    # ----------------------------------------------------------------- reading
    def checkpoints(self) -> list[Checkpoint]: return self.store.checkpoints()
    def progress(self, checkpoint_id: int | None = None) -> list[Progress]:
        return self.store.progress(None if checkpoint_id is None else [checkpoint_id])
    def progress_of(self, plan_item_id: int, checkpoint_id: int) -> Progress | None:
        return self.store.progress_of(plan_item_id, checkpoint_id)
    def evidence(self, progress_id: int | None = None) -> list[Evidence]:
        """What is attached (without the bytes): to one progress row, or to all of them."""
        return self.store.evidence(None if progress_id is None else [progress_id])
    def evidence_held(self) -> int:
        """Bytes of evidence the workshop holds (its limit is ``MAX_EVIDENCE_TOTAL``)."""
        return self.store.evidence_bytes()

    # ----------------------------------------------------------------- checkpoints
    def plan_fiscal_year(self, today: date | None = None) -> int:
        """The fiscal year (Buddhist Era) the default checkpoints are the quarters of."""
        return plan_fiscal_year(self.store.plan_items(), self.store.details().event_date, today or date.today())

    def start_followup(self, year: int | None = None) -> Changes:
        """Create the default checkpoints, the four quarters of ``year`` (default: the plan's fiscal
        year), named in the workshop's language; nothing when the workshop has checkpoints already."""
        year = whole_number("fiscal_year", year, 2400, 2800, optional=True)
        with self.transaction():
            if self.store.checkpoints():
                return Changes()
            details = self.store.details()
            entries = quarter_checkpoints(year or self.plan_fiscal_year(), details.language, details.thai_digits)
            ids = self.store.add_checkpoints(entries)
        return self._done(Changes(followup=True, new_id=ids[0]))

    def add_checkpoint(self, name: str, due_date: date) -> Changes:
        entry = (clean_text("name", name, limit=500), _day("due_date", due_date))
        return self._done(Changes(followup=True, new_id=self.store.add_checkpoints([entry])[0]))

    def rename_checkpoint(self, checkpoint_id: int, name: str) -> Changes:
        self.store.update_checkpoint(checkpoint_id, {"name": clean_text("name", name, limit=500)})
        return self._done(Changes(followup=True))

    def redate_checkpoint(self, checkpoint_id: int, due_date: date) -> Changes:
        self.store.update_checkpoint(checkpoint_id, {"due_date": _day("due_date", due_date)})
        return self._done(Changes(followup=True))

    def reorder_checkpoints(self, ids: list[int]) -> Changes:
        self.store.reorder_checkpoints(ids)
        return self._done(Changes(followup=True))

    def remove_checkpoint(self, checkpoint_id: int) -> tuple[Changes, Snapshot]:
        """Removes the checkpoint with the progress reported at it and its evidence; the snapshot undoes it."""
        snapshot = self.store.delete_checkpoint(checkpoint_id)
        return self._done(Changes(followup=True)), snapshot

    # ----------------------------------------------------------------- progress
    @staticmethod
    def _progress_fields(fields: dict) -> dict:
        out = {}
        for key, value in fields.items():
            if key == "status":
                if value not in PROGRESS_STATUSES:
                    raise ValidationError(key, "not_one_of", choices=", ".join(PROGRESS_STATUSES))
            elif key == "percent":
                value = whole_number(key, value, 0, 100)
            elif key == "spent_satang":
                value = whole_number(key, value, 0, 10**15, optional=True)
            elif key in ("kpi_actual", "note"):
                value = clean_text(key, value, required=False, limit=5000)
            else:
                raise ValidationError(key, "not_progress_field")
            out[key] = value
        return out

    def set_progress(self, plan_item_id: int, checkpoint_id: int, **fields) -> Changes:
        """Set fields of an item's progress at a checkpoint (status, percent, kpi_actual, spent_satang,
        note), creating the row on its first edit; ``new_id`` is the row's id."""
        progress_id = self.store.set_progress(plan_item_id, checkpoint_id, self._progress_fields(fields))
        return self._done(Changes(followup=True, new_id=progress_id))

    def remove_progress(self, progress_id: int) -> tuple[Changes, Snapshot]:
        """Removes a progress row with its evidence (undoes a first edit); the snapshot puts it back."""
        snapshot = self.store.delete_progress(progress_id)
        return self._done(Changes(followup=True)), snapshot

    # ----------------------------------------------------------------- evidence
    def attach_evidence(self, plan_item_id: int, checkpoint_id: int, source: Path | str | bytes,
                        name: str | None = None, media_type: str | None = None) -> Changes:
        """Keep a file (a path, or bytes with a ``name``) as evidence of an item's progress at a
        checkpoint, inside the workshop file; ``new_id`` is the evidence's id. Refused beyond
        ``MAX_EVIDENCE_FILE`` per file and ``MAX_EVIDENCE_TOTAL`` per workshop."""
        if isinstance(source, bytes):
            content = source
        else:
            source = Path(source)
            name = source.name if name is None else name
            content = _read_source(source)
        name = evidence_name(name)
        fields = {"name": name, "media_type": media_type_for(name, media_type), "size": len(content),
                  "sha256": hashlib.sha256(content).hexdigest()}
        if not content:
            raise ValidationError("evidence", "empty")
        with self.transaction():  # the total is read and the file added with no other edit between
            check_evidence_size(len(content), self.store.evidence_bytes())
            progress_id = self.store.set_progress(plan_item_id, checkpoint_id, {})
            evidence_id = self.store.add_evidence(progress_id, fields, content)
        return self._done(Changes(followup=True, new_id=evidence_id))

    def rename_evidence(self, evidence_id: int, name: str) -> Changes:
        self.store.update_evidence(evidence_id, {"name": evidence_name(name)})
        return self._done(Changes(followup=True))

    def remove_evidence(self, evidence_id: int) -> tuple[Changes, Snapshot]:
        snapshot = self.store.delete_evidence(evidence_id)
        return self._done(Changes(followup=True)), snapshot

    def evidence_content(self, evidence_id: int) -> bytes:
        """The file's bytes, checked against the SHA-256 recorded when it was attached."""
        record, content = self.store.evidence_content(evidence_id)
        if len(content) != record.size or hashlib.sha256(content).hexdigest() != record.sha256:
            raise StorageError(self.store.path, "evidence_damaged", file=record.name)
        return content

    def evidence_file(self, evidence_id: int, folder: Path | str | None = None) -> Path:
        """A copy of the evidence as a file of its own name, for the system's viewer: in ``folder``,
        or in a new private temporary folder (the caller removes it when done)."""
        content = self.evidence_content(evidence_id)
        record = next(e for e in self.store.evidence() if e.id == evidence_id)
        folder = Path(tempfile.mkdtemp(prefix="pmqa-evidence-")) if folder is None else Path(folder)
        target = folder / safe_file_name(record.name, evidence_id)
        try:
            atomic_file.write_bytes(target, content)
        except OSError as exc:
            raise StorageError(target, "cannot_write", system=exc.strerror or str(exc)) from None
        return target

    # ----------------------------------------------------------------- at a glance
    def followup_glance(self) -> list[CheckpointGlance]:
        """Where the plan stands at each checkpoint: per pillar, per PMQA category and overall (pure data)."""
        with self.store.lock:  # one consistent reading of the three tables
            return glance(self.store.plan_items(), self.store.checkpoints(), self.store.progress())

    def overdue_checkpoints(self, today: date | None = None) -> list[Checkpoint]:
        """Checkpoints whose date has passed with no progress reported at them (the opening banner)."""
        with self.store.lock:
            return overdue(self.store.checkpoints(), self.store.progress(), self.store.plan_items(),
                           today or date.today())
