"""The consolidated report: which offices were combined, the office beside each row, and the offices'
self-assessment side by side (a table of office means per PMQA category and a grouped bar chart).

Every function takes the ``ReportWriter`` and returns flowables; an ordinary (single-office)
workshop gets ``[]`` or its cell unchanged, so ``sections.py`` only needs one-line hooks.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from app.merge.combine import report_lines
from app.merge.offices import compare_offices
from app.report import styles as S
from app.report.chart import scale_frame
from app.thaidate import format_date

# Colour-blind-safe palette (Okabe–Ito), then darker repeats for many offices.
OFFICE_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
                 "#1f3f73", "#8c564b", "#637939", "#7f7f7f")

_TEXT = {
    "offices": ("หน่วยงานที่นำผลมารวม", "Offices combined"),
    "offices_intro": ("แผนฉบับนี้รวมผลการประชุมเชิงปฏิบัติการของ {n} หน่วยงาน ชื่อหน่วยงานกำกับไว้ข้างคำตอบ คะแนน ข้อเสนอ และรายการในแผนทุกรายการ",
                      "This plan combines the workshops of {n} offices; the office is shown beside every "
                      "answer, score, initiative and plan item."),
    "office": ("หน่วยงาน", "Office"),
    "office_no": ("หน่วยงาน {n}", "Office {n}"),
    "workshop": ("การประชุม", "Workshop"),
    "file": ("ไฟล์", "File"),
    "groups_count": ("กลุ่ม", "Groups"),
    "answers_count": ("คำตอบ", "Answers"),
    "notes": ("การรวมผล", "How the files were combined"),
    "agency": ("ทั้งองค์การ", "Agency-wide"),
    "compare": ("เปรียบเทียบผลการประเมินตนเองระหว่างหน่วยงาน", "Self-assessment: offices compared"),
    "compare_intro": ("ค่าเฉลี่ยระดับการพัฒนาของแต่ละหน่วยงาน (เฉลี่ยจากทุกกลุ่มของหน่วยงาน) ระดับ: {scale} "
                      "ค่าทั้งองค์การเฉลี่ยจากค่าของหน่วยงาน (ทุกหน่วยงานมีน้ำหนักเท่ากัน) ต่ำสุด/สูงสุด/ความต่าง "
                      "คือระหว่างหน่วยงาน",
                      "Each office's mean maturity (the mean of its groups' scores) on the scale {scale}. "
                      "Agency-wide figures are taken over the office means (each office weighs the same): "
                      "lowest, highest and spread are between offices."),
    "compare_chart": ("ค่าเฉลี่ยรายหมวดของแต่ละหน่วยงาน (แถบ) และค่าเฉลี่ยทั้งองค์การ (เส้นดำ)",
                      "Mean per category for each office (bars) and agency-wide mean (black line)"),
    "within": ("ความเห็นต่างภายในหน่วยงาน (ต่ำสุด–สูงสุดของกลุ่ม)", "Disagreement within each office (groups' lowest–highest)"),
    "reworded": ("หมายเหตุ: {office} ตอบคำถามนี้ตามถ้อยคำ “{words}”",
                 "Note: {office} answered this question as worded “{words}”"),
    "far_apart": ("หมวดที่หน่วยงานประเมินต่างกันมากที่สุด: {items}", "Where the offices differ most: {items}"),
}


def say(writer, key: str, **values) -> str:
    th, en = _TEXT[key]
    return writer.digits((en if writer.lang == "en" else th).format(**values))


def _grid_style():
    from app.report.sections import grid  # sections imports this module; import its helper late
    return grid()


# ----------------------------------------------------------------------------- hooks for sections.py
def tagged(writer, table: str, row_id: int | None, cell):
    """``cell`` with its office above it in small accent type, in a consolidated report."""
    consolidation = writer.data.consolidation
    label = ", ".join(consolidation.labels(table, row_id)) if consolidation is not None else ""
    return [writer.p(label, writer.S.TAG), cell] if label else cell


def reworded_note(writer, pillar, question) -> list:
    """Under a question, the offices whose answers to it were given to other words (their template
    worded it otherwise; matched by its key)."""
    consolidation = writer.data.consolidation
    found = consolidation.reworded(pillar.key, question.key) if consolidation is not None else []
    return [writer.p(say(writer, "reworded", office=office, words=words), writer.S.NOTE) for office, words in found]


def offices_section(writer) -> list:
    """Which offices' workshops were combined, and what the merge noticed."""
    data = writer.data
    c = data.consolidation
    if c is None:
        return []
    group_counts: dict[int, int] = {}
    for g in data.groups:
        number = c.group_office.get(g.id)
        group_counts[number] = group_counts.get(number, 0) + 1
    group_office = c.group_office
    answer_counts: dict[int, int] = {}
    for answers in data.answers_by_question.values():
        for a in answers:
            number = group_office.get(a.group_id)
            answer_counts[number] = answer_counts.get(number, 0) + 1
    header = [writer.p(writer.t("no"), writer.S.SMALL_BOLD)] + [
        writer.p(say(writer, k), writer.S.SMALL_BOLD) for k in ("office", "workshop", "groups_count", "answers_count")]
    rows = [header]
    for office in c.offices:
        when = ""
        if office.event_date:
            from datetime import date
            when = format_date(date.fromisoformat(office.event_date), writer.lang, writer.thai)
        workshop = [writer.p(office.title, writer.S.SMALL)]
        detail = ", ".join(x for x in (when, office.file + (f" ({office.via})" if office.via else "")) if x)
        workshop.append(writer.p(detail, writer.S.FAINT))
        rows.append([writer.p(str(office.number), writer.S.SMALL_CENTER),
                     [_swatch(office.number), writer.p(office.label, writer.S.SMALL)], workshop,
                     writer.p(str(group_counts.get(office.number, 0)), writer.S.SMALL_CENTER),
                     writer.p(str(answer_counts.get(office.number, 0)), writer.S.SMALL_CENTER)])
    width = writer.width
    widths = [1.0 * cm, 4.6 * cm, width - 9.2 * cm, 1.6 * cm, 2.0 * cm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_grid_style()))
    story = [PageBreak(), writer.p(say(writer, "offices"), writer.S.H1),
             writer.p(say(writer, "offices_intro", n=len(c.offices)), writer.S.BODY), table]
    lines = report_lines(c.report, writer.lang) if c.report else []
    if lines:
        story.append(writer.p(say(writer, "notes"), writer.S.H2))
        story += [writer.p(f"• {line}", writer.S.BULLET) for line in lines]
    return story


