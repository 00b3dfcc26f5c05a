"""The self-assessment chart: mean maturity per PMQA category, with each category's range."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm

from app.report import styles as S
from app.report.data import ReportData
from app.typesetting import thai_digits

BAR = colors.HexColor("#5b7fb5")
RANGE = colors.HexColor("#1a1a1a")


def scale_frame(data: ReportData, width: float, height: float, thai: bool):
    """A drawing with the maturity scale drawn: dashed lines at each level, digit labels, a base line.

    Returns ``(drawing, y, left, bottom, plot_width, digits)``, where ``y(value)`` places a level.
    """
    left, bottom, top = 1.2 * cm, 0.9 * cm, 0.3 * cm
    values = [lvl.value for lvl in data.levels] or [1]
    high = max(values)
    plot_w, plot_h = width - left - 0.2 * cm, height - bottom - top
    drawing = Drawing(width, height)
    digits = thai_digits if thai else str

    def y(value: float) -> float:
        return bottom + plot_h * value / (high or 1)

    for value in values:
        drawing.add(Line(left, y(value), left + plot_w, y(value), strokeColor=S.RULE, strokeWidth=0.4,
                         strokeDashArray=[2, 2]))
        drawing.add(String(left - 6, y(value) - 4, digits(str(value)), fontName="Sarabun", fontSize=10,
                           textAnchor="end", fillColor=S.MUTED))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=S.INK, strokeWidth=0.8))
    return drawing, y, left, bottom, plot_w, digits


def assessment_chart(data: ReportData, width: float, thai: bool) -> Drawing:
    """Bars for the means, a vertical line from lowest to highest score per category.

    Labels are digits only ("1".."7", the scale's values), so no Thai shaping is needed inside
    the drawing; the table above the chart names the categories.
    """
    drawing, y, left, bottom, plot_w, digits = scale_frame(data, width, 6.5 * cm, thai)
    count = max(len(data.categories), 1)
    slot = plot_w / count
    for index, (category, agg) in enumerate(zip(data.categories, data.category_scores)):
        x = left + slot * index
        centre = x + slot / 2
        if agg.mean is not None:
            drawing.add(Rect(x + slot * 0.22, bottom, slot * 0.56, y(agg.mean) - bottom, fillColor=BAR,
                             strokeColor=None))
            drawing.add(Line(centre, y(agg.lowest), centre, y(agg.highest), strokeColor=RANGE, strokeWidth=1.4))
            for value in (agg.lowest, agg.highest):
                drawing.add(Line(centre - 5, y(value), centre + 5, y(value), strokeColor=RANGE, strokeWidth=1.4))
        drawing.add(String(centre, bottom - 13, digits(str(category.number)), fontName="Sarabun-Bold",
                           fontSize=11, textAnchor="middle", fillColor=S.INK))
    return drawing
