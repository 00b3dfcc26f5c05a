"""``ThaiParagraph``: a reportlab Flowable that breaks Thai between words and shapes it.

It works in a platypus story and inside ``Table`` cells, and splits across frames and pages
line by line (reportlab's own shaped ``Paragraph`` failed there with "Splitting error").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields, replace

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.platypus.flowables import Flowable

from .draw import draw_line
from .lines import Item, Line, count_lines, items_for, layout, widest_unit
from .shaping import Shaper, shaper_for

__all__ = ["Name", "ThaiParagraph", "ThaiStyle"]

LEFT, CENTER, RIGHT = "left", "center", "right"
_ALIGN = {
    TA_LEFT: LEFT,
    TA_CENTER: CENTER,
    TA_RIGHT: RIGHT,
    TA_JUSTIFY: LEFT,  # Thai justification needs inter-cluster spacing; not offered
    "left": LEFT,
    "center": CENTER,
    "centre": CENTER,
    "right": RIGHT,
    "justify": LEFT,
}
# A full Thai stack (tall consonant, upper vowel, tone mark) needs more room than Latin text.
DEFAULT_LEADING_RATIO = 1.4


class Name(str):
    """A part of a paragraph that is a name (a person, a group, an organization).

    ``ThaiParagraph(["1. ", Name("นางสาวสุภาวดี รัตนพันธ์"), ", ", ...])``: no dictionary
    knows names, so a name breaks only at its spaces (a title stays with the given name, the
    surname is whole), never where a dictionary finds a word inside it ("รัตน|พันธ์").
    """

    __slots__ = ()


def _text_and_names(text) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The paragraph's text and the ranges of its ``Name`` parts."""
    if isinstance(text, str) and not isinstance(text, Name):
        return text, ()
    parts = [text] if isinstance(text, str) else list(text)
    out, keep, pos = [], [], 0
    for part in parts:
        is_name = isinstance(part, Name)
        part = unicodedata.normalize("NFC", str(part))
        if is_name:
            keep.append((pos, pos + len(part)))
        out.append(part)
        pos += len(part)
    return "".join(out), tuple(keep)


@dataclass(frozen=True)
class ThaiStyle:
    """Paragraph style; the field names match reportlab's ``ParagraphStyle``.

    ``alignment`` takes "left", "center", "right" (or reportlab's TA_* constants; "justify"
    sets the text ragged-right).  ``leading`` defaults to 1.4 × ``fontSize``.
    ``fontName`` must be a registered :class:`~app.typesetting.fonts.GlyphFont`; the four
    Sarabun styles ("Sarabun", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic")
    register themselves on first use.
    """

    fontName: str = "Sarabun"  # noqa: N815 - reportlab's spelling, so styles interchange
    fontSize: float = 14.0  # noqa: N815
    leading: float | None = None
    alignment: str | int = LEFT
    textColor: object = colors.black  # noqa: N815
    leftIndent: float = 0.0  # noqa: N815
    rightIndent: float = 0.0  # noqa: N815
    firstLineIndent: float = 0.0  # noqa: N815
    spaceBefore: float = 0.0  # noqa: N815
    spaceAfter: float = 0.0  # noqa: N815
    # No single first line left at the foot of a frame (as in reportlab), and no single last
    # line alone at the head of the next one (reportlab allows that widow; a Thai reader sees a
    # lone word at the top of a page as a mistake): at least two lines go together.
    allowOrphans: bool = False  # noqa: N815
    allowWidows: bool = False  # noqa: N815
    # As in reportlab: the paragraph stays on the page of the flowable after it (a heading).
    keepWithNext: bool = False  # noqa: N815

    @classmethod
    def coerce(cls, style) -> ThaiStyle:
        """A ThaiStyle from None, a ThaiStyle, or anything with ParagraphStyle attributes."""
        if style is None:
            return cls()
        if isinstance(style, cls):
            return style
        values = {}
        for f in fields(cls):
            if hasattr(style, f.name):
                values[f.name] = getattr(style, f.name)
        return cls(**values)

    def resolved(self) -> ThaiStyle:
        try:
            align = _ALIGN[self.alignment.lower() if isinstance(self.alignment, str) else self.alignment]
        except KeyError:
            raise ValueError(f"unknown alignment {self.alignment!r}") from None
        leading = self.leading if self.leading else self.fontSize * DEFAULT_LEADING_RATIO
        color = colors.toColor(self.textColor) if self.textColor is not None else colors.black
        return replace(self, alignment=align, leading=float(leading), textColor=color)


