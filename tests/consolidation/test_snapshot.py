"""Each input is read through one consistent snapshot (issue #22, item 7): an office's file that is
open in another program, in the middle of writing a transaction, is read as it was before or after
that transaction, never half of it, and nothing is created beside it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app.demo import create_demo
from app.merge.inputs import read_input


def writer_mid_transaction(path: Path) -> subprocess.Popen:
    """Another program that has the workshop open (its lock beside it) and is writing a transaction
    whose first pages already reached the file (a tiny page cache spills them); it rolls back after
    two seconds."""
    script = textwrap.dedent(f"""
        import sqlite3, sys, time
        from app import locking
        lock = locking.acquire({str(path)!r})
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 2")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE answers SET text = text || ' (half-written)'")
        conn.execute("UPDATE workshop SET title = 'half-written'")
        print("writing", flush=True)
        time.sleep(2)
        conn.execute("ROLLBACK")
        conn.close()
        lock.release()
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parents[2])
    assert process.stdout.readline().strip() == "writing"
    return process


def test_an_input_being_written_is_read_whole_before_or_after(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "office.pmqa"
    create_demo(path).close()
    before = read_input(path)
    writer = writer_mid_transaction(path)
    try:
        assert Path(f"{path}-journal").exists()  # the file itself already holds half-written pages
        start = time.monotonic()
        during = read_input(path)
        waited = time.monotonic() - start
    finally:
        writer.wait(timeout=30)
        writer.stdout.close()
    assert during.details.title == before.details.title != "half-written"
    assert not any(a["text"].endswith("(half-written)") for a in during.tables["answers"])
    assert during.fingerprint == before.fingerprint
    assert waited > 0.5  # it waited for the writer rather than copying the half-written file
    assert sorted(p.name for p in folder.iterdir()) == ["office.pmqa"]
