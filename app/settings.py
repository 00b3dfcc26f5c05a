"""Small application settings (recent files, language, window layout) in one JSON file.

A damaged settings file is set aside rather than trusted: settings are a convenience and must never
stop the application from starting.
"""

from __future__ import annotations

import json
from typing import Any

from app import atomic_file, paths


def load() -> dict[str, Any]:
    path = paths.settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        try:
            path.replace(path.with_suffix(".damaged.json"))
        except OSError:
            pass
        return {}
    return data if isinstance(data, dict) else {}


def save(data: dict[str, Any]) -> None:
    """Write atomically; a failure (read-only profile, full disk) is ignored: settings are optional."""
    path = paths.settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_file.write_text(path, json.dumps(data, ensure_ascii=False, indent=2))
    except OSError:
        pass


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    data = load()
    if key in data and data[key] == value:
        return  # reopening the last workshop: nothing to write (the write syncs the disk twice)
    data[key] = value
    save(data)
