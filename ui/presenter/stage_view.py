"""The presenter view's painted stage: ``StageView`` and the content it shows.

``SlideContent``, ``AgendaContent`` and ``QuestionContent`` (ui/presenter/stage_content.py) are
the frozen values the stage paints; ``StageView`` draws one of them (or the workshop's title) in
type the back row can read. The projector window (``PresenterWindow``, ui/presenter/window.py)
holds one, and the Brief step (ui/brief/panel.py) uses another, letterboxed to 16:9, as its preview.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.common import theme
from ui.common.theme import tint
from ui.presenter.join_stage import JoinContent, paint_join
from ui.common.text_fit import keep_together, wrapped
from ui.presenter.measure import WRAP, _font, _height, _measurer, draw_wrapped
from ui.presenter.stage_content import AgendaContent, QuestionContent, SlideContent, for_display

# The standard theme's colours (a stage paints with ``StageView.colours``, the theme chosen).
INK, MUTED, PAPER, ACCENT, WARN, OVER = theme.STAGE_STANDARD[:6]

# Type sizes in points on a 1080-pixel-high screen; everything scales with the window.
TITLE_PT, BODY_PT, BODY_MIN_PT, SMALL_PT = 48.0, 34.0, 28.0, 20.0
BASE_HEIGHT, BASE_WIDTH = 1080.0, 1440.0


def format_clock(seconds: int) -> str:
    """12:05 for 725 seconds, 1:02:03 past an hour; the sign is shown by the caller."""
    seconds = abs(int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class StageView(QWidget):
    """Paints one screenful of presenter content; also used as the Brief step's preview.

    With ``aspect`` set (16/9 for the preview) it letterboxes the stage so that the laptop shows
    the same line breaks as a projector of that shape.
    """

    def __init__(self, aspect: float | None = None, parent=None):
        super().__init__(parent)
        self.aspect = aspect
        self.content: SlideContent | AgendaContent | QuestionContent | JoinContent | None = None
        self.shown = None  # the content as drawn (for_display)
        self.title_text, self.subtitle_text, self.footer_text = "", "", ""
        self.ticker: AgendaContent | None = None
        self.hidden_cards = 0
        self.drawn_labels: list[str] = []  # the group labels as the last paint drew them (cut ones end in "…")
        self.room_line = ""  # room input: its URL and how many groups have given their input
        self._layout_cache = None  # (cards, box, scale) -> the card layout last worked out
        self._calm = QTimer(self, singleShot=True, interval=250)
        self._calm.timeout.connect(self._on_calm_timeout)
        self._repaint_later = False
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    @property
    def colours(self) -> theme.StagePalette:
        """The projector theme's colours (View menu: standard, or high contrast; ui/common/theme.py)."""
        return theme.stage_palette()

    def set_content(self, content, ticker: AgendaContent | None = None) -> None:
        calm = isinstance(content, QuestionContent) and isinstance(self.content, QuestionContent)
        self.content, self.ticker = content, ticker
        self.shown = for_display(content)
        if calm and self._calm.isActive():
            self._repaint_later = True  # cards pouring in from the room: at most ~4 repaints a second
            return
        self.update()
        if isinstance(content, QuestionContent):
            self._calm.start()

    def _on_calm_timeout(self) -> None:
        if self._repaint_later:
            self._repaint_later = False
            self.update()
            self._calm.start()

    # ----------------------------------------------------------------- geometry
    def stage_rect(self) -> QRectF:
        rect = QRectF(self.rect())
        if self.aspect:
            width = min(rect.width(), rect.height() * self.aspect)
            height = width / self.aspect
            rect = QRectF(rect.x() + (rect.width() - width) / 2, rect.y() + (rect.height() - height) / 2,
                          width, height)
        return rect

    def scale(self) -> float:
        rect = self.stage_rect()
        return min(rect.height() / BASE_HEIGHT, rect.width() / BASE_WIDTH)

    def title_point_size(self) -> float:
        return TITLE_PT * self.scale()

    def body_point_size(self) -> float:
        """The body size the current slide is drawn at (smaller only when a slide would overflow)."""
        return self._fit_slide(self.stage_rect())[0] if isinstance(self.shown, SlideContent) \
            else BODY_PT * self.scale()

    # ----------------------------------------------------------------- painting
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.aspect:
            painter.fillRect(self.rect(), self.colours.surround)
        stage = self.stage_rect()
        painter.fillRect(stage, self.colours.paper)
        s = self.scale()
        painter.fillRect(QRectF(stage.x(), stage.y(), stage.width(), 12 * s), self.colours.accent)
        content = self.shown
        if isinstance(content, SlideContent):
            self._paint_slide(painter, stage, content)
        elif isinstance(content, AgendaContent):
            self._paint_agenda(painter, stage, content)
        elif isinstance(content, QuestionContent):
            self._paint_question(painter, stage, content)
        elif isinstance(content, JoinContent):
            paint_join(self, painter, stage, content)
        else:
            self._paint_title(painter, stage)
        painter.end()

    def _margins(self, stage: QRectF) -> QRectF:
        s = self.scale()
        return stage.adjusted(80 * s, 56 * s, -80 * s, -40 * s)

    def _paint_footer(self, painter: QPainter, stage: QRectF, right: str = "") -> float:
        """Draws the footer line and returns its top edge."""
        s = self.scale()
        area = self._margins(stage)
        font = _font(SMALL_PT * s)
        line = QFontMetricsF(font).height()
        top = area.bottom() - line
        painter.setFont(font)
        painter.setPen(self.colours.muted)
        box = QRectF(area.left(), top, area.width(), line)
        left = self.room_line or self.footer_text
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
        if self.ticker is not None:
            ticker = self.ticker
            painter.setFont(_font(SMALL_PT * s, bold=True))
            painter.setPen(self.colours.over if ticker.remaining_seconds < 0 else self.colours.ink)
            sign = "+" if ticker.remaining_seconds < 0 else ""
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                             f"{ticker.title} · {sign}{format_clock(ticker.remaining_seconds)}")
        return top

    def _fit_slide(self, stage: QRectF) -> tuple[float, float]:
        """(body point size, title height): the largest body size, down from BODY_PT, that fits."""
        s = self.scale()
        area = self._margins(stage)
        content = self.shown
        title_h = _height(_font(TITLE_PT * s, bold=True), area.width(), content.title)
        available = area.height() - title_h - 40 * s - QFontMetricsF(_font(SMALL_PT * s)).height() - 24 * s
        size = BODY_PT
        while True:
            font = _font(size * s)
            indent = QFontMetricsF(font).height() * 0.9
            needed = sum(_height(font, area.width() - indent, p) + 22 * s for p in content.points)
            if needed <= available or size <= 14:
                return size * s, title_h
            size -= 1

    def _paint_slide(self, painter: QPainter, stage: QRectF, content: SlideContent) -> None:
        s = self.scale()
        area = self._margins(stage)
        footer_top = self._paint_footer(painter, stage, content.counter())
        body_pt, title_h = self._fit_slide(stage)
        painter.setFont(_font(TITLE_PT * s, bold=True))
        painter.setPen(self.colours.accent)
        draw_wrapped(painter, QRectF(area.left(), area.top(), area.width(), title_h), WRAP, content.title)
        y = area.top() + title_h + 16 * s
        painter.setPen(QPen(self.colours.accent, max(2 * s, 1)))
        painter.drawLine(area.left(), y, area.left() + 220 * s, y)
        y += 24 * s
        font = _font(body_pt)
        metrics = QFontMetricsF(font)
        indent = metrics.height() * 0.9
        painter.setFont(font)
        for point in content.points:
            height = _height(font, area.width() - indent, point)
            if y + height > footer_top:
                break  # only at sizes below 14 pt, which no shipped slide needs
            dot = metrics.height() * 0.22
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colours.accent)
            painter.drawRect(QRectF(area.left(), y + metrics.height() / 2 - dot / 2, dot, dot))
            painter.setPen(self.colours.ink)
            draw_wrapped(painter, QRectF(area.left() + indent, y, area.width() - indent, height), WRAP, point)
            y += height + 22 * s

    def _paint_agenda(self, painter: QPainter, stage: QRectF, content: AgendaContent) -> None:
        s = self.scale()
        area = self._margins(stage)
        footer_top = self._paint_footer(painter, stage)
        centred = int(Qt.AlignmentFlag.AlignHCenter) | WRAP
        painter.setFont(_font(BODY_PT * s))
        painter.setPen(self.colours.muted)
        label = self.tr("Paused") if content.paused else self.tr("Now")
        label_h = _height(painter.font(), area.width(), label)
        draw_wrapped(painter, QRectF(area.left(), area.top(), area.width(), label_h), centred, label)
        y = area.top() + label_h + 8 * s
        title_font = _font(TITLE_PT * 1.15 * s, bold=True)
        title_h = _height(title_font, area.width(), content.title)
        painter.setFont(title_font)
        painter.setPen(self.colours.ink)
        draw_wrapped(painter, QRectF(area.left(), y, area.width(), title_h), centred, content.title)
        y += title_h + 12 * s
        remaining = content.remaining_seconds
        over = remaining < 0
        clock = ("+" if over else "") + format_clock(remaining)
        colour = self.colours.over if over else (self.colours.warn if remaining <= 120 else self.colours.ink)
        next_h = 0.0
        next_font = _font(BODY_PT * s)
        next_text = self.tr("Next: %1").replace("%1", content.next_title) if content.next_title else ""
        if next_text:
            next_h = _height(next_font, area.width(), next_text)
        status = self.tr("Time is up") if over else ""
        status_h = _height(_font(BODY_PT * s, bold=True), area.width(), status) if status else 0.0
        room = footer_top - y - next_h - status_h - 24 * s
        per_point = QFontMetricsF(_font(100, bold=True)).height() / 100  # line height per point
        clock_font = _font(max(min(200 * s, room / per_point), BODY_PT * s), bold=True)
        clock_h = QFontMetricsF(clock_font).height()
        painter.setFont(clock_font)
        painter.setPen(colour)
        painter.drawText(QRectF(area.left(), y, area.width(), clock_h), int(Qt.AlignmentFlag.AlignCenter), clock)
        y += clock_h
        if status:
            painter.setFont(_font(BODY_PT * s, bold=True))
            draw_wrapped(painter, QRectF(area.left(), y, area.width(), status_h), centred, status)
            y += status_h
        if next_text:
            painter.setFont(next_font)
            painter.setPen(self.colours.muted)
            draw_wrapped(painter, QRectF(area.left(), footer_top - next_h - 16 * s, area.width(), next_h),
                             centred, next_text)

    def _paint_question(self, painter: QPainter, stage: QRectF, content: QuestionContent) -> None:
        s = self.scale()
        area = self._margins(stage)
        footer_top = self._paint_footer(painter, stage, self.tr("%n card(s)", "", len(content.cards)))
        y = area.top()
        if content.heading:
            font = _font(SMALL_PT * 1.2 * s, bold=True)
            h = _height(font, area.width(), content.heading)
            painter.setFont(font)
            painter.setPen(self.colours.muted)
            draw_wrapped(painter, QRectF(area.left(), y, area.width(), h), WRAP, content.heading)
            y += h + 4 * s
        font = _font(TITLE_PT * 0.85 * s, bold=True)
        h = _height(font, area.width(), content.text)
        painter.setFont(font)
        painter.setPen(self.colours.accent)
        draw_wrapped(painter, QRectF(area.left(), y, area.width(), h), WRAP, content.text)
        y += h + 24 * s
        self._paint_cards(painter, QRectF(area.left(), y, area.width(), footer_top - y - 16 * s), content.cards)

    def _card_layout(self, box: QRectF, cards, size: float, columns: int):
        """Positions for the newest cards that fit, filling the shortest column first."""
        s = self.scale()
        gap, pad = 16 * s, 14 * s
        width = (box.width() - gap * (columns - 1)) / columns
        text_font, name_font = _font(size), _font(size * 0.62, bold=True)
        name_h = QFontMetricsF(name_font).height() + 6 * s  # room for Thai marks above and below
        measure = _measurer(text_font, width - 2 * pad - 8 * s)
        tops = [box.top()] * columns
        placed = []
        for index, (_group, _colour, text) in enumerate(cards):  # measured only until one does not fit
            height = name_h + measure(text) + 2 * pad
            column = min(range(columns), key=lambda c: tops[c])
            if tops[column] + height > box.bottom():
                return placed, False
            placed.append((index, QRectF(box.left() + column * (width + gap), tops[column], width, height)))
            tops[column] += height + gap
        return placed, True

    def _paint_cards(self, painter: QPainter, box: QRectF, cards) -> None:
        s = self.scale()
        self.hidden_cards = 0
        if not cards or box.height() <= 0:
            return
        key = (tuple(cards), box.getRect(), s)
        if self._layout_cache is None or self._layout_cache[0] != key:  # repaints (the clock) reuse it
            self._layout_cache = (key, self._fit_cards(box, tuple(cards)))
        size, placed, shown = self._layout_cache[1]
        self.hidden_cards = len(cards) - len(shown)
        self._draw_cards(painter, size, placed, shown)

    def _fit_cards(self, box: QRectF, cards: tuple) -> tuple:
        """(size, positions, cards shown): the largest type and fewest columns that show them all,
        else at the smallest size the newest that fit."""
        s = self.scale()
        best = None
        for size in (30, 27, 24, 22, 20, 18):
            for columns in (2, 3, 4, 5):
                placed, complete = self._card_layout(box, cards, size * s, columns)
                if complete:
                    best = (size, columns, placed)
                    break
            if best:
                break
        if best is None:  # too many to show: the newest that fit, oldest dropped first
            low, high = 1, len(cards)  # fewest cards to drop so that the rest fit: a binary search
            while low < high:
                middle = (low + high) // 2
                if self._card_layout(box, cards[middle:], 18 * s, 5)[1]:
                    high = middle
                else:
                    low = middle + 1
            shown = cards[low:]
            return 18, self._card_layout(box, shown, 18 * s, 5)[0], shown
        return best[0], best[2], cards

    def _draw_cards(self, painter: QPainter, size: float, placed, cards) -> None:
        s = self.scale()
        self.drawn_labels = []
        pad = 14 * s
        text_font, name_font = _font(size * s), _font(size * s * 0.62, bold=True)
        name_h = QFontMetricsF(name_font).height() + 6 * s
        for index, rect in placed:
            group, colour, text = cards[index]
            base = QColor(colour) if QColor.isValidColorName(colour) else QColor(theme.FAINT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint(base, self.colours.paper, self.colours.card_tint))  # the group's colour on paper, one fill
            painter.drawRoundedRect(rect, 8 * s, 8 * s)
            painter.setBrush(base)
            painter.drawRect(QRectF(rect.left(), rect.top(), 8 * s, rect.height()))
            inner = rect.adjusted(pad + 8 * s, pad, -pad, -pad)
            painter.setFont(name_font)
            painter.setPen(self.colours.muted)
            # One line: a name too long for the card ends in "…", so the room sees it is cut.
            label = wrapped(group, name_font, int(inner.width()), 1)
            self.drawn_labels.append(label)
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), name_h),
                             int(Qt.AlignmentFlag.AlignLeft), label)
            painter.setFont(text_font)
            painter.setPen(self.colours.ink)
            draw_wrapped(painter, QRectF(inner.left(), inner.top() + name_h, inner.width(), inner.height() - name_h),
                             WRAP, text)

    def _paint_title(self, painter: QPainter, stage: QRectF) -> None:
        s = self.scale()
        area = self._margins(stage)
        centred = int(Qt.AlignmentFlag.AlignHCenter) | WRAP
        title_font, sub_font = _font(TITLE_PT * 1.2 * s, bold=True), _font(BODY_PT * s)
        title = keep_together(self.title_text)
        title_h = _height(title_font, area.width(), title)
        sub_h = _height(sub_font, area.width(), self.subtitle_text) if self.subtitle_text else 0.0
        y = area.top() + (area.height() - title_h - sub_h - 24 * s) / 2
        painter.setFont(title_font)
        painter.setPen(self.colours.accent)
        draw_wrapped(painter, QRectF(area.left(), y, area.width(), title_h), centred, title)
        if self.subtitle_text:
            painter.setFont(sub_font)
            painter.setPen(self.colours.ink)
            draw_wrapped(painter, QRectF(area.left(), y + title_h + 24 * s, area.width(), sub_h), centred,
                             self.subtitle_text)
