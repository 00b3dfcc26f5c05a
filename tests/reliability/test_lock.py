"""A second instance is told who has the workshop open, may open it read-only, and stale locks go."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli, locking
from app.errors import FileInUseError, NotWritableError
from app.storage import connection, store
from app.workshop import Workshop

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
sys.path.insert(0, sys.argv[2])
from app.workshop import Workshop
w = Workshop.open(sys.argv[1], lock=True)
print("open", flush=True)
time.sleep(120)
"""


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def other_instance(workshop_path):
    """Another running copy of the application with the workshop open for editing."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(workshop_path), str(ROOT)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    yield child
    child.kill()
    child.wait()
    child.stdout.close()


def test_second_instance_is_told_who_has_the_file(workshop_path, other_instance):
    with pytest.raises(FileInUseError) as caught:
        Workshop.open(workshop_path, lock=True)
    holder = caught.value.holder
    assert holder.pid == other_instance.pid and holder.on_this_computer() and holder.user
    message = str(caught.value)
    assert f"process {other_instance.pid}" in message and holder.host in message and "read-only" in message


def test_second_instance_may_open_read_only_and_export(workshop_path, other_instance, tmp_path, capsys):
    w = Workshop.open(workshop_path, readonly=True, lock=True)
    try:
        assert w.readonly and w.details().title == "Test workshop"
    finally:
        w.close()
    assert cli.main(["export", str(workshop_path), str(tmp_path / "out.json")]) == 0  # commands only read
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["workshop"]["title"] == "Test workshop"


def test_a_lock_left_by_a_killed_instance_is_stale_and_replaced(workshop_path, other_instance):
    other_instance.kill()
    other_instance.wait()
    holder = locking.read_holder(workshop_path)
    assert holder.pid == other_instance.pid and locking.is_stale(holder, workshop_path)
    w = Workshop.open(workshop_path, lock=True)
    try:
        assert locking.read_holder(workshop_path).pid == os.getpid()
    finally:
        w.close()
    assert not locking.lock_path(workshop_path).exists()  # cleaned on close


def test_the_same_process_cannot_open_a_file_twice_for_editing(workshop_path):
    first = Workshop.open(workshop_path, lock=True)
    try:
        with pytest.raises(FileInUseError):
            Workshop.open(workshop_path, lock=True)
    finally:
        first.close()
    Workshop.open(workshop_path, lock=True).close()


def test_a_lock_from_another_computer_holds_until_taken_over(workshop_path):
    locking.lock_path(workshop_path).write_text(json.dumps(
        {"host": "laptop-of-region-5", "user": "somchai", "pid": 4242, "since": "2026-01-05T09:00:00"}))
    with pytest.raises(FileInUseError, match="somchai on laptop-of-region-5"):
        Workshop.open(workshop_path, lock=True)
    w = Workshop.open(workshop_path, lock=True, force_lock=True)
    w.close()
    assert not locking.lock_path(workshop_path).exists()


@pytest.mark.parametrize("content", [b"", b"not json", b'{"host": 1}'])
def test_an_unreadable_lock_file_is_replaced(workshop_path, content):
    locking.lock_path(workshop_path).write_bytes(content)
    os.utime(locking.lock_path(workshop_path), (0, 0))  # old: nobody is writing it right now
    Workshop.open(workshop_path, lock=True).close()


def simulate_write_protection(monkeypatch):
    """SQLite opens a write-protected file for reading only; root ignores permission bits, so the
    test asks SQLite for exactly that (a read-only URI) whenever the core asks for read-write."""
    real = connection.connect
    monkeypatch.setattr(store, "connect", lambda path, readonly=False: real(path, readonly=True))


def test_a_write_protected_file_is_refused_for_editing_at_once_and_unchanged(workshop_path, monkeypatch):
    before = digest(workshop_path)
    simulate_write_protection(monkeypatch)
    with pytest.raises(NotWritableError, match="cannot be written"):
        Workshop.open(workshop_path, lock=True)
    assert digest(workshop_path) == before
    assert not locking.lock_path(workshop_path).exists()
    Workshop.open(workshop_path, readonly=True).close()


def test_window_offers_read_only_when_another_instance_has_the_file(main_window, workshop_path, other_instance, qtbot):
    before = digest(workshop_path)
    assert not main_window.open_path(workshop_path)
    box = main_window.open_box
    assert box.isVisible() and box.objectName() == "openReadOnlyBox"
    assert workshop_path.name in box.informativeText() and str(other_instance.pid) in box.informativeText()
    # Taking over is offered (the process number may now be another program's; test_take_over.py), never the default.
    assert box.findChild(object, "takeOverButton") is not None and box.defaultButton().objectName() == "readOnlyButton"
    box.findChild(object, "readOnlyButton").click()
    assert main_window.workshop is not None and main_window.workshop.readonly
    assert main_window.tr(" (read-only)") in main_window.windowTitle()
    main_window.close_workshop()
    assert digest(workshop_path) == before
    assert locking.read_holder(workshop_path).pid == other_instance.pid  # their lock is left alone


def test_window_offers_read_only_for_a_write_protected_file(main_window, workshop_path, monkeypatch):
    simulate_write_protection(monkeypatch)
    assert not main_window.open_path(workshop_path)
    box = main_window.open_box
    assert box.isVisible() and box.objectName() == "openReadOnlyBox" and workshop_path.name in box.informativeText()
    box.findChild(object, "readOnlyButton").click()
    assert main_window.workshop.readonly
