"""Reading a report back as a reader gets it: the PDF's text layer (Poppler for running text,
pdfplumber for table cells, which Poppler interleaves where cells of one row sit side by side)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from app.thaidate import arabic_digits
from app.typesetting.segment import pieces


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def typed_texts(workshop) -> list[tuple[str, str]]:
    """(what, text) for everything a person typed into the workshop that the report prints."""
    d = workshop.details()
    out = [("title", d.title), ("organization", d.organization), ("unit", d.unit), ("venue", d.venue)]
    out += [("facilitator", f) for f in d.facilitators] + [("objective", o) for o in d.objectives]
    for group in workshop.groups():
        out.append(("group", group.name))
        out += [("member", m.name) for m in group.members]
    out += [("agenda item", a.title) for a in workshop.agenda()]
    out += [("answer", a.text) for a in workshop.answers()]
    out += [("reason", a.reason) for a in workshop.assessments()]
    out += [("initiative", i.title) for i in workshop.initiatives()]
    for item in workshop.plan_items():
        out += [(f"plan {key}", getattr(item, key)) for key in ("issue", "activity", "kpi", "target", "responsible")]
    return [(what, text) for what, text in out if text and text.strip()]


def table_columns(pdf: Path, pages: set[int] | None = None) -> dict[int, list[str]]:
    """Each table column's cell texts, page after page (a row split across pages gives two cells
    one after the other); repeated header rows are left out. ``pages`` (numbered from 1) limits
    the pages read; by default the landscape ones (the plan)."""
    import pdfplumber

    columns: dict[int, list[str]] = {}
    header: list | None = None
    with pdfplumber.open(str(pdf)) as doc:
        for number, page in enumerate(doc.pages, 1):
            if (number not in pages) if pages is not None else page.width < page.height:
                continue
            for table in page.find_tables():
                rows = table.extract()
                if header is not None and rows and rows[0] == header:
                    rows = rows[1:]
                elif header is None and rows:
                    header = rows[0]
                for row in rows:
                    for index, cell in enumerate(row):
                        columns.setdefault(index, []).append(cell or "")
    return columns


def _flat(text: str) -> str:
    return arabic_digits(squeeze(text))


def missing_texts(pdf: Path, workshop) -> list[tuple[str, str]]:
    """The typed texts that cannot be read back whole from the report: neither from the running
    text nor, for a text in a table, from its column (pdfplumber reads the tables of the pages
    where a text that Poppler's reading order interleaves begins or ends). Digits are compared as
    numbers: the report sets every number in the workshop's one digit style."""
    pages = [_flat(p) for p in pdftotext(pdf).split("\f")]
    body = "".join(pages)
    missing = [(what, text) for what, text in typed_texts(workshop) if _flat(text) not in body]
    if not missing:
        return []
    wanted = set()
    for _what, text in missing:
        head, tail = _flat(text)[:6], _flat(text)[-6:]
        wanted |= {n for n, page in enumerate(pages, 1) if head in page or tail in page}
    wanted |= {n + 1 for n in wanted}
    streams = ["".join(_flat(c) for c in cells) for cells in table_columns(pdf, wanted).values()]
    return [(what, text) for what, text in missing if not any(_flat(text) in s for s in streams)]


def break_points(text: str) -> set[int]:
    """Offsets in ``text`` where a line may start or end without an emergency break."""
    points, pos = {0}, 0
    for piece in pieces(text):
        points.add(pos)
        pos += len(piece.text)
        points.add(pos)
    return points


def lines_breaking_words(cells: list[str], values: list[str]) -> list[str]:
    """Lines of ``cells`` that start or end inside a word of the typed ``values`` they show."""
    wrong = []
    for cell in cells:
        for line in (part.strip() for part in cell.split("\n")):
            if len(line) < 2:
                continue
            homes = [v for v in values if line in v]
            if homes and not any(_fits(line, v) for v in homes):
                wrong.append(line)
    return wrong


def _fits(line: str, value: str) -> bool:
    points = break_points(value)
    start = value.find(line)
    while start >= 0:
        if start in points and start + len(line) in points:
            return True
        start = value.find(line, start + 1)
    return False
