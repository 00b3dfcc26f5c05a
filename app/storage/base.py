"""What every part of the store stands on: the connection, the lock, reads, committed writes, and
the row operations all domains share.

``WorkshopStore`` (store.py) is assembled from one part per domain (details.py, groups.py,
answers.py …). Each part is a subclass of :class:`StoreBase` (or of ``SnapshotsMixin``, itself one,
when it deletes rows), so what a part may use is written here, not left to convention, and
go-to-definition leads from any ``self._read`` to its one definition.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from app.errors import NotFoundError, StorageError
from app.storage.connection import translate


class StoreBase:
    """One open connection to a workshop file. Thread-safe: every read and write holds ``lock``."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool = False):
        self.conn, self.path, self.readonly = conn, path, readonly
        self._db = None
        self.lock = threading.RLock()
        self.set_aside: list[Path] = []  # companions a crash left that did not belong (companions.py)
        self._private_folder = None      # a private copy being read instead of the file (read-only)

    @property
    def db(self):
        """sqlite-utils over this connection, for writes. Imported on first use: opening a file for
        the first screen only reads, and the import is a noticeable part of start-up."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    # ----------------------------------------------------------------- reading and writing
    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        with self.lock:
            try:
                cursor = self.conn.execute(sql, tuple(params))
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, row)) for row in cursor.fetchall()]
            except sqlite3.DatabaseError as exc:
                raise translate(self.path, exc) from None

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One committed transaction per user edit; storage failures become StorageError."""
        try:
            with self._write_raw():
                yield
        except sqlite3.DatabaseError as exc:
            raise translate(self.path, exc) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock across reads and writes, as one committed transaction: an operation that
        reads, decides and writes (a merge, a check against the allowance, an undo's "is it still
        as I left it") sees no other thread's edit in between, and all of it commits or none does.
        Nested writes (and transactions) become savepoints of this one."""
        with self._write():
            yield

    @contextmanager
    def _write_raw(self) -> Iterator[None]:
        """A committed transaction whose SQLite errors reach the caller as they are."""
        with self.lock:
            if self.readonly:
                raise StorageError(self.path, "read_only")
            if self.conn.in_transaction:
                with self.db.atomic():  # a savepoint of the transaction in progress
                    yield
                return
            # IMMEDIATE: the write lock is taken before the first read. With a deferred BEGIN, two
            # processes that both read and then write (the window and room input's server) can
            # each wait for the other, and SQLite breaks that with an immediate "database is locked".
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                with self.db.atomic():
                    yield
                self.conn.commit()
            except BaseException:
                if self.conn.in_transaction:  # a failed commit (a full disk) leaves it open
                    self.conn.rollback()
                raise

    # ----------------------------------------------------------------- rows every domain has
    def _require(self, table: str, row_id: int) -> dict:
        rows = self._read(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if not rows:
            raise NotFoundError(table, row_id)
        return rows[0]

    def _next_position(self, table: str, where: str = "1", params: Iterable[Any] = ()) -> int:
        row = self._read(f"SELECT coalesce(max(position), -1) + 1 AS p FROM {table} WHERE {where}", params)
        return row[0]["p"]

    def _update(self, table: str, row_id: int, fields: dict) -> None:
        with self._write():
            self._require(table, row_id)
            if fields:
                self.db[table].update(row_id, fields)

    def _reorder(self, table: str, ids: list[int]) -> None:
        with self._write():
            for position, row_id in enumerate(ids):
                self.conn.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (position, row_id))
