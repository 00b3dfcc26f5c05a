"""A template's problem as the interface says it: the file, the place in it, and the problem in the
interface's language, from the error's code (``ui/common/error_catalogue.py``), never from its English."""

from __future__ import annotations

from app.templates import TemplateError
from ui.common.error_catalogue import error_text


def template_problem(exc: TemplateError) -> str:
    """``agency.json: pillars[0].name.th: <the problem>``; the file name and the JSON path stay as they are
    in the file, so that someone editing it by hand finds the place."""
    where = f"{exc.source}: {exc.place}" if exc.place else exc.source
    return f"{where}: {error_text(exc)}"
