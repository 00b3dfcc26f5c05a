"""The impact–effort 2×2: each scored initiative as a numbered dot (its rank), quadrants named."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ranking import Ranked
from ui.common import theme
from ui.common.text_fit import wrapped


class ImpactEffortChart(QWidget):
    """Effort runs left (low) to right (high), impact bottom (low) to top (high), on the 1–5 scales."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("impactEffortChart")
        self.ranked: list[Ranked] = []
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(340, 340)

    def set_ranked(self, ranked: list[Ranked]) -> None:
        self.ranked = list(ranked)
        scored = sum(1 for r in ranked if r.initiative.impact and r.initiative.effort)
        self.setToolTip(self.tr("%n initiative(s) scored for impact and effort", "", scored))
        self.update()

    def paintEvent(self, _event) -> None:
        """A 5×5 grid on the 1–5 scales, numbered on both axes. Scores of 3 sit in a neutral middle
        band, not on a line between two quadrants; the quadrants' names have strips of their own
        above and below the grid, so no dot ever covers them."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        sfm = QFontMetricsF(small)
        tick = fm.horizontalAdvance("5") + 8
        left = fm.height() + 6 + tick
        strip = sfm.height() + 6
        area = QRectF(left, 2, self.width() - left - 6, self.height() - 2 - 2 * (fm.height() + 4))
        plot = area.adjusted(0, strip, 0, -strip)
        cell_w, cell_h = plot.width() / 5, plot.height() / 5
        quadrants = (  # (columns, rows from the top of the grid, colour, name, where the name goes)
            ((0, 2), (0, 2), theme.QUICK_WIN_FILL, self.tr("Quick wins"), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            ((3, 5), (0, 2), theme.MAJOR_FILL, self.tr("Major projects"), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            ((0, 2), (3, 5), theme.NEUTRAL_FILL, self.tr("Fill-ins"), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            ((3, 5), (3, 5), theme.THANKLESS_FILL, self.tr("Thankless tasks"), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom))
        painter.fillRect(area, QColor(theme.CHART_BACK))  # the middle band (scores of 3) stays neutral
        painter.setFont(small)
        for (c0, c1), (r0, r1), color, name, where in quadrants:
            top = area.top() if r0 == 0 else plot.top() + r0 * cell_h
            bottom = plot.top() + r1 * cell_h if r0 == 0 else area.bottom()
            rect = QRectF(plot.left() + c0 * cell_w, top, (c1 - c0) * cell_w, bottom - top)
            painter.fillRect(rect, QColor(color))
            painter.setPen(QColor(theme.MUTED))
            room = rect.adjusted(5, 2, -5, -2)  # a name wider than its two columns ends in "…" (150 % scaling)
            painter.drawText(room, int(where), wrapped(name, small, int(room.width()), 1))
        painter.setPen(QPen(QColor(theme.LINE), 1))
        for n in range(1, 5):
            painter.drawLine(QPointF(plot.left() + n * cell_w, plot.top()), QPointF(plot.left() + n * cell_w, plot.bottom()))
            painter.drawLine(QPointF(plot.left(), plot.top() + n * cell_h), QPointF(plot.right(), plot.top() + n * cell_h))
        painter.setPen(QPen(QColor(theme.FAINT), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        painter.setFont(self.font())
        painter.setPen(QColor(theme.INK))
        for n in range(1, 6):  # the scales
            painter.drawText(QRectF(plot.left() + (n - 1) * cell_w, area.bottom() + 2, cell_w, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, str(n))
            painter.drawText(QRectF(area.left() - tick, plot.top() + (5 - n) * cell_h, tick - 4, cell_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(n))
        painter.drawText(QRectF(plot.left(), area.bottom() + fm.height() + 4, plot.width(), fm.height() + 2),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Effort →"))
        painter.save()
        painter.translate(2, plot.bottom())
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, plot.height(), fm.height() + 2), Qt.AlignmentFlag.AlignCenter, self.tr("Impact →"))
        painter.restore()
        self._draw_dots(painter, plot, cell_w, cell_h, small, fm)
        painter.end()

    def dots(self, plot: QRectF, cell_w: float, cell_h: float, base: float) -> list[tuple[Ranked, QPointF, float]]:
        """(initiative, centre, radius) of each dot: in the cell of its two scores, several in one cell
        sharing it in a small grid that stays inside the cell."""
        cells: dict[tuple[int, int], list[Ranked]] = {}
        for r in self.ranked:
            if r.initiative.impact and r.initiative.effort:
                cells.setdefault((r.initiative.effort, r.initiative.impact), []).append(r)
        placed = []
        for (effort, impact), items in cells.items():
            centre = QPointF(plot.left() + (effort - 0.5) * cell_w, plot.top() + (5.5 - impact) * cell_h)
            per_row = math.ceil(math.sqrt(len(items)))
            rows = math.ceil(len(items) / per_row)
            radius = min(base, cell_w / (2 * per_row) - 1, cell_h / (2 * rows) - 1)
            step = 2 * radius + 1
            origin = centre - QPointF((per_row - 1) * step / 2, (rows - 1) * step / 2)
            placed += [(r, origin + QPointF((n % per_row) * step, (n // per_row) * step), radius)
                       for n, r in enumerate(items)]
        return placed

    def _draw_dots(self, painter: QPainter, plot: QRectF, cell_w: float, cell_h: float, small: QFont, fm) -> None:
        """Each scored initiative as a dot numbered with its rank."""
        painter.setFont(small)
        fits = QFontMetricsF(small).height() * 0.45  # the rank is written inside dots at least this big
        for r, dot, radius in self.dots(plot, cell_w, cell_h, max(fm.height() * 0.75, 9)):
            painter.setPen(QPen(QColor(theme.BAR_EDGE), 1))
            painter.setBrush(QColor(theme.BAR) if r.rank <= 3 else QColor(theme.BAR_LIGHT))
            painter.drawEllipse(dot, radius, radius)
            if radius >= fits:
                painter.setPen(QColor(theme.PAPER))
                painter.drawText(QRectF(dot.x() - radius - 4, dot.y() - radius, 2 * radius + 8, 2 * radius),
                                 Qt.AlignmentFlag.AlignCenter, r.label)