def _swatch(number: int):
    """A small coloured block that ties an office to its bars in the chart."""
    drawing = Drawing(0.9 * cm, 0.32 * cm)
    drawing.add(Rect(0, 0.02 * cm, 0.9 * cm, 0.28 * cm, fillColor=office_color(number), strokeColor=None))
    return drawing


def office_color(number: int):
    return colors.HexColor(OFFICE_COLORS[(number - 1) % len(OFFICE_COLORS)])


def assessment_section(writer) -> list:
    """Replaces the per-group assessment table: office means per category, agency-wide figures, chart."""
    data = writer.data
    comparison = compare_offices(data.consolidation, data.groups, data.categories, data.assessments)
    if not any(f.offices for f in comparison.agency):
        return []
    # An office that scored nothing would only add an empty column and an empty bar group.
    offices = [o for o in comparison.offices if any(a.count for a in comparison.by_office[o.number])]
    scale = ", ".join(f"{lvl.value} = {lvl.name(writer.lang)}" for lvl in data.levels)
    story = [PageBreak(), writer.p(writer.t("assessment"), writer.S.H1),
             writer.p(say(writer, "compare"), writer.S.H2), writer.p(say(writer, "compare_intro", scale=scale), writer.S.NOTE)]
    width = writer.width
    table = Table(_comparison_rows(writer, comparison, offices), colWidths=_comparison_widths(len(offices), width),
                  repeatRows=1)
    table.setStyle(TableStyle(_grid_style()))
    story += [table, Spacer(1, 0.4 * cm),
              KeepTogether([writer.p(say(writer, "compare_chart"), writer.S.NOTE),
                            comparison_chart(writer, comparison, offices, width), _legend(writer, offices, width)])]
    story += _far_apart(writer, comparison)
    story += _within_offices(writer, comparison, offices)
    return story


