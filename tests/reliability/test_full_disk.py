"""A full disk or a folder that cannot be written: saving a copy, exporting (JSON, PDF, xlsx, csv),
backing up and editing report a clear StorageError, and what was already saved stays intact.

The full disk is real to the code under test: the process's file-size limit (RLIMIT_FSIZE) makes
every write past N bytes fail in the kernel, for Python and for SQLite's C code alike, as a full
disk would (EFBIG instead of ENOSPC; SQLite reports both as SQLITE_FULL or an I/O error). The
unwritable folder is a path whose parent is a file, which fails for root too.
"""

from __future__ import annotations

import gc
import hashlib
import signal
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import backups, exchange
from app.errors import StorageError
from app.report import render_report
from app.spreadsheet import export_csv, export_xlsx
from app.workshop import Workshop

if sys.platform == "win32":  # pragma: no cover - CI runs Linux; the folder tests below still run
    resource = None
else:
    import resource


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@contextmanager
def disk_full_after(limit: int):
    """Writes that would make any file larger than ``limit`` bytes fail, as on a full disk."""
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write, do not kill us
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def export_pdf(workshop, target):
    render_report(workshop.path, target)


EXPORTS = {
    "save a copy": (lambda w, t: w.save_copy(t), "pmqa"),
    "JSON": (exchange.export_json, "json"),
    "PDF": (export_pdf, "pdf"),
    "xlsx": (export_xlsx, "xlsx"),
    "csv": (export_csv, "csv"),
}
needs_rlimit = pytest.mark.skipif(resource is None, reason="RLIMIT_FSIZE is POSIX-only")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@needs_rlimit
@pytest.mark.parametrize("kind", EXPORTS)
def test_a_full_disk_fails_the_export_clearly_and_keeps_the_earlier_file(demo, tmp_path, kind):
    write, suffix = EXPORTS[kind]
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"plan.{suffix}"
    write(demo, target)  # an earlier export, which must survive
    before = digest(target)
    demo.add_group("กลุ่มใหม่")
    with disk_full_after(512):
        with pytest.raises(StorageError) as caught:
            write(demo, target)
    with warnings.catch_warnings():
        # WORKAROUND: reportlab's PDFDocument.SaveToFile does not close its file when a write
        # fails; collect that handle here rather than let it warn in a later test.
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    assert target.name in str(caught.value)
    assert digest(target) == before
    assert _leftovers(out) == []  # no half-written temporary file


@needs_rlimit
def test_a_full_disk_fails_a_backup_and_lists_no_half_copy(demo, demo_path):
    first = backups.make_backup(demo, "opened")
    demo.add_group("กลุ่มใหม่")
    with disk_full_after(512):
        with pytest.raises(StorageError, match="cannot write|full|I/O"):
            backups.make_backup(demo, "auto")
    assert backups.list_backups(demo_path) == [first]
    assert _leftovers(first.path.parent) == []


@needs_rlimit
def test_a_full_disk_refuses_the_edit_and_keeps_every_earlier_one(workshop, workshop_path):
    group = workshop.add_group("A").new_id
    question = workshop.pillars()[0].questions[0].id
    workshop.add_answer(group, question, "บันทึกแล้ว")
    with disk_full_after(1024):
        with pytest.raises(StorageError, match="disk is full|disk reported an error"):
            workshop.add_answer(group, question, "ไม่มีที่เก็บ")
    assert [a.text for a in workshop.answers()] == ["บันทึกแล้ว"]
    workshop.add_answer(group, question, "มีที่แล้ว")  # space is back: editing goes on
    again = Workshop.open(workshop_path, readonly=True)
    try:
        assert [a.text for a in again.answers()] == ["บันทึกแล้ว", "มีที่แล้ว"]
        assert again.store.integrity() == "ok"
    finally:
        again.close()


@pytest.mark.parametrize("kind", EXPORTS)
def test_an_unwritable_folder_fails_the_export_clearly(demo, tmp_path, kind):
    write, suffix = EXPORTS[kind]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError) as caught:
        write(demo, blocker / f"plan.{suffix}")
    assert f"plan.{suffix}" in str(caught.value)
    assert blocker.read_text() == "x"


def test_an_unwritable_folder_fails_a_restore_clearly(demo, tmp_path):
    made = backups.make_backup(demo)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot be written|cannot write"):
        backups.restore_backup(made.path, blocker / "r.pmqa")


def test_save_a_copy_into_an_unwritable_folder_shows_a_message(main_window, workshop_path, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker / "copy.pmqa"), ""))
    assert main_window.open_path(workshop_path)
    main_window.copy_action.trigger()
    boxes = [b for b in main_window.findChildren(QMessageBox) if b.isVisible() and b.objectName() == "errorBox"]
    assert len(boxes) == 1 and "copy.pmqa" in boxes[0].informativeText()
    main_window.workshop.add_group("ยังแก้ไขได้")  # the open workshop is unaffected
    assert [g.name for g in main_window.workshop.groups()] == ["ยังแก้ไขได้"]
