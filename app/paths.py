"""Where the application keeps its own files. Tests monkeypatch ``base_dirs`` to a temporary folder.

Portable mode (USB sticks, shared computers): when a file named ``portable`` sits beside the
packaged executable, the workshop library, backups, templates, settings and crash log all live in
``pmqa-data`` beside it, and nothing is written to the user's profile. It applies to the frozen
build only (``sys.frozen``); ``python -m app`` always uses the profile. docs/packaging.md.
"""

from __future__ import annotations

import sys
from typing import NamedTuple
from pathlib import Path

import platformdirs

from app.errors import StorageError

APP_NAME = "PMQA-Workshop"
# A file (its content is ignored) beside the executable. Windows Explorer hides extensions, so
# "New > Text Document" named "portable" is really portable.txt: accept that too.
PORTABLE_MARKERS = ("portable", "portable.txt")
PORTABLE_FOLDER = "pmqa-data"


class BaseDirs(NamedTuple):
    data: Path
    config: Path


def portable_root() -> Path | None:
    """The data folder beside the executable in portable mode, else None."""
    if getattr(sys, "frozen", False):
        here = Path(sys.executable).resolve().parent
        if any((here / name).exists() for name in PORTABLE_MARKERS):
            return here / PORTABLE_FOLDER
    return None


def base_dirs() -> BaseDirs:
    root = portable_root()
    if root is not None:
        return BaseDirs(data=root, config=root / "settings")
    return BaseDirs(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


def _ensure(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(path, "app_folder", system=exc.strerror or str(exc)) from None
    return path


def library_dir() -> Path:
    """New workshops are created here."""
    return _ensure(base_dirs().data / "workshops")


def backups_dir() -> Path:
    return _ensure(base_dirs().data / "backups")


def user_templates_dir() -> Path:
    return _ensure(base_dirs().data / "templates")


def settings_file() -> Path:
    """Not created here: settings are optional and must never stop the application (app.settings)."""
    return base_dirs().config / "settings.json"
