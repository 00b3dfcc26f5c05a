"""The plan across its checkpoints: a stacked bar per checkpoint counting the items done, on track,
delayed, cancelled and without an update, with the share of the planned budget spent above it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.followup_summary import Tally
from ui.common import theme
from ui.followup.names import STANDING_NAMES, standing_name

COLOURS = {"done": theme.SUCCESS, "on_track": theme.BAR, "delayed": theme.BAR_DISPUTED,
           "cancelled": theme.FAINT, "no_update": theme.NEUTRAL_FILL}


class ProgressChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("followupChart")
        self.columns: list[tuple[str, str, Tally]] = []  # (number, date, tally) per checkpoint
        self.current = -1
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def set_data(self, columns: list[tuple[str, str, Tally]], current: int) -> None:
        self.columns, self.current = list(columns), current
        self.update()

    def _legend(self, painter: QPainter, top: float) -> None:
        fm = painter.fontMetrics()
        x, y, box = 0.0, top, fm.height() * 0.7
        for standing in STANDING_NAMES:
            name = standing_name(standing)
            width = box + 6 + fm.horizontalAdvance(name) + 14
            if x + width > self.width() and x > 0:
                x, y = 0.0, y + fm.height() + 2
            painter.setPen(QPen(QColor(theme.LINE), 1))
            painter.setBrush(QColor(COLOURS[standing]))
            painter.drawRect(QRectF(x, y + (fm.height() - box) / 2, box, box))
            painter.setPen(QColor(theme.INK))
            painter.drawText(QRectF(x + box + 6, y, width, fm.height()), Qt.AlignmentFlag.AlignVCenter, name)
            x += width

    def legend_height(self, fm) -> float:
        x, lines = 0.0, 1
        for standing in STANDING_NAMES:
            width = fm.height() * 0.7 + 20 + fm.horizontalAdvance(standing_name(standing))
            if x + width > self.width() and x > 0:
                x, lines = 0.0, lines + 1
            x += width
        return lines * (fm.height() + 2)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        if not self.columns or not max(t.items for _n, _d, t in self.columns):
            painter.setPen(QColor(theme.FAINT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No checkpoints or plan items yet"))
            return
        legend_h = self.legend_height(fm)
        plot = QRectF(8, fm.height() + 6, self.width() - 16, self.height() - legend_h - 3 * fm.height() - 18)
        slot = plot.width() / len(self.columns)
        items = max(t.items for _n, _d, t in self.columns)
        for n, (number, day, tally) in enumerate(self.columns):
            left = plot.left() + n * slot + slot * 0.18
            width = slot * 0.64
            bottom = plot.bottom()
            for standing in STANDING_NAMES:
                height = getattr(tally, standing) / items * plot.height()
                if height <= 0:
                    continue
                painter.setPen(QPen(QColor(theme.LINE), 1) if standing == "no_update" else Qt.PenStyle.NoPen)
                painter.setBrush(QColor(COLOURS[standing]))
                painter.drawRect(QRectF(left, bottom - height, width, height))
                bottom -= height
            if n == self.current:  # the checkpoint chosen above the list
                painter.setPen(QPen(QColor(theme.NAVY), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(left - 3, plot.top() - 3, width + 6, plot.height() + 6))
            painter.setPen(QColor(theme.MUTED))
            if tally.planned_satang:
                share = self.tr("%1% spent").replace("%1", str(round(100 * tally.spent_satang / tally.planned_satang)))
                painter.drawText(QRectF(left - slot * 0.18, 0, slot, fm.height() + 2), Qt.AlignmentFlag.AlignCenter, share)
            painter.setPen(QColor(theme.INK))
            painter.drawText(QRectF(left - slot * 0.18, plot.bottom() + 4, slot, fm.height()), Qt.AlignmentFlag.AlignCenter, number)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QRectF(left - slot * 0.18, plot.bottom() + 4 + fm.height(), slot, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, day)
        self._legend(painter, self.height() - legend_h - 2)
        painter.end()
