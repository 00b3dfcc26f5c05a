"""What every step panel owes the workshop window (see ui/workshop/panel.py)."""

from __future__ import annotations

from app.changes import Changes
from ui.common.i18n import Retranslating


class StepPanel(Retranslating):
    """Mixin for a step panel: keeps the context, redraws when one of ``REDRAWS_ON`` changed, and
    retranslates on a language change. Subclasses define ``redraw()`` and ``retranslate()``.

    Put it first among the bases: ``class PlanPanel(StepPanel, QWidget)``.
    """

    REDRAWS_ON: tuple[str, ...] = ()  # names of Changes flags
    context = None
    workshop = None

    def set_context(self, context) -> None:
        self.context = context
        self.workshop = context.workshop if context is not None else None
        self.redraw()

    def apply(self, changes: Changes) -> None:
        if any(getattr(changes, flag) for flag in self.REDRAWS_ON):
            self.redraw()
