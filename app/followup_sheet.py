"""The follow-up as a spreadsheet (issue #23): the plan's columns with the progress columns beside
them, at one checkpoint or at every checkpoint (a row per item and checkpoint); .xlsx or CSV.

The numbers are the follow-up report's: each row is the item as it stood at the checkpoint, carried
from its latest earlier report when nothing was reported at that checkpoint (the last column says
from which). The .xlsx also has a sheet of the checkpoints side by side.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import ValidationError
from app.followup_summary import CheckpointGlance
from app.report.catalogue import text
from app.report.followup import COLUMNS, choose
from app.spreadsheet import _BAHT, _WIDTHS, _PLAN_KEYS, _write_atomically, fill_sheet, plan_table, write_csv
from app.thaidate import format_date
from app.workshop import Workshop

_PROGRESS_KEYS = ("fu_checkpoint", "fu_due_column", "fu_status", "fu_percent_done", "fu_actual", "fu_spent", "fu_note",
                  "fu_evidence", "fu_reported_at")
_PROGRESS_WIDTHS = (24, 12, 16, 10, 22, 13, 30, 24, 10)


def followup_table(workshop: Workshop, checkpoint: int | None = None,
                   lang: str | None = None) -> tuple[list[str], list[list], list[CheckpointGlance]]:
    """Headers and rows (typed values: numbers stay numbers), and the glances they were read from:
    at ``checkpoint`` (a ``Checkpoint.id``) a row per plan item, else a row per item and checkpoint
    that anything was reported at. Raises ValueError for a checkpoint the workshop does not have."""
    lang = lang or workshop.details().language
    headers, plan_rows = plan_table(workshop, lang)
    items = workshop.plan_items()
    glances = workshop.followup_glance()
    _focus, _charted, shown = choose(glances, checkpoint)
    numbers = {g.checkpoint.id: n for n, g in enumerate(glances, 1)}
    files: dict[int, list[str]] = {}
    for record in workshop.evidence():
        files.setdefault(record.progress_id, []).append(record.name)
    rows = []
    for glance in shown:
        where = [glance.checkpoint.name, format_date(glance.checkpoint.due_date, lang, short=True)]
        for item, plan_row in zip(items, plan_rows):
            row = glance.latest.get(item.id)
            if row is None:
                rows.append(plan_row + where + [text("standing_no_update", lang)] + [None] * 6)
                continue
            rows.append(plan_row + where + [
                text(f"progress_{row.status}", lang), row.percent, row.kpi_actual,
                None if row.spent_satang is None else row.spent_satang / 100, row.note,
                "\n".join(files.get(row.id, [])), numbers[row.checkpoint_id]])
    return headers + [text(k, lang) for k in _PROGRESS_KEYS], rows, shown


def _checkpoints_sheet(book, glances: list[CheckpointGlance], lang: str) -> None:
    """The checkpoints side by side: counts by standing and budget spent, as the report's table."""
    headers = [text(k, lang) for k in ("fu_checkpoint_no", "fu_checkpoint", "fu_due_column", "head_items")]
    headers += [text(f"standing_{k}", lang) for k in COLUMNS] + [text("budget", lang), text("fu_spent", lang)]
    rows = [[n, g.checkpoint.name, format_date(g.checkpoint.due_date, lang, short=True), g.overall.items]
            + [getattr(g.overall, k) for k in COLUMNS]
            + [g.overall.planned_satang / 100, g.overall.spent_satang / 100] for n, g in enumerate(glances, 1)]
    sheet = book.create_sheet(text("fu_sheet_checkpoints", lang)[:31])
    formats = {c: "0" for c in (1, 4, 5, 6, 7, 8, 9)} | {10: _BAHT, 11: _BAHT}
    fill_sheet(sheet, headers, rows, [7, 30, 12, 9] + [11] * len(COLUMNS) + [14, 14], formats)


def export_followup_xlsx(workshop: Workshop, target: Path | str, checkpoint: int | None = None,
                         lang: str | None = None, overwrite: bool = True) -> None:
    from openpyxl import Workbook

    lang = lang or workshop.details().language
    headers, rows, shown = followup_table(workshop, checkpoint, lang)
    book = Workbook()
    sheet = book.active
    sheet.title = text("fu_sheet", lang)[:31]
    plan_columns = len(headers) - len(_PROGRESS_KEYS)
    widths = [6] + [_WIDTHS[k] for k in _PLAN_KEYS] + [24] * (plan_columns - 12) + list(_PROGRESS_WIDTHS)
    budget = 2 + _PLAN_KEYS.index("budget")
    percent, spent, reported = plan_columns + 4, plan_columns + 6, plan_columns + 9
    formats = {1: "0", 8: "0", 9: "0", budget: _BAHT, percent: "0", spent: _BAHT, reported: "0"}
    fill_sheet(sheet, headers, rows, widths, formats)
    # Twenty-one columns one page wide print at about half size: two pages wide instead, the
    # number and the issue repeated on the second, as a reader lays the pages side by side.
    sheet.page_setup.fitToWidth = 2
    sheet.print_title_cols = "A:B"
    if checkpoint is not None:  # one row per item: the budget and what was spent add up
        _totals(sheet, len(rows), (budget, spent), lang)
    _checkpoints_sheet(book, workshop.followup_glance(), lang)
    _write_atomically(Path(target), lambda temp: book.save(temp), overwrite)


def _totals(sheet, items: int, columns: tuple[int, ...], lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    row = items + 2
    font, fill = Font(name="Sarabun", bold=True, size=12), PatternFill("solid", fgColor="E4E9F2")
    cells = [sheet.cell(row=row, column=columns[0] - 1, value=text("fu_total", lang))]
    for column in columns:
        letter = get_column_letter(column)
        cell = sheet.cell(row=row, column=column, value=f"=SUM({letter}2:{letter}{row - 1})" if items else 0)
        cell.number_format = _BAHT
        cells.append(cell)
    for cell in cells:
        cell.font, cell.fill = font, fill
        cell.alignment = Alignment(horizontal="right", vertical="top", wrap_text=True)
    sheet.print_area = f"A1:{get_column_letter(sheet.max_column)}{row}"


def export_followup_csv(workshop: Workshop, target: Path | str, checkpoint: int | None = None,
                        lang: str | None = None, overwrite: bool = True) -> None:
    """UTF-8 with a byte-order mark, so that Excel opens Thai text correctly; no total row."""
    headers, rows, _shown = followup_table(workshop, checkpoint, lang)
    write_csv(Path(target), headers, rows, overwrite)


def export_followup(workshop: Workshop, target: Path | str, checkpoint: int | None = None,
                    lang: str | None = None, *, overwrite: bool = True) -> None:
    """The follow-up as .xlsx or .csv (see ``followup_table``), or its progress table as Word
    (.docx, app/report/followup_docx.py), by ``target``'s extension."""
    suffix = Path(target).suffix.lower()
    if suffix == ".docx":
        from app.report.followup_docx import export_followup_docx
        export_followup_docx(workshop, target, checkpoint, lang, overwrite)
    elif suffix == ".xlsx":
        export_followup_xlsx(workshop, target, checkpoint, lang, overwrite)
    elif suffix == ".csv":
        export_followup_csv(workshop, target, checkpoint, lang, overwrite)
    else:
        raise ValidationError("file", "wrong_file_type", suffix=suffix) if suffix else ValidationError("file", "no_file_type")
