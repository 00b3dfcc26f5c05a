"""The look in one place: the colours, type sizes and spacing the interface uses.

Two readers share these values. ``resources/styles/app.qss`` names them as ``@token`` words
(``color: @ink;``), filled in from ``TOKENS`` when the stylesheet is loaded (``stylesheet()``), so the
stylesheet never carries a colour of its own. Code that paints (charts, card delegates, the run
card) imports the constants. A widget takes a look from the stylesheet by a dynamic property,
never by its own ``setStyleSheet``:

- ``mark_primary(button)``: the one main action of a step (``primary="true"`` in app.qss);
- ``set_tone(label, "error" | "warning" | "success" | "muted")``: a message's colour;
- ``set_state(widget, "normal" | "amber" | "red")``: the countdown's states.

docs/look.md says how to use them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

# Colours. Text colours keep at least 7:1 contrast on white (WCAG AAA), the muted ones 4.5:1.
NAVY = "#1B3A6B"         # the brand: headings, the selected step, the primary action
NAVY_DARK = "#12294D"    # the primary action pressed or hovered
NAVY_LIGHT = "#E8F0FE"   # a hint band, a selected card
NAVY_LINE = "#B6C9EE"    # the hint band's border
INK = "#1F1F1F"          # body text
MUTED = "#555555"        # secondary text: hints, captions, keys
FAINT = "#888888"        # a card's colour when its group is gone; disabled icons
LINE = "#D5DBE5"         # rules and borders
SURFACE = "#F3F5F9"      # the step column
PAPER = "#FFFFFF"
ERROR = "#B00020"
WARNING = "#9A4A00"
SUCCESS = "#2E7D32"
# Charts and cells (ui/assess, ui/prioritize): bars, the disputed mark, the quadrants.
BAR, BAR_LIGHT, BAR_EDGE, BAR_DISPUTED = "#2F6FC4", "#8FB3E3", "#1F4E8C", "#F08C00"
DISPUTED_FILL, NEUTRAL_FILL, CHART_BACK = "#FFE0B2", "#F3F3F3", "#FBFBFB"
QUICK_WIN_FILL, MAJOR_FILL, THANKLESS_FILL = "#E3F4E1", "#E6EEFB", "#FBE9E7"
# The running item's countdown: normal, two minutes or less left, over time.
CLOCK_NORMAL, CLOCK_AMBER, CLOCK_RED = "#1B3A57", "#B26A00", "#C62828"

# Type sizes in points; the body size is set on the application (ui/application.py).
BODY_PT = 11
SMALL_PT = 9
LARGE_PT = 12
HEADING_PT = 20
TITLE_PT = 26
RUN_TITLE_PT, RUN_CLOCK_PT = 22, 96   # the Run tab: read from across the table
RUN_STATUS_PT, RUN_WARNING_PT, RUN_NEXT_PT = 13, 16, 14
CARD_CLOCK_PT = 26                    # the run card under the step list

# Spacing in pixels: the gaps between controls and the padding that gives Thai marks room.
SPACE_S, SPACE_M, SPACE_L = 4, 8, 16
FIELD_PAD_V, FIELD_PAD_H = 3, 6       # inside a field: tone marks above the ascent stay clear
ICON_PX = 18                          # icons beside a button's or a toolbar button's words
FIELD_MIN_H = 24                      # a spin box's content height (it cannot take padding)
HEADER_PAD_V, HEADER_PAD_H = 5, 6     # inside a table's header section

TOKENS = {
    "navy": NAVY, "navy-dark": NAVY_DARK, "navy-light": NAVY_LIGHT, "navy-line": NAVY_LINE,
    "ink": INK, "muted": MUTED, "faint": FAINT, "line": LINE, "surface": SURFACE, "paper": PAPER,
    "error": ERROR, "warning": WARNING, "success": SUCCESS,
    "clock-normal": CLOCK_NORMAL, "clock-amber": CLOCK_AMBER, "clock-red": CLOCK_RED,
    "body-pt": f"{BODY_PT}pt", "small-pt": f"{SMALL_PT}pt", "large-pt": f"{LARGE_PT}pt",
    "heading-pt": f"{HEADING_PT}pt", "title-pt": f"{TITLE_PT}pt",
    "space-s": f"{SPACE_S}px", "space-m": f"{SPACE_M}px", "space-l": f"{SPACE_L}px",
    "field-pad-v": f"{FIELD_PAD_V}px", "field-pad-h": f"{FIELD_PAD_H}px", "field-min-h": f"{FIELD_MIN_H}px",
    "icon-size": f"{ICON_PX}px",
    "header-pad-v": f"{HEADER_PAD_V}px", "header-pad-h": f"{HEADER_PAD_H}px",
}
_TOKEN = re.compile(r"@([a-z][a-z-]*[a-z])")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def fill_tokens(text: str) -> str:
    """``text`` with each ``@token`` replaced by its value; an unknown token is an error, not a
    silently unstyled widget."""
    def value(match: re.Match) -> str:
        name = match.group(1)
        if name not in TOKENS:
            raise KeyError(f"app.qss names an unknown theme token: @{name}")
        return TOKENS[name]
    return _TOKEN.sub(value, _COMMENT.sub("", text))  # comments may name tokens in prose


def stylesheet() -> str:
    """The application's stylesheet (resources/styles/app.qss) with the theme's values in it."""
    from app.resources import read_text

    return fill_tokens(read_text("styles/app.qss"))


def repolish(widget: QWidget) -> None:
    """Makes the stylesheet look at ``widget``'s properties again (Qt does not on its own)."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _set_property(widget: QWidget, name: str, value) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # else its first polish reads it
            repolish(widget)


