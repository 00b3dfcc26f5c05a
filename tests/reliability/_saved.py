"""What a workshop file holds, read back through the core as the next program to open it would."""

from __future__ import annotations

from pathlib import Path

from app.workshop import Workshop


def group_names_in(path: Path) -> list[str]:
    reopened = Workshop.open(path, readonly=True)
    try:
        return [g.name for g in reopened.groups()]
    finally:
        reopened.close()
