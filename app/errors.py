"""Errors the user can act on. The UI and the command line turn these into plain messages.

Anything else that escapes the core is a bug and goes to the crash report.
"""

from __future__ import annotations

from pathlib import Path

from app.text import with_short_quotes


class WorkshopError(Exception):
    """Base of the errors caused by the environment or the input, not by the program."""

    def user_message(self) -> str:
        return str(self)


class NotAWorkshopError(WorkshopError):
    """The file is not a workshop file (damaged, empty, or another program's database)."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: not a workshop file ({reason})")
        self.path, self.reason = Path(path), reason


class FileTooNewError(WorkshopError):
    """The file was written by a newer version; we refuse it and leave it untouched."""

    def __init__(self, path: Path | str, found: int, supported: int):
        super().__init__(
            f"{path}: made by a newer version of PMQA Workshop (file format {found}; "
            f"this version reads up to {supported}). Install the newer version to open it; "
            "the file was not changed."
        )
        self.path, self.found, self.supported = Path(path), found, supported


class StorageError(WorkshopError):
    """Reading or writing failed for a reason outside the program: disk full, no permission, locked."""

    def __init__(self, path: Path | str, detail: str):
        super().__init__(f"{path}: {detail}")
        self.path, self.detail = Path(path), detail


class ExchangeError(WorkshopError):
    """A JSON workshop file cannot be imported; ``place`` is a JSON path such as ``groups[2].name``."""

    def __init__(self, source: str, place: str, problem: str):
        problem = with_short_quotes(problem)
        where = f"{source}: {place}: " if place else f"{source}: "
        super().__init__(where + problem)
        self.source, self.place, self.problem = source, place, problem


def naming(exc: WorkshopError, path: Path | str) -> WorkshopError:
    """The same error, naming the user's file instead of the private copy of it that was read."""
    if isinstance(exc, FileTooNewError):
        return FileTooNewError(path, exc.found, exc.supported)
    if isinstance(exc, NotAWorkshopError):
        return NotAWorkshopError(path, exc.reason)
    if isinstance(exc, StorageError):
        return StorageError(path, exc.detail)
    return WorkshopError(f"{path}: {exc}")


class InconsistentRowsError(WorkshopError):
    """Whole tables handed to the store break the file's rules (a link to a row that is not there, a
    key used twice): nothing was written. Importers and merges say which input it came from."""

    def __init__(self, detail: str):
        super().__init__(f"the data is inconsistent ({detail})")
        self.detail = detail


class NotFoundError(WorkshopError):
    """An operation named a row that does not exist (deleted meanwhile, or a stale id)."""


class ValidationError(WorkshopError):
    """A value the user entered is not acceptable; ``field`` names the input to show it beside."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


class NotWritableError(StorageError):
    """The file can be read but not written (write-protected, read-only folder or medium).

    The interface offers to open it read-only instead.
    """


class FileInUseError(WorkshopError):
    """Another running copy of the application has the file open for editing.

    ``holder`` says who (user, computer, process, since when); the file may be opened read-only.
    """

    def __init__(self, path: Path | str, holder):
        super().__init__(
            f"{path}: already open for editing by {holder.user or 'someone'} on {holder.host or 'another computer'} "
            f"(process {holder.pid}, since {holder.since_text()}). Close it there, or open it read-only; "
            "the file was not changed.")
        self.path, self.holder = Path(path), holder
