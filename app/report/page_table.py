"""A table that goes on across pages the way a Thai office expects: rows kept whole where they fit,
a row taller than what is left of a page split inside, the header row repeated on each page and only
at its top.

WORKAROUND: reportlab's platypus tries the rest of a split table again in the space left on the
same page. After a split between rows that space is too small for the next row whole, so with
``splitInRow`` the rest was split again inside that row: the header repeated mid-page, above the
row's first lines (seen in the plan report with one long activity). A split here always ends the
page; the rest starts on the next one.
"""

from __future__ import annotations

from reportlab.platypus import Table
from reportlab.platypus.doctemplate import FrameBreak


class PageTable(Table):
    """reportlab's Table, whose split ends the page (reportlab makes the parts with this class)."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            return [parts[0], FrameBreak(), parts[1]]
        return parts


def page_table(rows: list, widths: list[float]) -> PageTable:
    # reportlab splits inside a row only through cells that hold a list of flowables
    rows = [[cell if isinstance(cell, list) else [cell] for cell in row] for row in rows]
    return PageTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
