"""The self-assessment section of a single office's report: the groups' levels per PMQA category
(and per pillar, where the groups rated pillars), the chart of the means, where the groups
disagree, and every reason a group gave for its level.

The level tables read the same for 1 to 12 groups: groups are numbered columns under one
spanning "กลุ่มที่" header (their names are in the list of groups and beside each reason), so the
category names keep a column wide enough to read.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from app.report.chart import assessment_chart
from app.report.columns import fit_widths
from app.typesetting import Name

# The group-number and statistics columns hold one or two digits: less padding than text cells.
_NUMBER_PADDING = 4.0


def _grid_style(header_rows: int = 1) -> list:
    from app.report.sections import grid  # sections imports this module; import its helper late
    return grid(header_rows)


def section(writer) -> list:
    """The section's flowables, or [] when no group scored anything."""
    data = writer.data
    if not any(a.count for a in data.category_scores) and not any(a.count for a in data.pillar_scores):
        return []
    S = writer.S
    scale = ", ".join(f"{lvl.value} = {lvl.name(writer.lang)}" for lvl in data.levels)
    story = [PageBreak(), writer.p(writer.t("assessment"), S.H1),
             writer.p(writer.t("assessment_intro", scale=scale), S.NOTE)]
    if any(a.count for a in data.category_scores):
        targets = [(c.id, f"{c.number}. {c.name(writer.lang)}") for c in data.categories]
        levels = {(g, t): v for (g, t), v in data.scores_by_group.items()}
        story += [levels_table(writer, writer.t("category"), targets, data.category_scores, levels),
                  Spacer(1, 0.4 * cm),
                  KeepTogether([writer.p(writer.t("chart_title"), S.NOTE),
                                assessment_chart(data, writer.width, writer.thai)])]
        if data.disputed:
            story.append(writer.p(writer.t("disputed", items=_disputed_items(writer)), S.BODY))
    if any(a.count for a in data.pillar_scores):
        targets = [(p.id, p.name(writer.lang)) for p in data.pillars]
        story += [writer.p(writer.t("pillar_levels"), S.H2),
                  levels_table(writer, writer.t("pillar"), targets, data.pillar_scores, data.pillar_levels)]
    return story + reasons(writer)


def levels_table(writer, label: str, targets: list[tuple[int, str]], aggregates, levels: dict) -> Table:
    """Targets as rows; a column per group (numbered), then mean, lowest, highest and spread."""
    S, groups = writer.S, writer.data.groups
    stats = ("mean", "lowest", "highest", "spread")
    n = len(groups)
    top = ([writer.p(label, S.SMALL_BOLD)] + [writer.p(writer.t("group_numbers"), S.SMALL_BOLD_CENTER)]
           + [writer.p("", S.SMALL)] * (n - 1) + [writer.p(writer.t(k), S.SMALL_BOLD_CENTER) for k in stats])
    numbers = ([writer.p("", S.SMALL)] + [writer.p(str(i), S.SMALL_BOLD_CENTER) for i in range(1, n + 1)]
               + [writer.p("", S.SMALL)] * 4)
    rows = [top, numbers]
    for (target_id, name), agg in zip(targets, aggregates):
        row = [writer.p(name, S.SMALL)]
        row += [writer.p(str(levels.get((g.id, target_id), "–")), S.SMALL_CENTER) for g in groups]
        row += [writer.p("–" if agg.mean is None else writer.number(agg.mean, 2), S.SMALL_CENTER)]
        row += [writer.p("–" if v is None else str(v), S.SMALL_CENTER) for v in (agg.lowest, agg.highest, agg.spread)]
        rows.append(row)
    widths = _levels_widths(writer, rows, n)
    table = Table(rows, colWidths=widths, repeatRows=2)
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (n, 0))]
    spans += [("SPAN", (c, 0), (c, 1)) for c in range(n + 1, n + 5)]
    table.setStyle(TableStyle(_grid_style(2) + spans + [
        ("LEFTPADDING", (1, 0), (-1, -1), _NUMBER_PADDING / 2),
        ("RIGHTPADDING", (1, 0), (-1, -1), _NUMBER_PADDING / 2)]))
    return table


def _levels_widths(writer, rows: list, groups: int) -> list[float]:
    """Number columns as narrow as their digits allow (the spanning header still fits over them),
    statistics as wide as their headings, the names the rest (at least their widest word: with
    a large body size and many groups the number columns give way)."""
    body = rows[1:]

    def natural(c: int, header: bool) -> float:
        cells = [r[c] for r in body] + ([rows[0][c]] if header else [])
        return max(p.natural_width() for p in cells) + _NUMBER_PADDING

    spanned = (rows[0][1].natural_width() + _NUMBER_PADDING) / max(groups, 1)
    group_width = max([natural(c, False) for c in range(1, groups + 1)] + [spanned])
    fixed = [group_width] * groups + [natural(c, True) for c in range(groups + 1, groups + 5)]
    names = [r[0] for r in rows[2:]] + [rows[0][0]]
    least = max(p.minWidth() for p in names) + 6.0
    room = writer.width - sum(fixed)
    if room < least:
        fixed = [w * (writer.width - least) / sum(fixed) for w in fixed]
        room = least
    return [room] + fixed


def _disputed_items(writer) -> str:
    by_id = {c.id: c for c in writer.data.categories}
    return ", ".join(f"{writer.t('category')} {by_id[a.target_id].number} "
                     f"({writer.level_name(a.lowest)}–{writer.level_name(a.highest)})" for a in writer.data.disputed)


def reasons(writer) -> list:
    """Every reason the groups gave, under its category or pillar: group, level, reason. One small
    table per category or pillar, kept with its title; all of them share the same columns."""
    S = writer.S
    blocks = _reason_blocks(writer)
    if not blocks:
        return []
    header = [writer.p(writer.t(k), S.SMALL_BOLD) for k in ("group", "level", "reason")]
    widths = fit_widths([header] + [row for _title, rows in blocks for row in rows], writer.width)
    story = [writer.p(writer.t("reasons"), S.H2), writer.p(writer.t("reasons_intro"), S.NOTE)]
    for title, rows in blocks:
        table = Table([header] + rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle(_grid_style()))
        story.append(KeepTogether([writer.p(title, S.H3), table]))
    return story


def _reason_blocks(writer) -> list[tuple[str, list]]:
    """(title, rows) per category and pillar that has reasons; rows in the groups' order."""
    data, S = writer.data, writer.S
    given = [a for a in data.assessments if a.reason.strip()]
    names = {g.id: g.name for g in data.groups}
    order = {g.id: n for n, g in enumerate(data.groups)}
    targets = [("category", c.id, f"{writer.t('category')} {c.number} {c.name(writer.lang)}") for c in data.categories]
    targets += [("pillar", p.id, f"{writer.t('pillar')}: {p.name(writer.lang)}") for p in data.pillars]
    blocks = []
    for kind, target_id, title in targets:
        mine = sorted((a for a in given if a.target == kind and a.target_id == target_id),
                      key=lambda a: order.get(a.group_id, len(order)))
        rows = [[writer.p([Name(names.get(a.group_id, ""))], S.SMALL), writer.p(writer.level_name(a.level), S.SMALL),
                 writer.p(a.reason, S.SMALL)] for a in mine]
        if rows:
            blocks.append((title, rows))
    return blocks
