"""The Sarabun family, registered with reportlab once, as fonts that can draw shaped glyphs.

Fonts come from the ``fontpkg-sarabun`` wheel; nothing is copied into the repository.

Why a TTFont subclass: reportlab's own shaping maps every shaped glyph to a private-use code
point and writes that code point into the ToUnicode map, so the PDF text layer loses tone marks
and sara am.  ``GlyphFont`` keeps reportlab's subsetting but gives each *(glyph, source text)*
pair its own code, and writes the source text into the ToUnicode map.  A glyph that HarfBuzz
substituted (a small tone mark, a narrow descender form, a nikhahit+tone ligature) therefore
extracts as exactly the characters the user typed.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

__all__ = [
    "FAMILY",
    "FONT_NAMES",
    "GlyphFont",
    "font_path",
    "get_glyph_font",
    "register_fonts",
]

FAMILY = "Sarabun"

# reportlab name -> file name inside fontpkg_sarabun.ROOT / "files"
_FILES = {
    "Sarabun": "Sarabun-Regular.ttf",
    "Sarabun-Bold": "Sarabun-Bold.ttf",
    "Sarabun-Italic": "Sarabun-Italic.ttf",
    "Sarabun-BoldItalic": "Sarabun-BoldItalic.ttf",
}
FONT_NAMES = tuple(_FILES)

# Private-use plane 15: reportlab's own shaping allocates from U+E000, and Sarabun maps nothing
# here, so our codes can never collide with real characters or with reportlab's.
_PUA_FIRST = 0xF0000
_PUA_LAST = 0xFFFFD

_lock = threading.Lock()


def font_path(name: str = "Sarabun") -> Path:
    """The TTF file of one of ``FONT_NAMES``."""
    import fontpkg_sarabun  # imported lazily: only the report needs the fonts

    try:
        file_name = _FILES[name]
    except KeyError:
        raise KeyError(f"unknown Sarabun style {name!r}; choose one of {FONT_NAMES}") from None
    return Path(fontpkg_sarabun.ROOT) / "files" / file_name


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


class GlyphFont(TTFont):
    """A reportlab TrueType font that also accepts shaped glyphs with their source text.

    Plain text drawn by ordinary reportlab code (``Paragraph``, ``drawString``) keeps working
    unchanged; the extra codes only appear in strings built by :meth:`glyph_char`.
    """

    def __init__(self, name: str, filename: str | Path) -> None:
        super().__init__(name, str(filename))
        self.path = Path(filename)
        self._code_for: dict[tuple[int, str, int], str] = {}  # (glyph, text, width) -> code
        self._text_of: dict[int, str] = {}  # private code point -> source text
        self._next_pua = _PUA_FIRST

    def glyph_char(self, gid: int, text: str, width: int) -> str:
        """The one-character string that draws glyph ``gid`` and extracts as ``text``.

        ``width`` is the glyph's advance in 1/1000 em: it becomes the subset's /Widths entry,
        so the PDF pen moves naturally and only deviations need explicit positioning.
        """
        key = (gid, text, width)
        char = self._code_for.get(key)
        if char is not None:
            return char
        with _lock:
            char = self._code_for.get(key)
            if char is not None:
                return char
            face = self.face
            cp = ord(text) if len(text) == 1 else -1
            if cp >= 0 and face.charToGlyph.get(cp) == gid and face.charWidths.get(cp) == width:
                # The glyph is exactly what the character maps to: use the ordinary code, so
                # this text shares subsets with plain reportlab text and stays readable.
                char = text
            else:
                pua = self._next_pua
                if pua > _PUA_LAST:
                    raise RuntimeError(f"font {self.fontName}: too many distinct shaped glyphs")
                self._next_pua = pua + 1
                face.charToGlyph[pua] = gid
                face.charWidths[pua] = width
                self._text_of[pua] = text
                char = chr(pua)
            self._code_for[key] = char
            return char

    def _to_unicode_cmap(self, cmap_name: str, subset: list[int]) -> str:
        entries = []
        for code, cp in enumerate(subset):
            text = self._text_of.get(cp)
            if text is None:
                text = chr(cp)
            # An empty destination means "this glyph adds no text" (the second glyph of a
            # decomposed sara am); extractors then simply skip it.
            entries.append(f"<{code:02X}> <{_utf16_hex(text)}>")
        lines = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({cmap_name}) /Ordering ({cmap_name}) /Supplement 0 >> def",
            f"/CMapName /{cmap_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
        ]
        # The PDF spec limits one bfchar block to 100 entries.
        for start in range(0, len(entries), 100):
            block = entries[start : start + 100]
            lines.append(f"{len(block)} beginbfchar")
            lines.extend(block)
            lines.append("endbfchar")
        lines += [
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
        return "\n".join(lines)

    def addObjects(self, doc) -> None:  # noqa: N802 - reportlab's name
        # Same objects as TTFont.addObjects; only the ToUnicode map differs.
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = b"".join(
                (SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)
            ).decode("pdfdoc")

            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(c) for c in subset])

            cmap_stream = pdfdoc.PDFStream()
            cmap_stream.content = self._to_unicode_cmap(base_font_name, subset)
            if doc.compression:
                cmap_stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)

            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


def register_fonts() -> tuple[str, ...]:
    """Register the Sarabun family with reportlab (idempotent, thread-safe); return the names.

    Also registers the family mapping, so ``<b>`` in an ordinary reportlab ``Paragraph`` with
    ``fontName="Sarabun"`` picks Sarabun-Bold.
    """
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name in FONT_NAMES:
            if name in registered and isinstance(pdfmetrics.getFont(name), GlyphFont):
                continue
            pdfmetrics.registerFont(GlyphFont(name, font_path(name)))
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal="Sarabun",
            bold="Sarabun-Bold",
            italic="Sarabun-Italic",
            boldItalic="Sarabun-BoldItalic",
        )
    return FONT_NAMES


def get_glyph_font(name: str) -> GlyphFont:
    """The registered :class:`GlyphFont` called ``name`` (registering Sarabun on first use)."""
    if name in _FILES:
        register_fonts()
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        raise KeyError(
            f"font {name!r} is not registered; use one of {FONT_NAMES} "
            "or register a GlyphFont(name, path) with reportlab first"
        ) from None
    if not isinstance(font, GlyphFont):
        raise TypeError(
            f"font {name!r} is a plain reportlab font; Thai typesetting needs a GlyphFont "
            "(register it with app.typesetting.fonts.GlyphFont(name, path))"
        )
    return font
