"""The follow-up report (issue #23): where the development plan stands at a checkpoint, or at every
checkpoint, as a Thai PDF with the plan report's typesetting, pages and conventions.

``render_followup(source, target, checkpoint=None)`` keeps ``render_report``'s contract: it opens its
own read-only connection (so it may run on a worker thread), writes ``target`` atomically, reports
``progress(done, total)`` and stops when that callback raises (leaving no file behind).

What it holds: a cover; at a glance (the items by standing per pillar and per PMQA category, budget
planned against spent) at the checkpoint; the checkpoints side by side with a chart; the progress
table on landscape pages (a table per checkpoint when all are asked for); the sign-off.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from app.followup_summary import CheckpointGlance, Tally
from app.merge.offices import Consolidation, OfficeFollowup, followup_by_office, read_consolidation
from app.model import Category, Details, Evidence, Pillar, PlanItem
from app.report.columns import fit_widths
from app.report.followup_chart import STACK_ORDER, STANDING_COLOURS, standings_chart
from app.report.options import ReportOptions
from app.report.plan import CELL_INDENT, _label, _money
from app.report.styles import STRIPE_FILL
from app.report.sections import LANDSCAPE_WIDTH, ReportWriter, grid
from app.report.page_table import page_table
from app.thaidate import format_date
from app.typesetting import Name
from app.workshop import Workshop

Progress = Callable[[int, int], None]
# The standings in the order a reader of the tables meets them (the chart stacks them otherwise).
COLUMNS = ("on_track", "delayed", "done", "cancelled", "no_update")
PLANNED = 6  # the progress table's column of the planned budget (the total row's label spans those before)


@dataclass(frozen=True)
class FollowupData:
    """Everything the follow-up report shows, read once from the workshop (no evidence bytes)."""
    details: Details
    template: dict
    pillars: list[Pillar]
    categories: list[Category]
    plan: list[PlanItem]
    glances: list[CheckpointGlance]
    evidence: dict[int, list[Evidence]]   # progress id -> its files, in the order attached
    # A consolidated workshop: the office of each plan item, and the follow-up per office (None otherwise)
    consolidation: Consolidation | None = field(default=None)
    offices: OfficeFollowup | None = field(default=None)


def read_followup_data(workshop: Workshop) -> FollowupData:
    files: dict[int, list[Evidence]] = {}
    for record in workshop.evidence():
        files.setdefault(record.progress_id, []).append(record)
    return FollowupData(details=workshop.details(), template=workshop.template(), pillars=workshop.pillars(),
                        categories=workshop.categories(), plan=workshop.plan_items(),
                        glances=workshop.followup_glance(), evidence=files,
                        consolidation=read_consolidation(workshop), offices=followup_by_office(workshop))


def reported_at(glance: CheckpointGlance) -> bool:
    """Whether anything was reported at this checkpoint itself (not carried from an earlier one)."""
    return any(row is not None and row.checkpoint_id == glance.checkpoint.id for row in glance.latest.values())


def choose(glances: list[CheckpointGlance], checkpoint: int | None):
    """(the glance at a glance reads, the glances the chart shows, the glances given a table).

    One checkpoint (its id): that one, the chart up to it. All: at a glance reads the latest
    checkpoint anything was reported at, the chart shows all, and each checkpoint with reports
    gets its table."""
    if checkpoint is not None:
        index = next((n for n, g in enumerate(glances) if g.checkpoint.id == checkpoint), None)
        if index is None:
            raise ValueError(f"the workshop has no checkpoint with id {checkpoint}")
        return glances[index], glances[:index + 1], [glances[index]]
    with_reports = [g for g in glances if reported_at(g)]
    focus = with_reports[-1] if with_reports else (glances[0] if glances else None)
    return focus, glances, with_reports or ([focus] if focus else [])


def _progress_table(rows: list, widths: list[float]) -> Table:
    """The progress table: across pages as the plan's (app/report/page_table.py), no cell padding
    (see app/report/plan.py), the total row spanned up to the budget and shaded."""
    last = len(rows) - 1
    table = page_table(rows, widths)
    table.setStyle(TableStyle(grid() + [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                        ("SPAN", (0, last), (PLANNED - 1, last)),
                                        ("BACKGROUND", (0, last), (-1, last), STRIPE_FILL)]))
    return table


class FollowupWriter(ReportWriter):
    """The plan report's writer (styles, digits, paragraphs, tables, sign-off) given the follow-up's sections."""

    def __init__(self, data: FollowupData, lang: str, thai: bool, options: ReportOptions | None,
                 checkpoint: int | None):
        super().__init__(data, lang, thai, options)  # type: ignore[arg-type]
        self.focus, self.charted, self.tabled = choose(data.glances, checkpoint)
        self.all_checkpoints = checkpoint is None
        self.numbers = {g.checkpoint.id: n for n, g in enumerate(data.glances, 1)}

    def checkpoint_name(self, glance: CheckpointGlance) -> str:
        return glance.checkpoint.name or self.t("fu_checkpoint_no") + f" {self.numbers[glance.checkpoint.id]}"

    # ----------------------------------------------------------------- cover
    def cover(self) -> list:
        d, S = self.data.details, self.S
        story = [Spacer(1, 3.5 * cm), self.p([Name(d.organization)], S.COVER_ORG)]
        if d.unit:
            story.append(self.p([Name(d.unit)], S.COVER_LINE))
        story += [Spacer(1, 1.2 * cm), self.p(self.t("fu_document"), S.COVER_TITLE),
                  self.p(self.t("subtitle"), S.COVER_LINE), Spacer(1, 1.0 * cm)]
        if self.focus is None:
            story.append(self.p(self.t("fu_no_checkpoints"), S.COVER_LINE))
        elif self.all_checkpoints:
            story.append(self.p(self.t("fu_all", count=len(self.data.glances)), S.COVER_LINE))
        else:
            checkpoint = self.focus.checkpoint
            story += [self.p(self.t("fu_as_of", checkpoint=self.checkpoint_name(self.focus)), S.COVER_LINE),
                      self.p(self.t("fu_due", date=format_date(checkpoint.due_date, self.lang, self.thai)),
                             S.COVER_LINE)]
        story += [Spacer(1, 0.8 * cm), self.p(self.t("fu_plan_from"), S.COVER_LINE), self.p(d.title, S.COVER_LINE)]
        if d.event_date:
            story.append(self.p(f"{self.t('date')} {format_date(d.event_date, self.lang, self.thai)}", S.COVER_LINE))
        return story + [PageBreak()]

    # ----------------------------------------------------------------- at a glance
    def _tally_cells(self, tally: Tally, bold: bool) -> list:
        """Items, each standing, planned and spent (with the share of the plan's budget under it)."""
        S = self.S
        spent = [self.p(_money(self, tally.spent_satang), S.SMALL_BOLD_RIGHT if bold else S.SMALL_RIGHT)]
        if tally.planned_satang:
            share = self.number(100 * tally.spent_satang / tally.planned_satang, 1)
            spent.append(self.p(self.t("fu_spent_share", percent=share), replace(S.FAINT, alignment="right")))
        return ([self.p(self.number(tally.items), S.SMALL_BOLD_CENTER if bold else S.SMALL_CENTER)]
                + [self.p(self.number(getattr(tally, k)), S.SMALL_CENTER) for k in COLUMNS]
                + [self.p(_money(self, tally.planned_satang), S.SMALL_BOLD_RIGHT if bold else S.SMALL_RIGHT), spent])

    def _heads(self) -> list:
        S = self.S
        return ([self.p(self.t("head_items"), S.SMALL_BOLD_CENTER)]
                + [self.p(self.t(f"head_{k}"), S.SMALL_BOLD_CENTER) for k in COLUMNS])

    def _tally_table(self, label: str, named: list[tuple[str, Tally]], overall: Tally,
                     whole: str | None = None) -> Table:
        S = self.S
        header = [self.p(label, S.SMALL_BOLD)] + self._heads()
        header += [self.p(self.t(k), S.SMALL_BOLD_RIGHT) for k in ("head_planned", "head_spent")]
        rows = [header] + [[self.p(name, S.SMALL)] + self._tally_cells(tally, False) for name, tally in named]
        rows.append([self.p(whole or self.t("fu_whole_plan"), S.SMALL_BOLD)] + self._tally_cells(overall, True))
        return self.table(rows, extra_style=[("BACKGROUND", (0, -1), (-1, -1), self.stripe)])

    def at_a_glance(self) -> list:
        if self.focus is None:
            return [self.p(self.t("fu_no_checkpoints"), self.S.NOTE)]
        glance, S = self.focus, self.S
        pillars = [(p.name(self.lang), glance.by_pillar[p.id]) for p in self.data.pillars if p.id in glance.by_pillar]
        if None in glance.by_pillar:
            pillars.append((self.t("fu_no_pillar"), glance.by_pillar[None]))
        categories = [(f"{c.number}. {c.name(self.lang)}", glance.by_category[c.id]) for c in self.data.categories
                      if c.id in glance.by_category]
        if None in glance.by_category:
            categories.append((self.t("fu_no_category"), glance.by_category[None]))
        return [self.p(self.t("fu_glance"), S.H1),
                self.p(self.t("fu_glance_intro", checkpoint=self.checkpoint_name(glance)), S.NOTE),
                self.p(self.t("fu_by_pillar"), S.H2), self._tally_table(self.t("pillar"), pillars, glance.overall),
                self.p(self.t("fu_by_category"), S.H2),
                self._tally_table(self.t("category"), categories, glance.overall)] + self.by_office(glance)

    def by_office(self, glance: CheckpointGlance) -> list:
        """A consolidated workshop's offices at the checkpoint, a row each, the agency as a whole last
        (the offices' counts and budgets add up to it); nothing for an ordinary workshop."""
        followup = self.data.offices
        if followup is None:
            return []
        index = next(n for n, g in enumerate(followup.agency) if g.checkpoint.id == glance.checkpoint.id)
        named = [(office.label, followup.by_office[office.number][index].overall) for office in followup.offices]
        if followup.unassigned is not None:
            named.append((self.t("fu_no_office"), followup.unassigned[index].overall))
        table = self._tally_table(self.t("fu_office"), named, followup.agency[index].overall,
                                  self.t("fu_agency"))
        return [KeepTogether([self.p(self.t("fu_by_office"), self.S.H2),
                              self.p(self.t("fu_by_office_intro", n=self.number(len(followup.offices))), self.S.NOTE),
                              table])]

    # ----------------------------------------------------------------- across the checkpoints
    def across(self) -> list:
        if not self.charted:
            return []
        S = self.S
        header = [self.p(self.t(k), S.SMALL_BOLD) for k in ("fu_checkpoint_no", "fu_checkpoint", "fu_due_column")]
        header += self._heads()[1:] + [self.p(self.t("head_spent"), S.SMALL_BOLD_RIGHT)]
        rows = [header]
        for glance in self.charted:
            tally = glance.overall
            rows.append([self.p(self.number(self.numbers[glance.checkpoint.id]), S.SMALL_CENTER),
                         self.p(self.checkpoint_name(glance), S.SMALL),
                         self.p(format_date(glance.checkpoint.due_date, self.lang, self.thai, short=True), S.SMALL)]
                        + [self.p(self.number(getattr(tally, k)), S.SMALL_CENTER) for k in COLUMNS]
                        + [self.p(_money(self, tally.spent_satang), S.SMALL_RIGHT)])
        chart = KeepTogether([self.p(self.t("fu_chart_title"), S.NOTE),
                              standings_chart(self.charted, self.width, self.thai), Spacer(1, 0.2 * cm),
                              self._key()])
        return [self.p(self.t("fu_across"), S.H1), self.table(rows), Spacer(1, 0.4 * cm), chart]

    def _key(self) -> Table:
        """The chart's key: a swatch of each standing's colour beside its name."""
        cells = []
        for standing in STACK_ORDER:
            cells += ["", self.p(self.t(f"standing_{standing}"), self.S.SMALL)]
        swatch, room = 0.45 * cm, self.width / len(STACK_ORDER)
        table = Table([cells], colWidths=[swatch, room - swatch] * len(STACK_ORDER))
        style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        for n, standing in enumerate(STACK_ORDER):
            style += [("BACKGROUND", (2 * n, 0), (2 * n, 0), STANDING_COLOURS[standing]),
                      ("BOX", (2 * n, 0), (2 * n, 0), 0.4, STANDING_COLOURS["cancelled"])]
        table.setStyle(TableStyle(style))
        return table

    # ----------------------------------------------------------------- the progress table
    def progress_tables(self) -> list:
        """A table per checkpoint shown, on landscape pages; all of them with the same columns."""
        if not self.tabled:  # no checkpoints yet: the cover and at a glance say so
            return []
        tables = [self._progress_rows(glance) for glance in self.tabled]
        measured = [row for rows, total in tables for row in rows + [[None] * PLANNED + total[PLANNED:PLANNED + 2]]]
        widths = fit_widths(measured, LANDSCAPE_WIDTH, padding=0.0)
        story: list = [NextPageTemplate("landscape")]
        for glance, (rows, total) in zip(self.tabled, tables):
            story += [PageBreak(), self.p(self.t("fu_progress", checkpoint=self.checkpoint_name(glance)), self.S.H1)]
            if not reported_at(glance):
                story.append(self.p(self.t("fu_no_reports"), self.S.NOTE))
            story.append(_progress_table(rows + [total], widths))
        return story + [NextPageTemplate("portrait")]

    def _progress_rows(self, glance: CheckpointGlance) -> tuple[list, list]:
        """The header and a row per item (ten columns, as many as a landscape page holds with every
        word whole: where an item sits goes under its name, the percent done under its status), and
        the total row."""
        S = self.S
        with self.indented(CELL_INDENT):  # see app/report/plan.py: cells are split across pages
            header = [self.p(self.t("no"), S.SMALL_BOLD), self.p(self.t("fu_item"), S.SMALL_BOLD),
                      self.p(_label(self, "kpi"), S.SMALL_BOLD), self.p(_label(self, "target"), S.SMALL_BOLD),
                      self.p(self.t("fu_actual"), S.SMALL_BOLD), self.p(self.t("status"), S.SMALL_BOLD)]
            header += [self.p(self.t(k), S.SMALL_BOLD_RIGHT) for k in ("budget", "fu_spent")]
            header += [self.p(self.t(k), S.SMALL_BOLD) for k in ("fu_note", "fu_evidence")]
            rows = [header] + [self._progress_row(n, item, glance) for n, item in enumerate(self.data.plan, 1)]
            total = ([self.p(self.t("fu_total"), S.SMALL_BOLD_RIGHT)] + [self.p("", S.SMALL)] * (PLANNED - 1)
                     + [self.p(_money(self, glance.overall.planned_satang), S.SMALL_BOLD_RIGHT),
                        self.p(_money(self, glance.overall.spent_satang), S.SMALL_BOLD_RIGHT),
                        self.p("", S.SMALL), self.p("", S.SMALL)])
        return rows, total

    def _where(self, item: PlanItem) -> list[str]:
        """The lines under an item's name: its pillar, its PMQA category."""
        pillar = next((p for p in self.data.pillars if p.id == item.pillar_id), None)
        category = next((c for c in self.data.categories if c.id == item.category_id), None)
        return ([f"{self.t('pillar')} {pillar.short(self.lang)}"] if pillar else []) + (
            [f"{self.t('category')} {category.number}"] if category else [])

    def _progress_row(self, n: int, item: PlanItem, glance: CheckpointGlance) -> list:
        S, none = self.S, self.t("none")
        row = glance.latest.get(item.id)
        item_cell = [self.p(item.issue, S.SMALL)] + ([self.p(item.activity, S.FAINT)] if item.activity else [])
        item_cell += [self.p(line, S.FAINT) for line in self._where(item)]
        office = self.data.consolidation.label("plan_items", item.id) if self.data.consolidation else ""
        if office:  # as the plan report tags a consolidated plan's items (app/report/offices.py)
            item_cell.insert(0, self.p(office, S.TAG))
        if row is None:
            status = [self.p(self.t("standing_no_update"), S.SMALL)]
            actual, spent, note, files = none, none, none, []
        else:
            status = [self.p(self.t(f"progress_{row.status}"), S.SMALL),
                      self.p(self.t("fu_spent_share", percent=self.number(row.percent)), S.SMALL)]
            if row.checkpoint_id != glance.checkpoint.id:  # carried from an earlier checkpoint
                status.append(self.p(self.t("fu_carried", n=self.numbers[row.checkpoint_id]), S.FAINT))
            actual, note = row.kpi_actual or none, row.note or none
            spent = none if row.spent_satang is None else _money(self, row.spent_satang)
            files = self.data.evidence.get(row.id, [])
        return [self.p(self.number(n), S.SMALL_CENTER), item_cell, self.p(item.kpi or none, S.SMALL),
                self.p(item.target or none, S.SMALL), self.p(actual, S.SMALL), status,
                self.p(none if item.budget_satang is None else _money(self, item.budget_satang), S.SMALL_RIGHT),
                self.p(spent, S.SMALL_RIGHT), self.p(note, S.SMALL),
                [self.p(f.name, S.SMALL) for f in files] or self.p(none, S.SMALL)]

    # ----------------------------------------------------------------- whole
    def signoff(self) -> list:
        story = super().signoff()
        story[1] = self.p(self.t("fu_signoff"), self.S.H1)  # the report is approved, not the plan
        return story

    def story(self) -> list:
        glance = [PageBreak()] + self.across() if self.charted else []
        return self.cover() + self.at_a_glance() + glance + self.progress_tables() + self.signoff()


def render_followup(source: Path | str, target: Path | str, checkpoint: int | None = None, *,
                    lang: str | None = None, thai_digits: bool | None = None, progress: Progress | None = None,
                    options: ReportOptions | None = None, overwrite: bool = True):
    """Render the follow-up of the workshop at ``source`` to ``target``: at ``checkpoint`` (a
    ``Checkpoint.id``), or at every checkpoint (None). Written atomically; an existing ``target`` is
    kept unless ``overwrite``; ``lang``, ``thai_digits`` and ``options`` default to the workshop's own
    report settings; ``progress`` may raise to stop the render. Returns a ``ReportResult``."""
    from app.report import render_document

    return render_document(source, target, read_followup_data,
                           lambda data, *how: FollowupWriter(data, *how, checkpoint).story(), "fu_document",
                           lang=lang, thai_digits=thai_digits, progress=progress, options=options,
                           overwrite=overwrite)
