"""Self-assessment: the maturity level a group gives each category or pillar, with its reason.

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py). Methods
return domain objects and commit before returning.
"""

from __future__ import annotations

from app.model import Assessment
from app.storage.base import StoreBase


class AssessmentsMixin(StoreBase):
    """One level per group and target; no level means not assessed (the row goes)."""

    def assessments(self) -> list[Assessment]:
        return [Assessment(**row) for row in self._read("SELECT * FROM assessments ORDER BY id")]

    def set_assessment(self, group_id: int, target: str, target_id: int, level: int | None,
                       reason: str = "") -> None:
        with self._write():
            if level is None:
                self.conn.execute("DELETE FROM assessments WHERE group_id = ? AND target = ? AND target_id = ?",
                                  (group_id, target, target_id))
                return
            self.conn.execute(
                "INSERT INTO assessments (group_id, target, target_id, level, reason) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (group_id, target, target_id) DO UPDATE SET level = excluded.level, "
                "reason = excluded.reason", (group_id, target, target_id, level, reason))
