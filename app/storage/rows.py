"""Row operations every domain's SQL shares, and the time stamp rows carry.

A mixin of ``WorkshopStore`` (store.py), using its ``conn``, ``db``, ``_read`` and ``_write``. The
domain mixins call these helpers; ``_update`` and ``_reorder`` commit before returning.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable

from app.errors import NotFoundError


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class RowsMixin:
    """Fetch one row or fail, update it, reorder a table, find the next position at its end."""

    def _next_position(self, table: str, where: str = "1", params: Iterable[Any] = ()) -> int:
        row = self._read(f"SELECT coalesce(max(position), -1) + 1 AS p FROM {table} WHERE {where}", params)
        return row[0]["p"]

    def _require(self, table: str, row_id: int) -> dict:
        rows = self._read(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if not rows:
            raise NotFoundError(f"{table} #{row_id} does not exist")
        return rows[0]

    def _update(self, table: str, row_id: int, fields: dict) -> None:
        with self._write():
            self._require(table, row_id)
            if fields:
                self.db[table].update(row_id, fields)

    def _reorder(self, table: str, ids: list[int]) -> None:
        with self._write():
            for position, row_id in enumerate(ids):
                self.conn.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (position, row_id))
