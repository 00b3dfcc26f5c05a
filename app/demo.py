"""The demo workshop (the seed's LDD workshop of 17 December 2561) and the stress workshop.

Both are written in one atomic step from whole tables, so a demo file is either complete or absent.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from app.resources import read_text
from app.model import Answer, Assessment, Group, Initiative, Member, PlanItem, Vote
from app.storage import WorkshopStore, encoded, new_workshop_rows, row_of
from app.templates import Template, builtin_template
from app.workshop import GROUP_COLORS, Workshop, template_dict

DEMO_RESOURCE = "demo/ldd-2561.json"


def demo_content() -> dict:
    return json.loads(read_text(DEMO_RESOURCE))


class _Builder:
    """Accumulates the rows of a workshop made from a template."""

    def __init__(self, template: Template, details: dict):
        self.rows = new_workshop_rows(template, details, template_dict(template))
        self.pillar_ids = {p["key"]: p["id"] for p in self.rows["pillars"]}
        self.question_ids = {(p["key"], q["key"]): q["id"]
                             for p in self.rows["pillars"] for q in self.rows["questions"]
                             if q["pillar_id"] == p["id"]}
        self.category_ids = {c["number"]: c["id"] for c in self.rows["categories"]}
        self._answers_in: dict[int, int] = {}  # question id -> its cards so far
        for table in ("groups", "members", "answers", "assessments", "initiatives", "votes", "plan_items"):
            self.rows[table] = []

    def _add(self, table: str, record: type, **fields) -> int:
        """A row made through its record (app/model.py), so a column is never spelt out here."""
        rows = self.rows[table]
        rows.append(encoded(table, row_of(record(id=len(rows) + 1, **fields), table)))
        return rows[-1]["id"]

    def group(self, name: str, color: str, members: list[str]) -> int:
        group_id = self._add("groups", Group, name=name, color=color.lower(), position=len(self.rows["groups"]))
        for position, member in enumerate(members):
            self._add("members", Member, group_id=group_id, name=member, position=position)
        return group_id

    def answer(self, group_id: int, pillar: str, question: str, text: str, stamp: str) -> int:
        question_id = self.question_ids[(pillar, question)]
        position = self._answers_in.get(question_id, 0)
        self._answers_in[question_id] = position + 1
        return self._add("answers", Answer, group_id=group_id, question_id=question_id, text=text,
                         position=position, created_at=stamp, updated_at=stamp)

    def assessment(self, group_id: int, target: str, target_id: int, level: int, reason: str) -> None:
        self._add("assessments", Assessment, group_id=group_id, target=target, target_id=target_id, level=level,
                  reason=reason)

    def initiative(self, title: str, pillar: str, answer_id: int | None, impact: int, effort: int) -> int:
        return self._add("initiatives", Initiative, title=title, pillar_id=self.pillar_ids[pillar],
                         answer_id=answer_id, impact=impact, effort=effort, position=len(self.rows["initiatives"]))

    def vote(self, initiative_id: int, group_id: int, dots: int) -> None:
        if dots:
            self.rows["votes"].append(row_of(Vote(initiative_id, group_id, dots), "votes"))

    def plan_item(self, item: dict, initiative_id: int | None) -> int:
        budget = item.get("budget")
        return self._add(
            "plan_items", PlanItem, position=len(self.rows["plan_items"]), issue=item["issue"],
            activity=item["activity"], pillar_id=self.pillar_ids.get(item.get("pillar")),
            category_id=self.category_ids.get(item.get("category")), kpi=item["kpi"], target=item["target"],
            fiscal_year=item.get("fiscal_year"), quarter=item.get("quarter"), responsible=item["responsible"],
            budget_satang=None if budget is None else round(budget * 100), status=item.get("status", "planned"),
            initiative_id=initiative_id)

    def write(self, path: Path | str) -> Workshop:
        return Workshop(WorkshopStore.create(path, self.rows))


def _stamp(day: date, at: str, minutes: float) -> str:
    start = datetime.combine(day, datetime.strptime(at, "%H:%M").time())
    return (start + timedelta(minutes=minutes)).isoformat(timespec="seconds")


def _record_actual_times(builder: _Builder, day: date, start: str) -> None:
    """The demo day has happened: give each agenda item plausible actual times (some overran)."""
    rng = random.Random(2561)
    clock = 0.0
    for item in builder.rows["agenda_items"]:
        planned = item["minutes"]
        actual = planned + rng.choice((0, 0, 0, 5, 10, -5)) if planned >= 15 else planned
        item["actual_start"] = _stamp(day, start, clock)
        clock += max(actual, 0)
        item["actual_end"] = _stamp(day, start, clock)


def _details(content: dict) -> dict:
    w = content["workshop"]
    return {"title": w["title"], "organization": w["organization"], "unit": w.get("unit", ""),
            "event_date": date.fromisoformat(w["date"]), "start_time": w["start_time"],
            "venue": w["venue"], "facilitators": w["facilitators"], "language": w.get("language", "th")}


def create_demo(path: Path | str, template: Template | None = None) -> Workshop:
    """Write the demo workshop: four groups' answers for every question, scores, votes and a plan."""
    template = template or builtin_template()
    content = demo_content()
    details = _details(content)
    details["objectives"] = [o.get(details["language"]) for o in template.objectives]
    details["thai_digits"], details["dots_per_group"] = False, 5
    builder = _Builder(template, details)
    _record_actual_times(builder, details["event_date"], details["start_time"])
    group_ids = [builder.group(g["name"], g["color"], g["members"]) for g in content["groups"]]
    proposal_ids = _demo_answers(builder, content["answers"], group_ids, details)
    _demo_scores(builder, content["assessment"], group_ids)
    initiative_ids = _demo_initiatives(builder, content["initiatives"], group_ids, proposal_ids)
    for item in content["plan"]:
        index = item.get("initiative")
        builder.plan_item(item, None if index is None else initiative_ids[index])
    return builder.write(path)


