"""Deleting a row with everything that goes with it, and putting it all back (undo).

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py). The domain parts'
``delete_…`` methods return ``_delete``'s snapshot.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

from app.errors import StorageError
from app.storage.base import StoreBase
from app.storage.tables import CASCADE, TABLES, dependents

# A deleted row and everything that went with it, so that undo can put it all back as it was.
Snapshot = tuple[tuple[str, tuple[dict, ...]], ...]


class SnapshotsMixin(StoreBase):
    """``_delete`` returns a ``Snapshot`` that ``restore`` puts back, with the same ids."""

    def _delete(self, table: str, row_id: int) -> Snapshot:
        """Delete a row and return everything needed to restore it and what depends on it: the rows
        the deletion removes (cascade) and those it changes (a link set to NULL), at every depth."""
        with self._write():
            captured: list[tuple[str, tuple[dict, ...]]] = [(table, (self._require(table, row_id),))]
            self._capture_dependents(table, [row_id], captured)
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        return tuple(captured)

    def _capture_dependents(self, table: str, ids: list[int], captured: list) -> None:
        for child, column, on_delete in dependents(table):
            rows = self._read(f"SELECT * FROM {child} WHERE {column} IN ({','.join('?' * len(ids))})", ids)
            if rows:
                captured.append((child, tuple(rows)))
                if on_delete == CASCADE and TABLES[child].key == ("id",):
                    # An unlinked row stays, and so does what hangs on it.
                    self._capture_dependents(child, [row["id"] for row in rows], captured)

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what ``_delete`` removed or changed, with the same ids (undo)."""
        with self._write(), self._undoing():
            self._put_back(snapshot)

    @contextmanager
    def _undoing(self) -> Iterator[None]:
        """An undo step assumes the later steps were undone first; if the file says otherwise (a row
        it needs is gone), the step is refused with a message rather than failing as a bug."""
        try:
            yield
        except sqlite3.IntegrityError:
            raise StorageError(self.path, "changed_since") from None

    def _put_back(self, snapshot: Snapshot) -> None:
        # An upsert, never INSERT OR REPLACE: replacing a row that still exists deletes it first, and
        # the foreign keys' ON DELETE actions would unlink or remove what refers to it.
        for table, rows in snapshot:
            self.db[table].upsert_all(rows, pk=TABLES[table].key)
