"""Registers the bundled Sarabun family with Qt so every screen shows Thai the same way offline."""

from __future__ import annotations

import fontpkg_sarabun
from PySide6.QtGui import QFont, QFontDatabase

FAMILY = "Sarabun"
# The weights the screens use: regular, semibold (the style sheet's headings) and bold. Each file
# registered costs start-up about half a millisecond; the PDF registers its own (app/typesetting).
_FILES = ("Sarabun-Regular.ttf", "Sarabun-SemiBold.ttf", "Sarabun-Bold.ttf")


def register_fonts() -> bool:
    """True when Sarabun is available; the app still runs (with the system font) if it is not."""
    loaded = False
    for name in _FILES:
        path = fontpkg_sarabun.ROOT / "files" / name
        if path.exists() and QFontDatabase.addApplicationFont(str(path)) >= 0:
            loaded = True
    return loaded


def ui_font(point_size: float = 11.0) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    return font
