"""Follow-up after the workshop (issue #23): checkpoints, progress per plan item and checkpoint, and
evidence files kept in the workshop file itself.

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py); methods return domain
objects and commit before returning. An evidence row's bytes (``content``) are read only by
``evidence_content``: listing evidence never loads them, so a workshop holding a hundred
megabytes of scans opens and redraws as fast as one holding none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterable

from app.clock import now_iso
from app.model import Checkpoint, Evidence, Progress
from app.storage.snapshots import Snapshot, SnapshotsMixin

# The columns an edit of progress may set; ``updated_at`` is stamped by the store on every edit.
PROGRESS_FIELDS = ("status", "percent", "kpi_actual", "spent_satang", "note")
_EVIDENCE_COLUMNS = ", ".join(Evidence._fields)


def _checkpoint(row: dict) -> Checkpoint:
    return Checkpoint(**dict(row, due_date=date.fromisoformat(row["due_date"])))


def _in(column: str, ids: Iterable[int] | None) -> tuple[str, tuple]:
    """A WHERE clause choosing rows whose ``column`` is among ``ids`` (every row when None)."""
    if ids is None:
        return "1", ()
    ids = tuple(ids)
    return f"{column} IN ({', '.join('?' * len(ids))})", ids


class FollowupMixin(SnapshotsMixin):
    """Checkpoints in their order, progress rows (one per plan item and checkpoint), evidence."""

    # ----------------------------------------------------------------- checkpoints
    def checkpoints(self) -> list[Checkpoint]:
        return [_checkpoint(r) for r in self._read("SELECT * FROM checkpoints ORDER BY position, id")]

    def add_checkpoints(self, entries: list[tuple[str, date]]) -> list[int]:
        """Checkpoints (name, date) after the last one, in one transaction; their ids."""
        with self._write():
            first = self._next_position("checkpoints")
            return [self.db["checkpoints"].insert(
                {"position": first + offset, "name": name, "due_date": day.isoformat()}).last_pk
                for offset, (name, day) in enumerate(entries)]

    def update_checkpoint(self, checkpoint_id: int, fields: dict) -> None:
        if isinstance(fields.get("due_date"), date):
            fields = dict(fields, due_date=fields["due_date"].isoformat())
        self._update("checkpoints", checkpoint_id, fields)

    def reorder_checkpoints(self, ids: list[int]) -> None:
        self._reorder("checkpoints", ids)

    def delete_checkpoint(self, checkpoint_id: int) -> Snapshot:
        """Removes the checkpoint with its progress rows and their evidence (the snapshot keeps it all)."""
        return self._delete("checkpoints", checkpoint_id)

    # ----------------------------------------------------------------- progress
    def progress(self, checkpoint_ids: Iterable[int] | None = None) -> list[Progress]:
        where, params = _in("checkpoint_id", checkpoint_ids)
        return [Progress(**r) for r in self._read(
            f"SELECT * FROM progress WHERE {where} ORDER BY checkpoint_id, plan_item_id", params)]

    def progress_of(self, plan_item_id: int, checkpoint_id: int) -> Progress | None:
        rows = self._read("SELECT * FROM progress WHERE plan_item_id = ? AND checkpoint_id = ?",
                          (plan_item_id, checkpoint_id))
        return Progress(**rows[0]) if rows else None

    def set_progress(self, plan_item_id: int, checkpoint_id: int, fields: dict) -> int:
        """Create the row (with the schema's defaults) or change the named fields; its id."""
        unknown = set(fields) - set(PROGRESS_FIELDS)
        if unknown:
            raise ValueError(f"not a progress field: {sorted(unknown)[0]}")  # the core validates first
        with self._write():
            self._require("plan_items", plan_item_id)
            self._require("checkpoints", checkpoint_id)
            columns = ["plan_item_id", "checkpoint_id", *fields, "updated_at"]
            values = [plan_item_id, checkpoint_id, *fields.values(), now_iso()]
            changed = ", ".join(f"{c} = excluded.{c}" for c in (*fields, "updated_at"))
            self.conn.execute(
                f"INSERT INTO progress ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT (plan_item_id, checkpoint_id) DO UPDATE SET {changed}", values)
            return self._read("SELECT id FROM progress WHERE plan_item_id = ? AND checkpoint_id = ?",
                              (plan_item_id, checkpoint_id))[0]["id"]

    def delete_progress(self, progress_id: int) -> Snapshot:
        """Removes a progress row with its evidence (the snapshot keeps it all)."""
        return self._delete("progress", progress_id)

    # ----------------------------------------------------------------- evidence
    def evidence(self, progress_ids: Iterable[int] | None = None) -> list[Evidence]:
        """What is attached (name, type, size, checksum), without the bytes."""
        where, params = _in("progress_id", progress_ids)
        return [Evidence(**r) for r in self._read(
            f"SELECT {_EVIDENCE_COLUMNS} FROM evidence WHERE {where} ORDER BY progress_id, id", params)]

    def evidence_content(self, evidence_id: int) -> tuple[Evidence, bytes]:
        """An evidence row and its bytes, as stored (the core checks them against the checksum)."""
        row = self._require("evidence", evidence_id)
        content = bytes(row.pop("content"))
        return Evidence(**row), content

    def evidence_bytes(self) -> int:
        """The bytes of evidence the workshop holds (the sum of the sizes; no content is read)."""
        return self._read("SELECT coalesce(sum(size), 0) AS total FROM evidence")[0]["total"]

    def add_evidence(self, progress_id: int, fields: dict, content: bytes) -> int:
        """Store a file's bytes with its description (name, media type, size, sha256)."""
        with self._write():
            self._require("progress", progress_id)
            columns = ["progress_id", *fields, "added_at", "content"]
            self.conn.execute(
                f"INSERT INTO evidence ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [progress_id, *fields.values(), now_iso(), content])
            return self.conn.execute("SELECT last_insert_rowid()").fetchone()[0]

    def copy_evidence(self, rows: Iterable[dict]) -> None:
        """Add evidence rows whose bytes are in other workshop files: each row's ``content_from`` is
        (that file, the evidence's id there). The bytes go from file to file inside SQLite, one row
        at a time, never through Python; one transaction per file (a file is attached outside a
        transaction). A missing row or bytes of the wrong length break the table's rules
        (``sqlite3.IntegrityError``)."""
        by_file: dict[Path, list[dict]] = {}
        for row in rows:
            by_file.setdefault(row["content_from"][0], []).append(row)
        columns = Evidence._fields
        insert = (f"INSERT INTO evidence ({_EVIDENCE_COLUMNS}, content) VALUES ({', '.join('?' * len(columns))}, "
                  "(SELECT content FROM giver.evidence WHERE id = ?))")
        for file, group in by_file.items():
            if file is None:
                raise ValueError("evidence read without keeping its file cannot be written")
            with self.lock:
                self.conn.execute("ATTACH DATABASE ? AS giver", (f"{Path(file).resolve().as_uri()}?mode=ro",))
                try:
                    with self._write_raw():
                        self.conn.executemany(insert, [(*(r[c] for c in columns), r["content_from"][1]) for r in group])
                finally:
                    self.conn.execute("DETACH DATABASE giver")

    def update_evidence(self, evidence_id: int, fields: dict) -> None:
        self._update("evidence", evidence_id, fields)

    def delete_evidence(self, evidence_id: int) -> Snapshot:
        return self._delete("evidence", evidence_id)
