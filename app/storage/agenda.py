"""The workshop's agenda.

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py); methods return domain
objects and commit before returning.
"""

from __future__ import annotations

from app.model import AgendaItem
from app.storage.snapshots import Snapshot, SnapshotsMixin


class AgendaMixin(SnapshotsMixin):
    """Agenda items in their order."""

    def agenda(self) -> list[AgendaItem]:
        return [AgendaItem(**row) for row in self._read("SELECT * FROM agenda_items ORDER BY position, id")]

    def add_agenda_item(self, fields: dict) -> int:
        with self._write():
            return self.db["agenda_items"].insert(
                dict(fields, position=self._next_position("agenda_items"))).last_pk

    def update_agenda_item(self, item_id: int, fields: dict) -> None:
        self._update("agenda_items", item_id, fields)

    def reorder_agenda(self, ids: list[int]) -> None:
        self._reorder("agenda_items", ids)

    def delete_agenda_item(self, item_id: int) -> Snapshot:
        return self._delete("agenda_items", item_id)
