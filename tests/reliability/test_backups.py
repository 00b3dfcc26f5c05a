"""Automatic backups: where they go, how they rotate, restoring them (core, command line, window)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app import backups, cli, paths
from app.demo import create_stress
from app.errors import NotAWorkshopError, StorageError
from app.workshop import Workshop


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class Clock:
    def __init__(self):
        self.now = datetime(2026, 1, 5, 9, 0, 0)

    def __call__(self):
        return self.now


def test_a_backup_is_a_complete_copy_in_the_backup_folder_named_by_workshop_and_time(workshop, workshop_path):
    workshop.add_answer(workshop.add_group("A").new_id, workshop.pillars()[0].questions[0].id, "ข้อเสนอ 🌏")
    made = backups.make_backup(workshop, "opened", now=datetime(2026, 1, 5, 10, 30, 15))
    assert made.path.parent.parent == paths.backups_dir()  # never beside the user's file
    assert made.path.parent != workshop_path.parent
    assert made.path.name == "w 2026-01-05 10.30.15 opened.pmqa"
    assert (made.path.parent / "source.txt").read_text("utf-8").strip() == str(workshop_path.resolve())
    copy = Workshop.open(made.path, readonly=True)
    try:
        assert [a.text for a in copy.answers()] == ["ข้อเสนอ 🌏"] and copy.store.integrity() == "ok"
    finally:
        copy.close()
    assert backups.list_backups(workshop_path) == [made]


def test_automatic_backups_rotate_and_upgrade_copies_stay(workshop, workshop_path):
    start = datetime(2026, 1, 5, 9, 0, 0)
    backups.backup_copy(workshop_path, "before-v2")
    for n in range(13):
        backups.make_backup(workshop, "auto", keep=4, now=start + timedelta(minutes=10 * n))
    found = backups.list_backups(workshop_path)
    automatic = [b for b in found if b.kind == "auto"]
    assert [b.taken for b in automatic] == [start + timedelta(minutes=10 * n) for n in (12, 11, 10, 9)]
    assert [b.kind for b in found].count("before-upgrade") == 1


def test_copies_within_one_second_never_reuse_a_rotated_name(workshop, workshop_path):
    when = datetime(2026, 1, 5, 9, 0, 0)
    made = [backups.make_backup(workshop, "auto", keep=2, now=when) for _ in range(5)]
    assert [b.path for b in backups.list_backups(workshop_path)] == [made[4].path, made[3].path]


def test_auto_backup_runs_every_interval_of_editing_only(workshop, workshop_path):
    clock = Clock()
    auto = backups.AutoBackup(workshop, clock=clock)
    workshop.subscribe(auto.note_change)
    workshop.add_group("A")
    clock.now += timedelta(minutes=5)
    assert auto.run_if_due() is None  # edited, but the last copy is less than 10 minutes old
    clock.now += timedelta(minutes=5)
    made = auto.run_if_due()
    assert made is not None and made.kind == "auto" and made.taken == clock.now
    clock.now += timedelta(minutes=30)
    assert auto.run_if_due() is None  # nothing edited since
    workshop.add_group("B")
    assert auto.run_if_due() is not None  # edited, and the last copy is 30 minutes old


def test_reopening_an_unchanged_file_makes_no_new_backup(workshop, workshop_path):
    assert backups.changed_since_last_backup(workshop_path)
    backups.make_backup(workshop, "opened")
    assert not backups.changed_since_last_backup(workshop_path)
    workshop.add_group("A")
    assert backups.changed_since_last_backup(workshop_path)


def test_restore_writes_a_new_file_and_never_overwrites(workshop, workshop_path, tmp_path):
    workshop.add_group("กลุ่ม ๑")
    made = backups.make_backup(workshop)
    backup_hash = digest(made.path)
    out = backups.restore_backup(made.path, tmp_path / "restored.pmqa")
    restored = Workshop.open(out)
    try:
        assert [g.name for g in restored.groups()] == ["กลุ่ม ๑"]
    finally:
        restored.close()
    workshop.close()
    before = digest(workshop_path)
    with pytest.raises(StorageError, match="already exists"):
        backups.restore_backup(made.path, workshop_path)
    assert digest(workshop_path) == before and digest(made.path) == backup_hash


def test_restoring_something_that_is_not_a_workshop_leaves_nothing(tmp_path):
    junk = tmp_path / "junk.pmqa"
    junk.write_bytes(b"\x00" * 5000)
    with pytest.raises(NotAWorkshopError):
        backups.restore_backup(junk, tmp_path / "out.pmqa")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.pmqa"]


def test_command_line_lists_and_restores_backups(workshop, workshop_path, tmp_path, capsys):
    made = backups.make_backup(workshop, "opened", now=datetime(2026, 1, 5, 10, 30, 15))
    assert cli.main(["backups", str(workshop_path)]) == 0
    out = capsys.readouterr().out
    assert "2026-01-05 10:30:15" in out and "opened" in out and str(made.path) in out
    assert cli.main(["restore", str(made.path), str(tmp_path / "r.pmqa")]) == 0
    assert Workshop.open(tmp_path / "r.pmqa", readonly=True).details().title == "Test workshop"
    capsys.readouterr()
    before = digest(tmp_path / "r.pmqa")
    assert cli.main(["restore", str(made.path), str(tmp_path / "r.pmqa")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err
    assert digest(tmp_path / "r.pmqa") == before


def test_command_line_says_when_there_are_no_backups(workshop_path, capsys):
    assert cli.main(["backups", str(workshop_path)]) == 0
    assert "no automatic backups" in capsys.readouterr().out


def test_backups_of_a_lost_file_are_listed_and_a_mistyped_name_is_an_error(workshop, workshop_path, tmp_path, capsys):
    made = backups.make_backup(workshop, "opened", now=datetime(2026, 1, 5, 10, 30, 15))
    workshop.close()
    workshop_path.unlink()  # the file is gone: its backups are what the user needs now
    assert cli.main(["backups", str(workshop_path)]) == 0
    assert str(made.path) in capsys.readouterr().out
    assert cli.main(["backups", str(tmp_path / "nosuch.pmqa")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def test_opening_in_the_window_backs_up_once_until_the_file_changes(main_window, workshop_path):
    assert main_window.open_path(workshop_path)
    assert [b.kind for b in backups.list_backups(workshop_path)] == ["opened"]
    main_window.close_workshop()
    assert main_window.open_path(workshop_path)
    assert len(backups.list_backups(workshop_path)) == 1  # unchanged since the last copy
    main_window.workshop.add_group("A")
    main_window.close_workshop()
    assert main_window.open_path(workshop_path)
    assert len(backups.list_backups(workshop_path)) == 2


def test_timer_backup_of_the_stress_workshop_does_not_freeze_the_window(main_window, tmp_path, qtbot):
    path = tmp_path / "stress.pmqa"
    create_stress(path).close()
    assert main_window.open_path(path)
    keeper = main_window.backup_keeper
    keeper.auto.interval = timedelta(0)
    keeper.timer.setInterval(10)
    group, question = main_window.workshop.groups()[0].id, main_window.workshop.pillars()[0].questions[0].id
    for n in range(3):
        main_window.workshop.add_answer(group, question, f"บัตรที่ {n}")
        with qtbot.waitSignal(keeper.backed_up, timeout=5000) as signal:
            pass
        assert signal.args[0].kind == "auto"
    durations = keeper.durations[1:]  # the first one was the backup on open
    print(f"\nstress workshop {path.stat().st_size // 1024} KB: timer backups took "
          f"{', '.join(f'{d * 1000:.0f} ms' for d in durations)}")
    assert len(durations) == 3 and max(durations) < 0.25


def test_backups_dialog_restores_a_chosen_backup_as_a_new_file(main_window, workshop_path, qtbot):
    assert main_window.open_path(workshop_path)
    main_window.workshop.add_group("ก่อน")
    when = (datetime.now() + timedelta(minutes=5)).replace(microsecond=0)
    backups.make_backup(main_window.workshop, "auto", now=when)
    main_window.workshop.add_group("หลัง")
    main_window.backups_action.trigger()
    dialog = main_window.backups_dialog
    assert dialog.isVisible() and dialog.model.rowCount() == 2
    # newest first, with its time (Buddhist Era beside the year in English too)
    assert dialog.model.item(0, 0).text() == f"{when:%-d %b %Y} (B.E. {when.year + 543}) {when:%H:%M:%S}"
    dialog.view.selectRow(0)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: main_window.workshop is not None and main_window.workshop.path != workshop_path)
    restored = main_window.workshop.path
    assert restored.parent == workshop_path.parent and f"restored {when:%Y-%m-%d %H.%M}" in restored.name
    assert [g.name for g in main_window.workshop.groups()] == ["ก่อน"]
    original = Workshop.open(workshop_path, readonly=True)
    try:
        assert [g.name for g in original.groups()] == ["ก่อน", "หลัง"]  # the current file is kept as it was
    finally:
        original.close()


def test_a_backup_that_cannot_be_written_is_reported_once_and_editing_goes_on(
        main_window, workshop_path, data_dirs, monkeypatch, qtbot):
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.informativeText()))
    data_dirs.data.mkdir(parents=True, exist_ok=True)
    (data_dirs.data / "backups").write_text("a file where the backup folder should be")
    assert main_window.open_path(workshop_path)  # the open itself succeeds
    assert len(shown) == 1 and "backup folder" in shown[0]
    keeper = main_window.backup_keeper
    keeper.auto.interval = timedelta(0)
    main_window.workshop.add_group("A")
    keeper._on_timer_timeout()
    assert len(shown) == 1 and "backup failed" in main_window.statusBar().currentMessage()
    main_window.workshop.add_group("B")
    assert [g.name for g in main_window.workshop.groups()] == ["A", "B"]
