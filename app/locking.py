"""Who has a workshop open for editing: a small lock file beside it, removed on close.

SQLite itself lets two processes write the same file safely, but two windows editing one workshop
would each show a stale picture of the other's cards. So the second one is told who has the file
(user, computer, process, since when) and may open it read-only.

The lock file (``.~lock.<name>#``, the convention LibreOffice users already recognise) holds JSON.
A lock left behind by a crash is stale when it names this computer and a process that is no longer
running; a lock from another computer cannot be checked, so the user decides (``force``).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from app.errors import FileInUseError, NotWritableError, StorageError

_held: set[str] = set()  # resolved paths this process holds, so our own pid is not mistaken for stale
_held_guard = threading.Lock()


def lock_path(path: Path | str) -> Path:
    """The lock file beside the file itself: a symbolic link, or another spelling of the folder,
    leads to the same lock."""
    path = _real(path)
    return path.with_name(f".~lock.{path.name}#")


def _real(path: Path | str) -> Path:
    try:
        return Path(path).resolve()
    except OSError:  # a loop of links: the path as given names it best
        return Path(path).absolute()


def _host() -> str:
    # os.uname is what socket.gethostname reads on POSIX, without importing socket on the way to the
    # first window; Windows has no uname.
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises a bare OSError/KeyError when no name is configured
        return ""


class Holder(NamedTuple):
    host: str
    user: str
    pid: int
    since: str  # ISO local time

    @classmethod
    def current(cls) -> "Holder":
        return cls(_host(), _user(), os.getpid(), datetime.now().isoformat(timespec="seconds"))

    def since_moment(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.since)
        except ValueError:
            return None

    def since_text(self) -> str:
        moment = self.since_moment()
        return moment.strftime("%Y-%m-%d %H:%M") if moment else self.since

    def on_this_computer(self) -> bool:
        return self.host == _host()


def read_holder(path: Path | str) -> Holder | None:
    """Who holds the lock on the workshop at ``path``; None when nobody (or the lock is unreadable)."""
    return _holder_in(lock_path(path))


def _holder_in(lock_file: Path) -> Holder | None:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return Holder(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x00100000 | 0x1000, False, pid)  # SYNCHRONIZE | QUERY_LIMITED
        if not handle:
            return False
        try:
            return kernel32.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT: still running
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def held_here(path: Path | str) -> bool:
    """This process holds the lock on ``path`` (it opened the file for editing)."""
    with _held_guard:
        return str(_real(path)) in _held


def is_stale(holder: Holder, path: Path) -> bool:
    if not holder.on_this_computer():
        return False
    if holder.pid == os.getpid():
        # Our own pid: stale unless this process really holds it (pids repeat after a restart).
        return str(_real(path)) not in _held
    return not _pid_alive(holder.pid)


class WorkshopLock:
    """Held while a workshop is open for editing; ``release()`` removes the lock file if still ours."""

    def __init__(self, path: Path, holder: Holder):
        self.path, self.holder = path, holder

    def release(self) -> None:
        with _held_guard:
            _held.discard(str(_real(self.path)))
        if read_holder(self.path) == self.holder:
            try:
                lock_path(self.path).unlink()
            except OSError:
                pass  # a leftover lock is detected as stale next time


def acquire(path: Path | str, *, force: bool = False) -> WorkshopLock:
    """Take the lock or raise FileInUseError naming who has it; stale locks are replaced.

    ``force`` takes over a lock held elsewhere (the user confirmed that copy is no longer in use).
    """
    path = Path(path)
    target = lock_path(path)
    me = Holder.current()
    key = str(_real(path))
    # Each round either creates the lock or removes one that may be replaced; a few rounds cover
    # another process doing the same at the same moment.
    for _attempt in range(5):
        fd = _create(path, target)
        if fd is None:
            _remove_unless_in_use(path, target, force)
            continue
        _write_holder(path, target, fd, me)
        with _held_guard:
            _held.add(key)
        return WorkshopLock(path, me)
    raise StorageError(path, "opening_race")


def _create(path: Path, target: Path) -> int | None:
    """A descriptor for the newly created lock file, or None when a lock file is already there."""
    try:
        return os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return None
    except (PermissionError, NotADirectoryError, IsADirectoryError) as exc:
        raise _not_writable(path, exc) from None
    except OSError as exc:
        raise _cannot_mark(path, exc) from None


def _remove_unless_in_use(path: Path, target: Path, force: bool) -> None:
    """Remove the existing lock file, or raise FileInUseError if its holder may still be using it."""
    holder = read_holder(path)
    if holder is None and _young(target):
        time.sleep(0.05)  # another process is writing its lock right now
        holder = read_holder(path)
    # An unreadable lock that is not being written is left over from a crash: replaced.
    if holder is not None and not force and not is_stale(holder, path):
        raise FileInUseError(path, holder) from None
    # Moved aside, not deleted: another process may have replaced the stale lock with its own
    # since we read it. Only the lock we judged is removed; a fresh one goes back in its place.
    aside = target.with_name(f"{target.name}.{os.getpid()}.{time.monotonic_ns()}")
    try:
        os.rename(target, aside)
    except FileNotFoundError:
        return  # its holder released it meanwhile
    except OSError as exc:
        raise _not_writable(path, exc) from None
    try:
        if _holder_in(aside) != holder:
            with contextlib.suppress(FileExistsError):
                os.link(aside, target)  # theirs, back where it was (unless a newer one is there)
    finally:
        with contextlib.suppress(OSError):
            aside.unlink()


def _write_holder(path: Path, target: Path, fd: int, me: Holder) -> None:
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(me._asdict(), handle, ensure_ascii=False)
    except OSError as exc:
        target.unlink(missing_ok=True)  # the lock was not taken: leave no half-written file behind
        raise _cannot_mark(path, exc) from None


def _not_writable(path: Path, exc: OSError) -> NotWritableError:
    return NotWritableError(path, "folder_refused", system=exc.strerror or str(exc))


def _cannot_mark(path: Path, exc: OSError) -> StorageError:
    return StorageError(path, "cannot_mark_open", system=exc.strerror or str(exc))


def _young(target: Path) -> bool:
    try:
        return time.time() - target.stat().st_mtime < 5
    except OSError:
        return False