def _comparison_rows(writer, comparison, offices) -> list:
    """A header, then per category each office's mean and the agency-wide mean, lowest, highest, spread."""
    data = writer.data
    header = [writer.p(writer.t("category"), writer.S.SMALL_BOLD)]
    header += [[_swatch(o.number), writer.p(say(writer, "office_no", n=o.number), writer.S.SMALL_BOLD)] for o in offices]
    header += [writer.p(say(writer, "agency"), writer.S.SMALL_BOLD)] + [
        writer.p(writer.t(k), writer.S.SMALL_BOLD) for k in ("lowest", "highest", "spread")]
    rows = [header]

    def figure(value, decimals=2):
        return writer.p("-" if value is None else writer.number(value, decimals), writer.S.SMALL_CENTER)

    for index, category in enumerate(data.categories):
        row = [writer.p(f"{category.number}. {category.name(writer.lang)}", writer.S.SMALL)]
        row += [figure(comparison.by_office[o.number][index].mean) for o in offices]
        agency = comparison.agency[index]
        row += [figure(agency.mean), figure(agency.lowest), figure(agency.highest), figure(agency.spread)]
        rows.append(row)
    return rows


def _comparison_widths(offices: int, width: float) -> list[float]:
    stat = 1.55 * cm
    office_width = max(1.5 * cm, (width - 4.4 * cm - 4 * stat) / max(offices, 1))
    widths = [4.4 * cm] + [office_width] * offices + [stat] * 4
    if sum(widths) > width:  # many offices: never overflow the page
        shrink = width / sum(widths)
        widths = [w * shrink for w in widths]
    return widths


def _far_apart(writer, comparison) -> list:
    """The (at most three) categories the offices disagree on most, if they disagree at all."""
    apart = sorted(((a.spread, i) for i, a in enumerate(comparison.agency) if a.spread), reverse=True)[:3]
    if not apart:
        return []
    categories = writer.data.categories
    items = ", ".join(f"{writer.t('category')} {categories[i].number} "
                      f"({writer.number(comparison.agency[i].lowest, 2)}–"
                      f"{writer.number(comparison.agency[i].highest, 2)})" for _, i in apart)
    return [writer.p(say(writer, "far_apart", items=items), writer.S.BODY)]


def _within_offices(writer, comparison, offices) -> list:
    """Each office's own figures per category: lowest–highest of its groups (mean in brackets)."""
    data = writer.data
    header = [writer.p(writer.t("category"), writer.S.SMALL_BOLD)] + [
        writer.p(say(writer, "office_no", n=o.number), writer.S.SMALL_BOLD) for o in offices]
    rows = [header]
    for index, category in enumerate(data.categories):
        row = [writer.p(f"{category.number}. {category.name(writer.lang)}", writer.S.SMALL)]
        for o in offices:
            a = comparison.by_office[o.number][index]
            cell = "-" if a.mean is None else (
                f"{writer.digits(str(a.lowest))}–{writer.digits(str(a.highest))} ({writer.number(a.mean, 2)})")
            row.append(writer.p(cell, writer.S.SMALL_CENTER))
        rows.append(row)
    width = writer.width
    widths = [4.4 * cm] + [(width - 4.4 * cm) / max(len(offices), 1)] * len(offices)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_grid_style()))
    return [Spacer(1, 0.3 * cm), KeepTogether([writer.p(say(writer, "within"), writer.S.H3), table])]


def _legend(writer, offices, width) -> Table:
    cells = [[_swatch(o.number), writer.p(f"{say(writer, 'office_no', n=o.number)}: {o.label}", writer.S.SMALL)]
             for o in offices]
    table = Table(cells, colWidths=[1.1 * cm, width - 1.1 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def comparison_chart(writer, comparison, offices, width: float) -> Drawing:
    """Grouped bars: for each PMQA category, one bar per office (its mean), and a black line at the
    agency-wide mean. Labels are digits only (no Thai shaping inside drawings); the table and the
    legend name the categories and the offices."""
    data = writer.data
    drawing, y, left, bottom, plot_w, digits = scale_frame(data, width, 7 * cm, writer.thai)
    slot = plot_w / max(len(data.categories), 1)
    inner = slot * 0.8
    bar = inner / max(len(offices), 1)
    for index, category in enumerate(data.categories):
        x0 = left + slot * index + slot * 0.1
        for n, office in enumerate(offices):
            mean = comparison.by_office[office.number][index].mean
            if mean is not None:
                drawing.add(Rect(x0 + bar * n + bar * 0.08, bottom, bar * 0.84, y(mean) - bottom,
                                 fillColor=office_color(office.number), strokeColor=None))
        agency = comparison.agency[index].mean
        if agency is not None:
            drawing.add(Line(x0 - 2, y(agency), x0 + inner + 2, y(agency), strokeColor=S.INK, strokeWidth=1.6))
        drawing.add(String(left + slot * index + slot / 2, bottom - 13, digits(str(category.number)),
                           fontName="Sarabun-Bold", fontSize=11, textAnchor="middle", fillColor=S.INK))
    return drawing
