"""Numbered, one-way schema steps. ``PRAGMA user_version`` records the schema number."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

from app.storage.connection import APPLICATION_ID
from app.storage.schema_v1 import SCHEMA_V1


def create_tables(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA_V1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one inside the caller's transaction (``executescript`` would commit)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"unfinished SQL statement: {statement[:60]!r}")


# Room input (issue #17): where a card came from, and whether the room may see it.
SCHEMA_V2_ROOM = """
ALTER TABLE answers ADD COLUMN origin TEXT NOT NULL DEFAULT '' CHECK (origin IN ('', 'device'));
ALTER TABLE answers ADD COLUMN moderation TEXT NOT NULL DEFAULT ''
    CHECK (moderation IN ('', 'pending', 'hidden'));
"""


def add_card_origin(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA_V2_ROOM)


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: create_tables,
    2: add_card_origin,
}
LATEST = max(STEPS)


@contextmanager
def explicit_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # Python's sqlite3 does not open a transaction before DDL, so we BEGIN ourselves.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def upgrade(conn: sqlite3.Connection, path: Path, backup: Callable[[str], object] | None = None) -> int:
    """Bring the file to ``LATEST``; copy it first (via ``backup(tag)``) when it already holds data."""
    found = schema_version(conn)
    if found >= LATEST:
        return found
    if found > 0 and backup is not None:
        backup(f"before-v{LATEST}-{datetime.now():%Y%m%d-%H%M%S}")
    for number in range(found + 1, LATEST + 1):
        with explicit_transaction(conn):
            STEPS[number](conn)
            conn.execute(f"PRAGMA user_version = {number}")
    return LATEST
