"""Pages of the report: A4 portrait with the official margins, landscape for the plan table,
a running header, "page N of M" footers and the document's metadata."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.report.catalogue import text
from app.report.options import OFFICIAL
from app.typesetting import ThaiParagraph, ThaiStyle, thai_digits

# Page streams stay binary, compressed only: ASCII85 makes them a quarter larger and cost 0.3 s of
# reportlab's pure-Python encoder on the stress report, and every PDF reader takes binary streams.
rl_config.useA85 = 0

# Official Thai documents: left margin 3 cm, right 2 cm.
LEFT, RIGHT, TOP, BOTTOM = 3 * cm, 2 * cm, 2.5 * cm, 2 * cm
PORTRAIT, LANDSCAPE = A4, landscape(A4)
FURNITURE = ThaiStyle(fontName="Sarabun", fontSize=10, textColor=colors.HexColor("#555555"))
FOOTER = ThaiStyle(fontName="Sarabun", fontSize=10, alignment="right", textColor=colors.HexColor("#555555"))
OFFICIAL_NUMBER = ThaiStyle(fontName="Sarabun", fontSize=12, alignment="center", textColor=colors.HexColor("#1a1a1a"))


def _frame(size, name: str) -> Frame:
    width, height = size
    return Frame(LEFT, BOTTOM, width - LEFT - RIGHT, height - TOP - BOTTOM, id=name,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


class ProgressMeter:
    """One bar for the whole render, in real units: the story's flowables laid out fill the
    first three quarters, the pages written (known only once all are laid out) the last one.
    ``report(done, total)`` hears every 50 flowables and every page; it may raise to stop the
    work (a cancelled task's does)."""

    def __init__(self, report: Callable[[int, int], None] | None, flowables: int):
        self.report, self.flowables = report, flowables
        self.total = flowables + flowables // 3
        self.laid_out = 0

    def flowable_done(self) -> None:
        # Heard for the parts of a split flowable too, so the count may pass the story's length.
        self.laid_out += 1
        if self.laid_out % 50 == 0 or self.laid_out == self.flowables:
            self._tell(min(self.laid_out, self.flowables))

    def page_written(self, written: int, pages: int) -> None:
        self._tell(self.flowables + (self.total - self.flowables) * written // max(pages, 1))

    def _tell(self, done: int) -> None:
        if self.report is not None:
            self.report(min(done, self.total), self.total)


class ReportDocument(BaseDocTemplate):
    """Two page templates ("portrait", "landscape"); ``after_flowable`` reports progress.

    ``header`` is the running header's parts (a list that may hold Names); ``page_numbers`` is
    "page_of" ("หน้า ๒ จาก ๑๕" at the foot) or "official" ("- ๒ -" at the top centre, as in an
    official letter). The cover carries neither header nor number.
    """

    def __init__(self, target, *, title: str, author: str, subject: str, lang: str,
                 header, thai: bool, progress: ProgressMeter | None = None, page_numbers: str = "page_of"):
        super().__init__(str(target), pagesize=PORTRAIT, title=title, author=author, subject=subject,
                         creator="PMQA 4.0 Workshop", lang="th-TH" if lang == "th" else "en-GB",
                         leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM)
        # ``self.lang`` belongs to reportlab (the PDF's /Lang); ours is report_lang.
        self.header_text, self.report_lang, self.thai = header, lang, thai
        self.page_numbers = page_numbers
        self._progress = progress
        self.addPageTemplates([
            PageTemplate("portrait", [_frame(PORTRAIT, "portrait")], pagesize=PORTRAIT),
            PageTemplate("landscape", [_frame(LANDSCAPE, "landscape")], pagesize=LANDSCAPE),
        ])

    def afterFlowable(self, flowable) -> None:
        if self._progress is not None:
            self._progress.flowable_done()


# Pages held as text until the count is known; later ones are held compressed (fast zlib, undone
# when written). The stress report's 120 pages pay nothing; a long report's ~40 kB of drawing per
# page shrinks to a few kB.
HELD_PLAIN = 150
_PACKED = "_pmqa_packed_code"


def _compress_now(page) -> None:
    """Give ``page`` its content stream compressed now, exactly as reportlab would when writing
    the file (``PDFPage.check_format``): a stream whose dictionary already names its filter is
    written as it is."""
    if page.compression and not rl_config.useA85 and page.stream and not page.Contents:
        stream = PDFStream()
        stream.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
        stream.content = PDFZCompress.encode(page.stream)
        stream.__Comment__ = "page stream"
        page.Contents, page.stream = stream, None


def numbered_canvas(doc: ReportDocument):
    """A canvas class that draws header and "page N of M" once the page count is known."""

    headers: dict[float, ThaiParagraph] = {}

    class NumberedCanvas(Canvas):
        """Keeps each page until the page count is known, in the least memory that gives the
        same file: the page's drawing joined into one string (not thousands), and once its
        furniture is drawn, its stream compressed at once rather than when the file is written
        (a page's stream in memory went from ~135 kB to its compressed few kB, so a 30,000-page
        report no longer needs gigabytes). The document's progress meter hears of each page written."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            state = dict(self.__dict__)
            # The same text as reportlab's join of the list, with the furniture added after it.
            body = "\n".join(self._code)
            if len(self._pages) >= HELD_PLAIN:  # a long report: held compressed until written
                state["_code"], state[_PACKED] = None, zlib.compress(body.encode("utf-8", "surrogatepass"), 1)
            else:
                state["_code"] = [body]
            self._pages.append(state)
            self._startPage()

        def save(self) -> None:
            pages, self._pages = self._pages, []
            total = len(pages)
            pages.reverse()  # taken from the end, so each page's state is let go once written
            while pages:
                state = pages.pop()
                packed = state.pop(_PACKED, None)
                if packed is not None:
                    state["_code"] = [zlib.decompress(packed).decode("utf-8", "surrogatepass")]
                self.__dict__.update(state)
                self._draw_furniture(total)
                super().showPage()
                _compress_now(self._doc.Pages.pages[-1])
                if doc._progress is not None:
                    doc._progress.page_written(total - len(pages), total)
            super().save()

        def _draw_furniture(self, total: int) -> None:
            number = self._pageNumber
            if number == 1:  # the cover carries no header and no page number
                return
            width, height = self._pagesize
            header = headers.get(width)
            if header is None:  # the same on every page of a width: laid out once
                header = headers[width] = ThaiParagraph(doc.header_text, FURNITURE)
                header.wrap(width - LEFT - RIGHT, 40)
            header.drawOn(self, LEFT, height - TOP + 0.5 * cm)
            self.setStrokeColor(colors.HexColor("#999999"))
            self.setLineWidth(0.5)
            self.line(LEFT, height - TOP + 0.4 * cm, width - RIGHT, height - TOP + 0.4 * cm)
            official = doc.page_numbers == OFFICIAL
            label = text("page_official" if official else "page", doc.report_lang, page=number, pages=total)
            if doc.thai:
                label = thai_digits(label)
            number_line = ThaiParagraph(label, OFFICIAL_NUMBER if official else FOOTER)
            _w, h = number_line.wrap(width - LEFT - RIGHT, 40)
            # Official letters: the number at the top centre, above the running header.
            y = height - 1.2 * cm - h if official else BOTTOM - 1.2 * cm
            number_line.drawOn(self, LEFT, y)

    return NumberedCanvas


def write_pdf(target: Path, story: list, details, title: str, *, lang: str, thai: bool, page_numbers: str,
              progress=None, overwrite: bool = True) -> int:
    """Lay ``story`` out into the PDF ``target`` (written atomically: all or nothing; an existing
    ``target``, even one that appears meanwhile, is kept unless ``overwrite``), with the workshop's
    organisation and ``title`` in the running header; returns the number of pages."""
    from app.atomic_file import atomic_target
    from app.errors import StorageError
    from app.typesetting import Name

    meter = ProgressMeter(progress, len(story))
    try:
        with atomic_target(target, overwrite=overwrite) as temp:
            doc = ReportDocument(temp, title=f"{title} — {details.title}",
                                 author=details.organization or "PMQA 4.0 Workshop", subject=details.title,
                                 lang=lang, header=[Name(details.organization), f" · {title}"],
                                 thai=thai, progress=meter, page_numbers=page_numbers)
            doc.build(story, canvasmaker=numbered_canvas(doc))
    except FileExistsError:
        raise StorageError(target, "already_exists") from None
    except OSError as exc:
        raise StorageError(target, "cannot_write_pdf", system=exc.strerror or str(exc)) from None
    return doc.page
