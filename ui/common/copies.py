"""Where a copy of the open workshop may go ("Save a copy", "Send a copy"): anywhere but onto the
open file itself. A copy written over the open file would be reported saved, and every later edit
would then be lost (issue #16), so the name suggested is always a fresh one and a target that is the
open file, by whatever path, is refused before anything is written."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import WorkshopError
from ui.common.messages import show_error

translate = QCoreApplication.translate

# SQLite's files beside an open database: writing a copy onto one of them damages the open workshop too.
_COMPANIONS = ("-wal", "-shm", "-journal")


def is_open_workshop(target: Path, open_file: Path) -> bool:
    """``target`` names the open workshop (or one of SQLite's files beside it): the same file
    through a symbolic link, a hard link or another spelling of the path counts."""
    for candidate in (open_file, *(Path(f"{open_file}{suffix}") for suffix in _COMPANIONS)):
        try:
            if os.path.samefile(target, candidate):
                return True
        except OSError:
            continue  # one of the two does not exist (yet): compared by name below
    spelled = os.path.normcase(os.path.realpath(target))
    open_spelled = os.path.normcase(os.path.realpath(open_file))
    return spelled in (open_spelled, *(open_spelled + suffix for suffix in _COMPANIONS))


def fresh_copy_path(folder: Path, name: str, open_file: Path) -> Path:
    """``folder / name``, unless that is the open workshop or already taken: then "name (copy)",
    "name (copy 2)", … (in the interface's language), so the suggestion never replaces a file."""
    for candidate in (folder / candidate_name for candidate_name in _copy_names(Path(name))):
        if not candidate.exists() and not candidate.is_symlink() and not is_open_workshop(candidate, open_file):
            return candidate
    raise AssertionError("an endless series of names ran out")


def _copy_names(name: Path):
    stem, suffix = name.stem, name.suffix or ".pmqa"
    yield name.name
    yield translate("Copies", "%1 (copy)").replace("%1", stem) + suffix
    for number in itertools.count(2):
        yield translate("Copies", "%1 (copy %2)").replace("%1", stem).replace("%2", str(number)) + suffix


def refuse_copy_onto_open_workshop(parent: QWidget, target: Path) -> QMessageBox:
    """Say why nothing was written (non-blocking, like every error box)."""
    detail = translate("Copies", "{file} is the workshop open in this window: a copy written over it would lose "
                                 "every edit made after it. Choose another name or folder for the copy. Nothing was "
                                 "written.").format(file=target.name)
    box = show_error(parent, WorkshopError(detail))
    box.setText(translate("Copies", "A copy cannot be saved over the open workshop"))
    return box


def ask_copy_target(parent: QWidget, title: str, open_file: Path, name: str) -> Path | None:
    """Ask where to write a copy named like ``name``; None when cancelled or refused (the user was told)."""
    from PySide6.QtWidgets import QFileDialog

    suggested = fresh_copy_path(Path.home(), name, open_file)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                          translate("Copies", "Workshop files (*.pmqa)"))
    if not path:
        return None
    if is_open_workshop(Path(path), open_file):
        refuse_copy_onto_open_workshop(parent, Path(path))
        return None
    return Path(path)
