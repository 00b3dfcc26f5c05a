"""What one group's page shows, as plain JSON-ready data: the step, its questions or items, and
the group's own input. Read from the workshop for all groups at once (one refresh after a change).

A group sees its own cards; another group's only when the facilitator shares them, and then only
the cards shown to the room (not pending, not hidden). Texts travel as data and the page puts them
in with ``textContent``: nothing here is HTML.
"""

from __future__ import annotations

from app.model import Answer
from app.room.settings import RoomSettings
from app.room.stage import WAIT, Stage
from app.workshop import Workshop


def editable(card: Answer, group_id: int) -> bool:
    """A group may edit and withdraw the cards its devices sent, until the facilitator merges them."""
    return card.group_id == group_id and card.origin == "device" and len(card.sources) <= 1


def _card(card: Answer, group_id: int, names: dict[int, str]) -> dict:
    out = {"id": card.id, "q": card.question_id, "text": card.text, "state": card.moderation,
           "mine": card.group_id == group_id, "editable": editable(card, group_id)}
    if card.group_id != group_id:
        out["group"] = names.get(card.group_id, "")
    return out


def _capture(workshop: Workshop, stage: Stage, settings: RoomSettings, groups: list[int]) -> dict[int, dict]:
    pillar = next((p for p in workshop.pillars() if p.id == stage.pillar_id), None)
    if pillar is None:
        return {g: {"step": WAIT} for g in groups}
    questions = [{"id": q.id, "th": q.text_th, "en": q.text_en,
                  "closed": settings.is_closed("capture", q.id)} for q in pillar.questions]
    ids = {q.id for q in pillar.questions}
    cards = [a for a in workshop.answers() if a.question_id in ids]
    names = {g.id: g.name for g in workshop.groups()}
    head = {"step": "capture", "closed": settings.is_closed("capture"),
            "pillar": {"th": pillar.name_th, "en": pillar.name_en}, "questions": questions}
    return {g: dict(head, cards=[_card(c, g, names) for c in cards
                                 if c.group_id == g or (settings.share_cards and not c.moderation)])
            for g in groups}


def _assess(workshop: Workshop, settings: RoomSettings, groups: list[int]) -> dict[int, dict]:
    head = {"step": "assess", "closed": settings.is_closed("assess"),
            "categories": [{"id": c.id, "number": c.number, "th": c.name_th, "en": c.name_en}
                           for c in workshop.categories()],
            "levels": [{"value": m.value, "th": m.name_th, "en": m.name_en} for m in workshop.maturity_levels()]}
    scores: dict[int, dict] = {g: {} for g in groups}
    for a in workshop.assessments():
        if a.target == "category" and a.group_id in scores:
            scores[a.group_id][str(a.target_id)] = {"level": a.level, "reason": a.reason}
    return {g: dict(head, scores=scores[g]) for g in groups}


def _prioritize(workshop: Workshop, settings: RoomSettings, groups: list[int]) -> dict[int, dict]:
    head = {"step": "prioritize", "closed": settings.is_closed("prioritize"),
            "allowance": workshop.details().dots_per_group,
            "initiatives": [{"id": i.id, "title": i.title} for i in workshop.initiatives()]}
    dots: dict[int, dict] = {g: {} for g in groups}
    for v in workshop.votes():
        if v.group_id in dots:
            dots[v.group_id][str(v.initiative_id)] = v.dots
    return {g: dict(head, dots=dots[g]) for g in groups}


def views_for(workshop: Workshop, stage: Stage, settings: RoomSettings, groups: list[int],
              agenda_title: str = "") -> dict[int, dict]:
    """Each group's page content for ``stage``; every view also names the workshop and the group."""
    if stage.step == "capture":
        views = _capture(workshop, stage, settings, groups)
    elif stage.step == "assess":
        views = _assess(workshop, settings, groups)
    elif stage.step == "prioritize":
        views = _prioritize(workshop, settings, groups)
    else:
        views = {g: {"step": WAIT} for g in groups}
    title = workshop.details().title
    known = {g.id: g for g in workshop.groups()}
    for group_id, view in views.items():
        group = known.get(group_id)
        view.update(title=title, agenda=agenda_title,
                    group={"id": group_id, "name": group.name if group else "", "color": group.color if group else ""})
    return views