def _demo_answers(builder: _Builder, answers: dict, group_ids: list[int],
                  details: dict) -> dict[tuple[str, int, int], int]:
    """Every group's cards, half a minute apart from two hours into the day.

    Returns the ids of the proposal cards by (pillar, group index, card index): the demo file's
    initiatives name the card they came from that way.
    """
    day, start = details["event_date"], details["start_time"]
    proposal_ids: dict[tuple[str, int, int], int] = {}
    minute = 120.0
    for pillar, questions in answers.items():
        for question, per_group in questions.items():
            for g_index, cards in enumerate(per_group):
                for c_index, text in enumerate(cards):
                    minute += 0.5
                    answer_id = builder.answer(group_ids[g_index], pillar, question, text,
                                               _stamp(day, start, minute))
                    if question == "proposals":
                        proposal_ids[(pillar, g_index, c_index)] = answer_id
    return proposal_ids


def _demo_scores(builder: _Builder, assessment: dict, group_ids: list[int]) -> None:
    # The demo file names a category by its number and a pillar by its key.
    targets = [("category", builder.category_ids[int(number)], scores)
               for number, scores in assessment["categories"].items()]
    targets += [("pillar", builder.pillar_ids[key], scores) for key, scores in assessment["pillars"].items()]
    for target, target_id, scores in targets:
        for g_index, score in enumerate(scores):
            builder.assessment(group_ids[g_index], target, target_id, score["level"], score.get("reason", ""))


def _demo_initiatives(builder: _Builder, initiatives: list[dict], group_ids: list[int],
                      proposal_ids: dict[tuple[str, int, int], int]) -> list[int]:
    """The initiatives, each tied to the card it came from, with every group's dots."""
    initiative_ids = []
    for item in initiatives:
        source = item.get("source")  # groups are counted from 1 in the file, as the facilitators do
        answer_id = proposal_ids.get((item["pillar"], source["group"] - 1, source["card"])) if source else None
        initiative_id = builder.initiative(item["title"], item["pillar"], answer_id, item["impact"], item["effort"])
        initiative_ids.append(initiative_id)
        for g_index, dots in enumerate(item["votes"]):
            builder.vote(initiative_id, group_ids[g_index], dots)
    return initiative_ids


