"""The running agenda item and its countdown stay in sight on every step (issue #19, item 3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.run import Runner
from app.workshop import Workshop
from tests.agenda.test_agenda_panel import FakeClock
from ui.workshop.panel import STEPS
from ui.workshop.run_card import AMBER, NORMAL, RED


@pytest.fixture
def card(main_window, workshop_path, qtbot):
    clock = FakeClock()
    main_window.workshop_panel.run_card.now = clock
    assert main_window.open_path(workshop_path)
    return main_window.workshop_panel.run_card, clock


def test_the_card_is_hidden_until_the_day_starts_then_shows_on_every_step(card, main_window, workshop_path, qtbot):
    run_card, clock = card
    panel = main_window.workshop_panel
    assert not run_card.isVisible()
    first, second = main_window.workshop.agenda()[:2]
    Runner(main_window.workshop, now=clock).start()  # Changes(run=True) reaches the card
    for key, *_ in STEPS:
        panel.show_step(key)
        qtbot.waitUntil(panel.panels[key].isVisible)
        assert run_card.isVisible(), key
        assert run_card.title_label.text() == first.title
        assert run_card.countdown_label.text() == f"{first.minutes:02d}:00"
        assert second.title in run_card.next_label.text()
        assert run_card.state == NORMAL
        # the whole card is inside the window, above its bottom edge
        bottom = run_card.mapTo(main_window, run_card.rect().bottomLeft()).y()
        assert bottom <= main_window.centralWidget().geometry().bottom()
    assert run_card.timer.isActive()


def test_the_card_turns_amber_then_red_and_follows_pause_and_the_end_of_the_day(card, main_window, qtbot):
    run_card, clock = card
    runner = Runner(main_window.workshop, now=clock)
    runner.start()
    main_window.workshop_panel.show_step("capture")
    first = main_window.workshop.agenda()[0]
    clock.advance(minutes=first.minutes - 1)
    qtbot.waitUntil(lambda: run_card.countdown_label.text() == "01:00", timeout=3000)  # its own timer ticks
    assert run_card.state == AMBER
    clock.advance(minutes=3)
    run_card.refresh()
    assert run_card.state == RED
    assert run_card.countdown_label.text() == "+02:00"
    assert run_card.tr("over time") in run_card.status_label.text()
    qtbot.waitUntil(lambda: run_card.countdown_label.width() >= run_card.countdown_label.sizeHint().width())
    runner.pause()
    assert run_card.tr("PAUSED") in run_card.status_label.text() and not run_card.timer.isActive()
    while runner.snapshot().running:
        runner.next()
    assert not run_card.isVisible()


def test_clicking_the_card_opens_run_mode(card, main_window, qtbot):
    run_card, clock = card
    Runner(main_window.workshop, now=clock).start()
    main_window.workshop_panel.show_step("brief")
    qtbot.mouseClick(run_card, Qt.MouseButton.LeftButton)
    agenda = main_window.workshop_panel.panels["agenda"]
    assert main_window.workshop_panel.current_step() == "agenda"
    assert agenda.tabs.currentWidget() is agenda.run_panel


def test_a_day_under_way_shows_when_the_file_is_opened(workshop_path, main_window, qtbot):
    workshop = Workshop.open(workshop_path)
    Runner(workshop).start()
    workshop.close()
    assert main_window.open_path(workshop_path)
    assert main_window.workshop_panel.run_card.isVisible()
