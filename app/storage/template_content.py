"""What the workshop's template put in the file: its snapshot, pillars and their questions, the
categories and the maturity levels. Read-only once the file is created.

A mixin of ``WorkshopStore`` (store.py), using its ``_read``; nothing here writes.
"""

from __future__ import annotations

import json

from app.model import Category, MaturityLevel, Pillar, Question


class TemplateContentMixin:
    """The template as stored in this workshop, not the template file it came from."""

    def template_snapshot(self) -> dict:
        return json.loads(self._read("SELECT template_json FROM workshop WHERE id = 1")[0]["template_json"])

    def pillars(self) -> list[Pillar]:
        questions: dict[int, list[Question]] = {}
        for q in self._read("SELECT * FROM questions ORDER BY position, id"):
            questions.setdefault(q["pillar_id"], []).append(Question(**q))
        return [Pillar(**p, questions=tuple(questions.get(p["id"], ())))
                for p in self._read("SELECT * FROM pillars ORDER BY position, id")]

    def categories(self) -> list[Category]:
        return [Category(**row) for row in self._read("SELECT * FROM categories ORDER BY number")]

    def maturity_levels(self) -> list[MaturityLevel]:
        return [MaturityLevel(**row) for row in self._read("SELECT * FROM maturity_levels ORDER BY value")]
