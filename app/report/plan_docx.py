"""The development plan as a Word document (.docx, python-docx), for agencies that paste it into
their own documents: A4 landscape, the plan table with its header row repeated on every page,
column widths from the content (as in the PDF), a total row, and Thai set in TH SarabunPSK.

Word picks the font of Thai text from the complex-script slot (``w:rFonts/@w:cs``, size
``w:szCs``, bold ``w:bCs``), not from the Latin one: without it, Word sets Thai in its own
fallback font (Tahoma, Leelawadee) at the default size. Both are set on the document defaults and
on every style the document uses, with the language ``th-TH`` for the spelling checker.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import StorageError
from app.report.plan import _budget, _label, _money, _status, _timeframe
from app.model import PLAN_FIELD_KEYS

# TH SarabunPSK is the official font (cabinet resolution of 7 September 2553 BE) and installed on
# government computers; Word and LibreOffice substitute a Thai font where it is missing.
FONT = "TH SarabunPSK"
TITLE_PT, BODY_PT, TABLE_PT = 18, 16, 14
# TH SarabunPSK at one size draws as Sarabun (what the column widths are measured with) at 0.68 of
# it: TLWG's fontconfig stands in for TH Sarabun with Laksaman scaled by 0.66, and Laksaman's ก is
# 0.602 em tall against Sarabun's 0.586 (docs/report.md).
SARABUN_PER_PSK = 0.68
MARGINS_CM = (3.0, 2.0, 2.5, 2.0)  # left, right, top, bottom: as the PDF's official margins
PAGE_CM = (29.7, 21.0)
WORD_CELL_MARGIN = 0.19 / 2.54 * 72  # points


def _rpr_fonts(rpr, size_pt: float | None, bold: bool | None = None) -> None:
    """Latin, East Asian and complex-script fonts, both sizes, bold for both, language th-TH."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def child(tag: str):
        found = rpr.find(qn(tag))
        if found is None:
            found = OxmlElement(tag)
            rpr.append(found)
        return found

    fonts = child("w:rFonts")
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    if bold is not None:
        for tag in ("w:b", "w:bCs"):
            child(tag).set(qn("w:val"), "1" if bold else "0")
    if size_pt is not None:
        for tag in ("w:sz", "w:szCs"):
            child(tag).set(qn("w:val"), str(int(round(size_pt * 2))))
    lang = child("w:lang")
    lang.set(qn("w:val"), "th-TH")
    lang.set(qn("w:bidi"), "th-TH")
    # Word wants the children of rPr in schema order; python-docx's own elements are ordered,
    # ours were appended: sort them by that order.
    order = ["w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:color", "w:sz", "w:szCs", "w:lang"]
    known = {qn(t): i for i, t in enumerate(order)}
    children = sorted(rpr, key=lambda el: known.get(el.tag, len(order)))
    for el in children:
        rpr.remove(el)
        rpr.append(el)


def _style_fonts(document) -> None:
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _rpr_fonts(rpr, TABLE_PT)
    for name, size, bold in (("Normal", TABLE_PT, False), ("Title", TITLE_PT, True), ("Table Grid", TABLE_PT, None)):
        style = document.styles[name]
        _rpr_fonts(style.element.get_or_add_rPr(), size, bold)


def _landscape(document) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(PAGE_CM[0]), Cm(PAGE_CM[1])
    left, right, top, bottom = MARGINS_CM
    section.left_margin, section.right_margin = Cm(left), Cm(right)
    section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)


def _cells(writer) -> tuple[list[str], list[list[str]], str]:
    """Header, one row of texts per plan item, and the total budget, as the PDF prints them."""
    data = writer.data
    pillars = {p.id: p for p in data.pillars}
    categories = {c.id: c for c in data.categories}
    none = writer.t("none")
    header = [writer.t("no")] + [_label(writer, k) for k in PLAN_FIELD_KEYS]
    rows = []
    for n, item in enumerate(data.plan, 1):
        pillar, category = pillars.get(item.pillar_id), categories.get(item.category_id)
        values = {"issue": item.issue, "activity": item.activity, "kpi": item.kpi, "target": item.target,
                  "pillar": pillar.short(writer.lang) if pillar else none,
                  "category": f"{writer.t('category')} {category.number}" if category else none,
                  "timeframe": _timeframe(writer, item), "responsible": item.responsible,
                  "budget": _budget(writer, item), "status": _status(writer, item.status)}
        rows.append([writer.digits(str(n))] + [writer.digits(values[k]) for k in PLAN_FIELD_KEYS])
    total = _money(writer, sum(i.budget_satang or 0 for i in data.plan))
    return header, rows, total


