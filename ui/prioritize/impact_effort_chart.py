"""The impact–effort 2×2: each scored initiative as a numbered dot (its rank), quadrants named."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ranking import Ranked


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
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        margin = fm.height() * 2
        side = min(self.width() - margin - 8, self.height() - margin - 8)
        plot = QRectF(margin, 4, side, side)
        half_w, half_h = plot.width() / 2, plot.height() / 2
        quadrants = (  # (column, row from top, colour, label)
            (0, 0, "#e3f4e1", self.tr("Quick wins")), (1, 0, "#e6eefb", self.tr("Major projects")),
            (0, 1, "#f5f5f5", self.tr("Fill-ins")), (1, 1, "#fbe9e7", self.tr("Thankless tasks")))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        for col, row, color, label in quadrants:
            rect = QRectF(plot.left() + col * half_w, plot.top() + row * half_h, half_w, half_h)
            painter.fillRect(rect, QColor(color))
            painter.setPen(QColor("#777777"))
            painter.setFont(small)
            painter.drawText(rect.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
                             | Qt.TextFlag.TextWordWrap, label)
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setFont(self.font())
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height() + 4),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Effort →"))
        painter.save()
        painter.translate(plot.left() - 4, plot.bottom())
        painter.rotate(-90)
        painter.drawText(QRectF(0, -fm.height() - 4, plot.height(), fm.height() + 4),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Impact →"))
        painter.restore()

        def point(effort: int, impact: int) -> QPointF:
            return QPointF(plot.left() + (effort - 0.5) / 5 * plot.width(),
                           plot.bottom() - (impact - 0.5) / 5 * plot.height())

        cells: dict[tuple[int, int], list[Ranked]] = {}
        for r in self.ranked:
            if r.initiative.impact and r.initiative.effort:
                cells.setdefault((r.initiative.effort, r.initiative.impact), []).append(r)
        cell = plot.width() / 5
        base = max(fm.height() * 0.75, 9)
        for (effort, impact), items in cells.items():
            per_row = math.ceil(math.sqrt(len(items)))
            radius = min(base, cell / (2 * per_row) - 1)
            step = 2 * radius + 1
            origin = point(effort, impact) - QPointF((per_row - 1) * step / 2, (math.ceil(len(items) / per_row) - 1) * step / 2)
            for n, r in enumerate(items):
                center = origin + QPointF((n % per_row) * step, (n // per_row) * step)
                painter.setPen(QPen(QColor("#1f4e8c"), 1))
                painter.setBrush(QColor("#2f6fc4") if r.rank <= 3 else QColor("#8fb3e3"))
                painter.drawEllipse(center, radius, radius)
                painter.setPen(QColor("#ffffff"))
                painter.setFont(small)
                if radius >= fm.height() * 0.5:
                    painter.drawText(QRectF(center.x() - radius - 4, center.y() - radius, 2 * radius + 8, 2 * radius),
                                     Qt.AlignmentFlag.AlignCenter, r.label)
        painter.end()
