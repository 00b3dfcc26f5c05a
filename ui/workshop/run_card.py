"""The running agenda item and its countdown, under the step navigator on every step.

A facilitator briefing or capturing must see the time without going to the Agenda step. The card
reads the run state from the workshop file (``app.run.Runner``), like the presenter view, so it
shows the day as it stands whoever drives it (the Run tab, another window); it redraws once a
second while the day runs and when ``Changes.run`` or ``Changes.agenda`` arrive. It is hidden
while the day has not started or is over. Clicking it opens the Run tab.

The amber and red states and the countdown's form are the Run tab's own (``RunPanel`` imports them
from here, so the two never disagree).
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from app.changes import Changes
from app.run import RUNNING, Runner, RunSnapshot
from ui.common import theme
from ui.common.thai_breaks import breakable

WARNING_SECONDS = 120
NORMAL_COLOR, AMBER_COLOR, RED_COLOR = theme.CLOCK_NORMAL, theme.CLOCK_AMBER, theme.CLOCK_RED
NORMAL, AMBER, RED = "normal", "amber", "red"


def countdown_text(seconds: int) -> str:
    """``mm:ss`` of the remaining time (minutes may pass 99); the absolute value when over time."""
    minutes, rest = divmod(abs(seconds), 60)
    return f"{minutes:02d}:{rest:02d}"


def time_state(snap: RunSnapshot) -> str:
    """NORMAL, AMBER (two minutes or less left) or RED (over time) for a running item."""
    if snap.overrun:
        return RED
    return AMBER if snap.remaining_seconds <= WARNING_SECONDS else NORMAL


class RunCard(QFrame):
    """The current agenda item, its countdown and the next item, in the navigator's column."""
    activated = Signal()  # clicked: the window shows the Run tab

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("runCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.now: Callable[[], datetime] = datetime.now  # tests replace it with a fake clock
        self.runner: Runner | None = None
        self.state = NORMAL
        self.status_label = QLabel(objectName="runCardStatus", wordWrap=True)
        self.title_label = QLabel(objectName="runCardTitle", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.countdown_label = QLabel(objectName="runCardCountdown")
        self.next_label = QLabel(objectName="runCardNext", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        for label, size, bold in ((self.status_label, theme.SMALL_PT, False), (self.title_label, theme.BODY_PT, True),
                                  (self.countdown_label, theme.CARD_CLOCK_PT, True), (self.next_label, theme.SMALL_PT, False)):
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        for label in (self.status_label, self.title_label, self.countdown_label, self.next_label):
            layout.addWidget(label)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.refresh)
        self.hide()

    def set_workshop(self, workshop) -> None:
        self.runner = Runner(workshop, now=lambda: self.now()) if workshop is not None else None
        self.refresh()

    def apply(self, changes: Changes) -> None:
        if self.runner is not None and (changes.run or changes.agenda):
            self.runner.reload()
            self.refresh()

    def refresh(self) -> None:
        snap = self.runner.snapshot() if self.runner is not None else None
        if snap is None or not snap.running or snap.item is None:
            self.timer.stop()
            self.hide()
            return
        if snap.status != RUNNING:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        self.state = time_state(snap)
        status = self.tr("Item %1 of %2").replace("%1", str(snap.index + 1)).replace("%2", str(snap.count))
        if snap.paused:
            status += " · " + self.tr("PAUSED")
        if snap.overrun:
            status += " · " + self.tr("over time")
        self.status_label.setText(status)
        self.title_label.setText(breakable(snap.item.title))
        remaining = countdown_text(snap.remaining_seconds)  # "over time" is said above: the card is narrow
        self.countdown_label.setText("+" + remaining if snap.overrun else remaining)
        self.next_label.setText(self.tr("Next: %1").replace("%1", breakable(snap.next_item.title)) if snap.next_item
                                else self.tr("Next: the end of the day"))
        self.setToolTip(self.tr("Open run mode (Agenda step)"))
        theme.set_state(self, self.state)  # its background: app.qss
        self.show()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.refresh()
        super().changeEvent(event)