STRESS_GROUPS, STRESS_ANSWERS_PER_QUESTION, STRESS_PLAN_ITEMS = 12, 25, 60


def create_stress(path: Path | str, template: Template | None = None, scale: int = 1) -> Workshop:
    """The stress workshop of PRODUCT.md: 12 groups × every question × 25 answers, 60 plan items.

    ``scale`` multiplies the answers per question (benchmarks use 2 for "twice the stress workshop").
    """
    template = template or builtin_template()
    content = demo_content()
    # One seeded generator, drawn from in a fixed order (answers, scores, initiatives, votes), so
    # every run writes the same workshop and benchmarks compare like with like.
    rng = random.Random(4)
    details = _details(content)
    details["title"] = f"{details['title']} (stress)"
    details["objectives"] = [o.get("th") for o in template.objectives]
    builder = _Builder(template, details)
    group_ids = [builder.group(f"กลุ่มที่ {n}", GROUP_COLORS[(n - 1) % len(GROUP_COLORS)],
                               [f"สมาชิก {n}.{m}" for m in range(1, 9)]) for n in range(1, STRESS_GROUPS + 1)]
    proposal_ids = _stress_answers(builder, template, group_ids, _demo_phrases(content), rng,
                                   details["event_date"], STRESS_ANSWERS_PER_QUESTION * scale)
    levels = [m.value for m in template.maturity_scale]
    for category_id in builder.category_ids.values():
        for group_id in group_ids:
            builder.assessment(group_id, "category", category_id, rng.choice(levels), "")
    initiative_ids = _stress_initiatives(builder, group_ids, proposal_ids, rng)
    _stress_plan(builder, content["plan"], initiative_ids)
    return builder.write(path)


def _demo_phrases(content: dict) -> list[str]:
    return [card for questions in content["answers"].values() for per_group in questions.values()
            for cards in per_group for card in cards]


def _stress_answers(builder: _Builder, template: Template, group_ids: list[int], phrases: list[str],
                    rng: random.Random, day: date, per_question: int) -> list[tuple[str, int]]:
    """``per_question`` cards from each group for every question, each one or two demo phrases,
    three seconds apart; returns (pillar key, answer id) of the proposal cards."""
    proposal_ids: list[tuple[str, int]] = []
    minute = 0.0
    for pillar in template.pillars:
        for question in pillar.questions:
            for group_id in group_ids:
                for _ in range(per_question):
                    minute += 0.05
                    text = " ".join(rng.sample(phrases, rng.choice((1, 1, 2))))
                    answer_id = builder.answer(group_id, pillar.key, question.key, text,
                                               _stamp(day, "08:30", minute))
                    if question.key == "proposals":
                        proposal_ids.append((pillar.key, answer_id))
    return proposal_ids


def _stress_initiatives(builder: _Builder, group_ids: list[int], proposal_ids: list[tuple[str, int]],
                        rng: random.Random) -> list[int]:
    """40 initiatives taken from proposal cards, and five single dots from each group."""
    answers_by_id = {a["id"]: a["text"] for a in builder.rows["answers"]}
    initiative_ids = [builder.initiative(answers_by_id[answer_id][:120], pillar, answer_id,
                                         rng.randint(1, 5), rng.randint(1, 5))
                      for pillar, answer_id in rng.sample(proposal_ids, 40)]
    for group_id in group_ids:
        for initiative_id in rng.sample(initiative_ids, 5):
            builder.vote(initiative_id, group_id, 1)
    return initiative_ids


def _stress_plan(builder: _Builder, plan_source: list[dict], initiative_ids: list[int]) -> None:
    # The demo plan over again, each round named as a further phase (ระยะที่ 2, 3, ...).
    for n in range(STRESS_PLAN_ITEMS):
        item = dict(plan_source[n % len(plan_source)])
        item["activity"] = f"{item['activity']} ระยะที่ {n // len(plan_source) + 1}"
        builder.plan_item(item, initiative_ids[n % len(initiative_ids)])
