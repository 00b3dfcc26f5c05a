"""The development plan (and the ranked initiatives) for the agency's own follow-up: .xlsx or CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.atomic_file import atomic_target
from app.errors import StorageError, ValidationError
from app.model import PLAN_FIELD_KEYS
from app.ranking import rank_initiatives
from app.report.catalogue import text
from app.workshop import Workshop

# The template's plan fields, the time frame in two columns so that a spreadsheet can sort and sum.
_PLAN_KEYS = tuple(column for key in PLAN_FIELD_KEYS
                   for column in (("fiscal_year", "quarter") if key == "timeframe" else (key,)))
# Character widths that print one page wide at a readable scale (about 85 % on A4 landscape).
_WIDTHS = {"issue": 20, "activity": 26, "pillar": 14, "category": 16, "kpi": 22, "target": 13,
           "fiscal_year": 10, "quarter": 7, "responsible": 18, "budget": 13, "status": 11}


def _bi(record: dict | None, lang: str, fallback: str) -> str:
    if not record:
        return fallback
    return record.get(lang) or record.get("th") or record.get("en") or fallback


def plan_table(workshop: Workshop, lang: str | None = None) -> tuple[list[str], list[list]]:
    """Headers and rows of the plan, with typed values (numbers stay numbers)."""
    lang = lang or workshop.details().language
    template = workshop.template()
    labels = {f["key"]: _bi(f.get("label"), lang, f["key"]) for f in template.get("plan_fields", [])}
    statuses = {s["key"]: _bi(s.get("name"), lang, s["key"]) for s in template.get("plan_statuses", [])}
    column_names = {"fiscal_year": text("fy_column", lang), "quarter": text("quarter_column", lang)}
    headers = [text("no", lang)] + [column_names.get(k) or labels.get(k) or text(k, lang) for k in _PLAN_KEYS]
    pillars = {p.id: p.name(lang) for p in workshop.pillars()}
    categories = {c.id: f"{c.number}. {c.name(lang)}" for c in workshop.categories()}
    rows = []
    for n, item in enumerate(workshop.plan_items(), 1):
        named = {"pillar": pillars.get(item.pillar_id, ""), "category": categories.get(item.category_id, ""),
                 "budget": item.budget, "status": statuses.get(item.status, item.status)}
        rows.append([n] + [named[k] if k in named else getattr(item, k) for k in _PLAN_KEYS])
    return _with_office(workshop, lang, headers, rows, "plan_items", [i.id for i in workshop.plan_items()])


def _with_office(workshop: Workshop, lang: str, headers: list[str], rows: list[list], table: str,
                 ids: list[int]) -> tuple[list[str], list[list]]:
    """A consolidated workshop gets a last column naming the office each row came from."""
    from app.merge.offices import read_consolidation
    consolidation = read_consolidation(workshop)
    if consolidation is None:
        return headers, rows
    office = "Office" if lang == "en" else "หน่วยงาน"
    return headers + [office], [row + [consolidation.label(table, i)] for row, i in zip(rows, ids)]


def ranking_table(workshop: Workshop, lang: str | None = None) -> tuple[list[str], list[list]]:
    lang = lang or workshop.details().language
    pillars = {p.id: p.name(lang) for p in workshop.pillars()}
    headers = [text(k, lang) for k in ("rank", "initiative", "pillar", "votes", "impact", "effort")]
    ranked = rank_initiatives(workshop.initiatives(), workshop.votes())
    rows = [[r.label, r.initiative.title, pillars.get(r.initiative.pillar_id, ""), r.dots,
             r.initiative.impact, r.initiative.effort] for r in ranked]
    return _with_office(workshop, lang, headers, rows, "initiatives", [r.initiative.id for r in ranked])


def _write_atomically(target: Path, write, overwrite: bool = True) -> None:
    try:
        with atomic_target(target, overwrite=overwrite) as temp:
            write(temp)
    except FileExistsError:
        raise StorageError(target, "already_exists") from None
    except OSError as exc:
        raise StorageError(target, "cannot_write", system=exc.strerror or str(exc)) from None


_PRINT_TITLE_ROWS = "1:1"


def _print_setup(sheet, columns: int, rows: int) -> None:
    """A4 landscape, one page wide (as many pages tall as needed), the header row on every page,
    the header frozen on screen, and the table (with its total row) as the print area."""
    from openpyxl.utils import get_column_letter

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = _PRINT_TITLE_ROWS
    sheet.print_area = f"A1:{get_column_letter(columns)}{rows}"
    sheet.print_options.gridLines = False
    sheet.page_margins.left, sheet.page_margins.right = 3 / 2.54, 2 / 2.54  # official margins, inches
    sheet.page_margins.top, sheet.page_margins.bottom = 2 / 2.54, 2 / 2.54
    sheet.freeze_panes = "A2"


# A column width unit is the width of a digit of the workbook's default font (Calibri 11: 7 px at
# 96 dpi, 5.25 pt); a cell's text is set between 2 pt margins.
_POINTS_PER_UNIT, _CELL_MARGINS = 5.25, 4.0


def _row_heights(sheet, widths: list[float]) -> None:
    """Each row as tall as its tallest wrapped cell, measured with the report's typesetting:
    Excel and LibreOffice keep a row one line tall when the file says nothing, which cuts the
    wrapped text off on paper."""
    from app.typesetting import ThaiParagraph, ThaiStyle

    style = ThaiStyle(fontSize=12)
    leading = 12 * 1.35
    for row in sheet.iter_rows():
        lines = 1
        for cell, width in zip(row, widths):
            if isinstance(cell.value, str) and cell.value and not cell.value.startswith("="):
                paragraph = ThaiParagraph(cell.value, style)
                available = max(width * _POINTS_PER_UNIT - _CELL_MARGINS, paragraph.minWidth())
                lines = max(lines, paragraph.line_count(available))
        sheet.row_dimensions[row[0].row].height = round(lines * leading + 4, 1)


def fill_sheet(sheet, headers: list[str], rows: list[list], widths: list[float], formats: dict[int, str]) -> None:
    """A sheet of the table: header in the report's blue, Sarabun, wrapped cells as tall as their
    text, a filter over the rows, and printing set up (A4 landscape, one page wide)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_font, body_font = Font(name="Sarabun", bold=True, size=12), Font(name="Sarabun", size=12)
    fill = PatternFill("solid", fgColor="E4E9F2")

    def cell_value(value):
        # Control characters can arrive through a JSON import; the xlsx format cannot hold them
        # (openpyxl raises IllegalCharacterError), so they are dropped from the sheet only.
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    sheet.append(headers)
    for row in rows:
        sheet.append([cell_value(v) for v in row])
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    for cell in sheet[1]:
        cell.font, cell.fill = header_font, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.font = body_font
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.column in formats:
                cell.number_format = formats[cell.column]
    if rows:  # the filter covers the items only: sorting never moves the total row
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    _row_heights(sheet, widths)
    _print_setup(sheet, len(headers), sheet.max_row)


