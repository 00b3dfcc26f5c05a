"""Copies of workshop files kept in the application's backup folder, never beside the user's file.

Layout: ``<backups_dir>/<file stem>-<8 hex of its full path>/<stem> <YYYY-MM-DD HH.MM.SS> <kind>.pmqa``
so a person browsing the folder sees which workshop and when; ``source.txt`` in each folder names
the original file. Kinds: ``opened`` (on open), ``auto`` (during editing), ``before-upgrade``
(before a schema upgrade). Automatic copies rotate: the newest ``KEEP`` are kept per workshop.

Copies of an open workshop use SQLite's backup API (``WorkshopStore.copy_to``): consistent even
while the file is being edited, written to a temporary name and renamed, so a failed backup never
leaves a half copy that looks like a backup.
"""

from __future__ import annotations

import glob
import hashlib
import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, NamedTuple

from app import atomic_file, paths
from app.atomic_file import atomic_target
from app.errors import StorageError, WorkshopError, naming

KEEP = 10
INTERVAL = timedelta(minutes=10)
ROTATED = ("opened", "auto")
KINDS = ROTATED + ("before-upgrade",)
_STAMP = "%Y-%m-%d %H.%M.%S"
_NAME = re.compile(r"^(?P<stem>.*) (?P<stamp>\d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d)(?:-(?P<n>\d+))? "
                   r"(?P<kind>[a-z-]+)\.pmqa$")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class Backup(NamedTuple):
    path: Path
    taken: datetime
    kind: str
    size: int


def _key(source: Path) -> str:
    return hashlib.sha256(str(Path(source).resolve()).encode("utf-8")).hexdigest()[:8]


def _stem(source: Path) -> str:
    return _UNSAFE.sub(" ", Path(source).stem).strip(" .")[:40].strip() or "workshop"


def folder_for(source: Path | str) -> Path:
    """Where the backups of the workshop file at ``source`` live (not created here)."""
    return paths.base_dirs().data / "backups" / f"{_stem(Path(source))}-{_key(Path(source))}"


