"""The open workshop at a glance: its details and how far each part of the day has got."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.changes import Changes
from app.thaidate import format_date
from app.workshop import Workshop


class OverviewPanel(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self.setWidgetResizable(True)
        self.workshop: Workshop | None = None
        self._stale = False
        self.title_label = QLabel(objectName="overviewTitle", wordWrap=True)
        self.details_label = QLabel(objectName="overviewDetails", wordWrap=True)
        self.progress_label = QLabel(objectName="overviewProgress", wordWrap=True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        for label in (self.title_label, self.details_label, self.progress_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(body)

    def set_context(self, context) -> None:
        self.workshop = context.workshop if context is not None else None
        self.redraw()

    def apply(self, changes: Changes) -> None:
        # Counting every answer on each keystroke of a hidden page slowed typing in large workshops:
        # a hidden overview only notes that it is stale.
        if changes.any():
            self._stale = True
            if self.isVisible():
                self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()
        super().changeEvent(event)

    def redraw(self) -> None:
        self._stale = False
        if self.workshop is None:
            return
        w = self.workshop
        d = w.details()
        lang = d.language
        self.title_label.setText(f"<h1>{_esc(d.title)}</h1>")
        rows = [
            (self.tr("Organization"), " · ".join(p for p in (d.organization, d.unit) if p)),
            (self.tr("Date"), format_date(d.event_date, lang)),
            (self.tr("Start"), d.start_time),
            (self.tr("Venue"), d.venue),
            (self.tr("Facilitators"), ", ".join(d.facilitators)),
        ]
        groups = w.groups()
        rows.append((self.tr("Groups"), ", ".join(f"{g.name} ({len(g.members)})" for g in groups)
                     or self.tr("none yet")))
        self.details_label.setText(_table(rows))
        answers = w.answers()
        per_question = {}
        for a in answers:
            per_question[a.question_id] = per_question.get(a.question_id, 0) + 1
        progress = []
        for pillar in w.pillars():
            count = sum(per_question.get(q.id, 0) for q in pillar.questions)
            progress.append((pillar.name(lang), self.tr("%n answer(s)", "", count)))
        progress.append((self.tr("Self-assessment"), self.tr("%n score(s)", "", len(w.assessments()))))
        progress.append((self.tr("Initiatives"), self.tr("%n initiative(s)", "", len(w.initiatives()))))
        progress.append((self.tr("Development plan"), self.tr("%n item(s)", "", len(w.plan_items()))))
        heading = self.tr("Progress")
        self.progress_label.setText(f"<h3>{_esc(heading)}</h3>" + _table(progress))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='padding-right:16px; color:#555'>{_esc(k)}</td><td>{_esc(v)}</td></tr>"
                    for k, v in rows)
    return f"<table cellspacing='4'>{cells}</table>"
