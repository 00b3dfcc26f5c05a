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


# Follow-up (issue #23): checkpoints, progress per plan item and checkpoint, evidence files in the
# workshop file itself. Empty in an upgraded file: the checkpoints are made when follow-up starts.
SCHEMA_V3_FOLLOWUP = """
CREATE TABLE checkpoints (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    due_date TEXT NOT NULL              -- ISO date (Common Era); shown in the Buddhist Era
);

CREATE TABLE progress (
    id            INTEGER PRIMARY KEY,
    plan_item_id  INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
    checkpoint_id INTEGER NOT NULL REFERENCES checkpoints(id) ON DELETE CASCADE,
    status        TEXT NOT NULL DEFAULT 'not_started'
                  CHECK (status IN ('not_started', 'in_progress', 'done', 'delayed', 'cancelled')),
    percent       INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    kpi_actual    TEXT NOT NULL DEFAULT '',
    spent_satang  INTEGER CHECK (spent_satang >= 0),
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    UNIQUE (plan_item_id, checkpoint_id)
);
CREATE INDEX progress_by_checkpoint ON progress(checkpoint_id);

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    progress_id INTEGER NOT NULL REFERENCES progress(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    content     BLOB NOT NULL CHECK (length(content) = size)
);
CREATE INDEX evidence_by_progress ON evidence(progress_id);
"""


def add_followup(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA_V3_FOLLOWUP)


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: create_tables,
    2: add_card_origin,
    3: add_followup,
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
