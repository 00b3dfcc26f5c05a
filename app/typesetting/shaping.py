"""HarfBuzz shaping with a cache of shaped words.

A report repeats the same few thousand words many times, so each distinct (font, text) is
shaped once.  Results are kept in font units of 1/1000 em, which makes them independent of
the point size: one cache entry serves 12 pt table cells and 16 pt body text alike.
"""

from __future__ import annotations

import threading

import uharfbuzz as hb

from .fonts import GlyphFont, get_glyph_font

__all__ = ["Run", "Shaper", "shaper_for"]


class Run:
    """A shaped piece of text, ready to draw.

    ``chars`` holds one font code per glyph (see :meth:`GlyphFont.glyph_char`), ``xs`` and
    ``ys`` the glyph origins relative to the run's start, ``widths`` the advance the PDF
    viewer will apply after each glyph, and ``advance`` the run's width, all in 1/1000 em.
    """

    __slots__ = ("text", "chars", "xs", "ys", "widths", "advance", "overhang", "_frags")

    def __init__(self, text, chars, xs, ys, widths, advance):
        self.text = text
        self.chars = chars
        self.xs = xs
        self.ys = ys
        self.widths = widths
        self.advance = advance
        # How far a glyph origin lies past the run's end (bold marks hang out): the next run's
        # first glyph would then sort before those marks in an extractor.  See lines.py.
        self.overhang = max(xs) - advance if xs else -1.0
        self._frags = None  # (doc, fragments) for the document being drawn; see draw.py

    def width(self, size: float) -> float:
        return self.advance * size / 1000.0

    def __repr__(self) -> str:
        return f"Run({self.text!r}, advance={self.advance})"


_NUDGE = 1.0  # 1/1000 em: far below anything visible (0.016 pt at 16 pt)
# The most a mark is moved left to keep x order = logical order: 12/1000 em is 0.19 pt at
# 16 pt, a twentieth of a millimetre, while Sarabun Bold hangs the marks of "ที่" 9 units
# past the word's end (so the next word's first letter sorted before them).
_MAX_NUDGE = 12.0
_CACHE_LIMIT = 50_000  # shaped runs per font, roughly 1 kB each
OVERHANG_LIMIT = -_NUDGE  # a run whose overhang exceeds this must not end mid-line


def _order_and_texts(text: str, clusters: list[int], xs: list[float]):
    """Emission order of the glyphs, and the source text each glyph carries.

    Extractors rebuild text from glyph positions: poppler and pdfminer sort glyphs by x, pypdf
    keeps content-stream order.  Thai marks often sit left of the glyph logically before them
    (in "ตั้ง" the lowered tone mark is 9 units left of sara a am), so a 1:1 glyph-to-character
    mapping in HarfBuzz order came back as "ต้ัง".  Instead, within each grapheme cluster the
    glyphs are emitted in x order and the cluster's characters are handed out in logical order
    along that x order: stream order and x order then spell the same, typed, text.
    A cluster with fewer glyphs than characters (a ligature) gives its last glyph the rest; one
    with more glyphs than characters gives the surplus glyphs no text.
    """
    n = len(clusters)
    order: list[int] = []
    texts: list[str] = [""] * n
    i = 0
    while i < n:
        # A group is one cluster, extended while the next cluster starts clearly left of a
        # glyph already in the group (a bold sara i hangs 22/1000 em past the next
        # consonant's origin): such clusters can only be spelled right by sorting them
        # together.  Smaller overhangs are nudged away below instead.
        start = clusters[i]
        j = i
        right = xs[i]
        while j < n and (clusters[j] == start or xs[j] < right - _MAX_NUDGE):
            start_j = clusters[j]
            while j < n and clusters[j] == start_j:
                right = max(right, xs[j])
                j += 1
            start = start_j
        end = clusters[j] if j < n else len(text)
        chars = text[clusters[i] : end]
        glyphs = sorted(range(i, j), key=xs.__getitem__)  # stable: ties keep HarfBuzz order
        order.extend(glyphs)
        last = len(glyphs) - 1
        for k, g in enumerate(glyphs):
            if k < last:
                texts[g] = chars[k] if k < len(chars) - 1 else ""
            else:
                texts[g] = chars[min(k, len(chars) - 1) :] if chars else ""
        i = j
    return order, texts


