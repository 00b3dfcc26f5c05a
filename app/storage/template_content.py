"""What the workshop's template put in the file: its snapshot, pillars and their questions, the
categories and the maturity levels. Read-only once the file is created.

A part of ``WorkshopStore`` (store.py), standing on ``StoreBase`` (base.py).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.clock import now_iso
from app.model import AgendaItem, Category, MaturityLevel, Pillar, Question
from app.storage.base import StoreBase
from app.storage.details import details_row
from app.storage.tables import row_of

if TYPE_CHECKING:
    from app.templates import Template


def new_workshop_rows(template: Template, details: dict, template_json: dict) -> dict[str, list[dict]]:
    """The tables of a new workshop, with its own copy of what it needs from its template, so later
    template edits never change it or its report. ``details`` are the workshop's details (as
    ``update_details`` takes them), ``template_json`` the template as its file holds it."""
    stamp = now_iso()
    workshop = dict(details_row(details), id=1, template_id=template.id, template_version=template.version,
                    template_json=json.dumps(template_json, ensure_ascii=False), created_at=stamp, updated_at=stamp)
    pillars, questions = [], []
    for position, p in enumerate(template.pillars, 1):
        pillars.append(Pillar(id=position, key=p.key, name_th=p.name.th, name_en=p.name.en,
                              short_th=p.short_name.th, short_en=p.short_name.en, summary_th=p.summary.th,
                              summary_en=p.summary.en, position=position - 1))
        questions += [Question(id=len(questions) + n, pillar_id=position, key=q.key, text_th=q.text.th,
                               text_en=q.text.en, help_th=q.help.th, help_en=q.help.en, position=n - 1)
                      for n, q in enumerate(p.questions, 1)]
    categories = [Category(id=n, number=c.number, name_th=c.name.th, name_en=c.name.en,
                           description_th=c.description.th, description_en=c.description.en)
                  for n, c in enumerate(template.categories, 1)]
    levels = [MaturityLevel(id=n, key=m.key, value=m.value, name_th=m.name.th, name_en=m.name.en,
                            description_th=m.description.th, description_en=m.description.en)
              for n, m in enumerate(template.maturity_scale, 1)]
    agenda = [AgendaItem(id=n, kind=a.kind, title=a.title.get(details["language"]), minutes=a.minutes,
                         position=n - 1, pillar_key=a.pillar) for n, a in enumerate(template.agenda, 1)]
    rows = {"pillars": pillars, "questions": questions, "categories": categories, "maturity_levels": levels,
            "agenda_items": agenda}
    return dict({table: [row_of(record, table) for record in records] for table, records in rows.items()},
                workshop=[workshop])


class TemplateContentMixin(StoreBase):
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
