"""Groups of participants and their members.

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py); methods return domain
objects and commit before returning.
"""

from __future__ import annotations

from app.model import Group, Member
from app.storage.snapshots import Snapshot, SnapshotsMixin


class GroupsMixin(SnapshotsMixin):
    """Groups in their order, each with its members in theirs."""

    def groups(self) -> list[Group]:
        members: dict[int, list[Member]] = {}
        for m in self._read("SELECT * FROM members ORDER BY position, id"):
            members.setdefault(m["group_id"], []).append(Member(**m))
        return [Group(**g, members=tuple(members.get(g["id"], ())))
                for g in self._read("SELECT * FROM groups ORDER BY position, id")]

    def add_group(self, name: str, color: str) -> int:
        with self._write():
            return self.db["groups"].insert(
                {"name": name, "color": color, "position": self._next_position("groups")}).last_pk

    def update_group(self, group_id: int, fields: dict) -> None:
        self._update("groups", group_id, fields)

    def reorder_groups(self, ids: list[int]) -> None:
        self._reorder("groups", ids)

    def delete_group(self, group_id: int) -> Snapshot:
        return self._delete("groups", group_id)

    def add_member(self, group_id: int, name: str) -> int:
        with self._write():
            self._require("groups", group_id)
            position = self._next_position("members", "group_id = ?", (group_id,))
            return self.db["members"].insert(
                {"group_id": group_id, "name": name, "position": position}).last_pk

    def update_member(self, member_id: int, fields: dict) -> None:
        self._update("members", member_id, fields)

    def delete_member(self, member_id: int) -> Snapshot:
        return self._delete("members", member_id)
