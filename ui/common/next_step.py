"""A screen with nothing on it yet says what to do next, and offers to do it (one button)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ui.common.icons import set_icon
from ui.common.theme import mark_primary


class NextStepHint(QFrame):
    """A light band: what to do next, and a button that does it (or goes where it is done)."""

    def __init__(self, parent=None, objectName: str = "nextStepHint"):
        super().__init__(parent, objectName=objectName)
        self.setProperty("nextStep", True)  # the band's look: app.qss
        self.label = QLabel(wordWrap=True)
        self.button = QPushButton()
        set_icon(self.button, "arrow-right")
        mark_primary(self.button)  # on an empty screen, the next step is the thing to do
        self.button.clicked.connect(self._on_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], object] | None = None
        self.hide()

    def offer(self, text: str, button_text: str, action: Callable[[], object]) -> None:
        self.label.setText(text)
        self.button.setText(button_text)
        self._action = action
        self.show()

    def clear(self) -> None:
        self._action = None
        self.hide()

    def _on_button_clicked(self) -> None:
        if self._action is not None:
            self._action()
