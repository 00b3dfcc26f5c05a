"""The open workshop file: opening, creating, transactions, closing and whole-file copies.

All SQL of the application lives in this package. ``WorkshopStore`` gathers each domain's SQL from
a part in the module named for it (details, meta, template_content, groups, agenda, answers,
assessments, initiatives, plan; snapshots for deleting and undoing), each standing on ``StoreBase``
(base.py: the connection, the lock, reads, committed writes). The tables themselves are declared in
tables.py. Methods return domain objects and commit before returning.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import Iterable

from app.atomic_file import atomic_target, temp_name
from app.errors import InconsistentRowsError, NotAWorkshopError, StorageError
from app.storage import migrations
from app.storage.agenda import AgendaMixin
from app.storage.answers import AnswersMixin
from app.storage.assessments import AssessmentsMixin
from app.storage.connection import check_recognised, connect, probe_writable, translate
from app.storage.details import DetailsMixin
from app.storage.groups import GroupsMixin
from app.storage.initiatives import InitiativesMixin
from app.storage.meta import MetaMixin
from app.storage.plan import PlanMixin
from app.storage.tables import TABLES
from app.storage.template_content import TemplateContentMixin


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


class WorkshopStore(DetailsMixin, MetaMixin, TemplateContentMixin, GroupsMixin, AgendaMixin, AnswersMixin,
                    AssessmentsMixin, InitiativesMixin, PlanMixin):
    """One open workshop file. Thread-safe: every public method holds the store's lock."""

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, backup=None) -> "WorkshopStore":
        """Open an existing workshop, upgrading its schema (after ``backup(tag)``) if it is older."""
        path = Path(path)
        found = check_recognised(path, migrations.LATEST)
        if found == 0:
            raise NotAWorkshopError(path, "the file was never finished being created")
        if readonly and found < migrations.LATEST:
            raise StorageError(path, "the file needs upgrading and cannot be opened read-only")
        companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        created = [c for c in companions if not c.exists()]
        try:
            conn = connect(path, readonly=readonly)
        except BaseException:
            with suppress(OSError):
                _remove(created)  # see below
            raise
        try:
            try:
                status = conn.execute("PRAGMA quick_check").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                raise translate(path, exc) from None
            if status != "ok":
                raise NotAWorkshopError(path, f"the file is damaged ({status})")
            if not readonly:
                probe_writable(conn, path)
                try:
                    migrations.upgrade(conn, path, backup)
                except sqlite3.DatabaseError as exc:
                    raise translate(path, exc) from None
            store = cls(conn, path, readonly)
            store._check_shape()
        except BaseException:
            conn.close()
            # A refused file is left exactly as found: remove the -wal/-shm that opening created
            # (never ones that were there before, which may hold a crashed session's edits).
            # Only this refused open can have written to them, and it committed nothing.
            with suppress(OSError):
                _remove(created)
            raise
        return store

    @classmethod
    def create(cls, path: Path | str, rows: dict[str, list[dict]]) -> "WorkshopStore":
        """Create a new workshop file from whole tables, atomically: it appears complete or not at all.

        ``rows`` maps table names to their rows (with ids); the workshop table has exactly one row.
        An inconsistent set of rows raises ``InconsistentRowsError`` and leaves nothing behind.
        """
        path = Path(path)
        if path.exists():
            raise StorageError(path, "a file with this name already exists")
        try:
            with atomic_target(path, purpose="creating", overwrite=False) as temp:
                conn = connect(temp)
                try:
                    migrations.upgrade(conn, temp)
                    store = cls(conn, temp)
                    with store._write_raw():
                        for table in TABLES:
                            if rows.get(table):
                                store.db[table].insert_all(rows[table])
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
        except sqlite3.IntegrityError as exc:
            raise InconsistentRowsError(str(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise translate(path, exc) from None
        except FileExistsError:
            raise StorageError(path, "a file with this name already exists") from None
        except PermissionError:
            raise StorageError(path, "the folder cannot be written (read-only or no permission)") from None
        except OSError as exc:
            raise StorageError(path, f"cannot create the file ({exc.strerror or exc})") from None
        return cls.open(path)

    def dump(self) -> dict[str, list[dict]]:
        """Every row of every table, in id order: the whole workshop as plain data."""
        return {table: self._read(f"SELECT * FROM {table} ORDER BY {TABLES[table].order}")
                for table in TABLES}

    def close(self) -> None:
        with self.lock:
            if not self.readonly:
                try:
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.DatabaseError:
                    pass  # closing must not fail; the WAL is replayed on the next open
            self.conn.close()

    def _check_shape(self) -> None:
        tables = {r["name"] for r in self._read("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = {"workshop", "groups", "answers", "questions", "plan_items"} - tables
        if missing or self.conn.execute("SELECT count(*) FROM workshop").fetchone()[0] != 1:
            raise NotAWorkshopError(self.path, "the workshop record is missing")

    # ----------------------------------------------------------------- whole-file operations
    def integrity(self) -> str:
        return self._read("PRAGMA integrity_check")[0]["integrity_check"]

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the live file (SQLite's backup API), written atomically."""
        target = Path(target)
        try:
            with atomic_target(target, purpose="copying") as temp:
                dest = sqlite3.connect(temp)
                try:
                    with self.lock:
                        self.conn.backup(dest)
                    dest.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dest.close()
        except sqlite3.DatabaseError as exc:
            raise translate(target, exc) from None
        except OSError as exc:
            raise StorageError(target, f"cannot write the copy ({exc.strerror or exc})") from None

    def compact_copy_to(self, target: Path) -> None:
        """A compact copy for sharing: a consistent snapshot (backup API), then ``VACUUM INTO``.

        VACUUM INTO rewrites the snapshot without free pages or a WAL, so the file that travels by
        USB stick or e-mail is as small as it can be. Written atomically; the live file is untouched.
        """
        target = Path(target)
        snapshot = temp_name(target, "snapshot")  # scratch: the backup API needs a file to copy into
        try:
            with atomic_target(target, purpose="compacting") as temp:
                snapshot.unlink(missing_ok=True)
                source = sqlite3.connect(snapshot)
                try:
                    with self.lock:
                        self.conn.backup(source)
                    source.execute("PRAGMA journal_mode = DELETE")
                    source.execute("VACUUM INTO ?", (str(temp),))
                finally:
                    source.close()
                check = sqlite3.connect(temp)
                try:
                    status = check.execute("PRAGMA integrity_check").fetchone()[0]
                finally:
                    check.close()
                if status != "ok":
                    raise StorageError(target, f"the compact copy did not verify ({status}); nothing was written")
        except sqlite3.DatabaseError as exc:
            raise translate(target, exc) from None
        except OSError as exc:
            raise StorageError(target, f"cannot write the copy ({exc.strerror or exc})") from None
        finally:
            with suppress(OSError):
                snapshot.unlink(missing_ok=True)
