"""Type sizes of the report, all derived from the body size.

Google's Sarabun is drawn larger than TH SarabunPSK at the same point size (16 pt TH SarabunPSK is about
10.9 pt Sarabun, measured as docs/report.md says); the 12 pt default body is what agencies have
printed so far. A facilitator may choose another body size; headings, tables and notes keep their
proportions to it.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors

from app.typesetting import ThaiStyle

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f3f73")
RULE = colors.HexColor("#8a8a8a")
HEADER_FILL = colors.HexColor("#e4e9f2")
STRIPE_FILL = colors.HexColor("#f6f7f9")

DEFAULT_BODY = 12.0
BODY_SIZES = (11.0, 12.0, 13.0, 14.0, 15.0, 16.0)


class ReportStyles:
    """The report's paragraph styles for one body size (``styles_for(size)`` caches them)."""

    def __init__(self, body: float = DEFAULT_BODY):
        k = body / DEFAULT_BODY
        self.body = body

        def style(size: float, bold: bool = False, **more) -> ThaiStyle:
            more.setdefault("textColor", INK)
            return ThaiStyle(fontName="Sarabun-Bold" if bold else "Sarabun", fontSize=round(size * k, 2), **more)

        self.BODY = style(12, spaceAfter=3 * k)
        self.BULLET = style(12, leftIndent=12 * k, firstLineIndent=-9 * k, spaceAfter=1 * k)
        self.SMALL = style(10)
        self.SMALL_BOLD = style(10, True)
        self.SMALL_RIGHT = style(10, alignment="right")
        self.SMALL_BOLD_RIGHT = style(10, True, alignment="right")
        self.SMALL_CENTER = style(10, alignment="center")
        self.SMALL_BOLD_CENTER = style(10, True, alignment="center")
        self.NOTE = style(10.5, textColor=MUTED, spaceBefore=4 * k, spaceAfter=4 * k)
        # Headings stay on the page of what follows them.
        self.H1 = style(17, True, textColor=ACCENT, spaceBefore=6 * k, spaceAfter=8 * k, keepWithNext=True)
        self.H2 = style(14, True, textColor=ACCENT, spaceBefore=10 * k, spaceAfter=4 * k, keepWithNext=True)
        self.H3 = style(12.5, True, spaceBefore=6 * k, spaceAfter=2 * k, keepWithNext=True)
        self.COVER_ORG = style(20, True, alignment="center", spaceAfter=6 * k)
        self.COVER_TITLE = style(24, True, textColor=ACCENT, alignment="center", spaceAfter=10 * k)
        self.COVER_LINE = style(14, alignment="center", spaceAfter=4 * k)
        self.SIGN = style(12, alignment="center", spaceAfter=2 * k)
        self.TAG = style(10, True, textColor=ACCENT)
        self.FAINT = style(10, textColor=MUTED)

    def group(self, color: str) -> ThaiStyle:
        """A group's name above its cards, in the group's colour."""
        return ThaiStyle(fontName="Sarabun-Bold", fontSize=self.SMALL.fontSize * 1.15,
                         textColor=colors.HexColor(color), spaceBefore=self.BODY.spaceAfter, keepWithNext=True)


@lru_cache(maxsize=8)
def styles_for(body: float = DEFAULT_BODY) -> ReportStyles:
    return ReportStyles(float(body))
