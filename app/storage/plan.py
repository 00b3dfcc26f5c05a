"""The development plan: its items in their order.

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py); methods return domain
objects and commit before returning.
"""

from __future__ import annotations

from app.model import PlanItem
from app.storage.snapshots import Snapshot, SnapshotsMixin


class PlanMixin(SnapshotsMixin):
    """Plan items in their order."""

    def plan_items(self) -> list[PlanItem]:
        return [PlanItem(**row) for row in self._read("SELECT * FROM plan_items ORDER BY position, id")]

    def add_plan_item(self, fields: dict) -> int:
        with self._write():
            return self.db["plan_items"].insert(
                dict(fields, position=self._next_position("plan_items"))).last_pk

    def update_plan_item(self, item_id: int, fields: dict) -> None:
        self._update("plan_items", item_id, fields)

    def reorder_plan(self, ids: list[int]) -> None:
        self._reorder("plan_items", ids)

    def delete_plan_item(self, item_id: int) -> Snapshot:
        return self._delete("plan_items", item_id)
