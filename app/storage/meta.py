"""The ``meta`` table: named JSON values kept in the file (where the day's run stands, a
merge's provenance and its suggestions).

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py). ``set_meta``
commits before returning.
"""

from __future__ import annotations

import json
from typing import Any

from app.storage.base import StoreBase


def meta_row(key: str, value: Any) -> dict:
    """A named value as the ``meta`` table stores it (JSON text)."""
    return {"key": key, "value": json.dumps(value, ensure_ascii=False)}


class MetaMixin(StoreBase):
    """One JSON value per key; a missing key reads as ``default``."""

    def meta(self, key: str, default: Any = None) -> Any:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return json.loads(rows[0]["value"]) if rows else default

    def set_meta(self, key: str, value: Any) -> None:
        with self._write():
            self.db["meta"].upsert(meta_row(key, value), pk="key")
