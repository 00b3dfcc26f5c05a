"""The follow-up report's chart: the plan's items by standing at each checkpoint, one stacked bar
per checkpoint.

As in the self-assessment chart, the drawing holds digits only (the checkpoints' numbers and the
count scale), so nothing inside it needs Thai shaping; the key beside it is a table of
ThaiParagraphs, and the table of checkpoints above it names each number.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm

from app.followup_summary import STANDINGS, CheckpointGlance
from app.report import styles as S
from app.typesetting import thai_digits

# Done is the bar's foot, delayed stands out in the middle, items with nothing said are the faint top.
STANDING_COLOURS = {
    "done": colors.HexColor("#3f8f5a"),
    "on_track": colors.HexColor("#5b7fb5"),
    "delayed": colors.HexColor("#d0772c"),
    "cancelled": colors.HexColor("#8a8a8a"),
    "no_update": colors.HexColor("#dcdfe4"),
}
STACK_ORDER = ("done", "on_track", "delayed", "cancelled", "no_update")
assert set(STACK_ORDER) == set(STANDINGS)


def _ticks(high: int) -> list[int]:
    """At most about six whole-number lines from 0 to ``high``."""
    step = max(1, -(-high // 5))
    return list(range(0, high + step, step))


def standings_chart(glances: list[CheckpointGlance], width: float, thai: bool) -> Drawing:
    """Stacked bars of the items' standings, a bar per checkpoint labelled with its number."""
    left, bottom, top, height = 1.2 * cm, 0.9 * cm, 0.3 * cm, 6.5 * cm
    plot_w, plot_h = width - left - 0.2 * cm, height - bottom - top
    digits = thai_digits if thai else str
    ticks = _ticks(max([g.overall.items for g in glances] + [1]))
    high = ticks[-1]
    drawing = Drawing(width, height)

    def y(value: float) -> float:
        return bottom + plot_h * value / high

    for value in ticks:
        drawing.add(Line(left, y(value), left + plot_w, y(value), strokeColor=S.RULE, strokeWidth=0.4,
                         strokeDashArray=[2, 2]))
        drawing.add(String(left - 6, y(value) - 4, digits(str(value)), fontName="Sarabun", fontSize=10,
                           textAnchor="end", fillColor=S.MUTED))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=S.INK, strokeWidth=0.8))
    slot = plot_w / max(len(glances), 1)
    bar = min(slot * 0.56, 2.2 * cm)
    for index, item in enumerate(glances):
        centre = left + slot * index + slot / 2
        base = 0
        for standing in STACK_ORDER:
            count = getattr(item.overall, standing)
            if count:
                drawing.add(Rect(centre - bar / 2, y(base), bar, y(base + count) - y(base),
                                 fillColor=STANDING_COLOURS[standing], strokeColor=colors.white, strokeWidth=0.5))
            base += count
        drawing.add(String(centre, bottom - 13, digits(str(index + 1)), fontName="Sarabun-Bold", fontSize=11,
                           textAnchor="middle", fillColor=S.INK))
    return drawing
