"""Where the application keeps its own files. Tests monkeypatch ``base_dirs`` to a temporary folder.

Portable mode: a file named ``portable`` beside the executable keeps everything in a folder beside
it, so a USB stick carries its workshops and settings.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PMQA-Workshop"


@dataclass(frozen=True)
class BaseDirs:
    data: Path
    config: Path


def _portable_root() -> Path | None:
    if getattr(sys, "frozen", False):
        here = Path(sys.executable).resolve().parent
        if (here / "portable").exists():
            return here / "pmqa-data"
    return None


def base_dirs() -> BaseDirs:
    root = _portable_root()
    if root is not None:
        return BaseDirs(data=root, config=root / "settings")
    return BaseDirs(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def library_dir() -> Path:
    """New workshops are created here."""
    return _ensure(base_dirs().data / "workshops")


def backups_dir() -> Path:
    return _ensure(base_dirs().data / "backups")


def user_templates_dir() -> Path:
    return _ensure(base_dirs().data / "templates")


def settings_file() -> Path:
    return _ensure(base_dirs().config) / "settings.json"