def _widths(writer, header: list[str], rows: list[list[str]], total: str) -> list[float]:
    """Column widths in points, from the content, as the PDF sizes its plan table."""
    from dataclasses import replace

    from app.report.columns import fit_widths
    from app.typesetting import ThaiParagraph

    body = replace(writer.S.SMALL, fontSize=TABLE_PT * SARABUN_PER_PSK)
    bold = replace(writer.S.SMALL_BOLD, fontSize=TABLE_PT * SARABUN_PER_PSK)
    measured = [[ThaiParagraph(h, bold) for h in header]] + [[ThaiParagraph(v, body) for v in r] for r in rows]
    budget_column = 1 + PLAN_FIELD_KEYS.index("budget")
    measured.append([None] * budget_column + [ThaiParagraph(total, bold)])
    width = (PAGE_CM[0] - MARGINS_CM[0] - MARGINS_CM[1]) / 2.54 * 72
    # Word's default cell margins are 0.19 cm a side; a point more keeps Word's and LibreOffice's
    # own line breaking (ICU) from cutting a word our measure just fitted.
    return fit_widths(measured, width, padding=2 * WORD_CELL_MARGIN + 2)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _fill(table, widths: list[float], header: list[str], rows: list[list[str]], total_label: str,
          total: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    budget_column = 1 + PLAN_FIELD_KEYS.index("budget")
    right = {0, budget_column}

    def put(cell, value: str, bold: bool = False, align=None) -> None:
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(value)
        _rpr_fonts(run._r.get_or_add_rPr(), None, bold)
        if align is not None:
            paragraph.alignment = align

    for c, value in enumerate(header):
        put(table.rows[0].cells[c], value, bold=True)
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values):
            put(table.rows[r].cells[c], value, align=WD_ALIGN_PARAGRAPH.RIGHT if c in right else None)
    last = table.rows[-1]
    label = last.cells[0].merge(last.cells[budget_column - 1])
    put(label, total_label, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    put(last.cells[budget_column], total, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            cell.width = Pt(widths[c])
    for c, column in enumerate(table.columns):
        column.width = Pt(widths[c])


def build_document(workshop, lang: str | None = None, thai_digits: bool | None = None):
    """The plan as a python-docx Document (not yet saved)."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT

    from app.report.data import read_report_data
    from app.report.sections import ReportWriter

    data = read_report_data(workshop)
    lang = lang or data.details.language
    thai = data.details.thai_digits if thai_digits is None else thai_digits
    writer = ReportWriter(data, lang, thai)
    document = Document()
    _style_fonts(document)
    _landscape(document)
    document.core_properties.title = f"{writer.t('plan')} — {data.details.title}"
    document.core_properties.author = data.details.organization
    document.core_properties.language = "th-TH" if lang == "th" else "en-GB"
    document.add_paragraph(writer.t("plan"), style="Title")
    intro = document.add_paragraph().add_run(
        writer.digits(" · ".join(x for x in (data.details.organization, data.details.title) if x)))
    _rpr_fonts(intro._r.get_or_add_rPr(), BODY_PT)
    header, rows, total = _cells(writer)
    table = document.add_table(rows=len(rows) + 2, cols=len(header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _repeat_header(table.rows[0])
    _fill(table, _widths(writer, header, rows, total), header, rows, writer.t("total_budget"), total)
    return document


def export_docx(workshop, target: Path | str, lang: str | None = None, overwrite: bool = True) -> None:
    """Write the plan to ``target`` (atomically: all or nothing)."""
    save_docx(build_document(workshop, lang), Path(target), overwrite)


def save_docx(document, target: Path, overwrite: bool = True) -> None:
    """``document`` (python-docx) written to ``target`` atomically: all or nothing."""
    from app.atomic_file import atomic_target

    try:
        with atomic_target(target, overwrite=overwrite) as temp:
            document.save(str(temp))
    except FileExistsError:
        raise StorageError(target, "already_exists") from None
    except OSError as exc:
        raise StorageError(target, "cannot_write", system=exc.strerror or str(exc)) from None
