"""The report's sections, each a list of flowables, in the order a government plan is read."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from app.report import assessment, offices
from app.report import styles as S
from app.report.catalogue import text
from app.report.columns import fit_widths
from app.report.data import ReportData
from app.report.document import LANDSCAPE, LEFT, PORTRAIT, RIGHT
from app.report.options import ReportOptions
from app.report.plan import plan_section
from app.report.styles import styles_for
from app.thaidate import format_date, format_time_range, in_digit_style
from app.typesetting import Name, ThaiParagraph, ThaiStyle

PORTRAIT_WIDTH = PORTRAIT[0] - LEFT - RIGHT
LANDSCAPE_WIDTH = LANDSCAPE[0] - LEFT - RIGHT


def grid(header_rows: int = 1) -> list:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, S.RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), S.HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


def names(values, separator: str = ", ") -> list:
    """Paragraph parts: each value a Name, separated by ``separator``."""
    parts: list = []
    for n, value in enumerate(values):
        parts += ([separator] if n else []) + [Name(value)]
    return parts


class ReportWriter:
    def __init__(self, data: ReportData, lang: str, thai: bool, options: ReportOptions | None = None):
        self.data, self.lang, self.thai = data, lang, thai
        self.options = options or ReportOptions()
        self.S = styles_for(self.options.body_size)
        self.width = PORTRAIT_WIDTH
        self.stripe = S.STRIPE_FILL
        self._cell_indent = 0.0  # see app/report/plan.py

    # ----------------------------------------------------------------- helpers
    def t(self, key: str, **values) -> str:
        return self.digits(text(key, self.lang, **values))

    def digits(self, value: str) -> str:
        """Every number in the one style asked for: Thai digits (except in Latin context: URLs, e-mail,
        "PMQA 4.0"), or Arabic, also where a template or a participant wrote "๔.๐" or "๒๐ ปี"."""
        return in_digit_style(value, self.thai)

    def p(self, value, style: ThaiStyle | None = None) -> ThaiParagraph:
        """A paragraph of ``value``: a string, or a list of strings and Names (see names())."""
        style = style or self.S.BODY
        if self._cell_indent:
            style = replace(style, leftIndent=style.leftIndent + self._cell_indent,
                            rightIndent=style.rightIndent + self._cell_indent)
        if isinstance(value, str):
            return ThaiParagraph(self.digits(value), style)
        return ThaiParagraph([Name(self.digits(v)) if isinstance(v, Name) else self.digits(v) for v in value], style)

    @contextmanager
    def indented(self, indent: float):
        """Paragraphs made inside are indented by ``indent`` on both sides (table cells without padding)."""
        self._cell_indent = indent
        try:
            yield
        finally:
            self._cell_indent = 0.0

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

    def table(self, rows: list, *, width: float | None = None, header_rows: int = 1, measure: list | None = None,
              extra_style: list | None = None, split: bool = False) -> Table:
        """A gridded table with its header repeated and its column widths from its content."""
        widths = fit_widths(measure or rows, width or self.width, header_rows=header_rows)
        table = Table(rows, colWidths=widths, repeatRows=header_rows, splitInRow=1 if split else 0)
        table.setStyle(TableStyle(grid(header_rows) + (extra_style or [])))
        return table

    # ----------------------------------------------------------------- sections
    def cover(self) -> list:
        d, S = self.data.details, self.S
        story = [Spacer(1, 3.5 * cm), self.p([Name(d.organization)], S.COVER_ORG)]
        if d.unit:
            story.append(self.p([Name(d.unit)], S.COVER_LINE))
        story += [Spacer(1, 1.2 * cm), self.p(self.t("document"), S.COVER_TITLE),
                  self.p(self.t("subtitle"), S.COVER_LINE), Spacer(1, 1.2 * cm),
                  self.p(self.t("from_workshop"), S.COVER_LINE), self.p(d.title, S.COVER_LINE),
                  Spacer(1, 0.8 * cm)]
        if d.event_date:
            story.append(self.p(f"{self.t('date')} {format_date(d.event_date, self.lang, self.thai)}", S.COVER_LINE))
        if d.venue:
            story.append(self.p(f"{self.t('venue')} {d.venue}", S.COVER_LINE))
        if d.facilitators:
            story.append(self.p([f"{self.t('facilitators')}: "] + names(d.facilitators), S.COVER_LINE))
        story.append(PageBreak())
        return story

    def objectives(self) -> list:
        d, S = self.data.details, self.S
        story = [self.p(self.t("objectives"), S.H1)]
        story += [self.p(f"{n}. {objective}", S.BULLET) for n, objective in enumerate(d.objectives, 1)]
        if self.data.groups:
            story.append(self.p(self.t("groups"), S.H2))
            for n, group in enumerate(self.data.groups, 1):
                members = [m.name for m in group.members]
                parts = [f"{n}. ", Name(group.name)] + ([" — "] + names(members) if members else [])
                story.append(self.p(parts, S.BULLET))
        return story

    def agenda(self) -> list:
        d, items, S = self.data.details, self.data.agenda, self.S
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
                actual = format_time_range(a_start, a_end, self.lang)
                delta = round((a_end - a_start).total_seconds() / 60) - item.minutes
                difference = f"{delta:+d}" if delta else "0"
            rows.append([self.p(format_time_range(clock, end, self.lang), S.SMALL), self.p(item.title, S.SMALL),
                         self.p(str(item.minutes), S.SMALL_RIGHT), self.p(actual, S.SMALL),
                         self.p(difference, S.SMALL_RIGHT)])
            clock = end
        total = sum(i.minutes for i in items)
        rows.append([self.p(format_time_range(start, clock, self.lang), S.SMALL_BOLD),
                     self.p(self.t("total_day"), S.SMALL_BOLD), self.p(str(total), S.SMALL_BOLD_RIGHT),
                     self.p("", S.SMALL), self.p("", S.SMALL)])
        table = self.table(rows, extra_style=[("BACKGROUND", (0, -1), (-1, -1), self.stripe)])
        return [self.p(self.t("agenda"), S.H1), table]

    def briefing(self) -> list:
        slides = self.data.template.get("briefing", [])
        if not slides:
            return []
        S = self.S
        story = [PageBreak(), self.p(self.t("briefing"), S.H1)]
        for slide in slides:
            block = [self.p(self.bi(slide.get("title")), S.H3)]
            block += [self.p(f"• {self.bi(point)}", S.BULLET) for point in slide.get("points", [])]
            story.append(KeepTogether(block))
        return story

    def answers(self) -> list:
        S = self.S
        story = [PageBreak(), self.p(self.t("answers"), S.H1)]
        for pillar in self.data.pillars:
            story += [CondPageBreak(4 * cm), self.p(pillar.name(self.lang), S.H2)]
            for question in pillar.questions:
                story.append(self.p(question.text(self.lang), S.H3))
                story += offices.reworded_note(self, pillar, question)  # a consolidated workshop's notes
                answers = self.data.answers_by_question.get(question.id, [])
                if not answers:
                    story.append(self.p(self.t("no_answers"), S.NOTE))
                    continue
                story += self._cards_by_group(answers)
        return story

    def _cards_by_group(self, answers) -> list:
        """Each group's name (in its colour), then its cards; merged cards name their other groups."""
        group_names, story = self.data.group_names, []
        by_group: dict[int, list] = {}
        for answer in answers:
            by_group.setdefault(answer.group_id, []).append(answer)
        for group in self.data.groups:
            cards = by_group.get(group.id)
            if not cards:
                continue
            story.append(self.p([Name(group.name)], self.S.group(group.color)))
            for card in cards:
                others = {group_names.get(s.get("group_id")) for s in card.sources} - {group.name, None}
                parts = [f"• {card.text}"]
                if others:
                    before, _, after = text("from_groups", self.lang, groups="\0").partition("\0")
                    parts += [" " + before] + names(sorted(others)) + [after]
                story.append(self.p(parts, self.S.BULLET))
        return story

    def assessment(self) -> list:
        if self.data.consolidation is not None:  # several offices: compare offices, not groups
            return offices.assessment_section(self)
        return assessment.section(self)

    def priorities(self) -> list:
        ranked, S = self.data.ranked, self.S
        if not ranked:
            return []
        pillars = {p.id: p for p in self.data.pillars}
        none = self.t("none")
        rows = [[self.p(self.t(k), S.SMALL_BOLD) for k in ("rank", "initiative", "pillar", "votes", "impact", "effort")]]
        for entry in ranked:
            initiative = entry.initiative
            pillar = pillars.get(initiative.pillar_id)
            rows.append([
                self.p(entry.label, S.SMALL_CENTER),
                offices.tagged(self, "initiatives", initiative.id, self.p(initiative.title, S.SMALL)),
                self.p(pillar.short(self.lang) if pillar else none, S.SMALL),
                self.p(str(entry.dots), S.SMALL_CENTER),
                self.p(none if initiative.impact is None else str(initiative.impact), S.SMALL_CENTER),
                self.p(none if initiative.effort is None else str(initiative.effort), S.SMALL_CENTER)])
        return [PageBreak(), self.p(self.t("priorities"), S.H1), self.p(self.t("ranking_rule"), S.NOTE),
                self.table(rows)]

    def plan(self) -> list:
        return plan_section(self, LANDSCAPE_WIDTH)

    def signoff(self) -> list:
        """A signature block per title (the workshop's own, or prepared by / approved by), two a row."""
        S = self.S
        titles = list(self.options.signoff) or [self.t("prepared_by"), self.t("approved_by")]

        def block(title: str) -> list:
            return [self.p(title, S.SIGN), Spacer(1, 0.9 * cm), self.p(self.t("sign"), S.SIGN),
                    self.p(self.t("name_line"), S.SIGN), self.p(self.t("position"), S.SIGN),
                    self.p(self.t("sign_date"), S.SIGN)]

        half = PORTRAIT_WIDTH / 2
        rows = [[block(t) for t in titles[i:i + 2]] for i in range(0, len(titles), 2)]
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * cm)]
        if len(rows[-1]) == 1:  # an odd last block is centred under the others
            rows[-1].append("")
            style.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
        table = Table(rows, colWidths=[half, half])
        table.setStyle(TableStyle(style))
        return [PageBreak(), self.p(self.t("signoff"), S.H1), Spacer(1, 1 * cm), table]

    def story(self) -> list:
        return (self.cover() + self.objectives() + offices.offices_section(self) + self.agenda()
                + self.briefing() + self.answers()
                + self.assessment() + self.priorities() + self.plan() + self.signoff())
