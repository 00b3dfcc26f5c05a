"""A screen with nothing on it yet says what to do next, and offers to do it (one button)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class NextStepHint(QFrame):
    """A light band: what to do next, and a button that does it (or goes where it is done)."""

    def __init__(self, parent=None, objectName: str = "nextStepHint"):
        super().__init__(parent, objectName=objectName)
        self.setStyleSheet(f"QFrame#{objectName} {{ background: #e8f0fe; border: 1px solid #b6c9ee; border-radius: 6px; }}")
        self.label = QLabel(wordWrap=True)
        self.button = QPushButton()
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
