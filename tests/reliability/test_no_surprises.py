"""Nothing is overwritten without asking, a copy never lands on the open file, one file has one lock,
and every odd file or mistyped output gets one clear line (exit 2) with the file left as it was."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from app import cli, locking
from app.demo import create_demo
from app.errors import FileInUseError, StorageError
from app.merge import combine
from app.workshop import Workshop


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "w.pmqa"
    create_demo(path).close()
    return path


def run(capsys, *args) -> tuple[int, str]:
    status = cli.main([str(a) for a in args])
    err = capsys.readouterr().err
    return status, err


# ------------------------------------------------------------------------------- a copy onto the open file
@pytest.mark.parametrize("spelling", ["same path", "through a link", "another spelling"])
def test_a_copy_onto_the_open_workshop_is_refused_and_later_edits_stay_in_it(demo, spelling):
    target = {"same path": demo, "through a link": demo.parent / "link.pmqa",
              "another spelling": demo.parent / "." / demo.name}[spelling]
    if spelling == "through a link":
        target.symlink_to(demo)
    w = Workshop.open(demo, lock=True)
    try:
        for copy in (w.save_copy, w.send_copy):
            with pytest.raises(StorageError, match="is the open workshop itself"):
                copy(target)
        group, question = w.groups()[0].id, w.pillars()[0].questions[0].id
        for n in range(30):
            w.add_answer(group, question, f"หลังสำเนา {n}")
    finally:
        w.close()
    check = Workshop.open(demo, readonly=True)
    try:
        assert sum(a.text.startswith("หลังสำเนา") for a in check.answers()) == 30
    finally:
        check.close()


# ------------------------------------------------------------------------------- outputs on the command line
@pytest.mark.parametrize("command, suffix", [("report", "pdf"), ("plan", "xlsx"), ("export", "json")])
def test_an_existing_output_is_refused_unless_overwrite_is_given(demo, tmp_path, capsys, command, suffix):
    out = tmp_path / f"out.{suffix}"
    out.write_bytes(b"someone's earlier file")
    status, err = run(capsys, command, demo, out)
    assert status == 2 and "already exists" in err and "--overwrite" in err and err.count("\n") == 1
    assert out.read_bytes() == b"someone's earlier file"
    assert run(capsys, command, demo, out, "--overwrite")[0] == 0
    assert out.read_bytes() != b"someone's earlier file"


@pytest.mark.parametrize("command", ["report", "plan", "export"])
def test_the_workshop_itself_is_never_an_output_even_with_overwrite(demo, capsys, command):
    before = digest(demo)
    status, err = run(capsys, command, demo, demo, "--overwrite")
    assert status == 2 and "is also a file this command reads" in err
    assert digest(demo) == before


@pytest.mark.parametrize("command, out", [("report", "plan.docx"), ("export", "w.pdf"), ("demo", "d.json")])
def test_an_output_of_the_wrong_kind_is_refused_before_anything_is_written(demo, tmp_path, capsys, command, out):
    args = (command, tmp_path / out) if command == "demo" else (command, demo, tmp_path / out)
    status, err = run(capsys, *args)
    assert status == 2 and "end the name in" in err
    assert not (tmp_path / out).exists()


@pytest.mark.parametrize("command", ["demo", "import", "merge", "restore"])
def test_a_missing_output_folder_is_named_as_typed(demo, tmp_path, capsys, command):
    exported = tmp_path / "w.json"
    assert cli.main(["export", str(demo), str(exported)]) == 0
    out = tmp_path / "no such folder" / "out.pmqa"
    args = {"demo": ("demo", out), "import": ("import", exported, out), "merge": ("merge", out, demo),
            "restore": ("restore", demo, out)}[command]
    status, err = run(capsys, *args)
    assert status == 2 and f"{out.parent}: no such folder" in err and ".creating" not in err


# ------------------------------------------------------------------------------- a file appearing meanwhile
def test_a_file_that_appears_at_the_output_name_during_a_merge_is_not_replaced(demo, tmp_path, monkeypatch):
    out = tmp_path / "merged.pmqa"
    real = combine.prepare_merge

    def slow_merge(*args, **kwargs):
        result = real(*args, **kwargs)
        out.write_bytes(b"made by another program while the merge ran")
        return result

    monkeypatch.setattr(combine, "prepare_merge", slow_merge)
    with pytest.raises(StorageError, match="already exists"):
        combine.merge_workshops(out, [demo])
    assert out.read_bytes() == b"made by another program while the merge ran"


# ------------------------------------------------------------------------------- one file, one lock
def test_a_workshop_opened_through_a_link_has_the_same_lock(demo):
    link = demo.parent / "shortcut.pmqa"
    link.symlink_to(demo)
    first = Workshop.open(demo, lock=True)
    try:
        with pytest.raises(FileInUseError):
            Workshop.open(link, lock=True).close()
        assert locking.lock_path(link) == locking.lock_path(demo)
    finally:
        first.close()


# ------------------------------------------------------------------------------- damaged but recognised
def _drop_column(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE answers DROP COLUMN sources")


def _broken_template(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE workshop SET template_json = '{'")


def _negative_schema(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = -5")


@pytest.mark.parametrize("damage", [_drop_column, _broken_template, _negative_schema], ids=lambda f: f.__name__)
def test_a_damaged_but_recognised_file_gets_one_line_and_stays_as_it_was(demo, tmp_path, capsys, damage):
    damage(demo)
    before, files = digest(demo), sorted(os.listdir(demo.parent))
    for command, out in (("export", "w.json"), ("report", "w.pdf"), ("plan", "w.xlsx")):
        status, err = run(capsys, command, demo, tmp_path / out)
        assert status == 2 and err.count("\n") == 1 and "not a workshop file" in err, (command, err)
    with pytest.raises(Exception) as caught:
        Workshop.open(demo).close()
    assert "not a workshop file" in str(caught.value)
    assert digest(demo) == before and sorted(os.listdir(demo.parent)) == files


# ------------------------------------------------------------------------------- messages
def test_a_refused_restore_names_the_file_typed_and_offers_no_backup(tmp_path, demo, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list", encoding="utf-8")
    status, err = run(capsys, "restore", notes, tmp_path / "r.pmqa")
    assert status == 2 and str(notes) in err and "restoring" not in err and "latest automatic backup" not in err
    status, err = run(capsys, "restore", demo, demo)
    assert status == 2 and "latest automatic backup" not in err


def test_creating_a_file_on_a_full_disk_says_nothing_was_written(tmp_path, monkeypatch):
    from app.storage import store

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store.migrations, "upgrade", full)
    with pytest.raises(StorageError) as caught:
        create_demo(tmp_path / "new.pmqa")
    assert "nothing was written" in str(caught.value) and "earlier edits" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_an_abandoned_temporary_file_is_swept_by_the_next_write_in_its_folder(demo, tmp_path, capsys):
    leftover = tmp_path / ".out.pdf.0badf00d.writing"
    leftover.write_bytes(b"a report killed mid-write")
    yesterday = time.time() - 86400
    os.utime(leftover, (yesterday, yesterday))
    assert run(capsys, "export", demo, tmp_path / "w.json")[0] == 0
    assert not leftover.exists()
    assert json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))["format"] == "pmqa-workshop"


@pytest.mark.parametrize("command, suffix", [("report", "pdf"), ("plan", "xlsx"), ("plan", "docx"), ("export", "json")])
def test_a_file_that_appears_while_an_output_is_written_is_kept_without_overwrite(demo, tmp_path, monkeypatch,
                                                                                  command, suffix):
    from app import atomic_file

    out = tmp_path / f"out.{suffix}"
    real = atomic_file._rename_unless_taken

    def meanwhile(temp, target):
        target.write_bytes(b"made by another program while the command ran")
        real(temp, target)

    monkeypatch.setattr(atomic_file, "_rename_unless_taken", meanwhile)
    assert cli.main([command, str(demo), str(out)]) == 2
    assert out.read_bytes() == b"made by another program while the command ran"


def test_a_lock_that_replaced_a_stale_one_meanwhile_is_kept(workshop_path, monkeypatch):
    """Two windows replacing one stale lock at once: the later must not delete the lock the other
    has just taken, or both would edit."""
    import subprocess
    import sys

    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = locking.Holder(locking._host(), "crashed", int(finished.stdout), "2026-12-06T08:00:00")
    fresh = locking.Holder(locking._host(), "other window", os.getppid(), "2026-12-06T09:00:00")
    lock_file = locking.lock_path(workshop_path)
    lock_file.write_text(json.dumps(stale._asdict()), encoding="utf-8")
    real = locking.is_stale

    def another_window_takes_it_meanwhile(holder, path):
        verdict = real(holder, path)
        lock_file.write_text(json.dumps(fresh._asdict()), encoding="utf-8")
        return verdict

    monkeypatch.setattr(locking, "is_stale", another_window_takes_it_meanwhile)
    with pytest.raises(FileInUseError) as caught:
        Workshop.open(workshop_path, lock=True)
    assert caught.value.holder == fresh
    assert locking.read_holder(workshop_path) == fresh
