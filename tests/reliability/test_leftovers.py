"""What a crash leaves beside a workshop is applied only when it belongs; checks never write; reading
works on write-protected media and leaves nothing behind."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.demo import create_demo
from app.templates import builtin_template
from app.workshop import Workshop


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def crash_mid_transaction(path: Path) -> bytes:
    """A process killed while its transaction was being written: a hot journal stays beside the
    file, whose pages are already partly overwritten (a tiny page cache spills them early)."""
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 2")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE answers SET text = text || ' (half-written)'")
        conn.execute("UPDATE workshop SET title = 'half-written'")
        os._exit(9)
    """)
    subprocess.run([sys.executable, "-c", script], check=False)
    journal = Path(f"{path}-journal")
    assert journal.stat().st_size > 0
    return journal.read_bytes()


def contents(path: Path) -> tuple[str, list[str]]:
    w = Workshop.open(path, readonly=True)
    try:
        return w.details().title, sorted(a.text for a in w.answers())
    finally:
        w.close()


def other_workshop(folder: Path, title: str) -> Path:
    path = folder / "other.pmqa"
    Workshop.create(path, builtin_template(), title=title).close()
    return path


@pytest.fixture
def demo(tmp_path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "w.pmqa"
    create_demo(path).close()
    return path


def test_a_hot_journal_that_belongs_is_rolled_back_when_opening(demo):
    before = contents(demo)
    crash_mid_transaction(demo)
    w = Workshop.open(demo)
    try:
        assert w.store.integrity() == "ok" and w.store.set_aside == []
    finally:
        w.close()
    assert contents(demo) == before
    assert listing(demo.parent) == ["w.pmqa"]


def test_a_journal_left_beside_another_workshop_is_set_aside_and_never_applied(demo, tmp_path):
    journal = crash_mid_transaction(demo)
    other = other_workshop(tmp_path, "อีกหน่วยงาน")
    shutil.copyfile(other, demo)  # the user copies another workshop over the crashed one
    w = Workshop.open(demo)
    try:
        assert w.details().title == "อีกหน่วยงาน"
        [aside] = w.store.set_aside
        assert aside.name.startswith("w.pmqa-journal.set-aside-") and aside.read_bytes() == journal
    finally:
        w.close()
    assert contents(demo) == contents(other)
    assert not Path(f"{demo}-journal").exists()


def test_a_write_ahead_log_left_beside_another_workshop_is_set_aside_and_never_applied(demo, tmp_path):
    """A file of an earlier version (write-ahead log) whose session crashed, then another workshop
    copied over it: the copied workshop opens as it is; the log is kept aside."""
    conn = sqlite3.connect(demo, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE workshop SET title = 'edited in the crashed session'")
    conn.execute("UPDATE answers SET text = 'edited in the crashed session'")
    log = Path(f"{demo}-wal").read_bytes()  # what a kill at this moment leaves behind
    conn.close()
    other = other_workshop(tmp_path, "ไฟล์ที่คัดลอกมาทับ")
    shutil.copyfile(other, demo)
    Path(f"{demo}-wal").write_bytes(log)
    w = Workshop.open(demo)
    try:
        assert w.details().title == "ไฟล์ที่คัดลอกมาทับ"
        [aside] = w.store.set_aside
        assert aside.name.startswith("w.pmqa-wal.set-aside-") and aside.read_bytes() == log
    finally:
        w.close()
    assert contents(demo) == contents(other)


def test_a_write_ahead_log_that_belongs_keeps_the_crashed_sessions_edits(demo):
    conn = sqlite3.connect(demo, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE workshop SET title = 'edited in the crashed session'")
    log = Path(f"{demo}-wal").read_bytes()
    conn.close()  # checkpoints; put the file back as the crash left it: old pages, log beside
    conn = sqlite3.connect(demo, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("UPDATE workshop SET title = 'before the crash'")
    conn.close()
    with open(demo, "r+b") as handle:  # the header of a write-ahead-log file
        handle.seek(18)
        handle.write(b"\x02\x02")
    Path(f"{demo}-wal").write_bytes(log)
    w = Workshop.open(demo)
    try:
        assert w.details().title == "edited in the crashed session" and w.store.set_aside == []
    finally:
        w.close()
    assert listing(demo.parent) == ["w.pmqa"]  # converted: the file alone holds everything now


def test_reading_a_file_with_leftovers_changes_nothing_beside_it(demo, tmp_path):
    before = contents(demo)
    journal = crash_mid_transaction(demo)
    files, stamp = listing(demo.parent), digest(demo)
    assert contents(demo) == before  # read from a private copy, the journal applied there
    from app import cli
    assert cli.main(["export", str(demo), str(tmp_path / "out.json")]) == 0
    assert listing(demo.parent) == files and digest(demo) == stamp
    assert Path(f"{demo}-journal").read_bytes() == journal


@pytest.fixture
def write_protected(demo):
    """The workshop's folder made truly read-only: immutable for root (permission bits do not stop
    root), mode 555 otherwise."""
    folder = demo.parent
    protect = (["chattr", "+i", str(folder)], ["chattr", "-i", str(folder)])
    if subprocess.run(["id", "-u"], capture_output=True, text=True).stdout.strip() != "0":
        protect = (["chmod", "555", str(folder)], ["chmod", "755", str(folder)])
    if shutil.which(protect[0][0]) is None or subprocess.run(protect[0], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot be made read-only here (chattr/chmod refused)")
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        pass
    else:
        subprocess.run(protect[1], check=True)
        pytest.skip("the folder stayed writable")
    yield demo
    subprocess.run(protect[1], check=True)


def test_a_workshop_on_read_only_media_can_be_read_exported_and_printed(write_protected, tmp_path):
    from app import cli

    files = listing(write_protected.parent)
    for command, out in (("export", "w.json"), ("report", "w.pdf"), ("plan", "w.xlsx")):
        assert cli.main([command, str(write_protected), str(tmp_path / out)]) == 0, command
        assert (tmp_path / out).stat().st_size > 0
    w = Workshop.open(write_protected, readonly=True)
    try:
        assert w.details().title and w.readonly
    finally:
        w.close()
    assert listing(write_protected.parent) == files


def test_an_older_copy_of_the_same_workshop_put_where_a_session_crashed_is_not_rolled_forward(demo, tmp_path):
    older = tmp_path / "older.pmqa"
    shutil.copyfile(demo, older)
    conn = sqlite3.connect(demo, isolation_level=None)
    conn.execute("UPDATE answers SET text = 'edited after the copy was taken'")
    conn.close()
    crash_mid_transaction(demo)
    shutil.copyfile(older, demo)  # the user puts the older copy back; the journal is still there
    w = Workshop.open(demo)
    try:
        assert len(w.store.set_aside) == 1
        assert "edited after the copy was taken" not in {a.text for a in w.answers()}
    finally:
        w.close()
    assert contents(demo) == contents(older)


def test_a_file_whose_writer_crashed_on_another_computer_can_still_be_read(demo, tmp_path):
    from app import cli, locking

    before = contents(demo)
    crash_mid_transaction(demo)
    locking.lock_path(demo).write_text(json.dumps({"host": "laptop-of-someone-else", "user": "somchai",
                                                   "pid": 4242, "since": "2026-12-06T09:00:00"}))
    files, stamp = listing(demo.parent), digest(demo)
    assert cli.main(["export", str(demo), str(tmp_path / "read.json")]) == 0
    assert contents(demo) == before
    assert listing(demo.parent) == files and digest(demo) == stamp
