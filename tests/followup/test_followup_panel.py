"""The Follow-up step in the window (issue #23): checkpoints, progress and evidence edited as a
facilitator does, each edit in the file at once and undoable; the At a glance tab; the Overview's
banner for a checkpoint passed without a report; the step on a 1366×768 laptop in Thai."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.workshop import Workshop
from tests.common.test_look import SCREENS
from ui.common.screen_fit import FRAME_ALLOWANCE


def reopened(window) -> Workshop:
    """The window's file through a connection of its own: what is really on disk."""
    return Workshop.open(window.workshop.path, readonly=True)


def open_followup(window, path, qtbot):
    assert window.open_path(path)
    window.workshop_panel.show_step("followup")
    panel = window.workshop_panel.panels["followup"]
    qtbot.waitUntil(panel.isVisible)
    return panel


def started(window, path, qtbot):
    panel = open_followup(window, path, qtbot)
    assert panel.next_hint.isVisible() and not panel.body.isVisible()
    panel.next_hint.button.click()  # Start follow-up: the plan's fiscal-year quarters
    assert panel.body.isVisible() and panel.checkpoint_combo.count() == 4
    return panel


def choose_status(panel, status: str) -> None:
    combo = panel.form.status_combo
    combo.setCurrentIndex(combo.findData(status))
    combo.activated.emit(combo.currentIndex())


def set_percent(panel, value: int) -> None:
    panel.form.percent_spin.setValue(value)
    panel.form.percent_spin.editingFinished.emit()


def type_into(line_edit, text: str) -> None:
    line_edit.setText(text)
    line_edit.editingFinished.emit()


