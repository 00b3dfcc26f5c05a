"""Thai typesetting for the PDF report (no Qt).

Thai is written without spaces between words, needs shaping for its vowels and tone marks,
and must stay extractable from the PDF.  This package does all three for reportlab:

    from app.typesetting import ThaiParagraph, ThaiStyle, register_fonts, thai_digits

    story.append(ThaiParagraph("ระบบราชการ ๔.๐ ...", ThaiStyle(fontSize=16)))

See docs/typesetting.md for the design and its measurements.
"""

from app.thaidate import arabic_digits, thai_digits
from .flowable import Name, ThaiParagraph, ThaiStyle
from .fonts import FAMILY, FONT_NAMES, GlyphFont, font_path, register_fonts

__all__ = [
    "FAMILY",
    "FONT_NAMES",
    "GlyphFont",
    "Name",
    "ThaiParagraph",
    "ThaiStyle",
    "arabic_digits",
    "font_path",
    "register_fonts",
    "thai_digits",
]
