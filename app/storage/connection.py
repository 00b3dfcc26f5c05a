"""Opening a workshop file safely: recognise it, refuse what we must not touch, set the pragmas."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from app.errors import FileTooNewError, NotAWorkshopError, NotWritableError, StorageError, read_failure

# "PMQA" in ASCII, stored in the SQLite header so a workshop is recognisable without opening it.
APPLICATION_ID = 0x504D5141
SQLITE_MAGIC = b"SQLite format 3\x00"


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) read from the file's header bytes, without SQLite.

    Reading the raw header lets us refuse a foreign or newer file before SQLite could touch it
    (opening a WAL database may write to it).
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except IsADirectoryError:
        raise NotAWorkshopError(path, "is_folder") from None
    except OSError as exc:
        raise read_failure(path, exc) from None
    if not header:
        raise NotAWorkshopError(path, "empty_file")
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAWorkshopError(path, "other_kind")
    user_version, application_id = struct.unpack(">i4xI", header[60:72])
    return application_id, user_version


def in_wal_mode(path: Path) -> bool:
    """Header bytes 18 and 19 are 2 in a write-ahead-log database (versions before 0.2 made them)."""
    with open(path, "rb") as handle:
        return handle.read(20)[18:20] == b"\x02\x02"


def check_recognised(path: Path, supported: int) -> int:
    """Raise unless ``path`` is a workshop file this version may open; return its schema number."""
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID:
        raise NotAWorkshopError(path, "other_program")
    if user_version > supported:
        raise FileTooNewError(path, user_version, supported)
    if user_version < 0:
        raise NotAWorkshopError(path, "other_kind")
    return user_version


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the pragmas every workshop connection needs.

    ``synchronous=FULL``: every committed edit survives a battery dying mid-workshop. The journal
    mode is set by the store once the file has passed its checks (see companions.py for why it is
    a rollback journal). ``check_same_thread=False`` because the core serialises access with its
    own lock, so that a second source of edits (room input) can call the same operations.
    """
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise translate(path, exc) from None
    return conn


def translate(path: Path, exc: sqlite3.Error) -> Exception:
    """Map an sqlite3 error to the error the user can act on; unknown ones stay bugs."""
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if code.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return StorageError(path, "disk_full_safe")
    if code.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN")) or "readonly" in text:
        return NotWritableError(path, "not_writable")
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError(path, "in_use")
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return NotAWorkshopError(path, "damaged")
    if code.startswith("SQLITE_IOERR"):
        return StorageError(path, "disk_error", system=text)
    return exc


def probe_writable(conn: sqlite3.Connection, path: Path) -> None:
    """Raise NotWritableError now, rather than at the first edit, when SQLite opened the file read-only.

    SQLite silently falls back to reading when the operating system write-protects the file. A
    write that is rolled back at once tells us, and leaves the file as it was.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        raise translate(path, exc) from None
