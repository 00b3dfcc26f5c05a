""""Save a copy" and "Send a copy" never write onto the open workshop (issue #16, item 1): the name
suggested is a fresh one, and a target that is the open file, by any path, is refused with a message
before anything is written, so every later edit stays in the file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.errors import StorageError
from app.workshop import Workshop
from tests.reliability._saved import group_names_in
from ui.common.copies import fresh_copy_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def error_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible() and b.objectName() == "errorBox"]


@pytest.fixture
def chosen(monkeypatch) -> dict:
    """The file dialog answers with ``chosen["path"]`` and records what it suggested."""
    answer: dict = {}

    def get_save_file_name(parent, caption, suggested, file_filter):
        answer["suggested"] = Path(suggested)
        return (str(answer["path"]) if "path" in answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return answer


def other_spelling(workshop_path: Path, how: str) -> Path:
    folder = workshop_path.parent
    if how == "symlink":
        (folder / "link.pmqa").symlink_to(workshop_path)
        return folder / "link.pmqa"
    if how == "hard link":
        os.link(workshop_path, folder / "hard.pmqa")
        return folder / "hard.pmqa"
    if how == "dot-dot":
        (folder / "sub").mkdir()
        return folder / "sub" / ".." / workshop_path.name
    return workshop_path


SPELLINGS = ["the same path", "symlink", "hard link", "dot-dot"]


def test_save_a_copy_suggests_a_fresh_name_beside_the_open_workshop(main_window, workshop_path, chosen, monkeypatch):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: workshop_path.parent))  # the workshop sits there
    (workshop_path.parent / "w (copy).pmqa").write_bytes(b"taken")
    assert main_window.open_path(workshop_path)
    main_window.copy_action.trigger()
    assert chosen["suggested"] == workshop_path.parent / "w (copy 2).pmqa"


def test_send_a_copy_suggests_a_fresh_name_when_the_open_workshop_has_that_name(main_window, workshop_path, chosen,
                                                                                monkeypatch):
    from app.merge.inputs import shared_copy_name

    assert main_window.open_path(workshop_path)
    named = workshop_path.parent / shared_copy_name(main_window.workshop.details())
    main_window.close_workshop()
    workshop_path.rename(named)  # a copy received earlier, opened from the home folder
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: named.parent))
    assert main_window.open_path(named)
    main_window.consolidation_actions.send_action.trigger()
    assert chosen["suggested"] == named.with_name(f"{named.stem} (copy).pmqa")


@pytest.mark.parametrize("how", SPELLINGS)
def test_save_a_copy_onto_the_open_workshop_is_refused_and_later_edits_are_kept(main_window, workshop_path, chosen,
                                                                                how):
    assert main_window.open_path(workshop_path)
    chosen["path"] = other_spelling(workshop_path, how)
    before = digest(workshop_path)
    main_window.copy_action.trigger()
    boxes = error_boxes(main_window)
    assert len(boxes) == 1 and "open workshop" in boxes[0].text() and "Nothing was written" in boxes[0].informativeText()
    assert "Copy saved" not in main_window.statusBar().currentMessage()
    assert digest(workshop_path) == before
    for name in ("หนึ่ง", "สอง", "สาม"):
        main_window.workshop.add_group(name)
    main_window.close_workshop()
    assert group_names_in(workshop_path) == ["หนึ่ง", "สอง", "สาม"]


@pytest.mark.parametrize("how", SPELLINGS)
def test_send_a_copy_onto_the_open_workshop_is_refused(main_window, workshop_path, chosen, how, qtbot):
    assert main_window.open_path(workshop_path)
    chosen["path"] = other_spelling(workshop_path, how)
    before = digest(workshop_path)
    actions = main_window.consolidation_actions
    actions.send_action.trigger()
    assert actions._send_task is None  # nothing started
    boxes = error_boxes(main_window)
    assert len(boxes) == 1 and "open workshop" in boxes[0].text()
    assert digest(workshop_path) == before
    main_window.workshop.add_group("ยังแก้ไขได้")
    main_window.close_workshop()
    assert group_names_in(workshop_path) == ["ยังแก้ไขได้"]


def test_a_copy_onto_a_file_beside_the_open_workshop_is_refused_too(main_window, workshop_path, chosen):
    """SQLite's own files beside the open workshop (its -wal) are part of it: a copy written there would be
    taken for the open file's journal."""
    assert main_window.open_path(workshop_path)
    for suffix in ("-wal", "-shm", "-journal"):  # whether SQLite keeps that file right now or not
        chosen["path"] = Path(f"{workshop_path}{suffix}")
        main_window.copy_action.trigger()
        assert len(error_boxes(main_window)) == 1
        error_boxes(main_window)[0].close()


def test_the_cores_refusal_of_a_copy_is_shown(main_window, workshop_path, chosen, tmp_path, monkeypatch):
    assert main_window.open_path(workshop_path)
    chosen["path"] = tmp_path / "elsewhere.pmqa"

    def refuse(self, target):
        raise StorageError(target, "cannot_write_copy", system="Input/output error")

    monkeypatch.setattr(Workshop, "save_copy", refuse)
    main_window.copy_action.trigger()
    boxes = error_boxes(main_window)
    assert len(boxes) == 1 and "elsewhere.pmqa" in boxes[0].informativeText()
    assert "Copy saved" not in main_window.statusBar().currentMessage()


def test_copy_names_are_numbered_in_the_interface_language(qapp, tmp_path):
    from ui.common.i18n import install_language

    open_file = tmp_path / "ประชุม.pmqa"
    open_file.write_bytes(b"")
    install_language("th")
    try:
        first = fresh_copy_path(tmp_path, open_file.name, open_file)
        first.write_bytes(b"")
        second = fresh_copy_path(tmp_path, open_file.name, open_file)
    finally:
        install_language("en")
    assert (first.name, second.name) == ("ประชุม (สำเนา).pmqa", "ประชุม (สำเนา 2).pmqa")
    assert fresh_copy_path(tmp_path, "ใหม่.pmqa", open_file) == tmp_path / "ใหม่.pmqa"  # a free name stays as it is
