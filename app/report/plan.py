"""The development plan table: landscape pages, the header repeated, column widths from the content,
every field typed into the plan, and a total row."""

from __future__ import annotations

from reportlab.platypus import NextPageTemplate, PageBreak, Table, TableStyle

from app.model import PLAN_FIELD_KEYS
from app.report import offices
from app.report.columns import fit_widths
from app.report.page_table import page_table

# WORKAROUND: reportlab's Table._splitCell hands a cell's flowables the column width without the
# cell padding (its _listCellGeom subtracts it), so a paragraph split across pages would be laid
# out wider than it is drawn and run past the page. Plan cells get no padding; their paragraphs
# are indented by this much on each side instead.
CELL_INDENT = 3.0
NO_BUDGET = "–"  # an en dash, as Thai tables print "none" (a budget of 0 is no budget to ask for)


def plan_section(writer, width: float) -> list:
    items = writer.data.plan
    pillars = {p.id: p for p in writer.data.pillars}
    categories = {c.id: c for c in writer.data.categories}
    S = writer.S
    with writer.indented(CELL_INDENT):
        header = [writer.p(writer.t("no"), S.SMALL_BOLD)] + [writer.p(_label(writer, k), S.SMALL_BOLD)
                                                              for k in PLAN_FIELD_KEYS]
        rows = [header] + [_row(writer, n, item, pillars, categories) for n, item in enumerate(items, 1)]
        total = sum(item.budget_satang or 0 for item in items)
        budget_column = 1 + PLAN_FIELD_KEYS.index("budget")
        total_row = [writer.p(writer.t("total_budget"), S.SMALL_BOLD_RIGHT)] + [writer.p("", S.SMALL)] * (
            budget_column - 1) + [writer.p(_money(writer, total), S.SMALL_BOLD_RIGHT)] + [writer.p("", S.SMALL)] * (
            len(header) - budget_column - 1)
    measured = rows + [[None] * budget_column + [total_row[budget_column]]]  # the total must fit too
    widths = fit_widths(measured, width, padding=0.0)
    table = _table(rows + [total_row], widths, budget_column)
    return [NextPageTemplate("landscape"), PageBreak(), writer.p(writer.t("plan"), S.H1), table,
            writer.p(_coverage(writer, items), S.NOTE), NextPageTemplate("portrait")]


def _label(writer, key: str) -> str:
    for field in writer.data.template.get("plan_fields", []):
        if field.get("key") == key:
            return writer.bi(field.get("label"), writer.t(key))
    return writer.t(key)


def _status(writer, key: str) -> str:
    for status in writer.data.template.get("plan_statuses", []):
        if status.get("key") == key:
            return writer.bi(status.get("name"), key)
    return writer.t(f"status_{key}")


def _row(writer, n: int, item, pillars: dict, categories: dict) -> list:
    S = writer.S
    pillar, category = pillars.get(item.pillar_id), categories.get(item.category_id)
    none = writer.t("none")
    return [
        writer.p(str(n), S.SMALL_CENTER),
        offices.tagged(writer, "plan_items", item.id, writer.p(item.issue, S.SMALL)),
        writer.p(item.activity, S.SMALL),
        writer.p(pillar.short(writer.lang) if pillar else none, S.SMALL),
        writer.p(f"{writer.t('category')} {category.number}" if category else none, S.SMALL),
        writer.p(item.kpi, S.SMALL), writer.p(item.target, S.SMALL), writer.p(_timeframe(writer, item), S.SMALL),
        writer.p(item.responsible, S.SMALL),
        writer.p(_budget(writer, item), S.SMALL_RIGHT),
        writer.p(_status(writer, item.status), S.SMALL)]


def _timeframe(writer, item) -> str:
    if not item.fiscal_year:
        return ""  # a quarter means nothing without its year
    year = writer.t("fiscal_year", year=item.fiscal_year)
    return f"{year} {writer.t('quarter', q=item.quarter)}" if item.quarter else year


def _money(writer, satang: int) -> str:
    """Baht with satang only where there are some (most budgets are whole baht); none as "–"."""
    if not satang:
        return NO_BUDGET
    return writer.number(satang / 100, 0 if satang % 100 == 0 else 2)


def _budget(writer, item) -> str:
    return NO_BUDGET if item.budget_satang is None else _money(writer, item.budget_satang)


def _coverage(writer, items) -> str:
    """The pillars and categories no plan item addresses, or that all are addressed."""
    covered_pillars = {i.pillar_id for i in items}
    covered_categories = {i.category_id for i in items}
    missing = [p.short(writer.lang) for p in writer.data.pillars if p.id not in covered_pillars]
    missing += [f"{writer.t('category')} {c.number} {c.name(writer.lang)}" for c in writer.data.categories
                if c.id not in covered_categories]
    return writer.t("uncovered", items=", ".join(missing)) if missing else writer.t("all_covered")


def _table(rows: list, widths: list[float], budget_column: int) -> Table:
    from app.report.sections import grid
    from app.report.styles import STRIPE_FILL

    table = page_table(rows, widths)  # a cell may be taller than a page (a long activity)
    table.setStyle(TableStyle(grid() + [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                        ("SPAN", (0, -1), (budget_column - 1, -1)),
                                        ("BACKGROUND", (0, -1), (-1, -1), STRIPE_FILL)]))
    return table
