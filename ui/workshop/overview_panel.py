"""The open workshop at a glance: its details and how far each part of the day has got.

Plain labels in form layouts rather than one rich-text table: a word-wrapped rich-text label lays
out a whole text document for every width the layout tries, which made this first screen the
slowest part of opening a workshop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.changes import Changes
from app.thaidate import format_date
from app.workshop import Workshop
from ui.common.next_step import NextStepHint
from ui.common.thai_breaks import breakable
from ui.followup.banner import OverdueBanner


class OverviewPanel(QScrollArea):
    step_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self.setWidgetResizable(True)
        self.workshop: Workshop | None = None
        self._stale = False
        self.title_label = QLabel(objectName="overviewTitle", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.form = _Form()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title_label)
        # a checkpoint passed without a report: said first, on opening (issue #23)
        self.overdue_banner = OverdueBanner()
        self.overdue_banner.go_requested.connect(lambda: self.step_requested.emit("followup"))
        layout.addWidget(self.overdue_banner)
        self.next_hint = NextStepHint(objectName="overviewNextStep")
        layout.addWidget(self.next_hint)
        layout.addLayout(self.form)
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
        self.title_label.setText(breakable(d.title))
        groups = w.groups()
        details = [
            (self.tr("Organization"), " · ".join(p for p in (d.organization, d.unit) if p)),
            (self.tr("Date"), format_date(d.event_date, lang)),
            (self.tr("Start"), d.start_time),
            (self.tr("Venue"), d.venue),
            (self.tr("Facilitators"), ", ".join(d.facilitators)),
            (self.tr("Groups"), ", ".join(f"{g.name} ({len(g.members)})" for g in groups) or self.tr("none yet")),
        ]
        progress, answers = [], 0
        for pillar in w.pillars():
            # counted by SQL: reading every card of a big workshop was most of opening it
            questions = [q.id for q in pillar.questions]
            count = sum(w.answer_counts(questions).values()) if questions else 0
            answers += count
            progress.append((pillar.name(lang), self.tr("%n answer(s)", "", count)))
        counts = {"setup": len(groups), "capture": answers, "assess": len(w.assessments()),
                  "prioritize": len(w.initiatives()), "plan": len(w.plan_items())}
        progress.append((self.tr("Self-assessment"), self.tr("%n score(s)", "", counts["assess"])))
        progress.append((self.tr("Initiatives"), self.tr("%n initiative(s)", "", counts["prioritize"])))
        progress.append((self.tr("Development plan"), self.tr("%n item(s)", "", counts["plan"])))
        self.form.show_sections([(None, details), (self.tr("Progress"), progress)])
        self._offer_next_step(counts)
        self.overdue_banner.refresh(w)

    def _offer_next_step(self, counts: dict[str, int]) -> None:
        """The first part of the day still to do (``counts``: what each step holds), named, with a
        button that goes there."""
        steps = (
            ("setup", self.tr("Add the groups taking part (and their members) in Setup."), self.tr("Go to Setup")),
            ("capture", self.tr("Type each group's answers to the pillars' questions in Capture."),
             self.tr("Go to Capture")),
            ("assess", self.tr("Let each group rate the PMQA categories in Assess."), self.tr("Go to Assess")),
            ("prioritize", self.tr("Turn the proposals into initiatives and vote in Prioritize."),
             self.tr("Go to Prioritize")),
            ("plan", self.tr("Build the development plan from the ranked initiatives in Plan."), self.tr("Go to Plan")),
        )
        for step, text, button in steps:
            if not counts[step]:
                self.next_hint.offer(self.tr("Next: %1").replace("%1", text), button, lambda s=step: self.step_requested.emit(s))
                return
        self.next_hint.offer(self.tr("Every part of the day has content: print the plan in Report."),
                             self.tr("Go to Report"), lambda: self.step_requested.emit("report"))

    def rows(self) -> list[tuple[str, str]]:
        """What the overview shows, as (label, value) pairs: its details, then its progress."""
        return self.form.rows()


class _Form(QFormLayout):
    """Sections of label/value rows in one form, so every section's values line up. Shown as plain
    text: names and venues are never read as markup."""

    def __init__(self):
        super().__init__()
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.setHorizontalSpacing(16)
        self.setVerticalSpacing(6)

    def show_sections(self, sections: list[tuple[str | None, list[tuple[str, str]]]]) -> None:
        while self.rowCount():
            self.removeRow(0)
        for heading, rows in sections:
            if heading:
                self.addRow(_label(heading, "sectionLabel"))
            for key, value in rows:
                shown = _label(breakable(value), "overviewValue")
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.addRow(_label(key, "overviewKey"), shown)

    def rows(self) -> list[tuple[str, str]]:
        pairs = []
        roles = (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole)
        for row in range(self.rowCount()):
            key, value = (self.itemAt(row, role) for role in roles)
            if key is not None and value is not None:  # a section heading spans both columns
                pairs.append((key.widget().text(), value.widget().text()))
        return pairs


def _label(text: str, name: str) -> QLabel:
    return QLabel(text, objectName=name, textFormat=Qt.TextFormat.PlainText)
