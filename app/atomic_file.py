"""Writing a file so that it appears whole or not at all, and stays written after a power cut.

Every file the application writes for the user (workshop files and their copies, reports,
spreadsheets, JSON exports, backups, settings, templates) goes through :func:`atomic_target`. The
content is written to a temporary file beside the target; only when it is complete is it flushed to
the disk, renamed over the target, and the folder flushed too. After a crash or a full disk the
target's name points at the old content or at the whole new one, never at a part.
"""

from __future__ import annotations

import os
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterator

# What SQLite may leave beside a database that was being written when the program stopped.
_JOURNALS = ("-journal", "-wal", "-shm")


def temp_name(target: Path, purpose: str = "writing") -> Path:
    """The temporary file beside ``target`` (hidden; named for what is being done, so a leftover
    from an interrupted run can be recognised and removed)."""
    return target.with_name(f".{target.name}.{purpose}")


@contextmanager
def atomic_target(target: Path | str, *, purpose: str = "writing", overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends without error, it becomes ``target``.

    The temporary file (and any SQLite journal beside it) is removed whatever happens, and an error
    in the block or in the final rename propagates unchanged, for the caller to turn into a
    message. With ``overwrite=False`` an existing ``target`` is left alone and ``FileExistsError``
    raised.
    """
    target = Path(target)
    temp = temp_name(target, purpose)
    leftovers = (temp, *(Path(f"{temp}{suffix}") for suffix in _JOURNALS))
    try:
        _remove(leftovers)  # an earlier run's, interrupted
        yield temp
        _flush_file(temp)
        if not overwrite and target.exists():
            raise FileExistsError(17, "already exists", str(target))
        os.replace(temp, target)
        _flush_folder(target.parent)
    finally:
        # A file another program still holds open (Windows) must not hide the error being raised.
        with suppress(OSError):
            _remove(leftovers)


def write_bytes(target: Path | str, data: bytes, *, overwrite: bool = True) -> None:
    with atomic_target(target, overwrite=overwrite) as temp:
        temp.write_bytes(data)


def write_text(target: Path | str, text: str, *, overwrite: bool = True) -> None:
    """UTF-8 with ``\\n`` line ends on every system, so a file reads the same wherever it was made."""
    write_bytes(target, text.encode("utf-8"), overwrite=overwrite)


def _remove(paths) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


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
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
