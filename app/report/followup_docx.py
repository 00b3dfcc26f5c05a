"""The follow-up's progress table as a Word document (.docx), the sibling of the plan's
(app/report/plan_docx.py, whose page, fonts and header row it shares): A4 landscape, TH SarabunPSK
in the complex-script slot, a table per checkpoint shown with the PDF's ten columns and total row.

The cells hold what the PDF's progress table holds (app/report/followup.py), as text: an item's
office (a consolidated workshop), issue, project, pillar and category in one cell; the status with
the percent done and, for a report carried from an earlier checkpoint, which one; the evidence's
file names, one a line.
"""

from __future__ import annotations

from pathlib import Path

from app.report.followup import PLANNED, FollowupWriter, read_followup_data, reported_at
from app.report.plan import _label, _money
from app.report.plan_docx import (
    BODY_PT, MARGINS_CM, PAGE_CM, SARABUN_PER_PSK, TABLE_PT, WORD_CELL_MARGIN, _landscape, _repeat_header,
    _rpr_fonts, _style_fonts, save_docx,
)

# A line of a cell: its text and how it is set (as the PDF's SMALL, SMALL_BOLD, FAINT and TAG styles).
BODY, BOLD, FAINT, TAG = "body", "bold", "faint", "tag"
MUTED_RGB, ACCENT_RGB = "555555", "1F3F73"  # app/report/styles.py's MUTED and ACCENT
RIGHT = (0, PLANNED, PLANNED + 1)  # the number, the budget and the spent columns


def _header(writer) -> list[str]:
    keys = ("no", "fu_item")
    return ([writer.t(k) for k in keys] + [_label(writer, "kpi"), _label(writer, "target")]
            + [writer.t(k) for k in ("fu_actual", "status", "budget", "fu_spent", "fu_note", "fu_evidence")])


def _item_lines(writer, item) -> list[tuple[str, str]]:
    consolidation = writer.data.consolidation
    office = consolidation.label("plan_items", item.id) if consolidation is not None else ""
    lines = [(office, TAG)] if office else []
    lines.append((item.issue, BODY))
    if item.activity:
        lines.append((item.activity, FAINT))
    return lines + [(line, FAINT) for line in writer._where(item)]


def _row(writer, n: int, item, glance) -> list[list[tuple[str, str]]]:
    """One plan item at the checkpoint: a list of (text, how) lines per column."""
    none = writer.t("none")
    row = glance.latest.get(item.id)
    budget = none if item.budget_satang is None else _money(writer, item.budget_satang)
    if row is None:
        status = [(writer.t("standing_no_update"), BODY)]
        actual = spent = note = none
        files: list[str] = []
    else:
        status = [(writer.t(f"progress_{row.status}"), BODY),
                  (writer.t("fu_spent_share", percent=writer.number(row.percent)), BODY)]
        if row.checkpoint_id != glance.checkpoint.id:  # carried from an earlier checkpoint
            status.append((writer.t("fu_carried", n=writer.numbers[row.checkpoint_id]), FAINT))
        actual, note = row.kpi_actual or none, row.note or none
        spent = none if row.spent_satang is None else _money(writer, row.spent_satang)
        files = [f.name for f in writer.data.evidence.get(row.id, [])]
    single = [writer.number(n), None, item.kpi or none, item.target or none, actual, None, budget, spent, note]
    cells = [[(writer.digits(value), BODY)] if value is not None else [] for value in single]
    cells[1], cells[5] = [(writer.digits(t), how) for t, how in _item_lines(writer, item)], status
    cells.append([(name, BODY) for name in files] or [(none, BODY)])
    return cells


def _widths(writer, header: list[str], tables: list[list[list]], totals: list[tuple[str, str]]) -> list[float]:
    """Column widths in points from every table's content, as plan_docx measures the plan's."""
    from dataclasses import replace

    from app.report.columns import fit_widths
    from app.typesetting import ThaiParagraph

    size = TABLE_PT * SARABUN_PER_PSK  # TH SarabunPSK's drawn size, as plan_docx measures
    body, bold = replace(writer.S.SMALL, fontSize=size), replace(writer.S.SMALL_BOLD, fontSize=size)
    measured = [[ThaiParagraph(h, bold) for h in header]]
    for rows in tables:
        measured += [[[ThaiParagraph(text, bold if how in (BOLD, TAG) else body) for text, how in cell]
                      for cell in row] for row in rows]
    for planned, spent in totals:
        measured.append([None] * PLANNED + [ThaiParagraph(planned, bold), ThaiParagraph(spent, bold)])
    width = (PAGE_CM[0] - MARGINS_CM[0] - MARGINS_CM[1]) / 2.54 * 72
    return fit_widths(measured, width, padding=2 * WORD_CELL_MARGIN + 2)


