"""Run mode on the facilitator's screen: the current item, a large countdown, the next item.

The day's logic is ``app.run.Runner``; this panel only shows it and forwards the buttons. A QTimer
ticking once a second redraws the countdown and emits ``run_changed(RunSnapshot)``, which the
presenter view can follow: ``main_window.workshop_panel.panels["agenda"].run_panel.run_changed``.
``run_panel.snapshot()`` gives the current state at any moment.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from app.changes import Changes
from app.errors import ValidationError, WorkshopError
from app.run import FINISHED, IDLE, PAUSED, RunSnapshot, Runner
from app.workshop import Workshop
from ui.agenda.model import kind_name
from ui.common import theme
from ui.common.error_catalogue import error_text
from ui.common.i18n import Retranslating
from ui.common.icons import set_icon
from ui.common.messages import show_error
from ui.common.panel_actions import make_action
from ui.common.thai_breaks import breakable
from ui.workshop.run_card import (
    AMBER, AMBER_COLOR, NORMAL, NORMAL_COLOR, RED, RED_COLOR, countdown_text, time_state,
)


class RunPanel(Retranslating, QWidget):
    run_changed = Signal(object)  # RunSnapshot, after every action and once a second while running

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("runPanel")
        self.workshop: Workshop | None = None
        self.runner: Runner | None = None
        self.now: Callable[[], datetime] = datetime.now  # tests replace it with a fake clock
        self.reset_box: QMessageBox | None = None
        self._warned_item: int | None = None
        self._acting = False  # while our own action writes, its intermediate changes are not shown
        self.last_snapshot: RunSnapshot | None = None

        self.status_label = QLabel(objectName="runStatusLabel")
        self.title_label = QLabel(objectName="runTitleLabel", wordWrap=True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label = QLabel(objectName="countdownLabel")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.warning_label = QLabel(objectName="runWarningLabel", wordWrap=True)
        self.warning_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning_label.hide()
        self.next_label = QLabel(objectName="runNextLabel", wordWrap=True)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label, size, bold in ((self.status_label, theme.RUN_STATUS_PT, False), (self.title_label, theme.RUN_TITLE_PT, True),
                                  (self.countdown_label, theme.RUN_CLOCK_PT, True),
                                  (self.warning_label, theme.RUN_WARNING_PT, True), (self.next_label, theme.RUN_NEXT_PT, False)):
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)

        self.start_button = QPushButton(objectName="startDayButton")
        self.back_button = QPushButton(objectName="backButton")
        self.pause_button = QPushButton(objectName="pauseButton")
        self.next_button = QPushButton(objectName="nextButton")
        self.extend_button = QPushButton(objectName="extendButton")
        self.reset_button = QPushButton(objectName="resetDayButton")

        # The panel's default shortcut context: the keys work while run mode has focus, not on other
        # steps (Space still types a space in any text field elsewhere).
        self.pause_action = make_action(self, self.toggle_pause, "Space")
        self.next_action = make_action(self, self.next_item, "Ctrl+Right")
        self.back_action = make_action(self, self.previous_item, "Ctrl+Left")
        self.extend_action = make_action(self, self.extend, "Ctrl+E")
        self.start_button.clicked.connect(self.start_day)
        self.back_button.clicked.connect(self.previous_item)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.next_item)
        self.extend_button.clicked.connect(self.extend)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)

        for button, name in ((self.start_button, "play"), (self.extend_button, "clock-plus"),
                             (self.reset_button, "rotate")):
            set_icon(button, name)
        # Two rows: the day's controls, then the rarer ones; one row of six was wider than a
        # 1366-pixel screen at 150 % scaling leaves the panel.
        buttons = QVBoxLayout()
        for row_buttons in ((self.start_button, self.back_button, self.pause_button, self.next_button),
                            (self.extend_button, self.reset_button)):
            row = QHBoxLayout()
            row.addStretch(1)
            for button in row_buttons:
                button.setMinimumHeight(36)
                row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    # ----------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.start_button.setText(self.tr("&Start the day"))
        self.back_button.setText(self.tr("◀ &Back"))
        self.back_button.setToolTip(self.tr("Back to the previous item (Ctrl+Left)"))
        self.next_button.setText(self.tr("&Next ▶"))
        self.next_button.setToolTip(self.tr("End this item and start the next (Ctrl+Right)"))
        self.extend_button.setText(self.tr("+5 &min"))
        self.extend_button.setToolTip(self.tr("Give this item five more minutes (Ctrl+E)"))
        self.reset_button.setText(self.tr("&Reset…"))
        self.reset_button.setToolTip(self.tr("Forget the run and the actual times recorded"))
        self.pause_action.setText(self.tr("Pause or resume the timer"))
        self.next_action.setText(self.tr("Next agenda item"))
        self.back_action.setText(self.tr("Previous agenda item"))
        self.extend_action.setText(self.tr("Extend the current item by 5 minutes"))
        self.refresh()

    # ----------------------------------------------------------------- context
    def set_context(self, context) -> None:
        self.workshop = context.workshop if context is not None else None
        self.runner = Runner(self.workshop, now=lambda: self.now()) if self.workshop is not None else None
        self._warned_item = None
        self.setEnabled(self.workshop is not None and not self.workshop.readonly)
        self.refresh()

    def apply(self, changes: Changes) -> None:
        if self.runner is None or self._acting:
            return
        if changes.run:
            self.runner.reload()
        if changes.run or changes.agenda:
            self.refresh()

    def snapshot(self) -> RunSnapshot | None:
        return self.runner.snapshot() if self.runner is not None else None

    # ----------------------------------------------------------------- actions
    def _do(self, action: Callable[[], RunSnapshot]) -> None:
        if self.runner is None:
            return
        self._acting = True
        try:
            action()
        except ValidationError as exc:
            self.warning_label.setText(error_text(exc))  # "add an agenda item first", in the interface's language
            self.warning_label.show()
            return
        except WorkshopError as exc:
            show_error(self, exc)
        finally:
            self._acting = False
        self.refresh()

    def start_day(self) -> None:
        self._warned_item = None
        self._do(lambda: self.runner.start())

    def toggle_pause(self) -> None:
        if self.runner is not None and self.runner.status in (PAUSED, "running"):
            self._do(lambda: self.runner.toggle_pause())

    def next_item(self) -> None:
        self._do(lambda: self.runner.next())

    def previous_item(self) -> None:
        self._do(lambda: self.runner.back())

    def extend(self) -> None:
        self._do(lambda: self.runner.extend(5))

    def _on_reset_button_clicked(self) -> None:
        self.reset_box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Reset the day"),
            self.tr("Forget where the day stands and the actual times recorded so far?"),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel, self)
        self.reset_box.setObjectName("resetDayBox")
        self.reset_box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.reset_box.finished.connect(self._on_reset_box_finished)
        self.reset_box.open()

    def _on_reset_box_finished(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Reset:
            self._warned_item = None
            self._do(lambda: self.runner.reset())

    # ----------------------------------------------------------------- display
    def refresh(self) -> None:
        snap = self.snapshot()
        self.last_snapshot = snap
        if snap is None:
            self.timer.stop()
            self._show_idle(None)
            return
        running = snap.status == "running"
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running and self.timer.isActive():
            self.timer.stop()
        self.start_button.setEnabled(snap.status in (IDLE, FINISHED))
        theme.mark_primary(self.start_button, not snap.running)  # the one main action: start, then next
        theme.mark_primary(self.next_button, snap.running)
        for button in (self.back_button, self.pause_button, self.next_button, self.extend_button):
            button.setEnabled(snap.running)
        self.back_button.setEnabled(snap.running and (snap.index or 0) > 0 or snap.status == FINISHED)
        self.reset_button.setEnabled(snap.status != IDLE)
        self.pause_button.setText(self.tr("▶ &Resume") if snap.paused else self.tr("❚❚ &Pause"))
        self.pause_button.setToolTip(self.tr("Pause or resume the timer (Space)"))
        if snap.status == IDLE:
            self._show_idle(snap)
        elif snap.status == FINISHED:
            self.status_label.setText(self.tr("The day is over. The actual times are in the agenda."))
            self.title_label.setText(self.tr("Finished"))
            self._set_countdown("", NORMAL)
            self.next_label.setText("")
            self.warning_label.hide()
        else:
            self._show_running(snap)
        self.run_changed.emit(snap)

    def _show_idle(self, snap: RunSnapshot | None) -> None:
        self.status_label.setText(self.tr("The day has not started. Start it when the room is ready."))
        self.title_label.setText(breakable(snap.next_item.title) if snap and snap.next_item else "")
        self._set_countdown(countdown_text(snap.next_item.minutes * 60) if snap and snap.next_item else "",
                            NORMAL)
        self.next_label.setText("")
        self.warning_label.hide()

    def _show_running(self, snap: RunSnapshot) -> None:
        if snap.item is None:
            self.status_label.setText(self.tr("The current item was removed from the agenda; go on with Next."))
            self.title_label.setText("")
            self._set_countdown("", NORMAL)
        else:
            status = self.tr("Item %1 of %2 · %3").replace("%1", str(snap.index + 1)).replace(
                "%2", str(snap.count)).replace("%3", kind_name(snap.item.kind))
            if snap.extension_minutes:
                status += " · " + self.tr("extended by %1 min").replace("%1", str(snap.extension_minutes))
            if snap.paused:
                status += " · " + self.tr("PAUSED")
            self.status_label.setText(status)
            self.title_label.setText(breakable(snap.item.title))
            state = time_state(snap)
            if state == RED:
                self._set_countdown(self.tr("+%1 over").replace("%1", countdown_text(snap.remaining_seconds)),
                                    RED)
            else:
                self._set_countdown(countdown_text(snap.remaining_seconds),
                                    state)
        self.next_label.setText(self.tr("Next: %1").replace("%1", breakable(snap.next_item.title)) if snap.next_item
                                else self.tr("Next: the end of the day"))
        if snap.overrun:
            self.warning_label.setText(self.tr("Time is up for this item"))
            self.warning_label.show()
            if self._warned_item != snap.item.id:
                self._warned_item = snap.item.id
                QApplication.beep()  # audible once per item; the red banner stays
        else:
            self.warning_label.hide()

    def _set_countdown(self, text: str, state: str) -> None:
        """The clock's text and state (NORMAL, AMBER, RED): app.qss colours it by the state."""
        self.countdown_label.setText(text)
        theme.set_state(self.countdown_label, state)
        self.countdown_label.setProperty("countdownColor", {AMBER: AMBER_COLOR, RED: RED_COLOR}.get(state, NORMAL_COLOR))
