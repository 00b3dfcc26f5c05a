"""What every step panel owes the workshop window (see ui/workshop/panel.py)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from app.changes import Changes
from ui.common.i18n import Retranslating

CALM_MS = 250  # changes from the room's devices: at most ~4 redraws a second


class StepPanel(Retranslating):
    """Mixin for a step panel: keeps the context, redraws when one of ``REDRAWS_ON`` changed, and
    retranslates on a language change. Subclasses define ``redraw()`` and ``retranslate()``.

    Changes made elsewhere (room input's devices: 150 votes can arrive within a second) redraw a
    panel on screen at most ~4 times a second, and a hidden one only when it is shown again: each
    redraw reads and lays out the whole step, and the window must stay responsive meanwhile
    (bench/bench_room.py). The facilitator's own edits redraw at once.

    Put it first among the bases: ``class PlanPanel(StepPanel, QWidget)``.
    """

    REDRAWS_ON: tuple[str, ...] = ()  # names of Changes flags
    context = None
    workshop = None
    _stale = False
    _calm: QTimer | None = None

    def set_context(self, context) -> None:
        self.context = context
        self.workshop = context.workshop if context is not None else None
        self._redraw_now()

    def apply(self, changes: Changes) -> None:
        if not any(getattr(changes, flag) for flag in self.REDRAWS_ON):
            return
        if not changes.elsewhere:
            self._redraw_now()
        elif not self.isVisible():
            self._stale = True
        elif self._calm is not None and self._calm.isActive():
            self._stale = True
        else:
            self._redraw_now()
            self._calm_timer().start()

    def _redraw_now(self) -> None:
        self._stale = False
        self.redraw()

    def _calm_timer(self) -> QTimer:
        if self._calm is None:
            self._calm = QTimer(self, singleShot=True, interval=CALM_MS)
            self._calm.timeout.connect(self._on_calm_timeout)
        return self._calm

    def _on_calm_timeout(self) -> None:
        if self._stale and self.isVisible():
            self._redraw_now()
            self._calm.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._redraw_now()
