"""The presenter view: a second top-level window for the projector, in type the back row can read.

It shows one of four things, chosen by the step the facilitator is on (``set_step``):

- the Brief step: the current briefing slide (``show_slide``);
- the Capture step: the current question and its cards as they arrive (``show_question``);
- any other step while the day is running: the current agenda item and its countdown
  (``show_agenda_item``); during slides and questions the countdown stays in the footer;
- otherwise the workshop's title (``show_title``);
- and above all of these, while the facilitator asks for it, how to join room input
  (``show_join``): the QR code of the URL and the URL in large type. While room input runs, the
  footer names its URL and how many groups have given their input (``set_room``).

Views call the ``show_*`` methods whenever their content changes (the agenda countdown once a
second); the window keeps the latest content of each kind, so calling them while the window is
closed, or while another step is active, is cheap and safe. ``PresenterFollower`` (ui/presenter/follower.py) wires the
main window's workshop panel to it. The painting is ``StageView`` (ui/presenter/stage_view.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.common.i18n import Retranslating
from ui.presenter.join_stage import JoinContent
from ui.presenter.stage_content import AgendaContent, QuestionContent, SlideContent
from ui.presenter.stage_view import StageView


class PresenterWindow(Retranslating, QWidget):
    """The projector window. Public API (safe to call at any time, shown or not):

    - ``show_slide(title, points, index, count, thai_digits)`` — the Brief step's current slide;
    - ``show_agenda_item(title, remaining_seconds, next_title, paused=False)`` — run mode; call it
      when the run changes and once a second; negative ``remaining_seconds`` means over time;
      ``clear_agenda_item()`` when the day is not running;
    - ``show_question(question_text, cards, heading="")`` — the Capture step; ``cards`` is a list
      of ``(group_name, colour, text)`` in the order they arrived; ``clear_question()``;
    - ``show_title(title, subtitle)`` and ``set_footer(text)`` — the workshop's name;
    - ``set_step(key)`` — which step the facilitator is on (done by ``PresenterFollower``).
    """

    navigate_requested = Signal(str)  # "next", "previous", "first", "last"
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.stage = StageView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        self.step: str | None = None
        self.slide: SlideContent | None = None
        self.agenda: AgendaContent | None = None
        self.question: QuestionContent | None = None
        self.join: JoinContent | None = None
        self.joining = False
        self.leave_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Escape), triggered=self.close)
        self.leave_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.leave_action)
        self.resize(1280, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter view"))
        self.leave_action.setText(self.tr("Leave the presenter view"))
        self.stage.update()

    # ----------------------------------------------------------------- what to show
    def mode(self) -> str:
        """"join", "slide", "question", "agenda" or "title": what the room sees now."""
        if self.joining and self.join is not None:
            return "join"
        if self.step == "brief" and self.slide is not None:
            return "slide"
        if self.step == "capture" and self.question is not None:
            return "question"
        if self.agenda is not None:
            return "agenda"
        return "title"

    def _refresh(self) -> None:
        mode = self.mode()
        content = {"slide": self.slide, "question": self.question, "agenda": self.agenda, "join": self.join}.get(mode)
        self.stage.set_content(content, self.agenda if mode in ("slide", "question") else None)

    def set_step(self, key: str | None) -> None:
        self.step = key
        self._refresh()

    def show_slide(self, title: str, points, index: int = 0, count: int = 1, thai_digits: bool = False) -> None:
        self.slide = SlideContent(title, tuple(points), index, count, thai_digits)
        self._refresh()

    def clear_slide(self) -> None:
        self.slide = None
        self._refresh()

    def show_agenda_item(self, title: str, remaining_seconds: int, next_title: str = "",
                         paused: bool = False) -> None:
        self.agenda = AgendaContent(title, int(remaining_seconds), next_title or "", paused)
        self._refresh()

    def clear_agenda_item(self) -> None:
        self.agenda = None
        self._refresh()

    def show_question(self, question_text: str, cards, heading: str = "") -> None:
        self.question = QuestionContent(question_text, tuple(tuple(c) for c in cards), heading)
        self._refresh()

    def clear_question(self) -> None:
        self.question = None
        self._refresh()

    def set_room(self, url: str = "", matrix=(), progress: str = "") -> None:
        """Room input runs at ``url`` (QR ``matrix``; ``progress``: "8 of 12 groups have voted");
        no URL: it stopped, and the join screen goes too."""
        self.join = JoinContent(url, tuple(matrix), progress) if url else None
        self.stage.room_line = " · ".join(p for p in (url.removeprefix("http://").rstrip("/"), progress) if p)
        self._refresh()

    def show_join(self, shown: bool) -> None:
        """Show (or stop showing) how to join, over whatever the step shows."""
        self.joining = shown
        self._refresh()

    def show_title(self, title: str, subtitle: str = "") -> None:
        self.stage.title_text, self.stage.subtitle_text = title, subtitle
        self.stage.update()

    def set_footer(self, text: str) -> None:
        self.stage.footer_text = text
        self.stage.update()

    # ----------------------------------------------------------------- showing on the projector
    def open_on(self, current: QScreen | None = None) -> QScreen:
        """Full screen on a screen other than ``current`` (the laptop's) if there is one."""
        screens = QGuiApplication.screens()
        others = [screen for screen in screens if screen is not current]
        screen = others[0] if others else (current or QGuiApplication.primaryScreen())
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()  # also raises it above the other windows
        return screen

    def keyPressEvent(self, event) -> None:
        # A presentation clicker sends PageDown/PageUp; the arrows work as on the laptop.
        moves = {Qt.Key.Key_Right: "next", Qt.Key.Key_PageDown: "next", Qt.Key.Key_Space: "next",
                 Qt.Key.Key_Down: "next", Qt.Key.Key_Left: "previous", Qt.Key.Key_PageUp: "previous",
                 Qt.Key.Key_Up: "previous", Qt.Key.Key_Home: "first", Qt.Key.Key_End: "last"}
        move = moves.get(Qt.Key(event.key()))
        if move is None:
            super().keyPressEvent(event)
            return
        self.navigate_requested.emit(move)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()
