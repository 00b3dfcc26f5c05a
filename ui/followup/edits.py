"""The Follow-up step's edits: each one through a Workshop operation, committed when it returns,
and pushed onto the window's undo stack (Edit → Undo, Ctrl+Z). Errors the user can act on (a
file over the evidence limits, a value out of range) are shown beside the step.

Undo follows the core's contract (docs/followup.md): a progress edit is undone by setting the
fields as ``progress_of`` gave them before it, or, when the edit created the row, by removing the
row (its snapshot brings it back, with the same id, on redo); a removal by ``restore(snapshot)``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.changes import Changes
from app.storage.followup import PROGRESS_FIELDS
from ui.common.undo import removals, run_or_report

translate = QCoreApplication.translate


class FollowupEdits:
    """Undoable follow-up edits for ``owner`` (the step panel: its ``context`` and ``workshop``)."""

    def __init__(self, owner):
        self.owner = owner

    @property
    def w(self):
        return self.owner.workshop

    def _run(self, text: str, do, undo, redo=None):
        return run_or_report(self.owner, self.owner.context.undo_stack, text, do, undo, redo)

    # ----------------------------------------------------------------- checkpoints
    def start(self) -> bool:
        """The default checkpoints (the plan's fiscal-year quarters); undo removes them."""
        w, made = self.w, {}

        def do() -> Changes:
            before = {c.id for c in w.checkpoints()}
            changes = w.start_followup()
            made["ids"] = [c.id for c in w.checkpoints() if c.id not in before]
            return changes

        def undo(_result) -> None:
            made["snapshots"] = [w.remove_checkpoint(i)[1] for i in made["ids"]]

        def redo() -> None:
            for snapshot in made["snapshots"]:
                w.restore(snapshot)

        return self._run(translate("Followup", "Start follow-up"), do, undo, redo) is not None

    def add_checkpoint(self, name: str, day: date) -> int | None:
        w, kept = self.w, {}

        def do() -> Changes:
            changes = w.add_checkpoint(name, day)
            kept["id"] = changes.new_id
            return changes

        def undo(_result) -> None:
            kept["snapshot"] = w.remove_checkpoint(kept["id"])[1]

        ok = self._run(translate("Followup", "Add checkpoint"), do, undo, lambda: w.restore(kept["snapshot"]))
        return kept["id"] if ok is not None else None

    def edit_checkpoint(self, checkpoint, name: str, day: date) -> bool:
        """Rename and redate in one undo step; nothing when neither changed."""
        w, old_name, old_day = self.w, checkpoint.name, checkpoint.due_date
        if name.strip() == old_name and day == old_day:
            return False

        def set_to(new_name: str, new_day: date) -> Changes:
            return w.rename_checkpoint(checkpoint.id, new_name) | w.redate_checkpoint(checkpoint.id, new_day)

        return self._run(translate("Followup", "Edit checkpoint"), lambda: set_to(name, day),
                         lambda _r: set_to(old_name, old_day)) is not None

    def remove_checkpoint(self, checkpoint_id: int) -> bool:
        do, undo = removals(self.w.remove_checkpoint, self.w.restore, [checkpoint_id])
        return self._run(translate("Followup", "Remove checkpoint"), do, undo) is not None

    # ----------------------------------------------------------------- progress
    def set_progress(self, item_id: int, checkpoint_id: int, fields: dict, carried=None) -> bool:
        """Set ``fields`` of the item's progress at the checkpoint. A first report at a checkpoint
        starts from ``carried`` (the latest earlier report: every value is cumulative)."""
        w = self.w
        before = w.progress_of(item_id, checkpoint_id)
        if before is not None:
            old = {k: getattr(before, k) for k in fields}
            if old == fields:
                return False
            return self._run(translate("Followup", "Edit progress"),
                             lambda: w.set_progress(item_id, checkpoint_id, **fields),
                             lambda _r: w.set_progress(item_id, checkpoint_id, **old)) is not None
        first = dict(fields)
        if carried is not None:
            first = {**{k: getattr(carried, k) for k in PROGRESS_FIELDS if k != "note"}, **fields}
        kept = {}

        def do() -> Changes:
            changes = w.set_progress(item_id, checkpoint_id, **first)
            kept["id"] = changes.new_id
            return changes

        def undo(_result) -> None:
            kept["snapshot"] = w.remove_progress(kept["id"])[1]

        return self._run(translate("Followup", "Edit progress"), do, undo,
                         lambda: w.restore(kept["snapshot"])) is not None

    # ----------------------------------------------------------------- evidence
    def attach(self, item_id: int, checkpoint_id: int, path: Path, carried=None) -> int | None:
        """Keep the file in the workshop as evidence; undo takes it out again, with the progress row
        the attachment made when there was none (which starts from ``carried``, as a first edit does)."""
        w, kept = self.w, {}
        had_row = w.progress_of(item_id, checkpoint_id) is not None

        def do() -> Changes:
            made = None
            if not had_row and carried is not None:
                fields = {k: getattr(carried, k) for k in PROGRESS_FIELDS if k != "note"}
                made = w.set_progress(item_id, checkpoint_id, **fields).new_id
            try:
                changes = w.attach_evidence(item_id, checkpoint_id, path)
            except Exception:
                if made is not None:  # refused (too large, unreadable): no report of its own either
                    w.remove_progress(made)
                raise
            kept["id"] = changes.new_id
            return changes

        def undo(_result) -> None:
            if had_row:
                kept["snapshot"] = w.remove_evidence(kept["id"])[1]
            else:
                kept["snapshot"] = w.remove_progress(w.progress_of(item_id, checkpoint_id).id)[1]

        ok = self._run(translate("Followup", "Attach evidence"), do, undo, lambda: w.restore(kept["snapshot"]))
        return kept["id"] if ok is not None else None

    def rename_evidence(self, evidence, name: str) -> bool:
        w, old = self.w, evidence.name
        if name.strip() == old:
            return False
        return self._run(translate("Followup", "Rename evidence"), lambda: w.rename_evidence(evidence.id, name),
                         lambda _r: w.rename_evidence(evidence.id, old)) is not None

    def remove_evidence(self, evidence_id: int) -> bool:
        do, undo = removals(self.w.remove_evidence, self.w.restore, [evidence_id])
        return self._run(translate("Followup", "Remove evidence"), do, undo) is not None
