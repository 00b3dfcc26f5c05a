"""The workshop library (a folder of .pmqa files in the user's data directory) and recent files."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from app import paths, settings
from app.errors import StorageError, WorkshopError
from app.storage import WorkshopStore

EXTENSION = ".pmqa"
MAX_RECENT = 10
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class Entry(NamedTuple):
    """A workshop file as the home screen lists it; ``problem`` is why it cannot be read, if it cannot
    (the interface says it from the error's code)."""
    path: Path
    title: str = ""
    organization: str = ""
    event_date: date | None = None
    modified: datetime | None = None
    problem: WorkshopError | None = None


def describe(path: Path) -> Entry:
    path = Path(path)
    try:
        modified = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return Entry(path, problem=StorageError(path, "file_missing"))
    try:
        details = WorkshopStore.peek_details(path)
    except WorkshopError as exc:
        return Entry(path, modified=modified, problem=exc)
    return Entry(path, details.title, details.organization, details.event_date, modified)


def library_workshops() -> list[Entry]:
    """Workshops in the library folder, the most recently changed first."""
    files = [p for p in paths.library_dir().glob(f"*{EXTENSION}") if p.is_file()]
    entries = [describe(p) for p in files]
    return sorted(entries, key=lambda e: e.modified or datetime.min, reverse=True)


def new_workshop_path(title: str, when: date | None = None, folder: Path | None = None) -> Path:
    """A fresh, readable file name in the library, such as ``2026-11-25 แผนพัฒนาองค์การ.pmqa``."""
    folder = folder or paths.library_dir()
    stem = _UNSAFE.sub(" ", title).strip(" .")[:60].strip() or "workshop"
    stem = f"{(when or date.today()).isoformat()} {stem}"
    candidate, n = folder / f"{stem}{EXTENSION}", 2
    while candidate.exists():
        candidate, n = folder / f"{stem} ({n}){EXTENSION}", n + 1
    return candidate


def recent_files() -> list[Path]:
    return [Path(p) for p in settings.get("recent_files", []) if isinstance(p, str)]


def remember(path: Path) -> None:
    resolved = str(Path(path).resolve())
    recent = [p for p in settings.get("recent_files", []) if p != resolved]
    settings.put("recent_files", [resolved] + recent[: MAX_RECENT - 1])
