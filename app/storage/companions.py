"""The files SQLite keeps beside a workshop, and what to do with the ones a crash left behind.

Workshops are kept in rollback-journal mode (``journal_mode=DELETE``): every committed edit is in
the ``.pmqa`` itself, so the file alone can be copied at any time, read on a write-protected stick
and read without anything being created beside it. A companion exists only while a transaction is
being written (``-journal``), or because a crash left it: a hot ``-journal`` that undoes a
half-written transaction, or a ``-wal`` from a version that used write-ahead logging, holding
committed edits not yet copied into the file.

SQLite applies a companion as soon as it opens the file, whether or not the companion belongs to
it: a workshop copied over one whose session crashed would be overwritten with pages of the other.
So a leftover is first tried on a private copy, and applied only when the copy comes out sound and
is still the same workshop; otherwise it is set aside under a new name (kept, never deleted) and the
file is opened as it is. Nothing here writes to the file itself.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from app import locking
from app.errors import NotWritableError
from app.storage.connection import in_wal_mode as _in_wal_mode, translate

# A -shm file only indexes its -wal, so it travels with it.
_LOGS = ("-journal", "-wal")


class Verdict(NamedTuple):
    leftovers: tuple[Path, ...]  # companions a crash left beside the file
    belong: bool                 # applying them leaves the same workshop, sound
    file_sound: bool             # the file is sound on its own


def leftovers(path: Path, *, reading: bool = False) -> tuple[Path, ...]:
    """Companions beside ``path`` that no running copy of the application is using; with
    ``reading``, all of them (whether reading the file in place is safe, and the journal of a
    writer that crashed on another computer, whose lock cannot be proven stale)."""
    found = tuple(Path(f"{path}{suffix}") for suffix in _LOGS
                  if Path(f"{path}{suffix}").exists() and Path(f"{path}{suffix}").stat().st_size > 0)
    if not found or reading:
        return found
    holder = locking.read_holder(path)
    if holder is not None and not locking.is_stale(holder, path) and not locking.held_here(path):
        return ()  # someone is editing it right now: the journal is theirs, mid-transaction
    return found


def judge(path: Path, found: tuple[Path, ...]) -> Verdict:
    """Try the leftovers on private copies: the file alone, and the file with them applied."""
    with tempfile.TemporaryDirectory(prefix="pmqa-check-") as folder:
        alone = _state(_copy(path, Path(folder) / "alone", ()))
        together = _state(_copy(path, Path(folder) / "together", found))
    belong = together is not None and (alone is None or together == alone) and all(
        _journal_fits(path, companion) for companion in found if companion.name.endswith("-journal"))
    return Verdict(found, belong, alone is not None)


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _journal_fits(path: Path, journal: Path) -> bool:
    """A journal holds the pages its transaction was about to change, page 1 among them, whose
    change counter (header bytes 24-27) the file had then; a commit adds one. Copies of one workshop
    share everything else, so an older copy put where a session crashed is told apart by this."""
    try:
        data = journal.read_bytes()
        with open(path, "rb") as handle:
            counter = int.from_bytes(handle.read(28)[24:28], "big")
    except OSError:
        return False
    if not data.startswith(_JOURNAL_MAGIC) or len(data) < 28:
        return False
    sector, page_size = int.from_bytes(data[20:24], "big"), int.from_bytes(data[24:28], "big")
    if not sector or not page_size:
        return False
    record = 4 + page_size + 4  # page number, the page, a checksum
    for offset in range(sector, len(data) - record + 1, record):
        if int.from_bytes(data[offset:offset + 4], "big") == 1:
            before = int.from_bytes(data[offset + 4 + 24:offset + 4 + 28], "big")
            return (counter - before) % 2**32 in (0, 1)
    return False


def private_copy(path: Path, folder: Path) -> Path:
    """A copy of ``path`` in ``folder`` with the leftovers that belong to it: what the file holds,
    read without touching anything beside it.

    Leftovers of a crash are tried and copied as files (nobody is writing them). Otherwise the file
    may be open in another program, writing as we read: a file copy could catch half a transaction
    (or, for a write-ahead log, the log from after the file), so SQLite's backup API reads it in one
    read transaction, one consistent snapshot, through a read-only connection that creates nothing
    beside it (a rollback-journal file, or a write-ahead-log file whose -wal and -shm exist because
    it is open)."""
    found = leftovers(path)
    if found:
        return _judged_copy(path, folder, found)
    wal = Path(f"{path}-wal"), Path(f"{path}-shm")
    if _in_wal_mode(path) and not all(p.exists() for p in wal):
        return _copy(path, folder / "workshop", ())  # not open anywhere; opening it would create both
    try:
        return _snapshot(path, folder / "workshop")
    except NotWritableError:
        # A journal SQLite must roll back first, whose writer's lock still stands: a crash on
        # another computer (a lock there cannot be proven stale). Read it as a leftover.
        return _judged_copy(path, folder, leftovers(path, reading=True))


def _judged_copy(path: Path, folder: Path, found: tuple[Path, ...]) -> Path:
    keep = found if found and judge(path, found).belong else ()
    return _copy(path, folder / "workshop", keep)


def _snapshot(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "workshop.pmqa"
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            target = sqlite3.connect(copy)
            try:
                source.backup(target)  # all pages in one step: one read transaction
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        raise translate(path, exc) from None
    return copy


def settled_copy(path: Path, target: Path) -> None:
    """Write to ``target`` the file as it stands, with what belongs beside it folded in: one file."""
    with tempfile.TemporaryDirectory(prefix="pmqa-copy-") as folder:
        copy = private_copy(path, Path(folder))
        conn = sqlite3.connect(copy)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")  # applies a log or a journal to the copy
        finally:
            conn.close()
        shutil.copyfile(copy, target)


def set_aside(found: tuple[Path, ...]) -> list[Path]:
    """Rename leftovers that do not belong so SQLite never applies them; they are kept for rescue."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = []
    for companion in found:
        parts = [companion]
        if companion.name.endswith("-wal"):
            parts.append(companion.with_name(companion.name[:-len("-wal")] + "-shm"))
        for part in parts:
            if part.exists():
                target = part.with_name(f"{part.name}.set-aside-{stamp}")
                part.rename(target)
                moved.append(target)
    return moved


def _copy(path: Path, folder: Path, companions: tuple[Path, ...]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "workshop.pmqa"
    shutil.copyfile(path, copy)
    for companion in companions:
        shutil.copyfile(companion, Path(f"{copy}{companion.name[len(path.name):]}"))
    return copy


def _state(copy: Path) -> tuple | None:
    """What names the workshop in ``copy`` (when it was created), or None when it is not sound."""
    try:
        conn = sqlite3.connect(copy)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return None
            row = conn.execute("SELECT created_at, template_id FROM workshop WHERE id = 1").fetchone()
            return tuple(row) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
