"""Screens with nothing on them yet name the next action and offer it (one button)."""

from __future__ import annotations

from app.templates import builtin_template
from app.workshop import Workshop


def new_workshop(tmp_path):
    path = tmp_path / "new.pmqa"
    Workshop.create(path, builtin_template()).close()
    return path


def current_step(window) -> str:
    return window.workshop_panel.current_step()


def test_the_overview_of_a_new_workshop_offers_each_next_step_in_turn(main_window, tmp_path, qtbot):
    assert main_window.open_path(new_workshop(tmp_path))
    overview = main_window.workshop_panel.panels["overview"]
    hint = overview.next_hint
    assert hint.isVisible() and "Setup" in hint.label.text()
    hint.button.click()
    assert current_step(main_window) == "setup"
    main_window.workshop.add_group("กลุ่ม ๑")
    main_window.workshop_panel.show_step("overview")
    assert "Capture" in hint.label.text()
    hint.button.click()
    assert current_step(main_window) == "capture"


def test_the_overview_of_the_demo_offers_the_report(main_window, demo_path):
    assert main_window.open_path(demo_path)
    hint = main_window.workshop_panel.panels["overview"].next_hint
    assert hint.isVisible() and "Report" in hint.label.text()
    hint.button.click()
    assert current_step(main_window) == "report"


def test_capture_without_groups_sends_the_facilitator_to_setup_and_says_nothing_once_there_are_some(
        main_window, tmp_path, qtbot):
    assert main_window.open_path(new_workshop(tmp_path))
    main_window.workshop_panel.show_step("capture")
    capture = main_window.workshop_panel.panels["capture"]
    assert capture.next_hint.isVisible()
    capture.next_hint.button.click()
    assert current_step(main_window) == "setup"
    main_window.workshop.add_group("กลุ่ม ๑")
    main_window.workshop_panel.show_step("capture")
    assert not capture.next_hint.isVisible()


def test_prioritize_without_initiatives_makes_them_from_the_proposal_cards(main_window, tmp_path, qtbot):
    assert main_window.open_path(new_workshop(tmp_path))
    main_window.workshop_panel.show_step("prioritize")
    prioritize = main_window.workshop_panel.panels["prioritize"]
    assert prioritize.next_hint.isVisible() and "Capture" in prioritize.next_hint.button.text()
    w = main_window.workshop
    group = w.add_group("กลุ่ม ๑").new_id
    proposals = next(q for p in w.pillars() for q in p.questions if q.key == "proposals")
    w.add_answer(group, proposals.id, "ศูนย์บริการเบ็ดเสร็จ")
    main_window.workshop_panel.show_step("overview")
    main_window.workshop_panel.show_step("prioritize")
    assert prioritize.next_hint.button.text() == "Make initiatives"
    prioritize.next_hint.button.click()
    assert [i.title for i in w.initiatives()] == ["ศูนย์บริการเบ็ดเสร็จ"]
    assert not prioritize.next_hint.isVisible()
