"""A step panel redraws at once for the facilitator's edits, and calmly for the room's devices."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.changes import Changes
from ui.common import step_panel
from ui.common.step_panel import StepPanel


class CountingPanel(StepPanel, QWidget):
    REDRAWS_ON = ("initiatives",)

    def __init__(self):
        super().__init__()
        self.redraws = 0

    def redraw(self) -> None:
        self.redraws += 1

    def retranslate(self) -> None:
        pass


def test_own_edits_redraw_at_once_and_other_flags_not_at_all(qtbot):
    panel = CountingPanel()
    qtbot.addWidget(panel)
    panel.apply(Changes(initiatives=True))
    panel.apply(Changes(initiatives=True))
    panel.apply(Changes(answers=True))
    assert panel.redraws == 2


def test_a_burst_from_the_room_redraws_a_shown_panel_a_few_times_and_ends_up_to_date(qtbot, monkeypatch):
    monkeypatch.setattr(step_panel, "CALM_MS", 100)
    panel = CountingPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    for _ in range(150):  # 150 votes at once
        panel.apply(Changes(initiatives=True, elsewhere=True))
    assert panel.redraws == 1  # the first at once, the rest wait for the calm
    qtbot.waitUntil(lambda: panel.redraws == 2, timeout=2000)  # and the last of them is drawn
    qtbot.wait(300)
    assert panel.redraws == 2


def test_a_hidden_panel_redraws_only_when_shown(qtbot):
    panel = CountingPanel()
    qtbot.addWidget(panel)
    for _ in range(20):
        panel.apply(Changes(initiatives=True, elsewhere=True))
    assert panel.redraws == 0
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.redraws == 1
    panel.hide()
    panel.show()
    assert panel.redraws == 1  # shown again with nothing new: no redraw
