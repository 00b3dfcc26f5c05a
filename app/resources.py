"""The one way to find a shipped data file, from source or from a frozen build."""

from __future__ import annotations

import contextlib
from importlib import resources as _ir
from pathlib import Path, PurePosixPath
from typing import Iterator


def _checked(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"resource names are relative and stay inside resources/: {name!r}")
    return path


def resource(name: str):
    """A Traversable for ``resources/<name>`` (``name`` uses forward slashes)."""
    node = _ir.files("resources")
    for part in _checked(name).parts:
        node = node / part
    return node


def read_text(name: str) -> str:
    return resource(name).read_text(encoding="utf-8")


def read_bytes(name: str) -> bytes:
    return resource(name).read_bytes()


@contextlib.contextmanager
def resource_path(name: str) -> Iterator[Path]:
    """A real filesystem path for APIs (Qt, reportlab) that cannot read a Traversable."""
    with _ir.as_file(resource(name)) as path:
        yield Path(path)
