"""Greedy line filling over shaped pieces.

All widths are in 1/1000 em, so a layout only depends on the column width measured in ems.
"""

from __future__ import annotations

from dataclasses import dataclass

from .segment import NEWLINE, SPACE, WORD, emergency_levels, pieces
from .shaping import OVERHANG_LIMIT, Run, Shaper

__all__ = ["Item", "Line", "count_lines", "items_for", "layout", "widest_unit"]

_EPS = 1e-6


@dataclass(slots=True)
class Item:
    """A shaped piece: WORD, SPACE or NEWLINE (``run`` is None for NEWLINE)."""

    kind: str
    run: Run | None

    @property
    def text(self) -> str:
        return "\n" if self.run is None else self.run.text


@dataclass(slots=True)
class Line:
    """One line: the runs to draw and their width (trailing spaces dropped).

    ``end`` indexes the item list the layout returned: the items of this line and of the
    lines before it are ``items[:end]``, which is how a paragraph splits across pages.
    """

    runs: list[Run]
    advance: float
    end: int
    hard: bool  # ended by a typed line break or by the end of the paragraph

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def _join_overhangs(runs: list[Run], shaper: Shaper) -> list[Run]:
    """Reshape a run together with the next one where its marks hang past its end.

    In Sarabun Bold the vowel and tone marks at the end of "ชี้" or "ความรู้" sit up to 22/1000
    em past the word's advance, that is, past the next word's first glyph; extractors that
    sort glyphs by x (pdfplumber) then read "ชวี้ ัด".  Shaped as one run, the glyphs of both
    words are ordered and labelled together (see shaping._order_and_texts).  Rare, and cached.
    """
    if all(r.overhang <= OVERHANG_LIMIT for r in runs[:-1]):
        return runs
    out: list[Run] = []
    for run in runs:
        if out and out[-1].overhang > OVERHANG_LIMIT:
            joined = shaper.run(out[-1].text + run.text)
            out[-1] = joined
        else:
            out.append(run)
    return out


def items_for(text: str, shaper: Shaper, keep: tuple[tuple[int, int], ...] = ()) -> list[Item]:
    run = shaper.run
    has_glyph = shaper.font.face.charToGlyph.__contains__
    items = []
    for p in pieces(text, keep):
        if p.kind == NEWLINE:
            items.append(Item(NEWLINE, None))
            continue
        s = p.text
        if p.kind == SPACE and not all(map(has_glyph, map(ord, s))):
            # A tab or an em space the font lacks would print as a box: a plain space instead.
            s = "".join(c if has_glyph(ord(c)) or c == "\u200b" else " " for c in s)
        items.append(Item(p.kind, run(s)))
    return items


def _split_to_fit(text: str, shaper: Shaper, width: float, levels) -> list[Run]:
    """Runs no wider than ``width`` (where possible), using the coarsest splitter that works.

    A part that is still too wide is tried again from the same level (a compound inside a
    compound), and only then at the next, finer level.
    """
    run = shaper.run(text)
    if run.advance <= width + _EPS or not levels:
        return [run]
    units = levels[0](text)
    if len(units) == 1:
        return _split_to_fit(text, shaper, width, levels[1:])
    return [r for u in units for r in _split_to_fit(u, shaper, width, levels)]


def widest_unit(text: str, shaper: Shaper) -> float:
    """The widest piece an emergency break may leave of ``text`` without cutting a syllable
    (1/1000 em): the narrowest column that still needs no break inside a syllable."""
    return max(r.advance for r in _split_to_fit(text, shaper, 0.0, emergency_levels()[:2]))


def count_lines(items: list[Item], width: float) -> int:
    """How many lines ``layout`` makes of ``items`` at ``width`` (1/1000 em), counted without
    building them; only for widths at which every word fits (table columns sized from content
    try many widths, so this is the cheap way to ask)."""
    lines = 0
    cur = pending = 0.0
    has_word = soft_start = False
    for item in items:
        kind = item.kind
        if kind == NEWLINE:
            lines += 1
            cur = pending = 0.0
            has_word = soft_start = False
        elif kind == SPACE:
            if has_word or not soft_start:
                pending += item.run.advance
        else:
            adv = item.run.advance
            if (has_word or pending) and cur + pending + adv > width + _EPS:
                lines += 1
                cur, soft_start = adv, True
            else:
                cur += pending + adv
            pending, has_word = 0.0, True
    return lines + 1 if (has_word or pending) else max(lines, 0)


def layout(
    items: list[Item], shaper: Shaper, first_width: float, width: float
) -> tuple[list[Line], list[Item]]:
    """Fill lines greedily; widths in 1/1000 em (``first_width`` for the first line).

    Returns the lines and the item list they index, which differs from ``items`` only where a
    word wider than a whole line had to be cut into grapheme clusters.
    """
    lines: list[Line] = []
    out: list[Item] = []
    cur: list[Run] = []
    cur_adv = 0.0
    pending: list[Run] = []  # spaces seen after the last word, drawn only if a word follows
    pending_adv = 0.0
    avail = first_width
    soft_start = False  # True after an automatic wrap: spaces at the start are not drawn

    def flush(end: int, hard: bool) -> None:
        nonlocal cur, cur_adv, pending, pending_adv, avail, soft_start
        lines.append(Line(_join_overhangs(cur, shaper), cur_adv, end, hard))
        cur, cur_adv, pending, pending_adv = [], 0.0, [], 0.0
        avail = width
        soft_start = not hard

    def place(item: Item) -> None:
        """Put a word on the current line, or wrap first; the word is known to fit a line."""
        nonlocal cur_adv, pending, pending_adv
        adv = item.run.advance
        if (cur or pending) and cur_adv + pending_adv + adv > avail + _EPS:
            flush(len(out), False)
        cur.extend(pending)
        cur.append(item.run)
        cur_adv += pending_adv + adv
        pending, pending_adv = [], 0.0
        out.append(item)

    for item in items:
        kind = item.kind
        if kind == NEWLINE:
            out.append(item)
            flush(len(out), True)
        elif kind == SPACE:
            out.append(item)
            if cur or not soft_start:
                pending.append(item.run)
                pending_adv += item.run.advance
        elif item.run.advance <= width + _EPS or item.run.advance <= avail + _EPS:
            place(item)
        else:
            # Wider than any line: an emergency break, between syllables where they fit, else
            # between grapheme clusters.  Start it on a fresh line (a long URL reads better
            # that way), then fill line after line.
            if cur:
                flush(len(out), False)
            for part in _split_to_fit(item.run.text, shaper, width, emergency_levels()):
                if cur and cur_adv + part.advance > avail + _EPS:
                    flush(len(out), False)
                cur.append(part)
                cur_adv += part.advance
                out.append(Item(WORD, part))
    if cur or pending:
        lines.append(Line(_join_overhangs(cur, shaper), cur_adv, len(out), True))
    elif lines:
        lines[-1].hard = True
    return lines, out
