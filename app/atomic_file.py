"""Writing a file so that it appears whole or not at all, and stays written after a power cut.

Every file the application writes for the user (workshop files and their copies, reports,
spreadsheets, JSON exports, backups, settings, templates) goes through :func:`atomic_target`. The
content is written to a temporary file beside the target; only when it is complete is it flushed to
the disk, renamed over the target, and the folder flushed too. After a crash or a full disk the
target's name points at the old content or at the whole new one, never at a part.
"""

from __future__ import annotations

import errno
import os
import re
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterator

# What SQLite may leave beside a database that was being written when the program stopped.
_JOURNALS = ("-journal", "-wal", "-shm")
# A temporary file of ours (see new_temp) that a killed run left behind, with its journals.
_LEFTOVER = re.compile(r"^\..+\.[0-9a-f]{8}\.(writing|creating|copying|restoring|compacting|snapshot)"
                       r"(-journal|-wal|-shm)?$")
# Older than this, a temporary file is no longer being written by anyone (the longest write, a
# consolidation of fifty offices, takes well under a minute).
_ABANDONED_AFTER = 10 * 60


def new_temp(target: Path, purpose: str = "writing") -> Path:
    """A new, empty, hidden file beside ``target``, made for this writer alone (two writers of one
    target never share it), named for what is being done so that a leftover is recognised."""
    for _attempt in range(100):
        temp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.{purpose}")
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


@contextmanager
def atomic_target(target: Path | str, *, purpose: str = "writing", overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends without error, it becomes ``target``.

    The temporary file (and any SQLite journal beside it) is removed whatever happens, and an error
    in the block or in the final rename propagates unchanged, for the caller to turn into a
    message. With ``overwrite=False`` an existing ``target`` is left alone and ``FileExistsError``
    raised, even for a file that appeared while the block ran.
    """
    target = Path(target)
    sweep(target.parent)
    temp = new_temp(target, purpose)
    try:
        yield temp
        _flush_file(temp)
        if overwrite:
            os.replace(temp, target)
        else:
            _rename_unless_taken(temp, target)
        _flush_folder(target.parent)
    finally:
        # One that cannot be removed (another program holds it open, on Windows) must neither hide
        # the error being raised nor keep the others; the sweep takes it later.
        for leftover in (temp, *(Path(f"{temp}{suffix}") for suffix in _JOURNALS)):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)


def same_file(a: Path | str, b: Path | str) -> bool:
    """``a`` and ``b`` name one file: the same path however spelt, a link to it, or a hard link."""
    a, b = Path(a), Path(b)
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())
    except OSError:
        return False


def write_bytes(target: Path | str, data: bytes, *, overwrite: bool = True) -> None:
    with atomic_target(target, overwrite=overwrite) as temp:
        temp.write_bytes(data)


def write_text(target: Path | str, text: str, *, overwrite: bool = True) -> None:
    """UTF-8 with ``\\n`` line ends on every system, so a file reads the same wherever it was made."""
    write_bytes(target, text.encode("utf-8"), overwrite=overwrite)


def sweep(folder: Path) -> None:
    """Remove the temporary files killed runs left in ``folder`` (never one still being written)."""
    cutoff = time.time() - _ABANDONED_AFTER
    with suppress(OSError):
        for entry in os.scandir(folder):
            if _LEFTOVER.match(entry.name):
                with suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                        os.unlink(entry.path)


def _rename_unless_taken(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target`` only if nothing has it, even a file that appeared a moment ago."""
    try:
        os.link(temp, target)  # atomic, and fails if the name is taken
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (FAT and exFAT sticks, some network shares). Windows' rename refuses an
        # existing name by itself; elsewhere the check and the rename are a moment apart.
        if os.name != "nt" and target.exists():
            raise FileExistsError(errno.EEXIST, "already exists", str(target)) from None
        os.rename(temp, target)
    else:
        temp.unlink()


def _flush_file(path: Path) -> None:
    # Opened for writing: Windows refuses to flush a handle opened read-only.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable. POSIX only: Windows cannot open a folder as a file, and NTFS
    journals the rename itself."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        # Some file systems cannot flush a folder (network shares, VirtualBox folders); the file
        # is already renamed into place, so this must not report the write as failed.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES, errno.EPERM):
            raise
