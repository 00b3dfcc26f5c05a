"""Damaged and foreign files: a clear message (window: a dialog naming the file; command line: one
line, exit status 2), the file never modified, and its latest automatic backup offered."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app import backups, cli
from app.errors import WorkshopError
from app.storage import SCHEMA_VERSION, connection
from app.workshop import Workshop


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _empty(path, monkeypatch):
    path.write_bytes(b"")


def _truncated(path, monkeypatch):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _random_bytes(path, monkeypatch):
    path.write_bytes(random.Random(9).randbytes(64 * 1024))


def _damaged_inside(path, monkeypatch):
    data = bytearray(path.read_bytes())  # a valid header, garbage where the tables are
    data[4096:4096 * 6] = random.Random(3).randbytes(4096 * 5)
    path.write_bytes(bytes(data))


def _other_program(path, monkeypatch):
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (name TEXT, taken TEXT)")
    conn.execute("INSERT INTO photos VALUES ('a.jpg', '2026-01-01')")
    conn.commit()
    conn.close()


def _newer_version(path, monkeypatch):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def _no_read_permission(path, monkeypatch):
    # Tests run as root, for whom permission bits do not apply: refuse the read itself instead.
    real_open = open

    def refusing(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(connection, "open", refusing, raising=False)


KINDS = {
    "empty": (_empty, "empty"),
    "truncated": (_truncated, "damaged"),
    "random bytes": (_random_bytes, "damaged or of another kind"),
    "damaged inside": (_damaged_inside, "damaged"),
    "another program's database": (_other_program, "another program"),
    "newer version": (_newer_version, "newer version"),
    "no read permission": (_no_read_permission, "no permission"),
}


@pytest.fixture(params=list(KINDS))
def bad_file(request, demo_path, monkeypatch):
    """The demo workshop, backed up once, then damaged in place in one of the ways above."""
    w = Workshop.open(demo_path)
    backups.make_backup(w, "opened")
    w.close()
    damage, reason = KINDS[request.param]
    damage(demo_path, monkeypatch)
    return demo_path, reason


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_core_refuses_each_bad_file_and_leaves_it_unchanged(bad_file):
    path, reason = bad_file
    before, files = digest(path) if path.stat().st_size else "", _listing(path.parent)
    for readonly in (False, True):
        with pytest.raises(WorkshopError, match=reason):
            Workshop.open(path, readonly=readonly, lock=True)
    assert (digest(path) if path.stat().st_size else "") == before
    assert _listing(path.parent) == files  # no -wal, -shm or lock file left beside it


def test_the_command_line_says_one_line_exits_2_and_names_the_latest_backup(bad_file, tmp_path, capsys):
    path, reason = bad_file
    latest = backups.latest_backup(path)
    for command in ("export", "report", "plan"):
        suffix = {"export": "json", "report": "pdf", "plan": "xlsx"}[command]
        assert cli.main([command, str(path), str(tmp_path / f"out.{suffix}")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and path.name in err and reason in err
        assert str(latest.path) in err and "pmqa-workshop restore" in err
        assert not (tmp_path / f"out.{suffix}").exists()


def test_the_window_names_the_file_and_offers_the_latest_backup(bad_file, main_window, qtbot):
    path, _reason = bad_file
    before = digest(path) if path.stat().st_size else ""
    latest = backups.latest_backup(path)
    assert not main_window.open_path(path)
    box = main_window.open_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    taken = latest.taken
    assert path.name in box.informativeText()
    assert f"{taken:%-d %b %Y} (B.E. {taken.year + 543}) {taken:%H:%M}" in box.informativeText()
    box.findChild(object, "restoreButton").click()
    dialog = main_window.backups_dialog
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: main_window.workshop is not None)
    assert main_window.workshop.path != path and main_window.workshop.path.parent == path.parent
    assert len(main_window.workshop.answers()) > 0  # the demo's cards are back
    assert (digest(path) if path.stat().st_size else "") == before


def test_a_bad_file_without_backups_gets_the_plain_message(main_window, tmp_path):
    path = tmp_path / "x.pmqa"
    path.write_bytes(b"\x00" * 1000)
    assert not main_window.open_path(path)
    boxes = [b for b in main_window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and path.name in boxes[0].informativeText()
    assert boxes[0].findChild(object, "restoreButton") is None
    assert path.read_bytes() == b"\x00" * 1000


def test_a_path_through_a_file_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(WorkshopError, match="does not exist"):
        Workshop.open(blocker / "w.pmqa")
    assert cli.main(["export", str(blocker / "w.pmqa"), str(tmp_path / "o.json")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
