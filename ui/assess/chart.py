"""Where the organization stands: a bar per target at the groups' mean, a line from the lowest to
the highest score, and the targets where the groups disagree most picked out."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.assessment import Aggregate
from ui.common import theme


class AssessmentChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("assessmentChart")
        self.rows: list[tuple[str, Aggregate]] = []
        self.scale: list[tuple[int, str]] = []  # (value, name)
        self.disputed: set[int] = set()
        self.setMinimumSize(280, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(380, 320)

    def set_data(self, rows: list[tuple[str, Aggregate]], scale: list[tuple[int, str]], disputed: set[int]) -> None:
        self.rows, self.scale, self.disputed = list(rows), list(scale), set(disputed)
        self.update()

    def _scale_labels(self, fm, x) -> list[tuple[int, QRectF]]:
        """(line, box at y 0) of each scale label under its tick. On a narrow chart a label that would
        touch one before it goes on the first line below where it fits."""
        placed: list[tuple[int, QRectF]] = []
        for value, name in self.scale:
            width = fm.horizontalAdvance(f"{value} {name}") + 4
            box = QRectF(max(0.0, min(x(value) - width / 2, self.width() - width)), 0, width, fm.height())
            line = 0
            while any(other == line and box.left() < earlier.right() + 6 for other, earlier in placed):
                line += 1
            placed.append((line, box))
        return placed

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        if not self.rows or not self.scale:
            painter.setPen(QColor(theme.FAINT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No scores yet"))
            return
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in self.rows) + 12, self.width() // 3)
        top_value = max(v for v, _ in self.scale)
        left, width = label_w, self.width() - label_w - 12

        def x(value: float) -> float:
            return left + value / top_value * width

        labels = self._scale_labels(fm, x)
        lines = 1 + max(line for line, _ in labels)
        legend_h = fm.height() * (1 + lines) + 8
        plot = QRectF(left, 4, width, self.height() - legend_h - 8)
        row_h = plot.height() / len(self.rows)
        painter.setPen(QPen(QColor(theme.LINE), 1, Qt.PenStyle.DashLine))
        for value, name in self.scale:
            painter.drawLine(QPointF(x(value), plot.top()), QPointF(x(value), plot.bottom()))
        painter.setPen(QColor(theme.MUTED))
        for (line, box), (value, name) in zip(labels, self.scale):
            painter.drawText(box.translated(0, plot.bottom() + 2 + line * fm.height()), Qt.AlignmentFlag.AlignCenter,
                             f"{value} {name}")
        for n, (label, agg) in enumerate(self.rows):
            y = plot.top() + n * row_h
            painter.setPen(QColor(theme.INK))
            painter.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8))
            if agg.mean is None:
                continue
            disputed = agg.target_id in self.disputed
            bar = QRectF(plot.left(), y + row_h * 0.2, x(agg.mean) - plot.left(), row_h * 0.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.BAR_DISPUTED) if disputed else QColor(theme.BAR))
            painter.drawRoundedRect(bar, 2, 2)
            mid = y + row_h / 2
            painter.setPen(QPen(QColor(theme.INK), 2))
            painter.drawLine(QPointF(x(agg.lowest), mid), QPointF(x(agg.highest), mid))
            for end in (agg.lowest, agg.highest):
                painter.drawLine(QPointF(x(end), mid - row_h * 0.18), QPointF(x(end), mid + row_h * 0.18))
        painter.setPen(QColor(theme.MUTED))
        legend = self.tr("Bar: mean of the groups · line: lowest to highest · orange: groups disagree most")
        painter.drawText(QRectF(0, self.height() - fm.height() - 4, self.width(), fm.height() + 2),
                         Qt.AlignmentFlag.AlignCenter, fm.elidedText(legend, Qt.TextElideMode.ElideRight, self.width()))
        painter.end()
