"""The Brief step: slides from the template, completed from its data, moved through by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.templates import builtin_template
from app.workshop import Workshop
from ui.brief.panel import STATE_KEY, build_slides


@pytest.fixture
def template_dict(workshop) -> dict:
    return workshop.template()


def test_builtin_briefing_gains_a_category_slide_and_keeps_its_own_pillar_slides(template_dict):
    slides = build_slides(template_dict, "th")
    keys = [s.key for s in slides]
    assert keys[:len(template_dict["briefing"])] != [] and len(keys) == len(set(keys))
    assert keys.count("pillar-open") == 1 and "enablers" in keys and "maturity-levels" in keys
    categories = slides[keys.index("pmqa-categories")]
    assert keys.index("pmqa-categories") == keys.index("pmqa-overview") + 1
    assert categories.generated and len(categories.points) == 7
    assert categories.points[0] == "หมวด ๑ การนำองค์การ" and "ผู้บริหาร" in categories.details[0]


def test_slides_are_in_english_when_the_workshop_is(template_dict):
    slides = build_slides(template_dict, "en")
    assert slides[0].title == "Better Governance, Happier Citizens"
    assert [s for s in slides if s.key == "pmqa-categories"][0].points[6] == "Category 7: Results"


def test_a_template_without_briefing_gets_slides_for_pillars_enablers_categories_and_levels(template_dict):
    template_dict["briefing"] = []
    keys = [s.key for s in build_slides(template_dict, "en")]
    assert keys == ["pillar-open", "pillar-citizen", "pillar-smart", "enablers", "pmqa-categories",
                    "maturity-levels"]


@pytest.fixture
def brief(main_window, demo_path, qtbot):
    assert main_window.open_path(demo_path)
    main_window.workshop_panel.show_step("brief")
    panel = main_window.workshop_panel.panels["brief"]
    qtbot.waitUntil(panel.isVisible)
    return panel


def test_keys_move_through_the_slides_and_the_place_is_kept_in_the_file(brief, main_window, demo_path, qtbot):
    count = brief.count()
    assert count == len(builtin_template().briefing) + 1 and brief.current_index() == 0
    brief.slide_list.setFocus()
    qtbot.keyClick(brief.slide_list, Qt.Key.Key_Right)
    assert brief.current_index() == 1
    qtbot.keyClick(brief.slide_list, Qt.Key.Key_PageDown)
    assert brief.current_index() == 2
    qtbot.keyClick(brief.slide_list, Qt.Key.Key_Left)
    assert brief.current_index() == 1
    qtbot.keyClick(brief.slide_list, Qt.Key.Key_End)
    assert brief.current_index() == count - 1
    qtbot.keyClick(brief.slide_list, Qt.Key.Key_Right)  # stays on the last slide
    assert brief.current_index() == count - 1
    qtbot.keyClick(brief.slide_list, Qt.Key.Key_Home)
    assert brief.current_index() == 0
    qtbot.keyClick(brief.slide_list, Qt.Key.Key_PageUp)
    assert brief.current_index() == 0
    qtbot.keyClick(brief.next_button, Qt.Key.Key_PageDown)  # from anywhere in the panel
    qtbot.keyClick(brief.next_button, Qt.Key.Key_PageDown)
    assert brief.current_index() == 2
    assert brief.preview.content.title == brief.current_slide().title
    assert brief.slide_list.currentIndex().row() == 2
    main_window.close_workshop()
    reopened = Workshop.open(demo_path)
    try:
        assert reopened.state(STATE_KEY) == 2
    finally:
        reopened.close()
    assert main_window.open_path(demo_path)
    assert main_window.workshop_panel.panels["brief"].current_index() == 2


def test_clicking_a_slide_in_the_list_and_the_buttons_move_too(brief, qtbot):
    rect = brief.slide_list.visualRect(brief.slide_model.index(4))
    qtbot.mouseClick(brief.slide_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert brief.current_index() == 4
    qtbot.mouseClick(brief.next_button, Qt.MouseButton.LeftButton)
    assert brief.current_index() == 5
    qtbot.mouseClick(brief.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(brief.previous_button, Qt.MouseButton.LeftButton)
    assert brief.current_index() == 3


def test_the_notes_show_the_facilitator_hint_and_category_descriptions(brief):
    assert "บริการหนึ่งของหน่วยงาน" in brief.notes_label.text()
    brief.go_to([s.key for s in brief.slides].index("pmqa-categories"))
    assert "ผู้บริหารกำหนดทิศทาง" in brief.notes_label.text()


def test_changing_the_workshop_language_redraws_the_slides_in_it(brief, main_window):
    main_window.workshop.update_details(language="en")
    assert brief.current_slide().title == "Better Governance, Happier Citizens"


def test_slide_keys_work_from_the_step_navigator_and_only_on_the_brief_step(brief, main_window, qtbot):
    navigator = main_window.workshop_panel.navigator
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_PageDown)
    assert brief.current_index() == 1
    main_window.workshop_panel.show_step("overview")
    qtbot.keyClick(navigator, Qt.Key.Key_Right)
    qtbot.keyClick(navigator, Qt.Key.Key_End)
    assert brief.current_index() == 1


THAI_DIGIT = "๐๑๒๓๔๕๖๗๘๙"


def _screen_texts(brief) -> list[str]:
    return ([brief.slide_model.data(brief.slide_model.index(row)) for row in range(brief.slide_model.rowCount())]
            + [brief.position_label.text(), brief.preview.content.counter(), brief.current_slide().title,
               *brief.current_slide().points])


@pytest.mark.parametrize("thai", [False, True])
def test_every_number_on_the_brief_follows_the_workshops_digit_setting(brief, main_window, thai, qtbot):
    """The template writes "๔.๐" and "มิติที่ ๑"; the counters were "1 / 11" beside them."""
    main_window.workshop.update_details(thai_digits=thai)
    brief.go_to(2)  # "มิติที่ ๑ …" in the template's own digits
    texts = [text.replace("PMQA 4.0", "PMQA") for text in _screen_texts(brief)]  # a name, not a number
    digits = {ch for text in texts for ch in text if ch.isdigit()}
    assert digits and all((ch in THAI_DIGIT) == thai for ch in digits), texts
    assert brief.preview.content.counter() == ("๓ / ๑๑" if thai else "3 / 11")