def _put(cell, lines: list[tuple[str, str]], right: bool = False) -> None:
    """The cell's lines, a paragraph each (the cell's own empty paragraph takes the first)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    for n, (value, how) in enumerate(lines):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        run = paragraph.add_run(value)
        _rpr_fonts(run._r.get_or_add_rPr(), None, how in (BOLD, TAG))
        if how in (FAINT, TAG):
            run.font.color.rgb = RGBColor.from_string(MUTED_RGB if how == FAINT else ACCENT_RGB)
            run.font.size = Pt(TABLE_PT - 2)
            _rpr_fonts(run._r.get_or_add_rPr(), TABLE_PT - 2)
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _table(document, widths: list[float], header: list[str], rows: list, total: tuple[str, str], label: str):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt

    table = document.add_table(rows=len(rows) + 2, cols=len(header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _repeat_header(table.rows[0])
    for c, value in enumerate(header):
        _put(table.rows[0].cells[c], [(value, BOLD)], right=c in RIGHT[1:])
    for r, cells in enumerate(rows, 1):
        for c, lines in enumerate(cells):
            _put(table.rows[r].cells[c], lines, right=c in RIGHT)
    last = table.rows[-1]
    _put(last.cells[0].merge(last.cells[PLANNED - 1]), [(label, BOLD)], right=True)
    _put(last.cells[PLANNED], [(total[0], BOLD)], right=True)
    _put(last.cells[PLANNED + 1], [(total[1], BOLD)], right=True)
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            cell.width = Pt(widths[c])
    for c, column in enumerate(table.columns):
        column.width = Pt(widths[c])
    return table


def _heading(document, value: str, size: float, bold: bool, page_break: bool = False) -> None:
    paragraph = document.add_paragraph()
    if page_break:
        paragraph.paragraph_format.page_break_before = True
    _rpr_fonts(paragraph.add_run(value)._r.get_or_add_rPr(), size, bold)


def build_followup_document(workshop, checkpoint: int | None = None, lang: str | None = None,
                            thai_digits: bool | None = None):
    """The progress table(s) as a python-docx Document (not yet saved): at ``checkpoint`` (a
    ``Checkpoint.id``) one table, else one per checkpoint anything was reported at (as the PDF)."""
    from docx import Document

    data = read_followup_data(workshop)
    lang = lang or data.details.language
    thai = data.details.thai_digits if thai_digits is None else thai_digits
    writer = FollowupWriter(data, lang, thai, None, checkpoint)
    document = Document()
    _style_fonts(document)
    _landscape(document)
    title = writer.t("fu_document")
    document.core_properties.title = f"{title} — {data.details.title}"
    document.core_properties.author = data.details.organization
    document.core_properties.language = "th-TH" if lang == "th" else "en-GB"
    document.add_paragraph(title, style="Title")
    _heading(document, writer.digits(" · ".join(x for x in (data.details.organization, data.details.title) if x)),
             BODY_PT, False)
    header = _header(writer)
    tables = [[_row(writer, n, item, glance) for n, item in enumerate(data.plan, 1)] for glance in writer.tabled]
    totals = [(_money(writer, g.overall.planned_satang), _money(writer, g.overall.spent_satang)) for g in writer.tabled]
    widths = _widths(writer, header, tables, totals)
    for n, (glance, rows, total) in enumerate(zip(writer.tabled, tables, totals)):
        _heading(document, writer.t("fu_progress", checkpoint=writer.checkpoint_name(glance)), BODY_PT, True,
                 page_break=n > 0)
        if not reported_at(glance):
            _heading(document, writer.t("fu_no_reports"), TABLE_PT, False)
        _table(document, widths, header, rows, total, writer.t("fu_total"))
    return document


def export_followup_docx(workshop, target: Path | str, checkpoint: int | None = None, lang: str | None = None,
                         overwrite: bool = True, thai_digits: bool | None = None) -> None:
    """Write the progress table(s) to ``target`` (atomically: all or nothing)."""
    save_docx(build_followup_document(workshop, checkpoint, lang, thai_digits), Path(target), overwrite)
