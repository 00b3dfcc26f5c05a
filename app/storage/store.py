"""The open workshop file: opening, creating, transactions, closing and whole-file copies.

All SQL of the application lives in this package. ``WorkshopStore`` gathers each domain's SQL from
a part in the module named for it (details, meta, template_content, groups, agenda, answers,
assessments, initiatives, plan, followup; snapshots for deleting and undoing), each standing on ``StoreBase``
(base.py: the connection, the lock, reads, committed writes). The tables themselves are declared in
tables.py. Methods return domain objects and commit before returning.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Iterable

from app.atomic_file import atomic_target, new_temp, same_file
from app.errors import InconsistentRowsError, NotAWorkshopError, NotWritableError, StorageError
from app.storage import migrations
from app.storage.agenda import AgendaMixin
from app.storage.answers import AnswersMixin
from app.storage.assessments import AssessmentsMixin
from app.storage.companions import judge, leftovers, private_copy, set_aside
from app.storage.connection import check_recognised, connect, in_wal_mode, probe_writable, translate
from app.storage.details import DetailsMixin
from app.storage.followup import FollowupMixin
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
                    AssessmentsMixin, InitiativesMixin, PlanMixin, FollowupMixin):
    """One open workshop file. Thread-safe: every public method holds the store's lock."""

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, backup=None) -> "WorkshopStore":
        """Open an existing workshop, upgrading its schema (after ``backup(tag)``) if it is older.

        Nothing is written to a file that is refused. Companions a crash left beside the file are
        applied only when they belong to it, else set aside (``set_aside`` lists them).
        """
        path = Path(path)
        found = check_recognised(path, migrations.LATEST)
        if found == 0:
            raise NotAWorkshopError(path, "unfinished")
        if readonly:
            if found < migrations.LATEST:
                raise StorageError(path, "needs_upgrade")
            return cls._open_to_read(path)
        moved = cls._settle_leftovers(path)
        store = cls._open_checked(path, connect, readonly=False, backup=backup)
        store.set_aside = moved
        return store

    @staticmethod
    def _settle_leftovers(path: Path) -> list[Path]:
        found = leftovers(path)
        if not found:
            return []
        verdict = judge(path, found)
        if verdict.belong:
            return []
        if not verdict.file_sound:
            raise NotAWorkshopError(path, "damaged")
        try:
            return set_aside(found)
        except OSError as exc:
            raise NotWritableError(path, "not_writable") \
                from exc

    @classmethod
    def _open_to_read(cls, path: Path) -> "WorkshopStore":
        """Read the file where it is when that creates nothing beside it (a rollback-journal file with
        no leftovers, also on write-protected media); otherwise read a private copy."""
        if not leftovers(path, reading=True) and not in_wal_mode(path):
            return cls._open_checked(path, lambda p: connect(p, readonly=True), readonly=True)
        folder = tempfile.TemporaryDirectory(prefix="pmqa-read-")
        try:
            copy = private_copy(path, Path(folder.name))
            store = cls._open_checked(path, lambda p: connect(copy), readonly=True)
        except BaseException:
            folder.cleanup()
            raise
        store._private_folder = folder
        return store

    @classmethod
    def _open_checked(cls, path: Path, opener, *, readonly: bool, backup=None) -> "WorkshopStore":
        # Opening a file left in write-ahead-log mode creates -wal/-shm beside it: a refused file
        # loses them again (never ones that were there before, which belong to its own session).
        created = [c for c in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not c.exists()]
        try:
            conn = opener(path)
        except BaseException:
            with suppress(OSError):
                _remove(created)
            raise
        try:
            try:
                status = conn.execute("PRAGMA quick_check").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                raise translate(path, exc) from None
            if status != "ok":
                raise NotAWorkshopError(path, "damaged_because", system=status)
            store = cls(conn, path, readonly)
            if not readonly:
                probe_writable(conn, path)
                try:
                    migrations.upgrade(conn, path, backup)  # an older file only, after its backup
                except sqlite3.DatabaseError as exc:
                    raise translate(path, exc) from None
            store._check_shape()
            if not readonly:
                try:
                    # Every committed edit in the file itself (companions.py says why).
                    mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
                except sqlite3.DatabaseError as exc:
                    raise translate(path, exc) from None
                if mode.lower() != "delete":  # another program holds it in its write-ahead log
                    raise StorageError(path, "in_use")
        except BaseException:
            conn.close()
            with suppress(OSError):
                _remove(created)
            raise
        return store

    @classmethod
    def create(cls, path: Path | str, rows: dict[str, list[dict]], *, evidence: Iterable[dict] = ()) -> "WorkshopStore":
        """Create a new workshop file from whole tables, atomically: it appears complete or not at all.

        ``rows`` maps table names to their rows (with ids); the workshop table has exactly one row.
        ``evidence`` rows take their bytes from another workshop file (``copy_evidence``).
        An inconsistent set of rows raises ``InconsistentRowsError`` and leaves nothing behind.
        """
        path = Path(path)
        if path.exists():
            raise StorageError(path, "name_taken")
        if not path.parent.exists():
            raise StorageError(path.parent, "folder_missing")
        try:
            with atomic_target(path, purpose="creating", overwrite=False) as temp:
                conn = connect(temp)
                try:
                    migrations.upgrade(conn, temp)
                    store = cls(conn, temp)
                    with store._write_raw():
                        for table in TABLES:
                            store._insert_rows(table, rows.get(table) or [])
                    store.copy_evidence(evidence)
                finally:
                    conn.close()
        except sqlite3.IntegrityError as exc:
            raise InconsistentRowsError(str(exc)) from None
        except sqlite3.DatabaseError as exc:
            error = translate(path, exc)
            if isinstance(error, StorageError) and error.code == "disk_full_safe":
                raise StorageError(path, "disk_full_unwritten") from None
            raise error from None
        except FileExistsError:
            raise StorageError(path, "name_taken") from None
        except PermissionError:
            raise StorageError(path, "folder_not_writable") from None
        except OSError as exc:
            raise StorageError(path, "cannot_create", system=exc.strerror or str(exc)) from None
        return cls.open(path)

    def _insert_rows(self, table: str, rows: list[dict]) -> None:
        """Whole tables in one statement per set of columns (sqlite-utils' insert_all inspects every
        row; a merge of fifty offices spent most of its writing there). Only declared columns."""
        by_columns: dict[tuple[str, ...], list[dict]] = {}
        for row in rows:
            by_columns.setdefault(tuple(row), []).append(row)
        for columns, group in by_columns.items():
            unknown = set(columns) - set(TABLES[table].columns)
            if unknown:
                raise InconsistentRowsError(f"{table} has no column {sorted(unknown)[0]}")
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [tuple(row[c] for c in columns) for row in group])

    def dump(self, leave_out: tuple[str, ...] = ()) -> dict[str, list[dict]]:
        """Every row of every table (but ``leave_out``), in id order: the whole workshop as plain data."""
        return {table: self._read(f"SELECT * FROM {table} ORDER BY {TABLES[table].order}")
                for table in TABLES if table not in leave_out}

    def close(self) -> None:
        with self.lock:
            self.conn.close()
        if self._private_folder is not None:
            self._private_folder.cleanup()

    def _check_shape(self) -> None:
        """The tables and columns this version reads, one workshop record, and its template readable:
        a damaged file is refused at open with a reason, not with an error at the first read."""
        tables = {r["name"] for r in self._read("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in TABLES.values():
            columns = {r["name"] for r in self._read(f"PRAGMA table_info({table.name})")}
            missing = [c for c in table.columns if c not in columns]
            if table.name not in tables or missing:
                what = f"{table.name}.{missing[0]} is missing" if table.name in tables else f"{table.name} is missing"
                raise NotAWorkshopError(self.path, "damaged_because", system=what)
        if self.conn.execute("SELECT count(*) FROM workshop").fetchone()[0] != 1:
            raise NotAWorkshopError(self.path, "no_workshop_record")
        try:
            template = json.loads(self._read("SELECT template_json FROM workshop WHERE id = 1")[0]["template_json"])
        except ValueError:
            template = None
        if not isinstance(template, dict):
            raise NotAWorkshopError(self.path, "template_unreadable")

    # ----------------------------------------------------------------- whole-file operations
    def _refuse_self(self, target: Path) -> None:
        """A copy written over the open file would replace it under the open connection, and every
        later edit would go to a file no longer in the folder."""
        if same_file(target, self.path):
            raise StorageError(target, "copy_onto_itself")

    def integrity(self) -> str:
        return self._read("PRAGMA integrity_check")[0]["integrity_check"]

    def _back_up_into(self, file: Path) -> sqlite3.Connection:
        """A connection to ``file``, which now holds a consistent copy of the live file (backup API)."""
        copy = sqlite3.connect(file)
        try:
            with self.lock:
                self.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        except BaseException:
            copy.close()
            raise
        return copy

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the live file (SQLite's backup API), written atomically."""
        target = Path(target)
        self._refuse_self(target)
        try:
            with atomic_target(target, purpose="copying") as temp:
                self._back_up_into(temp).close()
        except sqlite3.DatabaseError as exc:
            raise translate(target, exc) from None
        except OSError as exc:
            raise StorageError(target, "cannot_write_copy", system=exc.strerror or str(exc)) from None

    def compact_copy_to(self, target: Path) -> None:
        """A compact copy for sharing: a consistent snapshot (backup API), then ``VACUUM INTO``.

        VACUUM INTO rewrites the snapshot without free pages, so the file that travels by
        USB stick or e-mail is as small as it can be. Written atomically; the live file is untouched.
        """
        target = Path(target)
        self._refuse_self(target)
        snapshot = new_temp(target, "snapshot")  # scratch: the backup API needs a file to copy into
        try:
            with atomic_target(target, purpose="compacting") as temp:
                source = self._back_up_into(snapshot)
                try:
                    source.execute("VACUUM INTO ?", (str(temp),))
                finally:
                    source.close()
                check = sqlite3.connect(temp)
                try:
                    status = check.execute("PRAGMA integrity_check").fetchone()[0]
                finally:
                    check.close()
                if status != "ok":
                    raise StorageError(target, "copy_unverified", system=status)
        except sqlite3.DatabaseError as exc:
            raise translate(target, exc) from None
        except OSError as exc:
            raise StorageError(target, "cannot_write_copy", system=exc.strerror or str(exc)) from None
        finally:
            with suppress(OSError):
                snapshot.unlink(missing_ok=True)
