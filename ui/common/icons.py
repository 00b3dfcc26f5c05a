"""The interface's icons: our own line drawings in resources/icons/*.svg, tinted to one colour.

Each file is a 24-pixel grid of 2-pixel round strokes in ``currentColor`` (docs/look.md). They are
drawn here rather than through QtSvg: the bundle leaves QtSvg and Qt's SVG plugins out
(build_scripts/bundle.py) and the icons need only a small part of SVG, which this module reads:
``<path>`` (every command but arcs with a rotated ellipse), ``<rect>`` (with ``rx``), ``<circle>``
and ``<line>``. An icon is drawn once per colour and size and kept.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from app.resources import read_text
from ui.common import theme

GRID = 24.0
SIZES = (16, 20, 24, 32, 48)  # device pixels: QIcon picks the nearest for the button and the screen
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def _arc(path: QPainterPath, start: QPointF, rx: float, ry: float, large: bool, sweep: bool, end: QPointF) -> None:
    """An SVG arc (axis-aligned ellipse) from ``start`` to ``end``, by its centre (SVG 1.1, F.6.5)."""
    if rx == 0 or ry == 0 or start == end:
        path.lineTo(end)
        return
    rx, ry = abs(rx), abs(ry)
    hx, hy = (start.x() - end.x()) / 2, (start.y() - end.y()) / 2
    grow = hx * hx / (rx * rx) + hy * hy / (ry * ry)
    if grow > 1:  # radii too small for the two points: scaled up, as SVG says
        rx, ry = rx * math.sqrt(grow), ry * math.sqrt(grow)
    num = rx * rx * ry * ry - rx * rx * hy * hy - ry * ry * hx * hx
    factor = math.sqrt(max(0.0, num / (rx * rx * hy * hy + ry * ry * hx * hx)))
    if large == sweep:
        factor = -factor
    cx = factor * rx * hy / ry + (start.x() + end.x()) / 2
    cy = -factor * ry * hx / rx + (start.y() + end.y()) / 2
    a1 = math.degrees(math.atan2((start.y() - cy) / ry, (start.x() - cx) / rx))
    a2 = math.degrees(math.atan2((end.y() - cy) / ry, (end.x() - cx) / rx))
    delta = (a2 - a1) % 360
    if not sweep:
        delta -= 360
    if delta == -360:
        delta = 0
    # Qt's angles turn the other way on a y-down screen: both are negated.
    path.arcTo(QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry), -a1, -delta)


class _Pen:
    """Walks an SVG path's commands onto a QPainterPath: where it is, where the subpath began and
    the last curve's control point (for the smooth ``S`` and ``T``)."""

    def __init__(self):
        self.path, self.here, self.start, self.control = QPainterPath(), QPointF(0, 0), QPointF(0, 0), None

    def move(self, to: QPointF) -> None:
        self.here = self.start = to
        self.path.moveTo(to)

    def line(self, to: QPointF) -> None:
        self.here = to
        self.path.lineTo(to)

    def mirrored(self) -> QPointF:
        c = self.control
        return QPointF(2 * self.here.x() - c.x(), 2 * self.here.y() - c.y()) if c is not None else self.here

    def cubic(self, c1: QPointF, c2: QPointF, to: QPointF) -> None:
        self.path.cubicTo(c1, c2, to)
        self.here, self.control = to, c2

    def quad(self, c: QPointF, to: QPointF) -> None:
        self.path.quadTo(c, to)
        self.here, self.control = to, c

    def arc(self, rx: float, ry: float, large: bool, sweep: bool, to: QPointF) -> None:
        _arc(self.path, self.here, rx, ry, large, sweep, to)
        self.here = to

    def close(self) -> None:
        self.path.closeSubpath()
        self.here = self.start


def _step(pen: _Pen, kind: str, args: list[float], point) -> None:
    """One command (upper case ``kind``) with its numbers; ``point(x, y)`` makes an absolute point."""
    if kind == "M":
        pen.move(point(*args))
    elif kind == "L":
        pen.line(point(*args))
    elif kind == "H":
        pen.line(QPointF(point(args[0], 0).x(), pen.here.y()))
    elif kind == "V":
        pen.line(QPointF(pen.here.x(), point(0, args[0]).y()))
    elif kind == "C":
        pen.cubic(point(*args[0:2]), point(*args[2:4]), point(*args[4:6]))
    elif kind == "S":
        pen.cubic(pen.mirrored(), point(*args[0:2]), point(*args[2:4]))
    elif kind == "Q":
        pen.quad(point(*args[0:2]), point(*args[2:4]))
    elif kind == "T":
        pen.quad(pen.mirrored(), point(*args[0:2]))
    elif kind == "A":
        pen.arc(args[0], args[1], bool(args[3]), bool(args[4]), point(args[5], args[6]))
    else:
        pen.close()
    if kind not in "CSQT":
        pen.control = None


