"""The overview: the first screen of an opened workshop."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_overview_shows_the_details_and_the_progress_of_the_demo(main_window, demo_path):
    assert main_window.open_path(demo_path)
    overview = main_window.workshop_panel.panels["overview"]
    assert main_window.workshop_panel.pages.currentWidget() is overview
    rows = dict(overview.rows())
    assert overview.title_label.text() == main_window.workshop.details().title
    assert rows["Organization"] == "กรมพัฒนาที่ดิน · กลุ่มพัฒนาระบบบริหาร"
    assert rows["Date"] == "17 ธันวาคม 2561"  # the workshop's own language, Buddhist Era
    pillars = main_window.workshop.pillars()
    answers = main_window.workshop.answers()
    first = pillars[0]
    in_first = sum(1 for a in answers if a.question_id in {q.id for q in first.questions})
    assert rows[first.name("th")] == f"{in_first} answers"
    assert rows["Development plan"] == "12 items"


def test_overview_shows_markup_in_names_as_typed_and_follows_edits(main_window, demo_path):
    assert main_window.open_path(demo_path)
    overview = main_window.workshop_panel.panels["overview"]
    main_window.workshop.update_details(title="<b>แผน</b> & ผล", venue="ห้อง <801>")
    assert overview.title_label.text() == "<b>แผน</b> & ผล"
    assert overview.title_label.textFormat() == Qt.TextFormat.PlainText
    assert dict(overview.rows())["Venue"] == "ห้อง <801>"
