"""The Agenda step and run mode driven as a user would; assertions read the workshop file back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QSpinBox

from app.workshop import Workshop
from ui.agenda.model import END, KIND, MINUTES, START, TITLE, clock_text, schedule
from ui.agenda.panel import AgendaPanel
from ui.agenda.run_panel import AMBER_COLOR, RED_COLOR


def type_text(widget, text):
    # WORKAROUND: qtbot.keyClicks aborts on non-ASCII characters (ASSERT in qasciikey.cpp,
    # Qt 6.12); send each character as the text of a key event instead.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


class FakeClock:
    def __init__(self):
        self.moment = datetime(2018, 12, 17, 8, 30)

    def __call__(self):
        return self.moment

    def advance(self, **kwargs):
        self.moment += timedelta(**kwargs)


@pytest.fixture
def agenda(main_window, workshop_path, qtbot):
    assert main_window.open_path(workshop_path)
    main_window.workshop_panel.show_step("agenda")
    panel = main_window.workshop_panel.panels["agenda"]
    assert isinstance(panel, AgendaPanel)
    qtbot.waitUntil(panel.isVisible)
    return panel


def saved_agenda(path):
    workshop = Workshop.open(path)
    try:
        return workshop.agenda(), workshop.details()
    finally:
        workshop.close()


def titles(path):
    return [item.title for item in saved_agenda(path)[0]]


def test_computed_times_follow_the_start_time_and_the_total_is_shown(agenda, main_window, workshop_path):
    items, details = saved_agenda(workshop_path)
    times = schedule(details.start_time, items)
    model = agenda.model
    assert model.index(0, START).data() == details.start_time
    assert model.index(1, START).data() == clock_text(times[1][0]) == model.index(0, END).data()
    finish = clock_text(times[-1][1])
    assert finish in agenda.total_label.text() and agenda.total_label.isVisible()
    main_window.workshop.update_details(start_time="09:00")  # as Setup would
    assert model.index(0, START).data() == "09:00"


def test_add_item_with_the_keyboard_is_saved_at_the_end(agenda, workshop_path, qtbot):
    before = titles(workshop_path)
    agenda.new_kind_combo.setCurrentIndex(agenda.new_kind_combo.findData("break"))
    agenda.new_title_edit.setFocus()
    type_text(agenda.new_title_edit, "พักกลางวัน")
    agenda.new_minutes_spin.setValue(60)
    qtbot.keyClick(agenda.new_title_edit, Qt.Key.Key_Return)
    items, _ = saved_agenda(workshop_path)
    assert [i.title for i in items] == before + ["พักกลางวัน"]
    assert items[-1].kind == "break" and items[-1].minutes == 60
    assert agenda.current_item().title == "พักกลางวัน"


def test_edit_title_minutes_and_kind_in_place(agenda, workshop_path, qtbot):
    table = agenda.table
    table.setFocus()
    table.setCurrentIndex(agenda.model.index(0, TITLE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "Welcome")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: titles(workshop_path)[0] == "Welcome")

    table.setCurrentIndex(agenda.model.index(0, MINUTES))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    spin = table.findChild(QSpinBox, "minutesEditor")
    qtbot.waitUntil(lambda: spin is not None and spin.isVisible())
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved_agenda(workshop_path)[0][0].minutes == 25)

    table.setCurrentIndex(agenda.model.index(0, KIND))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox, "kindEditor")
    qtbot.waitUntil(lambda: combo is not None and combo.isVisible())
    combo.setCurrentIndex(combo.findData("closing"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved_agenda(workshop_path)[0][0].kind == "closing")


def test_reorder_by_keyboard_and_undo(agenda, main_window, workshop_path, qtbot):
    before = titles(workshop_path)
    agenda.table.setFocus()
    agenda.table.setCurrentIndex(agenda.model.index(0, TITLE))
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(workshop_path) == [before[1], before[2], before[0]] + before[3:]
    assert agenda.current_item().title == before[0]
    qtbot.keyClick(agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(workshop_path) == [before[1], before[0]] + before[2:]
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    assert titles(workshop_path) == before


def test_drop_moves_rows_through_the_model(agenda, workshop_path):
    before = titles(workshop_path)
    model = agenda.model
    data = model.mimeData([model.index(3, TITLE)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(workshop_path) == [before[3]] + before[:3] + before[4:]
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), len(before))
    assert titles(workshop_path) == before[:3] + before[4:] + [before[3]]


def test_remove_with_delete_and_undo(agenda, main_window, workshop_path, qtbot):
    before = titles(workshop_path)
    agenda.table.setFocus()
    agenda.table.setCurrentIndex(agenda.model.index(1, TITLE))
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert titles(workshop_path) == before[:1] + before[2:]
    main_window.undo_action.trigger()
    assert titles(workshop_path) == before


# ----------------------------------------------------------------- run mode
@pytest.fixture
def run(agenda, qtbot):
    clock = FakeClock()
    agenda.run_panel.now = clock
    agenda.tabs.setCurrentWidget(agenda.run_panel)
    qtbot.waitUntil(agenda.run_panel.isVisible)
    agenda.run_panel.setFocus()
    return agenda.run_panel, clock


def test_run_mode_start_pause_extend_next_with_shortcuts(run, workshop_path, qtbot):
    panel, clock = run
    items, _ = saved_agenda(workshop_path)
    first, second = items[0], items[1]
    with qtbot.waitSignal(panel.run_changed) as signal:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].item.id == first.id
    assert panel.title_label.text() == first.title and second.title in panel.next_label.text()
    assert panel.countdown_label.text() == f"{first.minutes:02d}:00"

    clock.advance(minutes=first.minutes - 1)
    panel.refresh()  # what the one-second timer does
    assert panel.countdown_label.text() == "01:00"
    assert panel.countdown_label.property("countdownColor") == AMBER_COLOR

    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Space)  # pause
    assert panel.snapshot().paused
    clock.advance(minutes=10)
    panel.refresh()
    assert panel.countdown_label.text() == "01:00"
    qtbot.keyClick(panel, Qt.Key.Key_Space)  # resume
    qtbot.keyClick(panel, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # +5 min
    assert panel.countdown_label.text() == "06:00"

    clock.advance(minutes=8)
    panel.refresh()
    assert panel.countdown_label.text() == panel.tr("+%1 over").replace("%1", "02:00")
    assert panel.countdown_label.property("countdownColor") == RED_COLOR
    assert panel.warning_label.isVisible()

    qtbot.keyClick(panel, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # next
    assert panel.snapshot().item.id == second.id and not panel.warning_label.isVisible()
    items, _ = saved_agenda(workshop_path)
    assert items[0].actual_start == "2018-12-17T08:30:00"
    ended = datetime(2018, 12, 17, 8, 30) + timedelta(minutes=first.minutes - 1 + 10 + 8)
    assert items[0].actual_end == ended.isoformat() and items[1].actual_start == ended.isoformat()
    assert panel.runner.overruns() == {first.id: 120}

    qtbot.keyClick(panel, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # back
    assert panel.snapshot().item.id == first.id
    assert saved_agenda(workshop_path)[0][1].actual_start is None


def test_the_timer_ticks_the_display(run, qtbot):
    panel, clock = run
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.timer.isActive()
    shown = panel.countdown_label.text()
    clock.advance(seconds=30)
    qtbot.waitUntil(lambda: panel.countdown_label.text() != shown, timeout=3000)


def test_closing_and_reopening_mid_day_resumes(run, main_window, workshop_path, qtbot):
    panel, clock = run
    first = saved_agenda(workshop_path)[0][0]
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=3)
    main_window.close_workshop()
    clock.advance(minutes=2)
    assert main_window.open_path(workshop_path)
    main_window.workshop_panel.show_step("agenda")
    panel = main_window.workshop_panel.panels["agenda"].run_panel
    assert panel.snapshot().item.id == first.id
    assert panel.countdown_label.text() == f"{first.minutes - 5:02d}:00"
    assert panel.timer.isActive()


def test_reset_asks_first_then_forgets_the_run(run, workshop_path, qtbot):
    panel, clock = run
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    box = panel.reset_box
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Reset), Qt.MouseButton.LeftButton)
    assert panel.snapshot().status == "idle"
    assert all(i.actual_start is None for i in saved_agenda(workshop_path)[0])
