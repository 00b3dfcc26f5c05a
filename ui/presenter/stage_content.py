"""What the presenter's stage shows: frozen values, and the form they are drawn in.

``SlideContent``, ``AgendaContent`` and ``QuestionContent`` are what ``StageView``
(ui/presenter/stage_view.py) paints; ``for_display`` is the text as drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.thaidate import in_digit_style
from ui.common.text_fit import keep_together


@dataclass(frozen=True)
class SlideContent:
    title: str
    points: tuple[str, ...]
    index: int = 0
    count: int = 1
    thai_digits: bool = False  # the workshop's setting, for the "3 / 11" in the footer

    def counter(self) -> str:
        return in_digit_style(f"{self.index + 1} / {self.count}", self.thai_digits)


@dataclass(frozen=True)
class AgendaContent:
    title: str
    remaining_seconds: int
    next_title: str = ""
    paused: bool = False


@dataclass(frozen=True)
class QuestionContent:
    text: str
    cards: tuple[tuple[str, str, str], ...]  # (group name, colour, card text)
    heading: str = ""


def for_display(content):
    """``content`` as drawn: Thai kept from breaking where a reader would not (text_fit.keep_together).
    The content itself stays as given, the words the window and the tests know."""
    if isinstance(content, SlideContent):
        return replace(content, title=keep_together(content.title), points=tuple(map(keep_together, content.points)))
    if isinstance(content, QuestionContent):
        return replace(content, text=keep_together(content.text), heading=keep_together(content.heading),
                       cards=tuple((group, colour, keep_together(text)) for group, colour, text in content.cards))
    if isinstance(content, AgendaContent):
        return replace(content, title=keep_together(content.title), next_title=keep_together(content.next_title))
    return content
