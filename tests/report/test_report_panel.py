"""The Report step: preview of the real PDF, save, spreadsheet export, print to a PDF printer."""

from __future__ import annotations

from pathlib import Path




def open_report_step(main_window, qtbot):
    main_window.open_demo()
    panel = main_window.workshop_panel.panels["report"]
    with qtbot.waitSignal(panel.rendered, timeout=30000):
        main_window.workshop_panel.show_step("report")
    return panel


def test_report_step_previews_the_rendered_pdf(main_window, qtbot):
    panel = open_report_step(main_window, qtbot)
    assert panel.document.pageCount() >= 15
    assert panel.save_button.isEnabled() and panel.print_button.isEnabled()


def test_saving_the_pdf_and_the_spreadsheet(main_window, qtbot, tmp_path):
    panel = open_report_step(main_window, qtbot)
    assert panel.save_pdf_to(tmp_path / "plan.pdf")
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF-")
    assert panel.export_sheet_to(tmp_path / "plan.xlsx")
    assert (tmp_path / "plan.xlsx").stat().st_size > 1000


def test_switching_to_english_renders_again(main_window, qtbot):
    panel = open_report_step(main_window, qtbot)
    with qtbot.waitSignal(panel.rendered, timeout=30000) as signal:
        panel.language_combo.setCurrentIndex(1)
    assert Path(signal.args[0]).exists()


def test_printing_to_a_pdf_printer_prints_every_page(main_window, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    panel = open_report_step(main_window, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert panel.print_to(printer) == panel.document.pageCount()
    assert (tmp_path / "printed.pdf").stat().st_size > 10000


def test_an_edit_marks_the_preview_stale(main_window, qtbot):
    panel = open_report_step(main_window, qtbot)
    main_window.workshop.update_details(title="ชื่อใหม่")
    qtbot.waitUntil(lambda: panel.stale)
    assert "update" in panel.status_label.text().lower() or panel.status_label.text()


def test_exporting_the_plan_as_word(main_window, qtbot, tmp_path):
    from docx import Document

    panel = open_report_step(main_window, qtbot)
    assert panel.word_button.isEnabled()
    assert panel.export_sheet_to(tmp_path / "plan.docx")
    table = Document(str(tmp_path / "plan.docx")).tables[0]
    assert len(table.rows) == len(main_window.workshop.plan_items()) + 2


def test_report_options_are_kept_in_the_workshop_and_render_again(main_window, qtbot):
    from app.report.options import read_options
    from app.workshop import Workshop

    panel = open_report_step(main_window, qtbot)
    with qtbot.waitSignal(panel.rendered, timeout=30000):
        panel.page_numbers_combo.setCurrentIndex(1)
    panel.signoff_edit.setText("ผู้จัดทำ, ผู้เสนอ, ผู้อนุมัติ")
    with qtbot.waitSignal(panel.rendered, timeout=30000):
        panel.signoff_edit.editingFinished.emit()
    with qtbot.waitSignal(panel.rendered, timeout=30000):
        panel.body_size_combo.setCurrentIndex(panel.body_size_combo.findData(14.0))
    reopened = Workshop.open(main_window.workshop.path, readonly=True)
    try:
        options = read_options(reopened)
    finally:
        reopened.close()
    assert options.page_numbers == "official" and options.body_size == 14.0
    assert options.signoff == ("ผู้จัดทำ", "ผู้เสนอ", "ผู้อนุมัติ")


def test_the_preview_goes_to_a_page_and_zooms_from_its_bar_and_the_keyboard(main_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtPdfWidgets import QPdfView

    panel = open_report_step(main_window, qtbot)
    main_window.resize(1366, 768)
    bar, count = panel.preview_bar, panel.document.pageCount()
    assert bar.count_label.text().endswith(str(count)) and bar.page_spin.maximum() == count
    assert not bar.previous_button.isEnabled() and bar.next_button.isEnabled()
    bar.page_spin.setValue(5)
    assert bar.current_page() == 4 and bar.previous_button.isEnabled()
    bar.next_button.click()
    assert bar.current_page() == 5 and bar.page_spin.value() == 6
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.current_page() == count - 1 and not bar.next_button.isEnabled()
    qtbot.keyClick(panel.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.current_page() == 0

    fitted = bar.effective_zoom()
    assert 0.3 < fitted < 3 and panel.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.keyClick(panel.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.zoomMode() == QPdfView.ZoomMode.Custom and panel.view.zoomFactor() > fitted
    assert bar.zoom_combo.currentData() == panel.view.zoomFactor()
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.zoomFactor() < fitted
    bar.zoom_combo.setCurrentIndex(1)
    bar.zoom_combo.activated.emit(1)
    assert panel.view.zoomMode() == QPdfView.ZoomMode.FitInView and bar.effective_zoom() < fitted
    qtbot.keyClick(panel.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and bar.zoom_combo.currentIndex() == 0
