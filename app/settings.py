"""Small application settings (recent files, language, window layout) in one JSON file.

A damaged settings file is set aside rather than trusted: settings are a convenience and must never
stop the application from starting.
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import Any

from app import paths


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
    temp = path.with_name(path.name + ".writing")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    data = load()
    data[key] = value
    save(data)
