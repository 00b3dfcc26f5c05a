"""All SQL of the application lives here. Methods return domain objects and commit before returning."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager, suppress
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator


from app.errors import NotAWorkshopError, NotFoundError, StorageError, ValidationError, WorkshopError
from app.model import (
    AgendaItem, Answer, Assessment, Category, Details, Group, Initiative, MaturityLevel, Member,
    Pillar, PlanItem, Question, Vote,
)
from app.storage import migrations
from app.storage.connection import check_recognised, connect, probe_writable, translate

# Tables in an order where every row's parents come first.
TABLES = ("workshop", "meta", "groups", "members", "pillars", "questions", "categories",
          "maturity_levels", "agenda_items", "answers", "assessments", "initiatives", "votes",
          "plan_items")
_ORDER = {"meta": "key", "votes": "initiative_id, group_id"}

# A deleted row and everything that went with it, so that undo can put it all back as it was.
Snapshot = tuple[tuple[str, tuple[dict, ...]], ...]

# Child rows removed or unlinked along with a parent: (table, foreign-key column).
_DEPENDENTS = {
    "groups": (("members", "group_id"), ("answers", "group_id"), ("assessments", "group_id"),
               ("votes", "group_id")),
    "answers": (("initiatives", "answer_id"),),
    "initiatives": (("votes", "initiative_id"), ("plan_items", "initiative_id")),
    "members": (), "agenda_items": (), "plan_items": (),
}
_KEYS = {"votes": ("initiative_id", "group_id"), "meta": "key"}  # primary keys other than "id"


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _discard(temp: Path) -> None:
    """Remove a failed copy and its journals; cleaning up must not hide the error being reported."""
    with suppress(OSError):
        _remove((temp, Path(f"{temp}-journal"), Path(f"{temp}-wal"), Path(f"{temp}-shm")))


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class WorkshopStore:
    """One open workshop file. Thread-safe: every public method holds the store's lock."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool = False):
        self.conn, self.path, self.readonly = conn, path, readonly
        self._db = None
        self.lock = threading.RLock()

    @property
    def db(self):
        """sqlite-utils over this connection, for writes. Imported on first use: opening a file for
        the first screen only reads, and the import is a noticeable part of start-up."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

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
        An inconsistent set of rows raises ``sqlite3.IntegrityError`` and leaves nothing behind.
        """
        path = Path(path)
        if path.exists():
            raise StorageError(path, "a file with this name already exists")
        temp = path.with_name(f".{path.name}.creating")
        leftovers = (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm"))
        try:
            _remove(leftovers)
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
            os.replace(temp, path)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            raise translate(path, exc) from None
        except PermissionError:
            raise StorageError(path, "the folder cannot be written (read-only or no permission)") from None
        except OSError as exc:
            raise StorageError(path, f"cannot create the file ({exc.strerror or exc})") from None
        finally:
            with suppress(OSError):
                _remove(leftovers)
        return cls.open(path)

    def dump(self) -> dict[str, list[dict]]:
        """Every row of every table, in id order: the whole workshop as plain data."""
        return {table: self._read(f"SELECT * FROM {table} ORDER BY {_ORDER.get(table, 'id')}")
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

    @contextmanager
    def _write_raw(self) -> Iterator[None]:
        with self.lock:
            if self.readonly:
                raise StorageError(self.path, "the workshop is open read-only")
            with self.db.atomic():
                yield

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One committed transaction per user edit; storage failures become StorageError."""
        try:
            with self._write_raw():
                yield
        except sqlite3.DatabaseError as exc:
            raise translate(self.path, exc) from None

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        with self.lock:
            try:
                cursor = self.conn.execute(sql, tuple(params))
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, row)) for row in cursor.fetchall()]
            except sqlite3.DatabaseError as exc:
                raise translate(self.path, exc) from None

    # ----------------------------------------------------------------- workshop details
    @staticmethod
    def details_row(fields: dict) -> dict:
        row = {}
        for key, value in fields.items():
            if key in ("facilitators", "objectives"):
                value = json.dumps(list(value), ensure_ascii=False)
            elif key == "event_date":
                value = value.isoformat() if isinstance(value, date) else value
            elif key == "thai_digits":
                value = int(bool(value))
            row[key] = value
        return row

    def details(self) -> Details:
        return self._details(self._read("SELECT * FROM workshop WHERE id = 1")[0])

    @classmethod
    def peek_details(cls, path: Path | str) -> Details:
        """A file's details for a listing: no integrity check, no upgrade, nothing written beside it.

        Lists are drawn on the GUI thread, so this reads one row. Without a WAL the file is read as
        immutable, which creates no -shm file beside it (a USB stick stays as it was).
        """
        path = Path(path)
        found = check_recognised(path, migrations.LATEST)
        if found < migrations.LATEST:
            raise NotAWorkshopError(path, "made by an older version; open it to upgrade it")
        immutable = not Path(f"{path}-wal").exists()
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=1)
            try:
                cursor = conn.execute("SELECT * FROM workshop WHERE id = 1")
                names = [d[0] for d in cursor.description]
                row = cursor.fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            error = translate(path, exc)
            raise error if isinstance(error, WorkshopError) else NotAWorkshopError(
                path, f"the file cannot be read ({exc})") from None
        if row is None:
            raise NotAWorkshopError(path, "the workshop record is missing")
        return cls._details(dict(zip(names, row)))

    @staticmethod
    def _details(row: dict) -> Details:
        return Details(
            title=row["title"], organization=row["organization"], unit=row["unit"],
            event_date=date.fromisoformat(row["event_date"]) if row["event_date"] else None,
            start_time=row["start_time"], venue=row["venue"],
            facilitators=tuple(json.loads(row["facilitators"])),
            objectives=tuple(json.loads(row["objectives"])),
            language=row["language"], thai_digits=bool(row["thai_digits"]),
            dots_per_group=row["dots_per_group"], template_id=row["template_id"],
            template_version=row["template_version"],
        )

    def update_details(self, fields: dict) -> None:
        with self._write():
            self.db["workshop"].update(1, dict(self.details_row(fields), updated_at=now_iso()))

    def template_snapshot(self) -> dict:
        return json.loads(self._read("SELECT template_json FROM workshop WHERE id = 1")[0]["template_json"])

    def meta(self, key: str, default: Any = None) -> Any:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return json.loads(rows[0]["value"]) if rows else default

    def set_meta(self, key: str, value: Any) -> None:
        with self._write():
            self.db["meta"].upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")

    # ----------------------------------------------------------------- generic helpers
    def _next_position(self, table: str, where: str = "1", params: Iterable[Any] = ()) -> int:
        row = self._read(f"SELECT coalesce(max(position), -1) + 1 AS p FROM {table} WHERE {where}", params)
        return row[0]["p"]

    def _require(self, table: str, row_id: int) -> dict:
        rows = self._read(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if not rows:
            raise NotFoundError(f"{table} #{row_id} does not exist")
        return rows[0]

    def _update(self, table: str, row_id: int, fields: dict) -> None:
        with self._write():
            self._require(table, row_id)
            if fields:
                self.db[table].update(row_id, fields)

    def _reorder(self, table: str, ids: list[int]) -> None:
        with self._write():
            for position, row_id in enumerate(ids):
                self.conn.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (position, row_id))

    def _delete(self, table: str, row_id: int) -> Snapshot:
        """Delete a row and return everything needed to restore it and what depends on it: the rows
        the deletion removes (cascade) and those it changes (a link set to NULL), at every depth."""
        with self._write():
            captured: list[tuple[str, tuple[dict, ...]]] = [(table, (self._require(table, row_id),))]
            self._capture_dependents(table, [row_id], captured)
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        return tuple(captured)

    def _capture_dependents(self, table: str, ids: list[int], captured: list) -> None:
        for child, column in _DEPENDENTS.get(table, ()):
            rows = self._read(f"SELECT * FROM {child} WHERE {column} IN ({','.join('?' * len(ids))})", ids)
            if rows:
                captured.append((child, tuple(rows)))
                if "id" in rows[0]:
                    self._capture_dependents(child, [row["id"] for row in rows], captured)

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what ``_delete`` removed or changed, with the same ids (undo)."""
        with self._write():
            self._put_back(snapshot)

    def _put_back(self, snapshot: Snapshot) -> None:
        # An upsert, never INSERT OR REPLACE: replacing a row that still exists deletes it first, and
        # the foreign keys' ON DELETE actions would unlink or remove what refers to it.
        for table, rows in snapshot:
            self.db[table].upsert_all(rows, pk=_KEYS.get(table, "id"))

    # ----------------------------------------------------------------- groups and members
    def groups(self) -> list[Group]:
        members: dict[int, list[Member]] = {}
        for m in self._read("SELECT * FROM members ORDER BY position, id"):
            members.setdefault(m["group_id"], []).append(Member(**m))
        return [Group(**g, members=tuple(members.get(g["id"], ())))
                for g in self._read("SELECT * FROM groups ORDER BY position, id")]

    def add_group(self, name: str, color: str) -> int:
        with self._write():
            return self.db["groups"].insert(
                {"name": name, "color": color, "position": self._next_position("groups")}).last_pk

    def update_group(self, group_id: int, fields: dict) -> None:
        self._update("groups", group_id, fields)

    def reorder_groups(self, ids: list[int]) -> None:
        self._reorder("groups", ids)

    def delete_group(self, group_id: int) -> Snapshot:
        return self._delete("groups", group_id)

    def add_member(self, group_id: int, name: str) -> int:
        with self._write():
            self._require("groups", group_id)
            position = self._next_position("members", "group_id = ?", (group_id,))
            return self.db["members"].insert(
                {"group_id": group_id, "name": name, "position": position}).last_pk

    def update_member(self, member_id: int, fields: dict) -> None:
        self._update("members", member_id, fields)

    def delete_member(self, member_id: int) -> Snapshot:
        return self._delete("members", member_id)

    # ----------------------------------------------------------------- agenda
    def agenda(self) -> list[AgendaItem]:
        return [AgendaItem(**row) for row in self._read("SELECT * FROM agenda_items ORDER BY position, id")]

    def add_agenda_item(self, fields: dict) -> int:
        with self._write():
            return self.db["agenda_items"].insert(
                dict(fields, position=self._next_position("agenda_items"))).last_pk

    def update_agenda_item(self, item_id: int, fields: dict) -> None:
        self._update("agenda_items", item_id, fields)

    def reorder_agenda(self, ids: list[int]) -> None:
        self._reorder("agenda_items", ids)

    def delete_agenda_item(self, item_id: int) -> Snapshot:
        return self._delete("agenda_items", item_id)

    # ----------------------------------------------------------------- template-derived content
    def pillars(self) -> list[Pillar]:
        questions: dict[int, list[Question]] = {}
        for q in self._read("SELECT * FROM questions ORDER BY position, id"):
            questions.setdefault(q["pillar_id"], []).append(Question(**q))
        return [Pillar(**p, questions=tuple(questions.get(p["id"], ())))
                for p in self._read("SELECT * FROM pillars ORDER BY position, id")]

    def categories(self) -> list[Category]:
        return [Category(**row) for row in self._read("SELECT * FROM categories ORDER BY number")]

    def maturity_levels(self) -> list[MaturityLevel]:
        return [MaturityLevel(**row) for row in self._read("SELECT * FROM maturity_levels ORDER BY value")]

    # ----------------------------------------------------------------- answers (cards)
    @staticmethod
    def _answer(row: dict) -> Answer:
        return Answer(**dict(row, sources=tuple(json.loads(row["sources"]))))

    def answers(self, question_id: int | None = None) -> list[Answer]:
        if question_id is None:
            rows = self._read("SELECT * FROM answers ORDER BY question_id, position, id")
        else:
            rows = self._read("SELECT * FROM answers WHERE question_id = ? ORDER BY position, id", (question_id,))
        return [self._answer(r) for r in rows]

    def answer(self, answer_id: int) -> Answer:
        return self._answer(self._require("answers", answer_id))

    def count_answers(self) -> int:
        return self._read("SELECT count(*) AS n FROM answers")[0]["n"]

    def add_answer(self, group_id: int, question_id: int, text: str, sources: tuple = ()) -> int:
        stamp = now_iso()
        with self._write():
            position = self._next_position("answers", "question_id = ?", (question_id,))
            return self.db["answers"].insert({
                "group_id": group_id, "question_id": question_id, "text": text, "position": position,
                "sources": json.dumps(list(sources), ensure_ascii=False),
                "created_at": stamp, "updated_at": stamp}).last_pk

    def update_answer(self, answer_id: int, fields: dict) -> None:
        if "sources" in fields:
            fields = dict(fields, sources=json.dumps(list(fields["sources"]), ensure_ascii=False))
        self._update("answers", answer_id, dict(fields, updated_at=now_iso()))

    def move_answer(self, answer_id: int, question_id: int, index: int | None = None) -> None:
        """Move a card to another question (or within one) at ``index`` (end when None)."""
        with self._write():
            self._require("answers", answer_id)
            siblings = [r["id"] for r in self._read(
                "SELECT id FROM answers WHERE question_id = ? AND id != ? ORDER BY position, id",
                (question_id, answer_id))]
            siblings.insert(len(siblings) if index is None else max(0, min(index, len(siblings))), answer_id)
            self.conn.execute("UPDATE answers SET question_id = ?, updated_at = ? WHERE id = ?",
                              (question_id, now_iso(), answer_id))
            self._reorder("answers", siblings)

    def delete_answer(self, answer_id: int) -> Snapshot:
        return self._delete("answers", answer_id)

    def merge_answers(self, keep_id: int, other_ids: list[int], text: str, sources: list[dict]) -> Snapshot:
        """One transaction: ``keep_id`` takes the merged text and sources, the others go.

        Initiatives made from a removed card now point at the kept one, so duplicates stay one
        initiative. The snapshot (the kept card as it was, the removed cards, the initiatives
        re-pointed) undoes the merge.
        """
        with self._write():
            before = self._require("answers", keep_id)
            removed, relinked = [], []
            for other in other_ids:
                removed.append(self._require("answers", other))
                relinked += self._read("SELECT * FROM initiatives WHERE answer_id = ?", (other,))
            self.conn.execute("UPDATE initiatives SET answer_id = ? WHERE answer_id IN (%s)"
                              % ",".join("?" * len(other_ids)), (keep_id, *other_ids))
            self.conn.executemany("DELETE FROM answers WHERE id = ?", [(o,) for o in other_ids])
            self.conn.execute("UPDATE answers SET text = ?, sources = ?, updated_at = ? WHERE id = ?",
                              (text, json.dumps(sources, ensure_ascii=False), now_iso(), keep_id))
        return (("answers", (before, *removed)), ("initiatives", tuple(relinked)))

    # ----------------------------------------------------------------- self-assessment
    def assessments(self) -> list[Assessment]:
        return [Assessment(**row) for row in self._read("SELECT * FROM assessments ORDER BY id")]

    def set_assessment(self, group_id: int, target: str, target_id: int, level: int | None,
                       reason: str = "") -> None:
        with self._write():
            if level is None:
                self.conn.execute("DELETE FROM assessments WHERE group_id = ? AND target = ? AND target_id = ?",
                                  (group_id, target, target_id))
                return
            self.conn.execute(
                "INSERT INTO assessments (group_id, target, target_id, level, reason) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (group_id, target, target_id) DO UPDATE SET level = excluded.level, "
                "reason = excluded.reason", (group_id, target, target_id, level, reason))

    # ----------------------------------------------------------------- initiatives and votes
    def initiatives(self) -> list[Initiative]:
        return [Initiative(**row) for row in self._read("SELECT * FROM initiatives ORDER BY position, id")]

    def add_initiative(self, fields: dict) -> int:
        with self._write():
            return self.db["initiatives"].insert(
                dict(fields, position=self._next_position("initiatives"))).last_pk

    def update_initiative(self, initiative_id: int, fields: dict) -> None:
        self._update("initiatives", initiative_id, fields)

    def delete_initiative(self, initiative_id: int) -> Snapshot:
        return self._delete("initiatives", initiative_id)

    def votes(self) -> list[Vote]:
        return [Vote(**row) for row in self._read("SELECT * FROM votes ORDER BY initiative_id, group_id")]

    def set_votes(self, initiative_id: int, group_id: int, dots: int) -> None:
        """Within the group's allowance of dots, checked in the same transaction as the write, so
        two sources of edits cannot overspend together."""
        with self._write():
            allowance = self.conn.execute("SELECT dots_per_group FROM workshop WHERE id = 1").fetchone()[0]
            spent = self.conn.execute(
                "SELECT coalesce(sum(dots), 0) FROM votes WHERE group_id = ? AND initiative_id != ?",
                (group_id, initiative_id)).fetchone()[0]
            if spent + dots > allowance:
                raise ValidationError("dots", f"the group has {allowance - spent} of {allowance} dots left")
            if dots == 0:
                self.conn.execute("DELETE FROM votes WHERE initiative_id = ? AND group_id = ?",
                                  (initiative_id, group_id))
            else:
                self.db["votes"].upsert({"initiative_id": initiative_id, "group_id": group_id, "dots": dots},
                                        pk=("initiative_id", "group_id"))

    def merge_initiatives(self, keep_id: int, other_id: int, meta: dict[str, Any] | None = None) -> Snapshot:
        """One transaction: ``other_id``'s dots are added to ``keep_id`` (group by group), its plan
        items point at ``keep_id``, it goes, and the ``meta`` keys are written with it.

        The snapshot (both initiatives, their dots, the re-pointed plan items and the ``meta`` keys
        as they were; a key that did not exist has the value None) undoes the merge through
        ``unmerge_initiatives``."""
        meta = meta or {}
        with self._write():
            keep, other = self._require("initiatives", keep_id), self._require("initiatives", other_id)
            votes = self._read("SELECT * FROM votes WHERE initiative_id IN (?, ?)", (keep_id, other_id))
            relinked = self._read("SELECT * FROM plan_items WHERE initiative_id = ?", (other_id,))
            stored = {row["key"]: row for row in self._read(
                "SELECT * FROM meta WHERE key IN (%s)" % ",".join("?" * len(meta)), tuple(meta))} if meta else {}
            for vote in votes:
                if vote["initiative_id"] == other_id:
                    self.conn.execute(
                        "INSERT INTO votes (initiative_id, group_id, dots) VALUES (?, ?, ?) "
                        "ON CONFLICT (initiative_id, group_id) DO UPDATE SET dots = dots + excluded.dots",
                        (keep_id, vote["group_id"], vote["dots"]))
            self.conn.execute("UPDATE plan_items SET initiative_id = ? WHERE initiative_id = ?", (keep_id, other_id))
            filled = {k: other[k] for k in ("impact", "effort", "answer_id") if keep[k] is None and other[k] is not None}
            if filled:
                self.db["initiatives"].update(keep_id, filled)
            self.conn.execute("DELETE FROM initiatives WHERE id = ?", (other_id,))
            for key, value in meta.items():
                self.db["meta"].upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")
        return (("initiatives", (keep, other)), ("votes", tuple(votes)), ("plan_items", tuple(relinked)),
                ("meta", tuple(stored.get(key, {"key": key, "value": None}) for key in meta)))

    def unmerge_initiatives(self, snapshot: Snapshot) -> None:
        """Undo ``merge_initiatives``: both initiatives, their dots, their plan items and the meta
        keys exactly as they were, in one transaction."""
        tables = dict(snapshot)
        absent = [row["key"] for row in tables["meta"] if row["value"] is None]
        with self._write():
            # the merge may have given the kept initiative dots from groups that had none for it
            self.conn.execute("DELETE FROM votes WHERE initiative_id = ?", (tables["initiatives"][0]["id"],))
            self.conn.executemany("DELETE FROM meta WHERE key = ?", [(key,) for key in absent])
            self._put_back([(table, tuple(row for row in rows if table != "meta" or row["key"] not in absent))
                            for table, rows in snapshot])

    # ----------------------------------------------------------------- development plan
    def plan_items(self) -> list[PlanItem]:
        return [PlanItem(**row) for row in self._read("SELECT * FROM plan_items ORDER BY position, id")]

    def add_plan_item(self, fields: dict) -> int:
        with self._write():
            return self.db["plan_items"].insert(
                dict(fields, position=self._next_position("plan_items"))).last_pk

    def update_plan_item(self, item_id: int, fields: dict) -> None:
        self._update("plan_items", item_id, fields)

    def reorder_plan(self, ids: list[int]) -> None:
        self._reorder("plan_items", ids)

    def delete_plan_item(self, item_id: int) -> Snapshot:
        return self._delete("plan_items", item_id)

    # ----------------------------------------------------------------- whole-file operations
    def integrity(self) -> str:
        return self._read("PRAGMA integrity_check")[0]["integrity_check"]

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the live file (SQLite's backup API), written atomically."""
        target = Path(target)
        temp = target.with_name(f".{target.name}.copying")
        try:
            dest = sqlite3.connect(temp)
            try:
                with self.lock:
                    self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            os.replace(temp, target)
        except sqlite3.DatabaseError as exc:
            _discard(temp)
            raise translate(target, exc) from None
        except OSError as exc:
            _discard(temp)
            raise StorageError(target, f"cannot write the copy ({exc.strerror or exc})") from None

    def compact_copy_to(self, target: Path) -> None:
        """A compact copy for sharing: a consistent snapshot (backup API), then ``VACUUM INTO``.

        VACUUM INTO rewrites the snapshot without free pages or a WAL, so the file that travels by
        USB stick or e-mail is as small as it can be. Written atomically; the live file is untouched.
        """
        target = Path(target)
        snapshot = target.with_name(f".{target.name}.snapshot")
        temp = target.with_name(f".{target.name}.compacting")
        try:
            for leftover in (snapshot, temp):
                leftover.unlink(missing_ok=True)
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
            os.replace(temp, target)
        except sqlite3.DatabaseError as exc:
            raise translate(target, exc) from None
        except OSError as exc:
            raise StorageError(target, f"cannot write the copy ({exc.strerror or exc})") from None
        finally:
            for leftover in (snapshot, temp):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
