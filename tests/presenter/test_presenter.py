"""The presenter view: F5 opens it full screen, it follows the facilitator, Esc leaves it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.run import Runner


@pytest.fixture
def opened(main_window, demo_path, qtbot):
    assert main_window.open_path(demo_path)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.isActiveWindow())
    return main_window


def press_f5(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.presenter.isVisible)


def test_f5_opens_the_presenter_full_screen_on_the_current_slide_and_esc_closes_it(opened, qtbot):
    window = opened
    window.workshop_panel.show_step("brief")
    brief = window.workshop_panel.panels["brief"]
    brief.go_to(2)
    press_f5(window, qtbot)
    presenter = window.presenter
    assert presenter.isFullScreen() and window.presenter_action.isChecked()
    assert presenter.mode() == "slide"
    assert presenter.stage.content.title == brief.current_slide().title
    assert presenter.stage.content.index == 2 and presenter.stage.content.count == brief.count()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(brief.slide_list, Qt.Key.Key_Right)
    assert presenter.stage.content.title == brief.slides[3].title

    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # a clicker on the projector's window
    assert brief.current_index() == 4 and presenter.stage.content.title == brief.slides[4].title
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presenter.isVisible())
    assert not window.presenter_action.isChecked()


def test_type_is_readable_from_the_back_of_the_room_on_every_slide(opened, qtbot):
    window = opened
    window.workshop_panel.show_step("brief")
    brief = window.workshop_panel.panels["brief"]
    presenter = window.presenter
    presenter.show()
    presenter.resize(1920, 1080)
    qtbot.waitUntil(lambda: presenter.stage.width() == 1920)
    for index in range(brief.count()):
        brief.go_to(index)
        assert presenter.stage.title_point_size() >= 40
        assert presenter.stage.body_point_size() >= 28, brief.slides[index].key
    presenter.resize(960, 540)
    qtbot.waitUntil(lambda: presenter.stage.width() == 960)
    assert presenter.stage.title_point_size() == pytest.approx(24)
    presenter.close()


def test_the_running_day_shows_its_current_item_and_countdown_outside_the_brief(opened, qtbot):
    window = opened
    window.workshop_panel.show_step("agenda")
    presenter = window.presenter
    assert presenter.mode() == "title" and presenter.stage.title_text == window.workshop.details().title
    clock = [datetime(2018, 12, 17, 8, 30)]
    runner = Runner(window.workshop, now=lambda: clock[0])
    runner.start()  # committed to the file; the change notice reaches the presenter
    agenda = window.workshop.agenda()
    assert presenter.mode() == "agenda"
    assert presenter.agenda.title == agenda[0].title and presenter.agenda.next_title == agenda[1].title
    window.workshop_panel.show_step("brief")
    assert presenter.mode() == "slide" and presenter.stage.ticker == presenter.agenda  # timer in the footer
    clock[0] += timedelta(minutes=1)
    runner.next()
    assert presenter.agenda.title == agenda[1].title
    runner.reset()
    assert presenter.agenda is None


def test_questions_and_cards_show_on_the_capture_step(opened):
    window = opened
    presenter = window.presenter
    window.workshop_panel.show_step("overview")
    assert presenter.mode() == "title"
    window.workshop_panel.show_step("capture")
    capture = window.workshop_panel.panels["capture"]
    assert presenter.mode() == "question"
    cards = presenter.stage.content.cards
    assert cards and cards == tuple(capture.current_cards())  # the demo's cards of the current question
    cards = [("กลุ่ม 1", "#C62828", "เปิดเผยข้อมูล"), ("กลุ่ม 2", "#1565C0", "เชื่อมระบบ")]
    presenter.show_question("ปัจจุบันเราเป็นอย่างไร", cards, "มิติที่ ๑")
    assert presenter.stage.content.cards == tuple(cards)
    presenter.clear_question()
    assert presenter.mode() == "title"


def test_the_agenda_item_api_for_run_mode_and_the_overrun_look(qtbot):
    from ui.presenter.window import PresenterWindow
    from ui.presenter.stage_view import OVER, format_clock

    presenter = PresenterWindow()
    qtbot.addWidget(presenter)
    presenter.show_agenda_item("Break", -192, "Report back")
    assert presenter.mode() == "agenda" and presenter.agenda.remaining_seconds == -192
    assert format_clock(-192) == "03:12" and format_clock(3723) == "1:02:03"
    presenter.resize(1280, 720)
    presenter.show()
    image = presenter.stage.grab().toImage()
    assert OVER.rgb() in {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    presenter.close()


def test_a_group_name_too_long_for_its_card_ends_in_an_ellipsis_and_a_short_one_is_whole(qtbot):
    from ui.presenter.window import PresenterWindow

    presenter = PresenterWindow()
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    presenter.show()
    long_name = "กลุ่มที่ ๒ สำรวจดินและเทคโนโลยีสารสนเทศเพื่อการพัฒนาที่ดินอย่างยั่งยืนของประเทศ"
    cards = [("กลุ่ม 1", "#C62828", "เปิดเผยข้อมูล")] + [(long_name, "#1565C0", f"เชื่อมระบบ {n}") for n in range(8)]
    presenter.set_step("capture")
    presenter.show_question("ปัจจุบันเราเป็นอย่างไร", cards, "มิติที่ ๑")
    assert presenter.mode() == "question"
    presenter.stage.grab()
    labels = presenter.stage.drawn_labels
    assert "กลุ่ม 1" in labels
    cut = [label for label in labels if label != "กลุ่ม 1"]
    assert cut and all(label.endswith("…") and long_name.startswith(label[:-1].rstrip()) for label in cut)
    presenter.close()
