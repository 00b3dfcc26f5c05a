"""Initiatives and the groups' dot votes on them.

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py); methods return domain
objects and commit before returning.
"""

from __future__ import annotations

from typing import Any

from app.errors import ValidationError
from app.model import Initiative, Vote
from app.storage.meta import meta_row
from app.storage.snapshots import Snapshot, SnapshotsMixin


class InitiativesMixin(SnapshotsMixin):
    """Initiatives in their order, votes within each group's allowance, merging two into one."""

    def initiatives(self) -> list[Initiative]:
        return [Initiative(**row) for row in self._read("SELECT * FROM initiatives ORDER BY position, id")]

    def add_initiative(self, fields: dict) -> int:
        with self._write():
            return self.db["initiatives"].insert(
                dict(fields, position=self._next_position("initiatives"))).last_pk

    def update_initiative(self, initiative_id: int, fields: dict) -> None:
        self._update("initiatives", initiative_id, fields)

    def delete_initiative(self, initiative_id: int) -> Snapshot:
        return self._delete("initiatives", initiative_id)

    def votes(self) -> list[Vote]:
        return [Vote(**row) for row in self._read("SELECT * FROM votes ORDER BY initiative_id, group_id")]

    def set_votes(self, initiative_id: int, group_id: int, dots: int) -> None:
        """Within the group's allowance of dots, checked in the same transaction as the write, so
        two sources of edits cannot overspend together."""
        with self._write():
            allowance = self.conn.execute("SELECT dots_per_group FROM workshop WHERE id = 1").fetchone()[0]
            spent = self.conn.execute(
                "SELECT coalesce(sum(dots), 0) FROM votes WHERE group_id = ? AND initiative_id != ?",
                (group_id, initiative_id)).fetchone()[0]
            if spent + dots > allowance:
                raise ValidationError("dots", "no_dots_left", left=allowance - spent, allowance=allowance)
            if dots == 0:
                self.conn.execute("DELETE FROM votes WHERE initiative_id = ? AND group_id = ?",
                                  (initiative_id, group_id))
            else:
                self.db["votes"].upsert({"initiative_id": initiative_id, "group_id": group_id, "dots": dots},
                                        pk=("initiative_id", "group_id"))

    def merge_initiatives(self, keep_id: int, other_id: int, meta: dict[str, Any] | None = None) -> Snapshot:
        """One transaction: ``other_id``'s dots are added to ``keep_id`` (group by group), its plan
        items point at ``keep_id``, it goes, and the ``meta`` keys are written with it.

        The snapshot (both initiatives, their dots, the re-pointed plan items and the ``meta`` keys
        as they were; a key that did not exist has the value None) undoes the merge through
        ``unmerge_initiatives``."""
        meta = meta or {}
        with self._write():
            keep, other = self._require("initiatives", keep_id), self._require("initiatives", other_id)
            votes = self._read("SELECT * FROM votes WHERE initiative_id IN (?, ?)", (keep_id, other_id))
            relinked = self._read("SELECT * FROM plan_items WHERE initiative_id = ?", (other_id,))
            stored = {row["key"]: row for row in self._read(
                "SELECT * FROM meta WHERE key IN (%s)" % ",".join("?" * len(meta)), tuple(meta))} if meta else {}
            for vote in votes:
                if vote["initiative_id"] == other_id:
                    self.conn.execute(
                        "INSERT INTO votes (initiative_id, group_id, dots) VALUES (?, ?, ?) "
                        "ON CONFLICT (initiative_id, group_id) DO UPDATE SET dots = dots + excluded.dots",
                        (keep_id, vote["group_id"], vote["dots"]))
            self.conn.execute("UPDATE plan_items SET initiative_id = ? WHERE initiative_id = ?", (keep_id, other_id))
            filled = {k: other[k] for k in ("impact", "effort", "answer_id") if keep[k] is None and other[k] is not None}
            if filled:
                self.db["initiatives"].update(keep_id, filled)
            self.conn.execute("DELETE FROM initiatives WHERE id = ?", (other_id,))
            for key, value in meta.items():
                self.db["meta"].upsert(meta_row(key, value), pk="key")
        return (("initiatives", (keep, other)), ("votes", tuple(votes)), ("plan_items", tuple(relinked)),
                ("meta", tuple(stored.get(key, {"key": key, "value": None}) for key in meta)))

    def unmerge_initiatives(self, snapshot: Snapshot) -> None:
        """Undo ``merge_initiatives``: both initiatives, their dots, their plan items and the meta
        keys exactly as they were, in one transaction."""
        tables = dict(snapshot)
        absent = [row["key"] for row in tables["meta"] if row["value"] is None]
        with self._write(), self._undoing():
            # the merge may have given the kept initiative dots from groups that had none for it
            self.conn.execute("DELETE FROM votes WHERE initiative_id = ?", (tables["initiatives"][0]["id"],))
            self.conn.executemany("DELETE FROM meta WHERE key = ?", [(key,) for key in absent])
            self._put_back([(table, tuple(row for row in rows if table != "meta" or row["key"] not in absent))
                            for table, rows in snapshot])