def _path(data: str) -> QPainterPath:
    """The outline an SVG path's ``d`` describes (absolute and relative commands)."""
    tokens, pen, i, command = _TOKEN.findall(data), _Pen(), 0, ""
    while i < len(tokens):
        if tokens[i].isalpha():
            command, i = tokens[i], i + 1
        kind, n = command.upper(), _ARGS.get(command.upper(), 0)
        numbers = tokens[i:i + n]
        if not command or len(numbers) < n or any(t.isalpha() for t in numbers):
            raise ValueError(f"a path command lacks its numbers: {data!r}")
        i += n
        origin = pen.here if command.islower() else QPointF(0, 0)
        _step(pen, kind, [float(t) for t in numbers],
              lambda x, y, o=origin: QPointF(o.x() + x, o.y() + y))
        if kind == "M":
            command = "l" if command.islower() else "L"  # numbers after a move are lines
    return pen.path


def _number(element: ET.Element, name: str, default: float = 0.0) -> float:
    value = element.get(name)
    return float(_NUMBER.match(value).group()) if value else default


def outline(name: str) -> QPainterPath:
    """Every stroke of ``resources/icons/<name>.svg`` as one path on the 24-pixel grid."""
    return QPainterPath(_outline(name))


@lru_cache(maxsize=None)
def _outline(name: str) -> QPainterPath:
    root = ET.fromstring(read_text(f"icons/{name}.svg"))
    whole = QPainterPath()
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "path":
            whole.addPath(_path(element.get("d", "")))
        elif tag == "rect":
            radius = _number(element, "rx")
            whole.addRoundedRect(QRectF(_number(element, "x"), _number(element, "y"), _number(element, "width"),
                                        _number(element, "height")), radius, radius)
        elif tag == "circle":
            r = _number(element, "r")
            whole.addEllipse(QPointF(_number(element, "cx"), _number(element, "cy")), r, r)
        elif tag == "line":
            whole.moveTo(_number(element, "x1"), _number(element, "y1"))
            whole.lineTo(_number(element, "x2"), _number(element, "y2"))
        elif tag not in ("svg", "g", "title"):
            raise ValueError(f"icons/{name}.svg: <{tag}> is not drawn by ui/common/icons.py")
    return whole


def pixmap(name: str, size: int, colour: str) -> QPixmap:
    """The icon drawn ``size`` pixels square in ``colour`` (2-pixel strokes at 24 pixels, scaled)."""
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / GRID, size / GRID)
    pen = QPen(QColor(colour), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(_outline(name))
    painter.end()
    return picture


@lru_cache(maxsize=None)
def icon(name: str, colour: str = theme.INK, on_primary: bool = False) -> QIcon:
    """The named icon in ``colour``, greyed when its button is disabled; ``on_primary`` draws it
    white for a primary (filled) button."""
    made = QIcon()
    tint = theme.PAPER if on_primary else colour
    for size in SIZES:
        made.addPixmap(pixmap(name, size, tint), QIcon.Mode.Normal)
        made.addPixmap(pixmap(name, size, theme.FAINT), QIcon.Mode.Disabled)
    return made


def set_icon(button, name: str) -> None:
    """Gives ``button`` the named icon, drawn white while it is its step's primary action
    (``theme.mark_primary`` draws it again when that changes)."""
    button.setProperty("iconName", name)
    button.setIcon(icon(name, on_primary=bool(button.property("primary"))))


def set_icons(*pairs) -> None:
    """``set_icon`` for each (button, name)."""
    for button, name in pairs:
        set_icon(button, name)


def set_action_icon(action, name: str) -> None:
    """The named icon on ``action`` (its toolbar button shows it beside the words)."""
    action.setProperty("iconName", name)
    action.setIcon(icon(name))


def mark_primary_tool(toolbar, action, primary: bool = True) -> None:
    """``action``'s button on ``toolbar`` is its step's primary action (``theme.mark_primary``).

    The action keeps its ordinary icon (it is listed elsewhere, on white); the button shows the
    white one, given again whenever the action changes (Qt resets the button's icon from the action).
    """
    from ui.common.theme import mark_primary

    button = toolbar.widgetForAction(action)
    if button.property("iconName") is None and action.property("iconName"):
        button.setProperty("iconName", action.property("iconName"))
        action.changed.connect(lambda: _keep_button_icon(button))
    mark_primary(button, primary)


def _keep_button_icon(button) -> None:
    name = button.property("iconName")
    if name:
        button.setIcon(icon(name, on_primary=bool(button.property("primary"))))
