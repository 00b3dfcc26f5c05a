"""Answers: the cards a group writes under a question.

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py); methods return domain
objects and commit before returning.
"""

from __future__ import annotations

from app.clock import now_iso
from app.model import Answer
from app.storage.snapshots import Snapshot, SnapshotsMixin
from app.storage.tables import decoded, encoded


class AnswersMixin(SnapshotsMixin):
    """Cards in their order under each question; a card's sources are stored as JSON."""

    @staticmethod
    def _answer(row: dict) -> Answer:
        return Answer(**decoded("answers", row))

    def answers(self, question_id: int | None = None) -> list[Answer]:
        if question_id is None:
            rows = self._read("SELECT * FROM answers ORDER BY question_id, position, id")
        else:
            rows = self._read("SELECT * FROM answers WHERE question_id = ? ORDER BY position, id", (question_id,))
        return [self._answer(r) for r in rows]

    def answer(self, answer_id: int) -> Answer:
        return self._answer(self._require("answers", answer_id))

    def answer_counts(self, question_ids: list[int]) -> dict[int, int]:
        """Cards per group under these questions (room input's progress, once a second)."""
        marks = ", ".join("?" * len(question_ids))
        rows = self._read(f"SELECT group_id, count(*) AS n FROM answers WHERE question_id IN ({marks}) "
                          "GROUP BY group_id", question_ids)
        return {r["group_id"]: r["n"] for r in rows}

    def count_answers(self) -> int:
        return self._read("SELECT count(*) AS n FROM answers")[0]["n"]

    def add_answer(self, group_id: int, question_id: int, text: str, sources: tuple = ()) -> int:
        stamp = now_iso()
        with self._write():
            position = self._next_position("answers", "question_id = ?", (question_id,))
            return self.db["answers"].insert(encoded("answers", {
                "group_id": group_id, "question_id": question_id, "text": text, "position": position,
                "sources": sources, "created_at": stamp, "updated_at": stamp})).last_pk

    def update_answer(self, answer_id: int, fields: dict) -> None:
        self._update("answers", answer_id, encoded("answers", dict(fields, updated_at=now_iso())))

    def move_answer(self, answer_id: int, question_id: int, index: int | None = None) -> None:
        """Move a card to another question (or within one) at ``index`` (end when None)."""
        with self._write():
            self._require("answers", answer_id)
            siblings = [r["id"] for r in self._read(
                "SELECT id FROM answers WHERE question_id = ? AND id != ? ORDER BY position, id",
                (question_id, answer_id))]
            siblings.insert(len(siblings) if index is None else max(0, min(index, len(siblings))), answer_id)
            self.conn.execute("UPDATE answers SET question_id = ?, updated_at = ? WHERE id = ?",
                              (question_id, now_iso(), answer_id))
            self._reorder("answers", siblings)

    def delete_answer(self, answer_id: int) -> Snapshot:
        return self._delete("answers", answer_id)

    def merge_answers(self, keep_id: int, other_ids: list[int], text: str, sources: list[dict]) -> Snapshot:
        """One transaction: ``keep_id`` takes the merged text and sources, the others go.

        Initiatives made from a removed card now point at the kept one, so duplicates stay one
        initiative. The snapshot (the kept card as it was, the removed cards, the initiatives
        re-pointed) undoes the merge.
        """
        with self._write():
            before = self._require("answers", keep_id)
            removed, relinked = [], []
            for other in other_ids:
                removed.append(self._require("answers", other))
                relinked += self._read("SELECT * FROM initiatives WHERE answer_id = ?", (other,))
            self.conn.execute("UPDATE initiatives SET answer_id = ? WHERE answer_id IN (%s)"
                              % ",".join("?" * len(other_ids)), (keep_id, *other_ids))
            self.conn.executemany("DELETE FROM answers WHERE id = ?", [(o,) for o in other_ids])
            self.conn.execute("UPDATE answers SET text = ?, sources = ?, updated_at = ? WHERE id = ?",
                              (text, encoded("answers", {"sources": sources})["sources"], now_iso(), keep_id))
        return (("answers", (before, *removed)), ("initiatives", tuple(relinked)))