def test_the_demo_is_followed_through_four_checkpoints_with_evidence(main_window, demo_path, qtbot, tmp_path):
    panel = started(main_window, demo_path, qtbot)
    items = main_window.workshop.plan_items()
    for round_ in range(1, 5):
        panel.choose_checkpoint(round_ - 1)
        for row, item in enumerate(items):
            panel.choose_item(row)
            assert panel.current_item().id == item.id
            if round_ == 4 or item.position % 4 < round_:
                choose_status(panel, "done")  # done sets 100 % with it
            else:
                choose_status(panel, "in_progress")
                set_percent(panel, 25 * round_)
            type_into(panel.form.spent_edit, f"{(item.budget_satang or 0) * round_ // 400:,}")
            type_into(panel.form.kpi_edit, f"รอบที่ {round_}")
        evidence = tmp_path / f"รายงานรอบที่ {round_}.pdf"
        evidence.write_bytes(f"%PDF-1.4 รอบที่ {round_}".encode() * 50)
        panel.choose_item(round_)
        assert len(panel.attach_evidence([str(evidence)])) == 1
        assert panel.form.evidence_list.count() == 1
        assert panel.model.standing_text(0).startswith(("Done", "In progress"))
    copy = reopened(main_window)
    try:
        glances = copy.followup_glance()
        assert [g.overall.done for g in glances] == [sum(1 for i in items if i.position % 4 < r) for r in (1, 2, 3)] + [len(items)]
        last = glances[-1].overall
        assert last.spent_satang == last.planned_satang == sum((i.budget_satang or 0) // 100 * 100 for i in items)
        held = copy.evidence()
        assert len(held) == 4 and {e.name for e in held} == {f"รายงานรอบที่ {r}.pdf" for r in range(1, 5)}
        assert copy.evidence_content(held[0].id) == "%PDF-1.4 รอบที่ 1".encode() * 50
        assert copy.overdue_checkpoints(date(2030, 1, 1)) == []
    finally:
        copy.close()
    panel.tabs.setCurrentIndex(1)  # at a glance: the last checkpoint chosen, every item done
    assert panel.glance.model.item(0, 2).text() == str(len(items))  # done


def test_an_edit_and_a_removal_are_undone_from_the_edit_menu(main_window, demo_path, qtbot, tmp_path):
    panel = started(main_window, demo_path, qtbot)
    w = main_window.workshop
    item, checkpoint = w.plan_items()[0], w.checkpoints()[0]
    panel.choose_item(0)
    choose_status(panel, "in_progress")
    set_percent(panel, 40)
    assert w.progress_of(item.id, checkpoint.id).percent == 40
    main_window.undo_action.trigger()  # the percent
    assert w.progress_of(item.id, checkpoint.id).percent == 0 and panel.form.percent_spin.value() == 0
    main_window.undo_action.trigger()  # the first report: no row at all
    assert w.progress_of(item.id, checkpoint.id) is None
    main_window.redo_action.trigger()
    assert w.progress_of(item.id, checkpoint.id).status == "in_progress"

    scan = tmp_path / "minutes.pdf"
    scan.write_bytes(b"%PDF-1.7 minutes")
    evidence_id = panel.attach_evidence([str(scan)])[0]
    panel.form.evidence_list.setCurrentRow(0)
    panel.form.remove_button.click()
    assert w.evidence() == []
    assert "Remove evidence" in main_window.undo_action.text()
    main_window.undo_action.trigger()
    assert [e.id for e in w.evidence()] == [evidence_id] and w.evidence_content(evidence_id) == b"%PDF-1.7 minutes"
    assert panel.form.evidence_list.count() == 1

    panel.remove_checkpoint_action.trigger()  # the first checkpoint, with its report and evidence
    assert len(w.checkpoints()) == 3 and w.evidence() == []
    main_window.undo_action.trigger()
    assert len(w.checkpoints()) == 4 and w.evidence_content(evidence_id) == b"%PDF-1.7 minutes"
    copy = reopened(main_window)
    try:
        assert copy.progress_of(item.id, checkpoint.id).status == "in_progress"
    finally:
        copy.close()


def test_a_first_report_at_a_checkpoint_starts_from_the_one_before(main_window, demo_path, qtbot):
    panel = started(main_window, demo_path, qtbot)
    w = main_window.workshop
    item, first, second = w.plan_items()[0], *w.checkpoints()[:2]
    panel.choose_item(0)
    choose_status(panel, "in_progress")
    set_percent(panel, 60)
    type_into(panel.form.spent_edit, "1,500.50")
    panel.choose_checkpoint(1)
    assert panel.form.carried_from == first.name and panel.form.percent_spin.value() == 60
    assert panel.model.carried(0)
    type_into(panel.form.spent_edit, "1,500.50")  # left unchanged: nothing is reported
    assert w.progress_of(item.id, second.id) is None
    choose_status(panel, "delayed")
    row = w.progress_of(item.id, second.id)
    assert (row.status, row.percent, row.spent_satang) == ("delayed", 60, 1_500_50)
    assert not panel.model.carried(0) and panel.model.standing_text(0) == "Delayed · 60%"


def test_evidence_attached_before_any_report_at_a_checkpoint_carries_the_report_before(
        main_window, demo_path, qtbot, tmp_path):
    panel = started(main_window, demo_path, qtbot)
    w = main_window.workshop
    item, _first, second = w.plan_items()[0], *w.checkpoints()[:2]
    panel.choose_item(0)
    choose_status(panel, "in_progress")
    set_percent(panel, 35)
    panel.choose_checkpoint(1)
    photo = tmp_path / "site.jpg"
    photo.write_bytes(b"\xff\xd8 site visit")
    panel.attach_evidence([str(photo)])
    row = w.progress_of(item.id, second.id)
    assert (row.status, row.percent) == ("in_progress", 35) and len(w.evidence(row.id)) == 1
    main_window.undo_action.trigger()  # one step: the file and the report it made
    assert w.progress_of(item.id, second.id) is None and w.evidence() == []
    main_window.redo_action.trigger()
    assert w.progress_of(item.id, second.id).id == row.id and len(w.evidence(row.id)) == 1


def test_checkpoints_are_added_and_changed_with_their_buddhist_era_dates(main_window, demo_path, qtbot):
    panel = started(main_window, demo_path, qtbot)
    w = main_window.workshop
    panel.add_checkpoint_action.trigger()
    dialog = panel.checkpoint_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.name_edit.setText("ติดตามพิเศษ")
    dialog.date_edit.setDate(QDate(2026, 11, 15))
    assert dialog.date_edit.year_spin.value() == 2569
    dialog.accept()
    added = w.checkpoints()[-1]
    assert (added.name, added.due_date) == ("ติดตามพิเศษ", date(2026, 11, 15))
    assert panel.current_checkpoint().id == added.id
    panel.edit_checkpoint_action.trigger()
    panel.checkpoint_dialog.name_edit.setText("ติดตามเพิ่มเติม")
    panel.checkpoint_dialog.date_edit.setDate(QDate(2026, 12, 1))
    panel.checkpoint_dialog.accept()
    assert (w.checkpoints()[-1].name, w.checkpoints()[-1].due_date) == ("ติดตามเพิ่มเติม", date(2026, 12, 1))
    main_window.undo_action.trigger()
    assert (w.checkpoints()[-1].name, w.checkpoints()[-1].due_date) == ("ติดตามพิเศษ", date(2026, 11, 15))
    main_window.undo_action.trigger()
    assert len(w.checkpoints()) == 4


def test_evidence_opens_in_the_system_viewer_and_is_renamed(main_window, demo_path, qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel = started(main_window, demo_path, qtbot)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    monkeypatch.setattr("ui.followup.panel.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    panel.choose_item(0)
    panel.attach_action.trigger()  # Ctrl+Shift+A: the file dialog, then the file is kept
    [record] = main_window.workshop.evidence()
    assert record.name == "photo.jpg" and record.media_type == "image/jpeg"
    panel.form.evidence_list.setCurrentRow(0)
    panel.form.open_button.click()
    assert len(opened) == 1 and opened[0].endswith("photo.jpg")
    with open(opened[0], "rb") as copy:
        assert copy.read() == b"\xff\xd8\xff photo"
    panel.form.rename_button.click()
    qtbot.waitUntil(panel.rename_dialog.isVisible)
    panel.rename_dialog.setTextValue("ภาพกิจกรรม.jpg")
    panel.rename_dialog.accept()
    assert main_window.workshop.evidence()[0].name == "ภาพกิจกรรม.jpg"
    main_window.undo_action.trigger()
    assert main_window.workshop.evidence()[0].name == "photo.jpg"


def test_a_file_beyond_the_limit_is_refused_with_a_clear_message(main_window, demo_path, qtbot, tmp_path, monkeypatch):
    from app import followup

    monkeypatch.setattr(followup, "MAX_EVIDENCE_FILE", 1024)
    panel = started(main_window, demo_path, qtbot)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * 4096)
    panel.choose_item(0)
    assert panel.attach_evidence([str(big)]) == []
    box = main_window.findChild(QMessageBox, "errorBox")
    qtbot.waitUntil(box.isVisible)
    assert "a file of evidence may be at most" in box.informativeText()
    box.close()
    assert main_window.workshop.evidence() == [] and main_window.workshop.progress() == []
    assert not main_window.undo_stack.canUndo() or main_window.undo_stack.undoText() == "Start follow-up"


def test_the_overview_says_when_a_checkpoint_passed_without_a_report(main_window, demo_path, qtbot):
    demo = Workshop.open(demo_path)
    demo.start_followup()  # the demo's plan is for 2562: its quarters are long past
    first = demo.checkpoints()[0]
    demo.set_progress(demo.plan_items()[0].id, first.id, status="in_progress")
    demo.close()
    assert main_window.open_path(demo_path)
    banner = main_window.workshop_panel.panels["overview"].overdue_banner
    assert banner.isVisible() and banner.label.text().startswith("3 checkpoints passed without a progress report")
    assert first.name not in banner.label.text()
    banner.button.click()
    assert main_window.workshop_panel.current_step() == "followup"
    w = main_window.workshop
    for checkpoint in w.checkpoints()[1:]:
        w.set_progress(w.plan_items()[0].id, checkpoint.id, note="รายงานแล้ว")
    main_window.workshop_panel.show_step("overview")
    assert not banner.isVisible()


def test_a_workshop_without_a_plan_is_sent_to_the_plan(main_window, workshop_path, qtbot):
    panel = open_followup(main_window, workshop_path, qtbot)
    assert panel.next_hint.isVisible() and "Plan" in panel.next_hint.button.text()
    panel.next_hint.button.click()
    assert main_window.workshop_panel.current_step() == "plan"


def test_at_1366_in_thai_the_step_fits_and_the_names_wrap_whole(laptop_window, main_window, qtbot):
    main_window.workshop.start_followup()
    panel = laptop_window("followup")
    qtbot.wait(50)  # rows are fitted to their wrapped text once the columns have their widths
    for tab in (1, 0):  # at a glance, then progress: each fits the laptop and the scaled screens
        panel.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        needed = main_window.minimumSizeHint() + FRAME_ALLOWANCE
        assert all(needed.width() <= room.width() and needed.height() <= room.height() for room in SCREENS.values())
    view = panel.view
    assert view.horizontalScrollBar().maximum() == 0
    for row in range(panel.model.rowCount()):  # wrapped whole, never "…"
        for column in range(3):
            assert view.rowHeight(row) >= view.sizeHintForIndex(panel.model.index(row, column)).height() - 1
    assert panel.form.isVisible() and panel.form.item is not None
    form_right = panel.form.mapTo(main_window, panel.form.rect().topRight()).x()
    assert form_right <= main_window.width()
    panel.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    assert panel.glance.chart.isVisible() and panel.glance.table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_follow_up_step_speaks_the_interface_language(main_window, demo_path, qtbot, lang):
    from tests.common.test_interface_language import content_strings, english_words, thai_words, visible_texts

    main_window.set_language(lang)
    panel = started(main_window, demo_path, qtbot)
    w = main_window.workshop
    w.set_progress(w.plan_items()[0].id, w.checkpoints()[0].id, status="delayed", percent=10)
    w.attach_evidence(w.plan_items()[0].id, w.checkpoints()[0].id, b"x", name="a.pdf")
    panel.choose_item(0)
    names = [c.name for c in w.checkpoints()]
    content = sorted(content_strings(lang) + names + ["a.pdf"], key=len, reverse=True)
    judge = english_words if lang == "th" else thai_words
    found = []
    for tab in (0, 1):
        panel.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        found += [f"{where}: {text!r}" for where, text in visible_texts(panel) if judge(text, content)]
    assert found == []


def test_a_value_typed_when_moving_to_the_next_checkpoint_stays_at_its_own(main_window, demo_path, qtbot):
    from tests.conftest import type_text

    panel = started(main_window, demo_path, qtbot)
    w = main_window.workshop
    item, first, second = w.plan_items()[0], *w.checkpoints()[:2]
    panel.choose_item(0)
    kpi = panel.form.kpi_edit
    kpi.setFocus()
    type_text(kpi, "ร้อยละ 70")
    panel.next_action.trigger()  # Alt+PgDown with the field still being typed in
    assert panel.current_checkpoint().id == second.id
    assert w.progress_of(item.id, first.id).kpi_actual == "ร้อยละ 70"
    assert w.progress_of(item.id, second.id) is None


def test_the_follow_up_report_and_spreadsheet_are_saved_from_the_step(main_window, demo_path, qtbot, tmp_path):
    import subprocess

    from openpyxl import load_workbook

    panel = started(main_window, demo_path, qtbot)
    choose_status(panel, "delayed")
    type_into(panel.form.kpi_edit, "ร้อยละ ๔๐ ของหน่วยงาน")
    exports = panel.exports
    assert all(action.isEnabled() for action in exports.actions())
    with qtbot.waitSignal(exports.written, timeout=60000) as signal:
        exports.write_pdf(tmp_path / "ติดตาม.pdf")
    assert signal.args[0] == tmp_path / "ติดตาม.pdf" and not exports.progress.isVisible()
    text = subprocess.run(["pdftotext", str(tmp_path / "ติดตาม.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "ร้อยละ" in text and panel.current_checkpoint().name.split()[0] in text
    assert exports.write_sheet(tmp_path / "ติดตาม.xlsx")
    cells = [c for row in load_workbook(tmp_path / "ติดตาม.xlsx").active.iter_rows(values_only=True) for c in row]
    assert "ร้อยละ ๔๐ ของหน่วยงาน" in cells
