"""Write shaped runs straight into a reportlab canvas as PDF text operators.

Going around reportlab's text object keeps the cost per line to a few string joins, and lets
each glyph sit exactly where HarfBuzz put it: horizontal offsets become TJ adjustments and
vertical offsets (a tone mark lowered or raised) become a text rise (Ts).
"""

from __future__ import annotations

import re
import weakref

from .shaping import Run

_THAI_MARKS = re.compile("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")

__all__ = ["draw_line"]


def _fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def _fragments(run: Run, font, doc) -> tuple[str | None, list[tuple[int, float, str]]]:
    """An /ActualText marker (or None) and the (subset, rise in 1/1000 em, TJ array body)
    pieces of one run, for one document.

    Which byte encodes which glyph is decided per document by reportlab's subsetting, so the
    result is cached on the run for the document being built.
    """
    cached = run._frags
    if cached is not None and cached[0]() is doc:
        return cached[1]
    codes = [(subset, b) for subset, data in font.splitString(run.chars, doc) for b in data]
    frags, moved = _tj_arrays(run, codes)
    # Poppler (pdftotext, Evince, Okular) treats a glyph starting within 0.1 em of the
    # previous one as a duplicate and ends the word there, which turned "เพื่อ" into "เพื ่อ".
    # Runs with marks therefore carry their text as /ActualText, which poppler reads instead of
    # the glyphs; pdfminer and pypdf ignore it and read the (already correct) ToUnicode text.
    actual = None
    if moved or _THAI_MARKS.search(run.text):
        actual = "/Span <</ActualText <FEFF%s>>> BDC" % run.text.encode("utf-16-be").hex().upper()
    result = (actual, frags)
    # A weak reference: the cache must not keep a finished document (and its pages) alive.
    run._frags = (weakref.ref(doc), result)
    return result


def _tj_arrays(run: Run, codes: list[tuple[int, int]]) -> tuple[list[tuple[int, float, str]], bool]:
    """A TJ array body per stretch of glyphs in one font subset at one height, and whether any
    glyph stands away from where the previous one left the pen (HarfBuzz moved it)."""
    frags: list[tuple[int, float, str]] = []
    items: list[str] = []
    moved = False
    cur = None
    cx = 0.0  # where the PDF pen stands, relative to the run's start
    for (subset, byte), x, y, w in zip(codes, run.xs, run.ys, run.widths):
        state = (subset, y)
        if state != cur:
            if items:
                frags.append((cur[0], cur[1], " ".join(items)))
            items = []
            cur = state
        d = x - cx
        if d > 0.005 or d < -0.005:
            items.append(_fmt(-d))  # TJ numbers move the pen left, hence the sign
            moved = True
        items.append(f"<{byte:02X}>")
        cx = x + w
    d = run.advance - cx
    if d > 0.005 or d < -0.005:
        items.append(_fmt(-d))
    if items:
        if cur is None:  # an empty run that only moves the pen
            cur = (0, 0.0)
        frags.append((cur[0], cur[1], " ".join(items)))
    return frags, moved


def draw_line(canv, font, size: float, x: float, y: float, runs: list[Run]) -> None:
    """Draw ``runs`` one after another from baseline point (x, y) on ``canv``."""
    doc = canv._doc
    ops = [f"BT 1 0 0 1 {_fmt(x)} {_fmt(y)} Tm"]
    cur_subset = None
    cur_rise = 0.0
    size_s = _fmt(size)
    names: dict[int, str] = {}
    for run in runs:
        actual, frags = _fragments(run, font, doc)
        if actual:
            ops.append(actual)
        for subset, rise, body in frags:
            if subset != cur_subset:
                name = names.get(subset)
                if name is None:
                    name = names[subset] = font.getSubsetInternalName(subset, doc)
                ops.append(f"{name} {size_s} Tf")
                cur_subset = subset
            if rise != cur_rise:
                ops.append(f"{_fmt(rise * size / 1000.0)} Ts")
                cur_rise = rise
            ops.append(f"[{body}] TJ")
        if actual:
            ops.append("EMC")
    if cur_rise:
        ops.append("0 Ts")
    ops.append("ET")
    canv._code.append(" ".join(ops))
