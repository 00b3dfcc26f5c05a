"""Draw the application icon: resources/icons/app.png (256 px) and app.ico (16–256 px).

Run once after changing the design and commit both files; the build only copies them:

    QT_QPA_PLATFORM=offscreen python build_scripts/make_icon.py

A rounded square in deep blue, a gold lotus bud (บัว, the motif of Thai offering and of many
government emblems) above "4.0" in Sarabun Bold.  Each size is drawn on its own rather than
scaled down, so the small ones stay crisp; below 32 px the lotus is left out (it turns to mush).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QGuiApplication, QImage, QLinearGradient,
                           QPainter, QPainterPath, QPen)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

BLUE_TOP, BLUE_BOTTOM = QColor("#23418f"), QColor("#132a63")
GOLD, GOLD_DARK = QColor("#e9bb4f"), QColor("#c8962c")
WHITE = QColor("#ffffff")


def _family() -> str:
    import fontpkg_sarabun

    font_id = QFontDatabase.addApplicationFont(str(fontpkg_sarabun.ROOT / "files" / "Sarabun-Bold.ttf"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else "Sans Serif"


def _petal(cx: float, base: float, tip: float, width: float, lean: float) -> QPainterPath:
    """One petal from its base (cx, base) to a pointed tip ``tip`` above, leaning sideways."""
    path = QPainterPath(QPointF(cx, base))
    tip_point = QPointF(cx + lean, tip)
    path.cubicTo(QPointF(cx - width, base - (base - tip) * 0.35),
                 QPointF(cx - width * 0.55 + lean * 0.6, tip + (base - tip) * 0.25), tip_point)
    path.cubicTo(QPointF(cx + width * 0.55 + lean * 0.6, tip + (base - tip) * 0.25),
                 QPointF(cx + width, base - (base - tip) * 0.35), QPointF(cx, base))
    return path


def _lotus(painter: QPainter, s: float) -> None:
    cx, base = s * 0.5, s * 0.43
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GOLD_DARK)
    for side in (-1, 1):  # the outer petals, darker, opening sideways
        painter.drawPath(_petal(cx + side * s * 0.075, base, s * 0.24, s * 0.085, side * s * 0.1))
    painter.setBrush(GOLD)
    painter.drawPath(_petal(cx, base, s * 0.13, s * 0.11, 0))
    # the stand the bud rests on
    pen = QPen(GOLD, max(1.0, s * 0.018))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(s * 0.33, base + s * 0.035), QPointF(s * 0.67, base + s * 0.035))


def draw(size: int, family: str) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = float(size)
    margin = s * 0.04
    square = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    gradient = QLinearGradient(square.topLeft(), square.bottomLeft())
    gradient.setColorAt(0, BLUE_TOP)
    gradient.setColorAt(1, BLUE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(square, s * 0.2, s * 0.2)

    small = size < 32
    if not small:
        _lotus(painter, s)
    font = QFont(family)
    font.setWeight(QFont.Weight.Bold)
    font.setPixelSize(max(6, round(s * (0.5 if small else 0.36))))
    painter.setFont(font)
    painter.setPen(WHITE)
    text_box = QRectF(0, s * (0.12 if small else 0.47), s, s * (0.76 if small else 0.42))
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, "4.0")
    painter.end()
    return image


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    family = _family()
    pngs = {size: _png(draw(size, family)) for size in ICO_SIZES}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "app.png").write_bytes(pngs[256])
    (OUT / "app.ico").write_bytes(ico_bytes(pngs))
    print(f"{OUT / 'app.png'}, {OUT / 'app.ico'} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    from app.__main__ import make_console_safe  # the program's own guard, one definition

    make_console_safe()  # any console encoding, e.g. cp1252 under Windows
    sys.exit(main())
