"""The report's sections, each a list of flowables, in the order a government plan is read."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from app.model import PLAN_FIELD_KEYS
from app.report import offices
from app.report import styles as S
from app.report.catalogue import text
from app.report.chart import assessment_chart
from app.report.data import ReportData
from app.report.document import LANDSCAPE, LEFT, PORTRAIT, RIGHT
from app.thaidate import format_date
from app.typesetting import ThaiParagraph, ThaiStyle, thai_digits

PORTRAIT_WIDTH = PORTRAIT[0] - LEFT - RIGHT
LANDSCAPE_WIDTH = LANDSCAPE[0] - LEFT - RIGHT


def _grid(header_rows: int = 1) -> list:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, S.RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), S.HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


class ReportWriter:
    def __init__(self, data: ReportData, lang: str, thai: bool):
        self.data, self.lang, self.thai = data, lang, thai
        self._cell_indent = 0.0  # see the WORKAROUND in plan()

    # ----------------------------------------------------------------- helpers
    def t(self, key: str, **values) -> str:
        return self.digits(text(key, self.lang, **values))

    def digits(self, value: str) -> str:
        return thai_digits(value) if self.thai else value

    def p(self, value: str, style: ThaiStyle = S.BODY) -> ThaiParagraph:
        if self._cell_indent:
            style = replace(style, leftIndent=style.leftIndent + self._cell_indent,
                            rightIndent=style.rightIndent + self._cell_indent)
        return ThaiParagraph(self.digits(value), style)

    def bi(self, record: dict | None, fallback: str = "") -> str:
        """The report language's side of a template ``{"th": .., "en": ..}`` text."""
        if not record:
            return fallback
        return (record.get(self.lang) or record.get("th") or record.get("en") or fallback)

    def number(self, value: float, decimals: int = 0) -> str:
        return self.digits(f"{value:,.{decimals}f}")

    def level_name(self, value: int | None) -> str:
        for level in self.data.levels:
            if level.value == value:
                return level.name(self.lang)
        return self.t("none") if value is None else str(value)

    # ----------------------------------------------------------------- sections
    def cover(self) -> list:
        d = self.data.details
        story = [Spacer(1, 3.5 * cm), self.p(d.organization, S.COVER_ORG)]
        if d.unit:
            story.append(self.p(d.unit, S.COVER_LINE))
        story += [Spacer(1, 1.2 * cm), self.p(self.t("document"), S.COVER_TITLE),
                  self.p(self.t("subtitle"), S.COVER_LINE), Spacer(1, 1.2 * cm),
                  self.p(self.t("from_workshop"), S.COVER_LINE), self.p(d.title, S.COVER_LINE),
                  Spacer(1, 0.8 * cm)]
        if d.event_date:
            story.append(self.p(f"{self.t('date')} {format_date(d.event_date, self.lang, self.thai)}", S.COVER_LINE))
        if d.venue:
            story.append(self.p(f"{self.t('venue')} {d.venue}", S.COVER_LINE))
        if d.facilitators:
            story.append(self.p(f"{self.t('facilitators')}: {', '.join(d.facilitators)}", S.COVER_LINE))
        story.append(PageBreak())
        return story

    def objectives(self) -> list:
        d = self.data.details
        story = [self.p(self.t("objectives"), S.H1)]
        story += [self.p(f"{n}. {objective}", S.BULLET) for n, objective in enumerate(d.objectives, 1)]
        if self.data.groups:
            story.append(self.p(self.t("groups"), S.H2))
            for n, group in enumerate(self.data.groups, 1):
                members = ", ".join(m.name for m in group.members)
                story.append(self.p(f"{n}. {group.name}" + (f" — {members}" if members else ""), S.BULLET))
        return story

    def agenda(self) -> list:
        d, items = self.data.details, self.data.agenda
        if not items:
            return []
        start = datetime.combine(d.event_date or datetime.today().date(), datetime.strptime(d.start_time, "%H:%M").time())
        rows = [[self.p(self.t(k), S.SMALL_BOLD) for k in
                 ("agenda_time", "agenda_item", "agenda_minutes", "agenda_actual", "agenda_difference")]]
        clock = start
        for item in items:
            end = clock + timedelta(minutes=item.minutes)
            actual, difference = self.t("not_recorded"), ""
            if item.actual_start and item.actual_end:
                a_start, a_end = datetime.fromisoformat(item.actual_start), datetime.fromisoformat(item.actual_end)
                actual = f"{a_start:%H:%M}–{a_end:%H:%M}"
                delta = round((a_end - a_start).total_seconds() / 60) - item.minutes
                difference = f"{delta:+d}" if delta else "0"
            rows.append([self.p(f"{clock:%H:%M}–{end:%H:%M}", S.SMALL), self.p(item.title, S.SMALL),
                         self.p(str(item.minutes), S.SMALL_RIGHT), self.p(actual, S.SMALL),
                         self.p(difference, S.SMALL_RIGHT)])
            clock = end
        total = sum(i.minutes for i in items)
        rows.append([self.p(f"{start:%H:%M}–{clock:%H:%M}", S.SMALL_BOLD), self.p(self.t("total_day"), S.SMALL_BOLD),
                     self.p(str(total), S.SMALL_RIGHT), self.p("", S.SMALL), self.p("", S.SMALL)])
        widths = [3.0 * cm, PORTRAIT_WIDTH - 10.4 * cm, 1.8 * cm, 3.0 * cm, 2.6 * cm]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(_grid() + [("BACKGROUND", (0, -1), (-1, -1), S.STRIPE_FILL)]))
        return [self.p(self.t("agenda"), S.H1), table]

    def briefing(self) -> list:
        slides = self.data.template.get("briefing", [])
        if not slides:
            return []
        story = [PageBreak(), self.p(self.t("briefing"), S.H1)]
        for slide in slides:
            block = [self.p(self.bi(slide.get("title")), S.H3)]
            block += [self.p(f"• {self.bi(point)}", S.BULLET) for point in slide.get("points", [])]
            story.append(KeepTogether(block))
        return story

    def answers(self) -> list:
        names, story = self.data.group_names, [PageBreak(), self.p(self.t("answers"), S.H1)]
        for pillar in self.data.pillars:
            story += [CondPageBreak(4 * cm), self.p(pillar.name(self.lang), S.H2)]
            for question in pillar.questions:
                story.append(self.p(question.text(self.lang), S.H3))
                answers = self.data.answers_by_question.get(question.id, [])
                if not answers:
                    story.append(self.p(self.t("no_answers"), S.NOTE))
                    continue
                by_group: dict[int, list] = {}
                for answer in answers:
                    by_group.setdefault(answer.group_id, []).append(answer)
                for group in self.data.groups:
                    cards = by_group.get(group.id)
                    if not cards:
                        continue
                    story.append(self.p(group.name, ThaiStyle(fontName="Sarabun-Bold", fontSize=11.5,
                                                              textColor=colors.HexColor(group.color), spaceBefore=3)))
                    for card in cards:
                        line = card.text
                        others = {names.get(s.get("group_id")) for s in card.sources} - {group.name, None}
                        if others:
                            line += " " + self.t("from_groups", groups=", ".join(sorted(others)))
                        story.append(self.p(f"• {line}", S.BULLET))
        return story

    def assessment(self) -> list:
        data = self.data
        if data.consolidation is not None:  # several offices: compare offices, not groups
            return offices.assessment_section(self)
        if not any(a.count for a in data.category_scores):
            return []
        scale = ", ".join(f"{lvl.value} = {lvl.name(self.lang)}" for lvl in data.levels)
        story = [PageBreak(), self.p(self.t("assessment"), S.H1), self.p(self.t("assessment_intro", scale=scale), S.NOTE)]
        table = Table(self._score_rows(), colWidths=_score_widths(len(data.groups)), repeatRows=1)
        table.setStyle(TableStyle(_grid()))
        story += [table, Spacer(1, 0.4 * cm)]
        story.append(self.p(self.t("chart_title"), S.NOTE))
        story.append(assessment_chart(data, PORTRAIT_WIDTH, self.thai))
        if data.disputed:
            story.append(self.p(self.t("disputed", items=self._disputed_items()), S.BODY))
        return story

    def _score_rows(self) -> list:
        """A header, then per category each group's level and the statistics over the groups."""
        data, groups = self.data, self.data.groups
        # Groups are numbered in the header (their names are listed with the objectives).
        header = [self.p(self.t("category"), S.SMALL_BOLD)] + [
            self.p(self.t("group_no", n=n), S.SMALL_BOLD) for n in range(1, len(groups) + 1)] + [
            self.p(self.t(k), S.SMALL_BOLD) for k in ("mean", "lowest", "highest", "spread")]
        rows = [header]
        for category, agg in zip(data.categories, data.category_scores):
            row = [self.p(f"{category.number}. {category.name(self.lang)}", S.SMALL)]
            row += [self.p(self.digits(str(data.scores_by_group.get((g.id, category.id), "-"))), S.SMALL_CENTER)
                    for g in groups]
            row += [self.p("-" if agg.mean is None else self.number(agg.mean, 2), S.SMALL_CENTER)]
            row += [self.p("-" if v is None else self.digits(str(v)), S.SMALL_CENTER)
                    for v in (agg.lowest, agg.highest, agg.spread)]
            rows.append(row)
        return rows

    def _disputed_items(self) -> str:
        by_id = {c.id: c for c in self.data.categories}
        return ", ".join(f"{self.t('category')} {by_id[a.target_id].number} "
                         f"({self.level_name(a.lowest)}–{self.level_name(a.highest)})" for a in self.data.disputed)

    def priorities(self) -> list:
        ranked = self.data.ranked
        if not ranked:
            return []
        pillars = {p.id: p for p in self.data.pillars}
        rows = [[self.p(self.t(k), S.SMALL_BOLD) for k in ("rank", "initiative", "pillar", "votes", "impact", "effort")]]
        for entry in ranked:
            initiative = entry.initiative
            pillar = pillars.get(initiative.pillar_id)
            rows.append([
                self.p(entry.label, S.SMALL_CENTER),
                offices.tagged(self, "initiatives", initiative.id, self.p(initiative.title, S.SMALL)),
                self.p(pillar.short(self.lang) if pillar else "-", S.SMALL),
                self.p(str(entry.dots), S.SMALL_CENTER),
                self.p("-" if initiative.impact is None else str(initiative.impact), S.SMALL_CENTER),
                self.p("-" if initiative.effort is None else str(initiative.effort), S.SMALL_CENTER)])
        widths = [1.4 * cm, PORTRAIT_WIDTH - 10.4 * cm, 3.8 * cm, 1.8 * cm, 1.7 * cm, 1.7 * cm]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(_grid()))
        return [PageBreak(), self.p(self.t("priorities"), S.H1), self.p(self.t("ranking_rule"), S.NOTE), table]

    def _plan_label(self, key: str) -> str:
        for field in self.data.template.get("plan_fields", []):
            if field.get("key") == key:
                return self.bi(field.get("label"), self.t(key))
        return self.t(key)

    def _status(self, key: str) -> str:
        for status in self.data.template.get("plan_statuses", []):
            if status.get("key") == key:
                return self.bi(status.get("name"), key)
        return self.t(f"status_{key}")

    def plan(self) -> list:
        items = self.data.plan
        pillars = {p.id: p for p in self.data.pillars}
        categories = {c.id: c for c in self.data.categories}
        keys = PLAN_FIELD_KEYS
        # WORKAROUND: reportlab's Table._splitCell hands a cell's flowables the column width without
        # the cell padding (its _listCellGeom subtracts it), so a paragraph split across pages would
        # be laid out wider than it is drawn and run past the page. Plan cells get no padding; their
        # paragraphs are indented instead (see _plan_table).
        self._cell_indent = 3.0
        header = [self.p(self.t("no"), S.SMALL_BOLD)] + [self.p(self._plan_label(k), S.SMALL_BOLD) for k in keys]
        rows = [header] + [self._plan_row(n, item, pillars, categories) for n, item in enumerate(items, 1)]
        total = sum(item.budget_satang or 0 for item in items)
        rows.append([self.p("", S.SMALL)] * 8 + [self.p(self.t("total_budget"), S.SMALL_BOLD),
                                                  self.p(self.number(total / 100), S.SMALL_RIGHT), self.p("", S.SMALL)])
        self._cell_indent = 0.0
        return [NextPageTemplate("landscape"), PageBreak(), self.p(self.t("plan"), S.H1), _plan_table(rows),
                self.p(self._plan_coverage(items), S.NOTE), NextPageTemplate("portrait")]

    def _plan_row(self, n: int, item, pillars: dict, categories: dict) -> list:
        pillar, category = pillars.get(item.pillar_id), categories.get(item.category_id)
        return [
            self.p(str(n), S.SMALL_CENTER), offices.tagged(self, "plan_items", item.id, self.p(item.issue, S.SMALL)),
            self.p(item.activity, S.SMALL),
            self.p(pillar.short(self.lang) if pillar else "-", S.SMALL),
            self.p(f"{self.t('category')} {category.number}" if category else "-", S.SMALL),
            self.p(item.kpi, S.SMALL), self.p(item.target, S.SMALL), self.p(self._timeframe(item), S.SMALL),
            self.p(item.responsible, S.SMALL),
            self.p(self._budget(item), S.SMALL_RIGHT),
            self.p(self._status(item.status), S.SMALL)]

    def _timeframe(self, item) -> str:
        if not item.fiscal_year:
            return ""  # a quarter means nothing without its year
        year = self.t("fiscal_year", year=item.fiscal_year)
        return f"{year} {self.t('quarter', q=item.quarter)}" if item.quarter else year

    def _budget(self, item) -> str:
        if item.budget is None:
            return "-"
        # Satang only where there are some: most budgets are whole baht.
        return self.number(item.budget, 0 if item.budget_satang % 100 == 0 else 2)

    def _plan_coverage(self, items) -> str:
        """The pillars and categories no plan item addresses, or that all are addressed."""
        covered_pillars = {i.pillar_id for i in items}
        covered_categories = {i.category_id for i in items}
        missing = [p.short(self.lang) for p in self.data.pillars if p.id not in covered_pillars]
        missing += [f"{self.t('category')} {c.number} {c.name(self.lang)}" for c in self.data.categories
                    if c.id not in covered_categories]
        return self.t("uncovered", items=", ".join(missing)) if missing else self.t("all_covered")

    def signoff(self) -> list:
        def block(role: str) -> list:
            return [self.p(self.t(role), S.SIGN), Spacer(1, 0.9 * cm), self.p(self.t("sign"), S.SIGN),
                    self.p(self.t("name_line"), S.SIGN), self.p(self.t("position"), S.SIGN),
                    self.p(self.t("sign_date"), S.SIGN)]

        half = PORTRAIT_WIDTH / 2
        table = Table([[block("prepared_by"), block("approved_by")]], colWidths=[half, half])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [PageBreak(), self.p(self.t("signoff"), S.H1), Spacer(1, 1 * cm), table]

    def story(self) -> list:
        return (self.cover() + self.objectives() + offices.offices_section(self) + self.agenda()
                + self.briefing() + self.answers()
                + self.assessment() + self.priorities() + self.plan() + self.signoff())