def _ensure_folder(source: Path) -> Path:
    folder = folder_for(source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        note = folder / "source.txt"
        if not note.exists():
            atomic_file.write_text(note, str(Path(source).resolve()) + "\n")
    except OSError as exc:
        raise StorageError(folder, "backup_folder", system=exc.strerror or str(exc)) from None
    return folder


def list_backups(source: Path | str) -> list[Backup]:
    """The backups of the workshop file at ``source``, newest first."""
    found = []
    try:
        entries = list(folder_for(source).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        # Parsed by hand: strptime's first use imports a module, on the way to the first screen.
        day, clock = match["stamp"].split(" ")
        taken = datetime(*map(int, day.split("-")), *map(int, clock.split(".")))
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        found.append((taken, int(match["n"] or 1), Backup(entry, taken, match["kind"], size)))
    return [b for _t, _n, b in sorted(found, key=lambda t: t[:2], reverse=True)]


def latest_backup(source: Path | str) -> Backup | None:
    found = list_backups(source)
    return found[0] if found else None


def _target(folder: Path, source: Path, kind: str, when: datetime) -> Path:
    """A new name; copies within one second are numbered upwards (never reusing a rotated name)."""
    base = f"{_stem(source)} {when.strftime(_STAMP)}"
    used = [0]
    for entry in folder.glob(f"{glob.escape(base)}*"):
        match = _NAME.match(entry.name)
        if match and match["stamp"] == when.strftime(_STAMP):
            used.append(int(match["n"] or 1))
    n = max(used) + 1
    return folder / (f"{base} {kind}.pmqa" if n == 1 else f"{base}-{n} {kind}.pmqa")


def make_backup(workshop, kind: str = "auto", *, keep: int = KEEP, now: datetime | None = None) -> Backup:
    """Copy the open workshop into its backup folder now, then drop the oldest automatic copies.

    Raises StorageError (backup folder not writable, disk full); the workshop is never affected.
    """
    source = Path(workshop.path)
    folder = _ensure_folder(source)
    when = now or datetime.now()
    target = _target(folder, source, kind, when)
    workshop.save_copy(target)
    made = Backup(target, when.replace(microsecond=0), kind, target.stat().st_size)
    rotate(source, keep)  # half-written copies of killed runs go with the next write (atomic_file.sweep)
    return made


def rotate(source: Path | str, keep: int = KEEP) -> list[Path]:
    """Remove all but the ``keep`` newest automatic backups of ``source``; returns what was removed."""
    automatic = [b for b in list_backups(source) if b.kind in ROTATED]
    removed = []
    for old in automatic[keep:]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            pass  # tried again at the next backup
    return removed


def changed_since_last_backup(source: Path | str) -> bool:
    """Whether the file (or its write-ahead log) changed after its newest backup was taken.

    Checked before opening, so reopening an unchanged workshop does not push older copies out.
    """
    latest = latest_backup(source)
    if latest is None:
        return True
    try:
        taken = latest.path.stat().st_mtime
        changed = Path(source).stat().st_mtime
        wal = Path(f"{source}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            changed = max(changed, wal.stat().st_mtime)
    except OSError:
        return True
    return changed > taken


class AutoBackup:
    """Backs up an open workshop every ``interval`` of editing (only when something changed).

    Qt-free: the window calls ``note_change()`` on every change and ``run_if_due()`` from a timer.
    ``clock`` is injectable for tests.
    """

    def __init__(self, workshop, *, interval: timedelta = INTERVAL, keep: int = KEEP,
                 clock: Callable[[], datetime] = datetime.now):
        self.workshop, self.interval, self.keep, self.clock = workshop, interval, keep, clock
        self.last_run = clock()
        self.changed = False
        self.last_error: WorkshopError | None = None

    def note_change(self, _changes=None) -> None:
        self.changed = True

    def due(self) -> bool:
        return self.changed and self.clock() - self.last_run >= self.interval

    def run(self, kind: str = "auto") -> Backup:
        """Back up now; on failure the error is kept in ``last_error`` and raised."""
        self.last_run = self.clock()
        try:
            made = make_backup(self.workshop, kind, keep=self.keep, now=self.last_run)
        except WorkshopError as exc:
            self.last_error = exc
            raise
        self.changed, self.last_error = False, None
        return made

    def run_if_due(self) -> Backup | None:
        return self.run() if self.due() else None


def restore_backup(backup: Path | str, target: Path | str) -> Path:
    """Write a working copy of ``backup`` to ``target``, which must not exist. The backup is untouched.

    The copy is checked by opening it (and brought to the current schema) before it gets its name.
    """
    from app.storage import SCHEMA_VERSION, check_recognised
    from app.workshop import Workshop

    backup, target = Path(backup), Path(target)
    if target.exists():
        raise StorageError(target, "already_exists")
    check_recognised(backup, SCHEMA_VERSION)  # a file that is no backup is named as the user typed it
    if not target.parent.exists():
        raise StorageError(target.parent, "folder_missing")
    try:
        with atomic_target(target, purpose="restoring", overwrite=False) as temp:
            shutil.copyfile(backup, temp)
            if Path(f"{backup}-wal").exists():  # a before-upgrade copy of a file that was not closed cleanly
                shutil.copyfile(Path(f"{backup}-wal"), Path(f"{temp}-wal"))
            try:
                Workshop.open(temp).close()
            except WorkshopError as exc:
                raise naming(exc, backup) from None
    except FileExistsError:
        raise StorageError(target, "already_exists") from None
    except FileNotFoundError as exc:
        missing = backup if not backup.exists() else target.parent
        raise StorageError(missing, "does_not_exist", system=exc.strerror or str(exc)) from None
    except (NotADirectoryError, PermissionError) as exc:
        raise StorageError(target, "folder_refused", system=exc.strerror or str(exc)) from None
    except OSError as exc:
        raise StorageError(target, "cannot_restore", system=exc.strerror or str(exc)) from None
    return target


def restored_name(source: Path | str, backup: Backup, folder: Path | None = None) -> Path:
    """A new file name for a restored copy, such as ``w (restored 2026-01-05 10.30).pmqa``."""
    source = Path(source)
    folder = folder or source.parent
    base = f"{source.stem} (restored {backup.taken:%Y-%m-%d %H.%M})"
    candidate, n = folder / f"{base}.pmqa", 2
    while candidate.exists():
        candidate, n = folder / f"{base} {n}.pmqa", n + 1
    return candidate


def backup_copy(path: Path, tag: str) -> Path:
    """Copy a workshop file before its schema is upgraded; the copy appears whole or not at all, so
    a half copy is never listed (or offered) as a backup."""
    from app.storage import settled_copy

    path = Path(path)
    folder = _ensure_folder(path)
    target = _target(folder, path, "before-upgrade", datetime.now())
    try:
        with atomic_target(target, purpose="copying", overwrite=False) as temp:
            settled_copy(path, temp)
    except OSError as exc:
        raise StorageError(target, "upgrade_backup", system=exc.strerror or str(exc)) from None
    return target


def upgrade_backup(path: Path):
    """The ``backup(tag)`` callback that ``Workshop.open`` calls before upgrading a file's schema."""
    return lambda tag: backup_copy(path, tag)


def timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")