def mark_primary(widget: QWidget, primary: bool = True) -> None:
    """``widget`` (a button) is its step's main action: filled navy, one per step. An icon given
    by ``icons.set_icon`` turns white on the fill, and back."""
    _set_property(widget, "primary", primary)
    name = widget.property("iconName")
    if name:
        from ui.common.icons import icon

        widget.setIcon(icon(name, on_primary=primary))


def set_tone(widget: QWidget, tone: str | None) -> None:
    """A label's colour by what it says: "error", "warning", "success", "muted", or None (plain)."""
    _set_property(widget, "tone", tone or "")


def set_state(widget: QWidget, state: str) -> None:
    """The countdown's state ("normal", "amber", "red"): app.qss colours the clock and the run card."""
    _set_property(widget, "state", state)


# ---------------------------------------------------------------------------------------- projector
class StagePalette(NamedTuple):
    """The colours of the presenter view's stage (ui/presenter/stage_view.py)."""
    ink: QColor
    muted: QColor
    paper: QColor
    accent: QColor
    warn: QColor
    over: QColor
    surround: QColor   # around the letterboxed preview in the Brief step
    card_tint: float   # a card's fill: its group's colour at this strength over the paper


def _stage(ink, muted, paper, accent, warn, over, surround, card_tint) -> StagePalette:
    return StagePalette(*map(QColor, (ink, muted, paper, accent, warn, over, surround)), card_tint)


# Dark ink on white: every text colour at 7:1 or more, for a lit room (the amber was #9A4A00, 6.3:1).
STAGE_STANDARD = _stage("#111111", "#4A4A4A", "#FFFFFF", NAVY, "#8A4500", "#B00020", "#D9DCE1", 0.14)
# White and yellow on black: 21:1 for the text, 7.8:1 for the over-time red, no glare in a dim room
# and the strongest contrast a washed-out projector keeps.
STAGE_HIGH_CONTRAST = _stage("#FFFFFF", "#D0D0D0", "#000000", "#FFD23F", "#FFB000", "#FF7070", "#3A3A3A", 0.30)
STAGE_THEMES = {"standard": STAGE_STANDARD, "high_contrast": STAGE_HIGH_CONTRAST}
STAGE_THEME_SETTING = "presenter_theme"
_stage_theme: dict[str, str] = {}  # settings file -> the chosen name: the file is read once, not per paint


def stage_theme() -> str:
    """"standard" or "high_contrast": the projector's theme, as last chosen (View menu)."""
    from app import paths, settings

    key = str(paths.settings_file())
    if key not in _stage_theme:
        name = settings.get(STAGE_THEME_SETTING, "standard")
        _stage_theme[key] = name if name in STAGE_THEMES else "standard"
    return _stage_theme[key]


def set_stage_theme(name: str) -> None:
    """Choose and remember the projector's theme; stages painted after this use it."""
    from app import paths, settings

    if name not in STAGE_THEMES:
        raise ValueError(f"no projector theme named {name!r}")
    settings.put(STAGE_THEME_SETTING, name)
    _stage_theme[str(paths.settings_file())] = name


def stage_palette() -> StagePalette:
    return STAGE_THEMES[stage_theme()]


def tint(base: QColor, paper: QColor, strength: float) -> QColor:
    """``base`` laid at ``strength`` over ``paper`` (a card's fill in its group's colour)."""
    return QColor.fromRgbF(*(p + strength * (b - p) for b, p in (
        (base.redF(), paper.redF()), (base.greenF(), paper.greenF()), (base.blueF(), paper.blueF()))))
