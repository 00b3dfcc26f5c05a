"""Type sizes of the report. Google's Sarabun is scaled to sit with Latin fonts, about 1.35 × larger
than TH SarabunPSK at the same point size, so 12 pt body text here matches the official 16 pt
TH SarabunPSK page (docs/report.md)."""

from __future__ import annotations

from reportlab.lib import colors

from app.typesetting import ThaiStyle

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f3f73")
RULE = colors.HexColor("#8a8a8a")
HEADER_FILL = colors.HexColor("#e4e9f2")
STRIPE_FILL = colors.HexColor("#f6f7f9")

BODY = ThaiStyle(fontName="Sarabun", fontSize=12, textColor=INK, spaceAfter=3)
BULLET = ThaiStyle(fontName="Sarabun", fontSize=12, textColor=INK, leftIndent=12, firstLineIndent=-9, spaceAfter=1)
SMALL = ThaiStyle(fontName="Sarabun", fontSize=10, textColor=INK)
SMALL_BOLD = ThaiStyle(fontName="Sarabun-Bold", fontSize=10, textColor=INK)
SMALL_RIGHT = ThaiStyle(fontName="Sarabun", fontSize=10, textColor=INK, alignment="right")
SMALL_CENTER = ThaiStyle(fontName="Sarabun", fontSize=10, textColor=INK, alignment="center")
NOTE = ThaiStyle(fontName="Sarabun", fontSize=10.5, textColor=MUTED, spaceBefore=4, spaceAfter=4)
H1 = ThaiStyle(fontName="Sarabun-Bold", fontSize=17, textColor=ACCENT, spaceBefore=6, spaceAfter=8)
H2 = ThaiStyle(fontName="Sarabun-Bold", fontSize=14, textColor=ACCENT, spaceBefore=10, spaceAfter=4)
H3 = ThaiStyle(fontName="Sarabun-Bold", fontSize=12.5, textColor=INK, spaceBefore=6, spaceAfter=2)
COVER_ORG = ThaiStyle(fontName="Sarabun-Bold", fontSize=20, textColor=INK, alignment="center", spaceAfter=6)
COVER_TITLE = ThaiStyle(fontName="Sarabun-Bold", fontSize=24, textColor=ACCENT, alignment="center", spaceAfter=10)
COVER_LINE = ThaiStyle(fontName="Sarabun", fontSize=14, textColor=INK, alignment="center", spaceAfter=4)
SIGN = ThaiStyle(fontName="Sarabun", fontSize=12, textColor=INK, alignment="center", spaceAfter=2)