class Shaper:
    """Shapes text in one :class:`GlyphFont`, caching the result per text."""

    def __init__(self, font: GlyphFont) -> None:
        self.font = font
        blob = hb.Blob.from_file_path(str(font.path))
        face = hb.Face(blob)
        self._hb_font = hb.Font(face)
        self._scale = 1000.0 / face.upem
        nominal = self._hb_font.get_nominal_glyph
        # HarfBuzz always decomposes sara am into nikhahit + sara aa (to stack tone marks).
        # Where no tone mark needs the nikhahit, the font's precomposed sara am draws the same
        # shape as one glyph, so the text layer needs no glyph without text.
        self._nikhahit = nominal(0x0E4D)
        self._sara_aa = nominal(0x0E32)
        self._sara_am = nominal(0x0E33)
        self._cache: dict[str, Run] = {}
        self._lock = threading.Lock()

    def run(self, text: str) -> Run:
        run = self._cache.get(text)
        if run is None:
            run = self._shape(text)
            if len(self._cache) >= _CACHE_LIMIT:
                # A long GUI session must not grow without bound; a report's vocabulary is
                # far smaller than this, so clearing is rare and only costs re-shaping.
                self._cache.clear()
            # A plain dict assignment is atomic; two threads shaping the same word is harmless.
            self._cache[text] = run
        return run

    def width(self, text: str, size: float) -> float:
        return self.run(text).advance * size / 1000.0

    def _shape(self, text: str) -> Run:
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        hb_font = self._hb_font
        with self._lock:  # hb.Font is not safe to share between threads
            hb.shape(hb_font, buf, {})
            gids = [info.codepoint for info in buf.glyph_infos]
            clusters = [info.cluster for info in buf.glyph_infos]
            positions = buf.glyph_positions
            scale = self._scale
            xs, ys = [], []
            pen = 0.0
            for pos in positions:
                xs.append(pen + pos.x_offset * scale)
                ys.append(pos.y_offset * scale)
                pen += pos.x_advance * scale
            if "\u0e33" in text and self._sara_am:
                self._recompose_sara_am(gids, clusters, xs, ys)
            widths = [round(hb_font.get_glyph_h_advance(g) * scale) for g in gids]
        order, texts = _order_and_texts(text, clusters, xs)
        # Keep x strictly increasing in stream order (see _order_and_texts): a zero-width mark
        # with no offset sits exactly where the next glyph starts, and a tie lets an extractor
        # put the mark after that glyph.  Moving it left by 1/1000 em removes the tie.
        limit = pen
        out_x: list[float] = [0.0] * len(order)
        for k in range(len(order) - 1, -1, -1):
            x = xs[order[k]]
            if limit - _NUDGE < x <= limit + _MAX_NUDGE:
                x = limit - _NUDGE
            out_x[k] = x
            limit = x
        # A zero-width mark gets a /Widths entry reaching to the next glyph.  The pen does not
        # care (TJ adjustments place every glyph), but pdfplumber starts a new word when a
        # glyph begins more than 3 pt after the previous glyph's box ends, which happened
        # after a mark sorted behind a wide consonant.  Never further: poppler's word box
        # would then swallow the next space.
        pdf_widths = []
        for k, g in enumerate(order):
            w = widths[g]
            if w == 0:
                nxt = out_x[k + 1] if k + 1 < len(order) else pen
                w = max(0, round(nxt - out_x[k]))
            pdf_widths.append(w)
        glyph_char = self.font.glyph_char
        chars = "".join(
            glyph_char(gids[g], texts[g], w) for g, w in zip(order, pdf_widths)
        )
        return Run(
            text,
            chars,
            tuple(out_x),
            tuple(ys[g] for g in order),
            tuple(pdf_widths),
            pen,
        )

    def _recompose_sara_am(self, gids, clusters, xs, ys) -> None:
        """Replace a bare nikhahit + sara aa pair by the precomposed sara am glyph, in place."""
        k = 0
        while k < len(gids) - 1:
            if (
                gids[k] == self._nikhahit
                and gids[k + 1] == self._sara_aa
                and clusters[k] == clusters[k + 1]
            ):
                # The composed glyph draws its nikhahit relative to sara aa's origin.
                gids[k + 1] = self._sara_am
                for lst in (gids, clusters, xs, ys):
                    del lst[k]
            k += 1


_shapers: dict[str, Shaper] = {}
_shapers_lock = threading.Lock()


def shaper_for(font_name: str) -> Shaper:
    """The shared :class:`Shaper` of a registered font (Sarabun styles register themselves)."""
    shaper = _shapers.get(font_name)
    if shaper is None:
        font = get_glyph_font(font_name)
        with _shapers_lock:
            shaper = _shapers.get(font_name)
            if shaper is None or shaper.font is not font:
                shaper = _shapers[font_name] = Shaper(font)
    return shaper
