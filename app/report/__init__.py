"""The development plan as a Thai PDF (reportlab, Sarabun, Thai typesetting from app.typesetting).

``render_report(path, out)`` opens its own connection to the workshop file, so it can run on a
worker thread while the window stays responsive.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from app.report.catalogue import text
from app.report.data import read_report_data
from app.report.document import write_pdf
from app.report.options import ReportOptions, read_options
from app.report.sections import ReportWriter
from app.typesetting import register_fonts
from app.workshop import Workshop

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int


def render_report(source: Path | str, target: Path | str, *, lang: str | None = None,
                  thai_digits: bool | None = None, progress: Progress | None = None,
                  options: ReportOptions | None = None, overwrite: bool = True) -> ReportResult:
    """Render the workshop at ``source`` to ``target`` (written atomically: all or nothing; an
    existing ``target``, even one that appears meanwhile, is kept unless ``overwrite``).

    ``lang``, ``thai_digits`` and ``options`` (page numbers, body size, sign-off titles) default
    to the workshop's own report settings.
    """
    return render_document(source, target, read_report_data, lambda *how: ReportWriter(*how).story(), "document",
                           lang=lang, thai_digits=thai_digits, progress=progress, options=options,
                           overwrite=overwrite)


def render_document(source: Path | str, target: Path | str, read_data: Callable, story_of: Callable,
                    title_key: str, *, lang: str | None, thai_digits: bool | None, progress: Progress | None,
                    options: ReportOptions | None, overwrite: bool) -> ReportResult:
    """A report of the workshop at ``source`` as a PDF: its data read through a read-only connection
    of its own (``read_data``), the story made from (data, lang, thai digits, options), the workshop's
    own report settings where none are given; ``title_key`` names it in the catalogue."""
    workshop = Workshop.open(source, readonly=True)
    try:
        data = read_data(workshop)
        options = options or read_options(workshop)
    finally:
        workshop.close()
    lang = lang or data.details.language
    thai = data.details.thai_digits if thai_digits is None else thai_digits
    register_fonts()
    story = story_of(data, lang, thai, options)
    target = Path(target)
    pages = write_pdf(target, story, data.details, text(title_key, lang), lang=lang, thai=thai,
                      page_numbers=options.page_numbers, progress=progress, overwrite=overwrite)
    return ReportResult(target, pages)


def self_test_step(demo_path: Path, folder: Path) -> str:
    """Render the demo's report and check the file is a complete PDF with the plan in it."""
    target = folder / "report.pdf"
    result = render_report(demo_path, target)
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise AssertionError("the PDF is incomplete")
    if result.pages < 8:
        raise AssertionError(f"the report has only {result.pages} pages")
    return f"{result.pages} pages, {len(data) // 1024} KB"
