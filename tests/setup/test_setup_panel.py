"""The Setup step driven as a user would; every assertion reads the workshop file back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from app.workshop import Workshop
from ui.setup.panel import SetupPanel


@pytest.fixture
def setup(main_window, workshop_path, qtbot):
    assert main_window.open_path(workshop_path)
    main_window.workshop_panel.show_step("setup")
    panel = main_window.workshop_panel.panels["setup"]
    assert isinstance(panel, SetupPanel)
    qtbot.waitUntil(panel.isVisible)
    return panel


def saved(path):
    workshop = Workshop.open(path)
    try:
        return workshop.details(), workshop.groups()
    finally:
        workshop.close()


def type_text(widget, text):
    """Types like a keyboard, one key event per character.

    WORKAROUND: qtbot.keyClicks maps each character through QTest's ASCII table and aborts the
    process on Thai letters (ASSERT in qasciikey.cpp, Qt 6.12), so non-ASCII text is sent as
    key events that carry the character as their text.
    """
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def retype(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def test_title_and_venue_are_saved_when_editing_finishes(setup, workshop_path, qtbot):
    retype(qtbot, setup.title_edit, "สัมมนา PMQA 4.0")
    qtbot.keyClick(setup.title_edit, Qt.Key.Key_Return)
    retype(qtbot, setup.venue_edit, "ห้องประชุม 801")
    qtbot.keyClick(setup.venue_edit, Qt.Key.Key_Tab)
    details, _ = saved(workshop_path)
    assert details.title == "สัมมนา PMQA 4.0" and details.venue == "ห้องประชุม 801"


def test_undo_restores_the_previous_title(setup, main_window, workshop_path, qtbot):
    retype(qtbot, setup.title_edit, "New title")
    qtbot.keyClick(setup.title_edit, Qt.Key.Key_Return)
    assert saved(workshop_path)[0].title == "New title"
    setup.groups_box.groups_view.setFocus()  # Ctrl+Z inside a line edit is the line edit's own undo
    qtbot.keyClick(setup.groups_box.groups_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved(workshop_path)[0].title == "Test workshop"
    assert setup.title_edit.text() == "Test workshop"


def test_empty_title_shows_a_message_beside_the_field_and_keeps_the_file(setup, workshop_path, qtbot):
    retype(qtbot, setup.title_edit, "   ")
    qtbot.keyClick(setup.title_edit, Qt.Key.Key_Return)
    error = setup.fields["title"][2]
    assert error.isVisible() and error.text()
    assert saved(workshop_path)[0].title == "Test workshop"
    retype(qtbot, setup.title_edit, "Fixed")
    qtbot.keyClick(setup.title_edit, Qt.Key.Key_Return)
    assert not error.isVisible() and saved(workshop_path)[0].title == "Fixed"


def test_date_is_saved_and_shown_in_the_buddhist_era(setup, workshop_path, qtbot):
    setup.date_edit.setFocus()
    setup.date_edit.setDate(QDate(2018, 12, 17))
    qtbot.keyClick(setup.date_edit.day_spin, Qt.Key.Key_Return)
    assert saved(workshop_path)[0].event_date == date(2018, 12, 17)
    assert "2561" in setup.date_label.text() or "๒๕๖๑" in setup.date_label.text()
    assert setup.date_edit.year_spin.text() == "2561"  # the field itself is B.E., never "2018"


def test_the_date_is_typed_as_a_buddhist_era_year_and_can_be_cleared(setup, workshop_path, qtbot):
    edit = setup.date_edit
    edit.setDate(QDate(2018, 12, 17))
    edit.year_spin.setFocus()
    edit.year_spin.selectAll()
    qtbot.keyClicks(edit.year_spin, "2568")
    qtbot.keyClick(edit.year_spin, Qt.Key.Key_Return)
    assert saved(workshop_path)[0].event_date == date(2025, 12, 17)
    edit.day_spin.setValue(31)
    edit.month_combo.setCurrentIndex(2)  # February, after the "no month" entry
    edit.month_combo.activated.emit(2)
    assert edit.day_spin.value() == 28 and saved(workshop_path)[0].event_date == date(2025, 2, 28)  # no 31 Feb
    edit.day_spin.setFocus()
    edit.day_spin.setValue(0)
    qtbot.keyClick(edit.day_spin, Qt.Key.Key_Return)
    assert saved(workshop_path)[0].event_date is None and not edit.date().isValid()


def test_start_time_facilitators_objectives_and_options_are_saved(setup, workshop_path, qtbot):
    setup.start_edit.setFocus()
    setup.start_edit.setTime(setup.start_edit.time().fromString("09:15", "HH:mm"))
    qtbot.keyClick(setup.start_edit, Qt.Key.Key_Return)
    setup.facilitators_edit.setFocus()
    setup.facilitators_edit.selectAll()
    type_text(setup.facilitators_edit, "นายหนึ่ง")
    qtbot.keyClick(setup.facilitators_edit, Qt.Key.Key_Return)
    type_text(setup.facilitators_edit, "นางสอง")
    qtbot.keyClick(setup.facilitators_edit, Qt.Key.Key_Tab)  # tab leaves the field: it commits
    setup.thai_digits_check.setFocus()
    qtbot.keyClick(setup.thai_digits_check, Qt.Key.Key_Space)
    setup.language_combo.setFocus()
    qtbot.keyClick(setup.language_combo, Qt.Key.Key_Down)
    retype(qtbot, setup.dots_spin.lineEdit(), "7")
    qtbot.keyClick(setup.dots_spin, Qt.Key.Key_Return)
    details, _ = saved(workshop_path)
    assert details.start_time == "09:15"
    assert details.facilitators == ("นายหนึ่ง", "นางสอง")
    assert details.thai_digits is True and details.language == "en" and details.dots_per_group == 7


def add_group(qtbot, panel, name):
    panel.groups_box.new_group_edit.setFocus()
    type_text(panel.groups_box.new_group_edit, name)
    qtbot.keyClick(panel.groups_box.new_group_edit, Qt.Key.Key_Return)


def group_names(path):
    return [g.name for g in saved(path)[1]]


def test_groups_add_rename_reorder_remove_and_undo(setup, main_window, workshop_path, qtbot):
    for name in ("กลุ่ม 1", "กลุ่ม 2", "กลุ่ม 3"):
        add_group(qtbot, setup, name)
    assert group_names(workshop_path) == ["กลุ่ม 1", "กลุ่ม 2", "กลุ่ม 3"]
    assert setup.groups_box.current_group().name == "กลุ่ม 3"

    # rename in place: F2, type, Return
    setup.groups_box.groups_view.setFocus()
    qtbot.keyClick(setup.groups_box.groups_view, Qt.Key.Key_F2)
    editor = setup.groups_box.groups_view.findChild(QLineEdit)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    editor.selectAll()
    type_text(editor, "ทีมสาม")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: group_names(workshop_path)[2] == "ทีมสาม")

    # reorder with Ctrl+Up, twice
    setup.groups_box.groups_view.setFocus()
    qtbot.keyClick(setup.groups_box.groups_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(setup.groups_box.groups_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert group_names(workshop_path) == ["ทีมสาม", "กลุ่ม 1", "กลุ่ม 2"]
    assert setup.groups_box.current_group().name == "ทีมสาม"

    # remove, then undo puts it back in place
    qtbot.mouseClick(setup.groups_box.remove_group_button, Qt.MouseButton.LeftButton)
    assert group_names(workshop_path) == ["กลุ่ม 1", "กลุ่ม 2"]
    main_window.undo_action.trigger()
    assert group_names(workshop_path) == ["ทีมสาม", "กลุ่ม 1", "กลุ่ม 2"]
    main_window.undo_action.trigger()  # the second move
    main_window.undo_action.trigger()  # the first move
    assert group_names(workshop_path) == ["กลุ่ม 1", "กลุ่ม 2", "ทีมสาม"]
    main_window.undo_action.trigger()  # the rename
    assert group_names(workshop_path) == ["กลุ่ม 1", "กลุ่ม 2", "กลุ่ม 3"]
    main_window.undo_action.trigger()  # adding group 3
    assert group_names(workshop_path) == ["กลุ่ม 1", "กลุ่ม 2"]
    main_window.redo_action.trigger()
    main_window.redo_action.trigger()
    assert group_names(workshop_path) == ["กลุ่ม 1", "กลุ่ม 2", "ทีมสาม"]


def test_group_colour_is_chosen_in_a_non_blocking_dialog(setup, main_window, workshop_path, qtbot):
    add_group(qtbot, setup, "Blue team")
    old = saved(workshop_path)[1][0].color
    qtbot.mouseClick(setup.groups_box.color_button, Qt.MouseButton.LeftButton)
    dialog = setup.groups_box.color_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.setCurrentColor(QColor("#123456"))
    dialog.accept()
    assert saved(workshop_path)[1][0].color == "#123456"
    main_window.undo_action.trigger()
    assert saved(workshop_path)[1][0].color == old


def test_members_add_rename_remove_and_undo(setup, main_window, workshop_path, qtbot):
    add_group(qtbot, setup, "กลุ่ม 1")
    for name in ("นายก", "นางข"):
        setup.groups_box.new_member_edit.setFocus()
        type_text(setup.groups_box.new_member_edit, name)
        qtbot.keyClick(setup.groups_box.new_member_edit, Qt.Key.Key_Return)
    members = lambda: [m.name for m in saved(workshop_path)[1][0].members]  # noqa: E731
    assert members() == ["นายก", "นางข"]
    assert "2" in setup.groups_box.group_model.index(0).data() or "๒" in setup.groups_box.group_model.index(0).data()

    setup.groups_box.members_view.setFocus()
    setup.groups_box.members_view.setCurrentIndex(setup.groups_box.member_model.index(1))
    qtbot.keyClick(setup.groups_box.members_view, Qt.Key.Key_F2)
    editor = setup.groups_box.members_view.findChild(QLineEdit)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    editor.selectAll()
    type_text(editor, "นางขวัญ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: members() == ["นายก", "นางขวัญ"])

    setup.groups_box.members_view.setFocus()
    setup.groups_box.members_view.setCurrentIndex(setup.groups_box.member_model.index(0))
    qtbot.keyClick(setup.groups_box.members_view, Qt.Key.Key_Delete)
    assert members() == ["นางขวัญ"]
    main_window.undo_action.trigger()
    assert members() == ["นายก", "นางขวัญ"]


def test_switching_the_language_keeps_the_chosen_group_and_its_members(setup, main_window, qtbot):
    editor = setup.groups_box
    for name in ("กลุ่ม 1", "กลุ่ม 2"):
        add_group(qtbot, setup, name)
    editor.groups_view.setCurrentIndex(editor.group_model.index(1))
    editor.new_member_edit.setFocus()
    type_text(editor.new_member_edit, "นายก")
    qtbot.keyClick(editor.new_member_edit, Qt.Key.Key_Return)
    main_window.set_language("th")
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "ไฟล์ (&F)")
    assert editor.current_group().name == "กลุ่ม 2"
    assert [m.name for m in editor.member_model.members] == ["นายก"]
    assert "สมาชิก" in editor.group_model.index(1).data()  # the count reads in Thai now
    main_window.set_language("en")


def test_empty_group_name_on_rename_is_refused_with_a_message(setup, workshop_path, qtbot):
    add_group(qtbot, setup, "กลุ่ม 1")
    setup.groups_box.group_model.setData(setup.groups_box.group_model.index(0), "  ")
    qtbot.waitUntil(setup.groups_box.groups_error.isVisible)
    assert group_names(workshop_path) == ["กลุ่ม 1"]