def _score_widths(groups: int) -> list[float]:
    """Category name, a column per group, then mean, lowest, highest and spread."""
    score_width = 1.55 * cm
    name_width = 4.6 * cm
    group_width = max(1.2 * cm, (PORTRAIT_WIDTH - name_width - 4 * score_width) / max(groups, 1))
    widths = [name_width] + [group_width] * groups + [score_width] * 4
    if sum(widths) > PORTRAIT_WIDTH:  # many groups: shrink the name column, never overflow
        widths[0] = max(3 * cm, PORTRAIT_WIDTH - sum(widths[1:]))
        shrink = PORTRAIT_WIDTH / sum(widths)
        widths = [w * shrink for w in widths]
    return widths


def _plan_table(rows: list) -> Table:
    widths = [c * cm for c in (0.8, 3.0, 3.3, 2.0, 1.5, 2.9, 2.0, 2.7, 2.4, 2.2, 1.9)]
    widths[1] += LANDSCAPE_WIDTH - sum(widths)
    # A cell may be taller than a page (a long activity): rows split inside, and reportlab only
    # splits cells that hold a list of flowables.
    rows = [[cell if isinstance(cell, list) else [cell] for cell in row] for row in rows]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(_grid() + [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                         ("SPAN", (0, -1), (7, -1)),
                                         ("BACKGROUND", (0, -1), (-1, -1), S.STRIPE_FILL)]))
    return table