def export_xlsx(workshop: Workshop, target: Path | str, lang: str | None = None, overwrite: bool = True) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    lang = lang or workshop.details().language
    book = Workbook()
    header_font = Font(name="Sarabun", bold=True, size=12)
    fill = PatternFill("solid", fgColor="E4E9F2")

    plan = book.active
    plan.title = text("plan", lang)[:31]
    headers, rows = plan_table(workshop, lang)
    fill_sheet(plan, headers, rows, [6] + [_WIDTHS[k] for k in _PLAN_KEYS] + [24] * (len(headers) - 12),
               {1: "0", 8: "0", 9: "0", 11: _BAHT})
    _total_row(plan, len(rows), header_font, fill, lang)
    ranked = book.create_sheet(text("priorities", lang)[:31])
    headers, rows = ranking_table(workshop, lang)
    fill_sheet(ranked, headers, rows, [8, 50, 30, 10, 10, 10, 30][:len(headers)], {4: "0", 5: "0", 6: "0"})
    _write_atomically(Path(target), lambda temp: book.save(temp), overwrite)


# Whole baht with satang; a budget of 0 shows as "–", as in the PDF (the cell still holds 0).
_BAHT = '#,##0.00;-#,##0.00;"–"'


def _total_row(sheet, items: int, font, fill, lang: str) -> None:
    """The total budget below the items, a formula so that it follows the agency's own edits."""
    from openpyxl.styles import Alignment

    row = items + 2
    budget = 1 + _PLAN_KEYS.index("budget") + 1
    label = sheet.cell(row=row, column=budget - 1, value=text("total_budget", lang))
    total = sheet.cell(row=row, column=budget, value=f"=SUM({_column(budget)}2:{_column(budget)}{row - 1})"
                       if items else 0)
    for cell in (label, total):
        cell.font, cell.fill = font, fill
        cell.alignment = Alignment(horizontal="right", vertical="top", wrap_text=True)
    total.number_format = _BAHT
    sheet.print_area = f"A1:{_column(sheet.max_column)}{row}"


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(index)


def export_csv(workshop: Workshop, target: Path | str, lang: str | None = None, overwrite: bool = True) -> None:
    """UTF-8 with a byte-order mark, so that Excel opens Thai text correctly."""
    headers, rows = plan_table(workshop, lang)
    write_csv(Path(target), headers, rows, overwrite)


def write_csv(target: Path, headers: list, rows: list, overwrite: bool = True) -> None:
    """``rows`` under ``headers`` as CSV in UTF-8 with a byte-order mark (Excel then reads Thai),
    amounts with two decimals, written atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else f"{v:.2f}" if isinstance(v, float) else v for v in row])
    data = buffer.getvalue().encode("utf-8-sig")
    _write_atomically(target, lambda temp: temp.write_bytes(data), overwrite)


def export_plan(workshop: Workshop, target: Path | str, lang: str | None = None, *, overwrite: bool = True) -> None:
    """The plan as .xlsx, .csv or .docx, by ``target``'s extension; an existing file is replaced
    only with ``overwrite`` (also one that appears while writing)."""
    suffix = Path(target).suffix.lower()
    if suffix == ".xlsx":
        export_xlsx(workshop, target, lang, overwrite)
    elif suffix == ".csv":
        export_csv(workshop, target, lang, overwrite)
    elif suffix == ".docx":
        from app.report.plan_docx import export_docx
        export_docx(workshop, target, lang, overwrite)
    else:
        raise ValidationError("file", "wrong_file_type", suffix=suffix) if suffix else ValidationError("file", "no_file_type")