class ThaiParagraph(Flowable):
    """A paragraph of Thai (and any mix of Latin, digits, Thai digits) text.

    ``ThaiParagraph(text, style)`` where ``style`` is a :class:`ThaiStyle` or a reportlab
    ``ParagraphStyle`` (fontName, fontSize, leading, alignment, textColor, leftIndent,
    rightIndent, firstLineIndent, spaceBefore, spaceAfter, allowOrphans, allowWidows,
    keepWithNext are used).  ``text`` is plain text, not markup: "<" and "&" print as typed;
    a newline forces a line break.  ``text`` may also be a list of strings, some of them
    :class:`Name` parts, which break only at their spaces.
    """

    def __init__(self, text, style=None) -> None:
        super().__init__()
        self.text, self._names = _text_and_names(text)
        self.style = ThaiStyle.coerce(style).resolved()
        self._shaper: Shaper = shaper_for(self.style.fontName)
        # The shaped pieces, and the items of the last layout (where a word wider than the line
        # was cut, its parts); split() cuts the latter, every new layout starts from the former.
        self._source: list[Item] | None = None
        self._items: list[Item] = []
        self._continued = False  # a continuation after a page break: no first-line indent
        self._space_before = self.style.spaceBefore
        self._space_after = self.style.spaceAfter
        self._layout_width: float | None = None
        self._lines: list[Line] = []
        self.width = 0.0
        self.height = 0.0

    # -- layout --------------------------------------------------------------------------

    def _get_items(self) -> list[Item]:
        if self._source is None:
            # Trailing white space would only add an empty last line.
            self._source = items_for(self.text.rstrip(), self._shaper, self._names)
        return self._source

    def _layout(self, avail_width: float) -> list[Line]:
        if self._layout_width != avail_width:
            st = self.style
            per_em = 1000.0 / st.fontSize
            width = max(avail_width - st.leftIndent - st.rightIndent, 0.0)
            first = width if self._continued else max(width - st.firstLineIndent, 0.0)
            self._lines, self._items = layout(
                self._get_items(), self._shaper, first * per_em, width * per_em
            )
            self._layout_width = avail_width
        return self._lines

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        lines = self._layout(availWidth)
        # A hair of tolerance: frames compute heights in floating point.
        st = self.style
        fit = int((availHeight + 1e-6) // st.leading)
        if fit >= len(lines):
            return [self]
        if fit <= 0 or (fit == 1 and not st.allowOrphans):
            return []
        if not st.allowWidows and len(lines) == fit + 1:
            if len(lines) > 3 or (st.allowOrphans and len(lines) == 3):
                fit -= 1  # give the last line company
            else:
                return []
        cut = lines[fit - 1].end
        head = self._derive(self._items[:cut], self._continued)
        head._space_after = 0.0
        tail = self._derive(self._items[cut:], True)
        tail._space_before = 0.0
        return [head, tail]

    def _derive(self, items: list[Item], continued: bool) -> ThaiParagraph:
        part = ThaiParagraph.__new__(ThaiParagraph)
        Flowable.__init__(part)
        part.text = "".join(i.text for i in items)
        part._names = ()
        part.style = self.style
        part._shaper = self._shaper
        part._source = items
        part._items = items
        part._continued = continued
        part._space_before = self._space_before
        part._space_after = self._space_after
        part._layout_width = None
        part._lines = []
        part.width = part.height = 0.0
        return part

    def getSpaceBefore(self):  # noqa: N802
        return self._space_before

    def getSpaceAfter(self):  # noqa: N802
        return self._space_after

    def minWidth(self):  # noqa: N802
        """The widest word, so an auto-sized Table column never forces a mid-word break."""
        size = self.style.fontSize
        widest = max((i.run.advance for i in self._get_items() if i.run), default=0.0)
        return widest * size / 1000.0 + self.style.leftIndent + self.style.rightIndent

    def natural_width(self) -> float:
        """The width of the paragraph set on one line (each typed line, the widest), in points:
        the most a table column could use."""
        size = self.style.fontSize
        widest = line = 0.0
        for item in self._get_items():
            if item.run is None:
                widest, line = max(widest, line), 0.0
            else:
                line += item.run.advance
        return max(widest, line) * size / 1000.0 + self.style.leftIndent + self.style.rightIndent

    def min_break_width(self) -> float:
        """The narrowest width that needs no break inside a syllable (words may be cut at their
        component words or syllables, as an emergency break would), in points."""
        size = self.style.fontSize
        widest = max((widest_unit(i.run.text, self._shaper) for i in self._get_items() if i.kind == "word"),
                      default=0.0)
        return widest * size / 1000.0 + self.style.leftIndent + self.style.rightIndent

    def line_count(self, avail_width: float) -> int:
        """The number of lines at ``avail_width`` (no less than ``minWidth()``), without laying
        the paragraph out: what a table asks while it tries column widths."""
        st = self.style
        width = max(avail_width - st.leftIndent - st.rightIndent, 0.0) * 1000.0 / st.fontSize
        return count_lines(self._get_items(), width)

    def line_texts(self, avail_width: float) -> list[str]:
        """The text of each line at this width (what a reader sees, line by line)."""
        return [line.text for line in self._layout(avail_width)]

    def line_widths(self, avail_width: float) -> list[float]:
        """The drawn width of each line in points (trailing spaces excluded)."""
        size = self.style.fontSize
        return [line.advance * size / 1000.0 for line in self._layout(avail_width)]

    # -- drawing -------------------------------------------------------------------------

    def draw(self) -> None:
        lines = self._layout(self.width)
        if not lines:
            return
        st = self.style
        canv = self.canv
        size = st.fontSize
        font = self._shaper.font
        ascent = font.face.ascent * size / 1000.0
        descent = -abs(font.face.descent) * size / 1000.0
        # Centre the font's ascent-descent box in each line's leading.
        baseline = (st.leading - (ascent - descent)) / 2.0 + ascent
        inner = self.width - st.leftIndent - st.rightIndent
        canv.saveState()
        canv.setFillColor(st.textColor)
        top = self.height
        for n, line in enumerate(lines):
            if line.runs:
                indent = st.leftIndent
                avail = inner
                if n == 0 and not self._continued:
                    indent += st.firstLineIndent
                    avail -= st.firstLineIndent
                lw = line.advance * size / 1000.0
                if st.alignment == CENTER:
                    indent += (avail - lw) / 2.0
                elif st.alignment == RIGHT:
                    indent += avail - lw
                draw_line(canv, font, size, indent, top - n * st.leading - baseline, line.runs)
        canv.restoreState()

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 40 else self.text[:37] + "..."
        return f"ThaiParagraph({text!r})"
