"""A lock that cannot be proven stale can be taken over, after a second question naming the risk
(issue #16, item 8): a leftover lock whose process number now belongs to another program left only
"read-only" or "Cancel"."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import locking
from tests.reliability._saved import group_names_in


@pytest.fixture
def another_program():
    """A running process that is not PMQA Workshop: the process number a leftover lock names after
    the computer restarted and the number was given to someone else."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield child
    child.kill()
    child.wait()


def leave_lock(workshop_path, host: str, pid: int, user: str = "somchai", since: str = "2026-01-05T09:00:00"):
    locking.lock_path(workshop_path).write_text(json.dumps({"host": host, "user": user, "pid": pid, "since": since}))


def click(box: QMessageBox, name: str, qtbot) -> None:
    button = box.findChild(object, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_lock_naming_a_process_of_another_program_can_be_taken_over_after_a_warning(
        main_window, workshop_path, another_program, qtbot):
    leave_lock(workshop_path, locking.Holder.current().host, another_program.pid)
    assert not main_window.open_path(workshop_path)
    box = main_window.open_box
    assert box.isVisible() and box.objectName() == "openReadOnlyBox"
    shown = box.informativeText()
    assert "somchai" in shown and locking.Holder.current().host in shown and str(another_program.pid) in shown
    assert "2026" in shown  # since when (formatted as a date)
    click(box, "takeOverButton", qtbot)
    assert main_window.workshop is None  # not yet: a second question first
    confirm = main_window.open_box
    assert confirm is not box and confirm.isVisible() and confirm.objectName() == "takeOverBox"
    assert "somchai" in confirm.informativeText() and "clash" in confirm.informativeText()
    assert confirm.defaultButton() is confirm.button(QMessageBox.StandardButton.Cancel)
    click(confirm, "confirmTakeOverButton", qtbot)
    assert main_window.workshop is not None and not main_window.workshop.readonly
    assert locking.read_holder(workshop_path).pid == os.getpid()
    main_window.workshop.add_group("รับช่วงต่อแล้ว")
    main_window.close_workshop()
    assert not locking.lock_path(workshop_path).exists()
    assert group_names_in(workshop_path) == ["รับช่วงต่อแล้ว"]


def test_a_lock_from_another_computer_is_taken_over_only_after_the_warning(main_window, workshop_path, qtbot):
    leave_lock(workshop_path, "laptop-of-region-5", 4242)
    assert not main_window.open_path(workshop_path)
    box = main_window.open_box
    assert "laptop-of-region-5" in box.informativeText() and "cannot be checked" in box.informativeText()
    click(box, "takeOverButton", qtbot)
    assert main_window.workshop is None and main_window.open_box.objectName() == "takeOverBox"
    assert "laptop-of-region-5" in main_window.open_box.informativeText()
    click(main_window.open_box, "confirmTakeOverButton", qtbot)
    assert main_window.workshop is not None and locking.read_holder(workshop_path).pid == os.getpid()


def test_cancelling_the_warning_leaves_their_lock_and_the_file_alone(main_window, workshop_path, another_program,
                                                                    qtbot):
    leave_lock(workshop_path, locking.Holder.current().host, another_program.pid)
    before = workshop_path.read_bytes()
    assert not main_window.open_path(workshop_path)
    click(main_window.open_box, "takeOverButton", qtbot)
    confirm = main_window.open_box
    qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert main_window.workshop is None and not confirm.isVisible()
    assert locking.read_holder(workshop_path).pid == another_program.pid
    assert workshop_path.read_bytes() == before


def test_the_workshop_open_in_this_window_is_not_offered_for_take_over(main_window, workshop_path):
    assert main_window.open_path(workshop_path)
    assert not main_window.open_path(workshop_path)  # the same file again, from the recent files say
    box = main_window.open_box
    assert box.isVisible() and box.findChild(object, "takeOverButton") is None
    assert main_window.workshop is not None and main_window.workshop.path == workshop_path
