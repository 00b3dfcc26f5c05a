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


def _path(data: str) -> QPainterPath:
    """The outline an SVG path's ``d`` describes (absolute and relative commands)."""
    tokens = _TOKEN.findall(data)
    path, here, start, control, i, command = QPainterPath(), QPointF(0, 0), QPointF(0, 0), None, 0, ""
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
        kind, relative = command.upper(), command.islower()
        n = _ARGS[kind]
        args = [float(t) for t in tokens[i:i + n]]
        i += n
        if len(args) < n or (n and any(t.isalpha() for t in tokens[i - n:i])):
            raise ValueError(f"a path command lacks its numbers: {data!r}")
        base = here if relative else QPointF(0, 0)

        def point(x: float, y: float) -> QPointF:
            return QPointF(base.x() + x, base.y() + y)

        if kind == "M":
            here = start = point(*args)
            path.moveTo(here)
            command = "l" if relative else "L"  # numbers after a move are lines
        elif kind == "L":
            here = point(*args)
            path.lineTo(here)
        elif kind == "H":
            here = QPointF(args[0] + (here.x() if relative else 0), here.y())
            path.lineTo(here)
        elif kind == "V":
            here = QPointF(here.x(), args[0] + (here.y() if relative else 0))
            path.lineTo(here)
        elif kind in ("C", "S"):
            if kind == "C":
                c1, c2, end = point(*args[0:2]), point(*args[2:4]), point(*args[4:6])
            else:  # the first control mirrors the previous curve's last one
                c1 = QPointF(2 * here.x() - control.x(), 2 * here.y() - control.y()) if control else here
                c2, end = point(*args[0:2]), point(*args[2:4])
            path.cubicTo(c1, c2, end)
            here, control = end, c2
            continue
        elif kind in ("Q", "T"):
            if kind == "Q":
                c, end = point(*args[0:2]), point(*args[2:4])
            else:
                c = QPointF(2 * here.x() - control.x(), 2 * here.y() - control.y()) if control else here
                end = point(*args[0:2])
            path.quadTo(c, end)
            here, control = end, c
            continue
        elif kind == "A":
            end = point(args[5], args[6])
            _arc(path, here, args[0], args[1], bool(args[3]), bool(args[4]), end)
            here = end
        else:  # Z
            path.closeSubpath()
            here = start
        control = None
    return path


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
