"""Room input on the projector: how to join from a phone, the QR code of the URL beside the URL in
large type (``paint_join``, drawn by ``StageView`` when the window's mode is "join")."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

PAPER = QColor("#FFFFFF")  # a QR code is dark on white in either projector theme: scanners expect it
translate = QCoreApplication.translate  # the texts are StageView's, which paints them


@dataclass(frozen=True)
class JoinContent:
    """Room input: how to join from a phone (the QR code of the URL, the URL in large type)."""
    url: str
    matrix: tuple[tuple[bool, ...], ...]  # QR modules, quiet zone included (app.room.qr)
    progress: str = ""                     # "8 of 12 groups have voted"


def paint_qr(painter: QPainter, rect: QRectF, matrix) -> QRectF:
    """Dark modules on white, square, centred in ``rect``; returns the square drawn."""
    side = min(rect.width(), rect.height())
    count = len(matrix) or 1
    module = side / count
    square = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp edges scan best
    painter.fillRect(square, PAPER)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#000000"))  # the QR code's modules
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(square.x() + x * module, square.y() + y * module, module + 0.5, module + 0.5))
    painter.restore()
    return square



def paint_join(view, painter: QPainter, stage: QRectF, content: JoinContent) -> None:
    """The QR code on the left, half the stage high; the URL in large type beside it."""
    from ui.presenter.stage_view import BODY_PT, TITLE_PT  # it imports this module
    from ui.presenter.measure import WRAP, _font, _height, draw_wrapped

    s = view.scale()
    area = view._margins(stage)
    footer_top = view._paint_footer(painter, stage)
    title_font = _font(TITLE_PT * s, bold=True)
    title = translate("StageView", "Join from your phone or laptop")
    title_h = _height(title_font, area.width(), title)
    painter.setFont(title_font)
    painter.setPen(view.colours.accent)
    draw_wrapped(painter, QRectF(area.left(), area.top(), area.width(), title_h), WRAP, title)
    top = area.top() + title_h + 24 * s
    side = min(footer_top - top - 24 * s, area.width() * 0.45)
    square = paint_qr(painter, QRectF(area.left(), top, side, side), content.matrix)
    text_left = square.right() + 48 * s
    width = area.right() - text_left
    steps = [(translate("StageView", "1. Connect to the room's Wi-Fi"), _font(BODY_PT * s)),
             (translate("StageView", "2. Scan the code, or open:"), _font(BODY_PT * s)),
             (content.url.removeprefix("http://").rstrip("/"), _font(TITLE_PT * 1.1 * s, bold=True)),
             (translate("StageView", "3. Type your group's code from its slip"), _font(BODY_PT * s))]
    if content.progress:
        steps.append((content.progress, _font(BODY_PT * s, bold=True)))
    y = top
    for text, font in steps:
        h = _height(font, width, text)
        painter.setFont(font)
        painter.setPen(view.colours.accent if font.bold() else view.colours.ink)
        draw_wrapped(painter, QRectF(text_left, y, width, h), WRAP, text)
        y += h + 20 * s
