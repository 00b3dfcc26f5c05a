"""The band on the Overview when a checkpoint's date has passed without any progress reported at it
(``Workshop.overdue_checkpoints``): the first thing seen on opening such a workshop, with a button
that goes to the Follow-up step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ui.common import theme
from ui.common.i18n import current_language
from ui.common.icons import set_icon
from ui.common.thai_breaks import breakable
from ui.followup.names import short_date


class OverdueBanner(QFrame):
    go_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="overdueBanner")
        self.setProperty("nextStep", True)  # the hint band's look (app.qss)
        self.label = QLabel(wordWrap=True, objectName="overdueText")
        theme.set_tone(self.label, "warning")
        self.button = QPushButton(objectName="overdueGo")
        set_icon(self.button, "arrow-right")
        self.button.clicked.connect(self.go_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def refresh(self, workshop, today: date | None = None) -> None:
        """Shown while ``workshop`` has checkpoints past their date with nothing reported at them."""
        overdue = workshop.overdue_checkpoints(today) if workshop is not None else []
        if not overdue:
            self.hide()
            return
        lang = current_language()
        named = ", ".join(f"{breakable(c.name)} ({short_date(c.due_date, lang)})" for c in overdue[:3])
        if len(overdue) > 3:
            named += " …"
        self.label.setText(self.tr("%n checkpoint(s) passed without a progress report: %1", "", len(overdue))
                           .replace("%1", named))
        self.button.setText(self.tr("Go to Follow-up"))
        self.show()
