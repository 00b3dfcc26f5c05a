"""Keeps the projector window in step with the facilitator: the current step, briefing slide,
question and run-mode timer (see ``PresenterFollower``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.run import RUNNING, Runner
from app.thaidate import format_date
from ui.presenter.window import PresenterWindow


class PresenterFollower(QObject):
    """Keeps the presenter view in step with the facilitator's screen.

    It listens to the workshop panel's ``step_changed``, the Brief panel's ``slide_changed`` and
    the run panel's ``run_changed`` (Agenda step, ``ui.agenda.run_panel.RunPanel``). Without a run panel
    it reads ``app.run.Runner.snapshot()`` itself once a second while the day runs: the run state
    lives in the workshop file, so either way the room sees the day as it stands.
    """

    def __init__(self, presenter: PresenterWindow, workshop_panel, parent=None):
        super().__init__(parent)
        self.presenter = presenter
        self.workshop_panel = workshop_panel
        self.runner = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_run)
        workshop_panel.step_changed.connect(self._on_workshop_panel_step_changed)
        # Step panels are built when first visited; follow each as it appears.
        self.brief = self.run_panel = None
        workshop_panel.panel_created.connect(self._on_workshop_panel_panel_created)
        for key, panel in list(workshop_panel.panels.items()):
            self._on_workshop_panel_panel_created(key, panel)
        presenter.navigate_requested.connect(self._on_presenter_navigate_requested)

    def _on_workshop_panel_panel_created(self, key: str, panel) -> None:
        if key == "brief":
            self.brief = panel
            panel.slide_changed.connect(self._on_brief_slide_changed)
            self._on_brief_slide_changed()
        elif key == "agenda" and getattr(panel, "run_panel", None) is not None:
            self.run_panel = panel.run_panel
            self.run_panel.run_changed.connect(self._on_run_panel_run_changed)
            self.runner = None  # the run panel now drives the countdown
            self.timer.stop()

    def workshop(self):
        context = self.workshop_panel.context
        return context.workshop if context is not None else None

    def refresh(self) -> None:
        """Call after a workshop was opened or closed, or its details changed."""
        workshop = self.workshop()
        if workshop is None:
            self.runner = None
            self.timer.stop()
            self.presenter.show_title(self.tr("PMQA 4.0 Workshop"), "")
            self.presenter.set_footer("")
            self.presenter.clear_agenda_item()
            self.presenter.clear_question()
            self.presenter.clear_slide()
            self.presenter.set_step(None)
            return
        details = workshop.details()
        subtitle = " · ".join(p for p in (details.organization,
                                          format_date(details.event_date, details.language, details.thai_digits),
                                          details.venue) if p)
        self.presenter.show_title(details.title, subtitle)
        self.presenter.set_footer(details.organization or details.title)
        if self.run_panel is None and (self.runner is None or self.runner.workshop is not workshop):
            self.runner = Runner(workshop)
        self._on_brief_slide_changed()
        self.presenter.set_step(self.workshop_panel.current_step())
        self.update_run()

    def apply(self, changes) -> None:
        if self.workshop() is None:
            return
        if changes.details:
            self.refresh()
        elif changes.run or changes.agenda:
            self.update_run()

    def update_run(self) -> None:
        if self.workshop() is None:
            self.timer.stop()
            return
        if self.run_panel is not None:
            self._on_run_panel_run_changed(self.run_panel.snapshot())
            return
        if self.runner is None:
            return
        self.runner.reload()
        snap = self.runner.snapshot()
        self._on_run_panel_run_changed(snap)
        if snap.status == RUNNING and not self.timer.isActive():
            self.timer.start()
        elif snap.status != RUNNING:
            self.timer.stop()

    def _on_run_panel_run_changed(self, snap) -> None:
        if snap is not None and snap.running and snap.item is not None:
            self.presenter.show_agenda_item(snap.item.title, snap.remaining_seconds,
                                            snap.next_item.title if snap.next_item else "", snap.paused)
        else:
            self.presenter.clear_agenda_item()

    def _on_workshop_panel_step_changed(self, key: str) -> None:
        self.presenter.set_step(key)

    def _on_brief_slide_changed(self, *_args) -> None:
        slide = self.brief.current_slide() if self.brief is not None else None
        if slide is None:
            self.presenter.clear_slide()
        else:
            self.presenter.show_slide(slide.title, slide.points, self.brief.current_index(), self.brief.count(),
                                      self.brief.thai_digits)

    def _on_presenter_navigate_requested(self, move: str) -> None:
        if self.brief is not None and self.presenter.step == "brief":
            self.brief.navigate(move)
