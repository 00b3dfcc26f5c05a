"""Everything the report shows, read once from the workshop into plain values."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.assessment import Aggregate, aggregate, most_disputed
from app.merge.offices import Consolidation, read_consolidation
from app.model import (
    AgendaItem, Answer, Assessment, Category, Details, Group, MaturityLevel, Pillar, PlanItem,
)
from app.ranking import Ranked, rank_initiatives
from app.workshop import Workshop


@dataclass(frozen=True)
class ReportData:
    details: Details
    template: dict
    groups: list[Group]
    agenda: list[AgendaItem]
    pillars: list[Pillar]
    answers_by_question: dict[int, list[Answer]]
    categories: list[Category]
    levels: list[MaturityLevel]
    category_scores: list[Aggregate]
    scores_by_group: dict[tuple[int, int], int]  # (group id, category id) -> level
    disputed: list[Aggregate]
    ranked: list[Ranked]
    plan: list[PlanItem]
    # A consolidated workshop (several offices combined): where each row came from; see app/report/offices.py
    consolidation: Consolidation | None = None
    assessments: list[Assessment] = field(default_factory=list)
    pillar_scores: list[Aggregate] = field(default_factory=list)
    pillar_levels: dict[tuple[int, int], int] = field(default_factory=dict)  # (group id, pillar id) -> level

    @property
    def group_names(self) -> dict[int, str]:
        return {g.id: g.name for g in self.groups}


def read_report_data(workshop: Workshop) -> ReportData:
    groups = workshop.groups()
    categories = workshop.categories()
    assessments = workshop.assessments()
    answers: dict[int, list[Answer]] = {}
    for answer in workshop.answers():
        answers.setdefault(answer.question_id, []).append(answer)
    scores = aggregate(assessments, "category", [c.id for c in categories], [g.id for g in groups])
    pillars = workshop.pillars()
    return ReportData(
        details=workshop.details(), template=workshop.template(), groups=groups,
        agenda=workshop.agenda(), pillars=pillars, answers_by_question=answers,
        categories=categories, levels=workshop.maturity_levels(), category_scores=scores,
        scores_by_group={(a.group_id, a.target_id): a.level for a in assessments if a.target == "category"},
        disputed=[a for a in most_disputed(scores, limit=3) if a.spread],
        ranked=rank_initiatives(workshop.initiatives(), workshop.votes()),
        plan=workshop.plan_items(),
        consolidation=read_consolidation(workshop), assessments=assessments,
        pillar_scores=aggregate(assessments, "pillar", [p.id for p in pillars], [g.id for g in groups]),
        pillar_levels={(a.group_id, a.target_id): a.level for a in assessments if a.target == "pillar"},
    )
