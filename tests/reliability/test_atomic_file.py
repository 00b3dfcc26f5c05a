"""One way to write a file: whole or not at all, flushed to the disk, folder included."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from app import atomic_file
from app.atomic_file import atomic_target

ROOT = Path(__file__).resolve().parents[2]


def _record_fsyncs(monkeypatch) -> list[str]:
    """Names of what os.fsync was asked to flush, in order ("file" or "folder")."""
    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushed.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(atomic_file.os, "fsync", fsync)
    return flushed


def test_file_and_folder_are_flushed_before_the_write_returns_when_writing(tmp_path, monkeypatch):
    flushed = _record_fsyncs(monkeypatch)
    target = tmp_path / "plan.json"
    atomic_file.write_text(target, "ข้อมูล\n")
    assert target.read_text(encoding="utf-8") == "ข้อมูล\n"
    assert flushed == (["file", "folder"] if os.name == "posix" else ["file"])


def test_old_content_stays_and_no_temporary_file_is_left_when_the_writer_fails(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_target(target) as temp:
            temp.write_bytes(b"half of the new")
            raise RuntimeError("the renderer failed")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_existing_file_is_refused_and_kept_when_overwriting_is_not_allowed(tmp_path):
    target = tmp_path / "w.pmqa"
    target.write_bytes(b"someone's workshop")
    with pytest.raises(FileExistsError):
        atomic_file.write_bytes(target, b"new", overwrite=False)
    assert target.read_bytes() == b"someone's workshop"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.pmqa"]


def test_leftover_of_an_interrupted_run_is_replaced_when_writing_again(tmp_path):
    target = tmp_path / "settings.json"
    atomic_file.temp_name(target).write_bytes(b"killed mid-write")
    atomic_file.write_text(target, "{}")
    assert target.read_text(encoding="utf-8") == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_no_module_renames_files_into_place_by_hand():
    """Writing a file atomically is done in one place; a second hand-written copy would miss the fsyncs."""
    own = ROOT / "app" / "atomic_file.py"
    offenders = [str(path.relative_to(ROOT)) for folder in ("app", "ui") for path in (ROOT / folder).rglob("*.py")
                 if path != own and re.search(r"\bos\.replace\(|\.replace\(temp|mkstemp\(",
                                              path.read_text(encoding="utf-8"))]
    assert offenders == []
