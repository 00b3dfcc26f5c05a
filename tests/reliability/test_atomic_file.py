"""One way to write a file: whole or not at all, flushed to the disk, folder included."""

from __future__ import annotations

import os
import re
import stat
import time
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


def test_leftovers_of_killed_runs_are_swept_but_not_a_file_still_being_written(tmp_path):
    target = tmp_path / "settings.json"
    abandoned = tmp_path / ".plan.xlsx.1a2b3c4d.writing"
    abandoned.write_bytes(b"killed mid-write an hour ago")
    hour_ago = time.time() - 3600
    os.utime(abandoned, (hour_ago, hour_ago))
    in_progress = tmp_path / ".report.pdf.5e6f7a8b.writing"
    in_progress.write_bytes(b"another window is writing this now")
    atomic_file.write_text(target, "{}")
    assert target.read_text(encoding="utf-8") == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == [in_progress.name, "settings.json"]


def test_two_writers_of_one_file_never_share_a_temporary_file(tmp_path):
    target = tmp_path / "settings.json"
    with atomic_target(target) as first, atomic_target(target) as second:
        assert first != second
        first.write_text("one")
        second.write_text("two")
    assert target.read_text() in ("one", "two")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_file_that_appears_while_writing_is_never_replaced_when_overwriting_is_not_allowed(tmp_path):
    target = tmp_path / "merged.pmqa"
    with pytest.raises(FileExistsError):
        with atomic_target(target, overwrite=False) as temp:
            temp.write_bytes(b"the result")
            target.write_bytes(b"another program's file, made meanwhile")
    assert target.read_bytes() == b"another program's file, made meanwhile"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["merged.pmqa"]


# Where a file is written, copied or renamed without atomic_file, and why that is right there.
WRITES_ALLOWED = {
    "app/storage/companions.py": "private copies inside a temporary folder; setting aside keeps the bytes",
    "app/locking.py": "the lock file, created exclusively (O_EXCL) and never replaced",
}
_WRITE = re.compile(r"\bos\.replace\(|\.replace\(temp|mkstemp\(|shutil\.copy\w*\(|\.write_(bytes|text)\(|"
                    r"\bopen\([^)]*[\"']w")


def test_no_module_writes_a_file_in_place_by_hand():
    """Writing a file is done one way (atomic_file); a hand-written copy would lose the old file on a
    full disk or miss the flushes. Writes into the temporary file that atomic_file hands out are fine."""
    own = ROOT / "app" / "atomic_file.py"
    offenders = []
    for path in (p for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py")):
        name = str(path.relative_to(ROOT)).replace("\\", "/")
        if path == own or name in WRITES_ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _WRITE.search(line) and "atomic_file." not in line and "temp" not in line:
                offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == []
