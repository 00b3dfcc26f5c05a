"""Copies of workshop files kept in the application's backup folder, never beside the user's file."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from app import paths
from app.errors import StorageError


def backup_copy(path: Path, tag: str) -> Path:
    """Copy a workshop file that is not open (with its WAL, if any) before it is changed."""
    path = Path(path)
    target = paths.backups_dir() / f"{path.stem}.{tag}{path.suffix}"
    try:
        shutil.copy2(path, target)
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{target}-wal"))
    except OSError as exc:
        raise StorageError(target, f"cannot make a backup copy before upgrading ({exc.strerror or exc}); "
                                   "the file was not changed") from None
    return target


def upgrade_backup(path: Path):
    """The ``backup(tag)`` callback that ``Workshop.open`` calls before upgrading a file's schema."""
    return lambda tag: backup_copy(path, tag)


def timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")
