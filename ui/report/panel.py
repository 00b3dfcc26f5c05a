"""The Report step: render the plan PDF off the GUI thread, preview its real pages, save, open,
print, and export the plan as a spreadsheet or a Word document. The workshop's report options (page
numbers, body size, sign-off titles) are set here and kept in the workshop file."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QRect, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from app.atomic_file import atomic_target
from app.changes import Changes
from app.errors import WorkshopError
from ui.common import tasks
from ui.common.i18n import Retranslating
from ui.common.icons import set_icons
from ui.common.screen_fit import FoldingRow
from ui.common.theme import mark_primary
from ui.common.messages import show_error
from ui.report.preview_bar import PreviewBar


PRINT_DPI = 300


class ReportPanel(Retranslating, QWidget):
    rendered = Signal(Path)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reportPanel")
        self.context = None
        self.task = None
        self.pdf_path: Path | None = None
        self.stale = True
        self._folder = Path(tempfile.mkdtemp(prefix="pmqa-report-"))
        self._renders = 0
        self._started: list[tasks.Task] = []  # renders that may still be writing into the folder
        folder, started = self._folder, self._started  # not self: the slot must not keep the widget alive
        self.destroyed.connect(lambda: (tasks.stop(started), shutil.rmtree(folder, ignore_errors=True)))
        self.language_combo = QComboBox(objectName="reportLanguage")
        self.language_combo.addItem("ไทย", "th")
        self.language_combo.addItem("English", "en")
        self.digits_check = QCheckBox(objectName="thaiDigits")
        self.render_button = QPushButton(objectName="renderButton")
        self.save_button = QPushButton(objectName="savePdfButton")
        self.open_button = QPushButton(objectName="openPdfButton")
        self.print_button = QPushButton(objectName="printButton")
        self.sheet_button = QPushButton(objectName="exportSheetButton")
        self.word_button = QPushButton(objectName="exportWordButton")
        self.page_numbers_combo = QComboBox(objectName="pageNumbers")
        self.page_numbers_combo.addItem("", "page_of")
        self.page_numbers_combo.addItem("", "official")
        self.body_size_combo = QComboBox(objectName="bodySize")
        from app.report.styles import BODY_SIZES
        for size in BODY_SIZES:
            self.body_size_combo.addItem(f"{size:g} pt", size)
        self.signoff_edit = QLineEdit(objectName="signoffTitles")
        self.page_numbers_label, self.body_size_label, self.signoff_label = QLabel(), QLabel(), QLabel()
        self.progress = QProgressBar(objectName="renderProgress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(objectName="cancelRenderButton")
        self.cancel_button.setVisible(False)
        self.status_label = QLabel(objectName="reportStatus")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_bar = PreviewBar(self.view, self.document)

        bar = FoldingRow([self.language_combo, self.digits_check, self.render_button, self.save_button,
                          self.open_button, self.print_button], [self.sheet_button, self.word_button])
        set_icons((self.render_button, "refresh"), (self.save_button, "download"), (self.print_button, "printer"),
                  (self.open_button, "external"), (self.sheet_button, "table"), (self.word_button, "file-text"))
        mark_primary(self.save_button)  # what the step is for: the plan as a PDF
        options = QHBoxLayout()
        for label, widget in ((self.page_numbers_label, self.page_numbers_combo),
                              (self.body_size_label, self.body_size_combo), (self.signoff_label, self.signoff_edit)):
            label.setBuddy(widget)
            options.addWidget(label)
            options.addWidget(widget)
        options.setStretchFactor(self.signoff_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addLayout(options)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        layout.addLayout(working)
        layout.addWidget(self.status_label)
        layout.addWidget(self.preview_bar)
        layout.addWidget(self.view, 1)

        self.render_action = QAction(self, shortcut=QKeySequence("Ctrl+R"), triggered=self.render)
        self.save_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+E"), triggered=self.save_pdf)
        self.print_action = QAction(self, shortcut=QKeySequence.StandardKey.Print, triggered=self.print_pdf)
        for action in (self.render_action, self.save_action, self.print_action, *self.preview_bar.shortcut_actions()):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.render_button.clicked.connect(self.render)
        self.cancel_button.clicked.connect(self.cancel_render)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.sheet_button.clicked.connect(self.export_sheet)
        self.word_button.clicked.connect(self.export_word)
        self.page_numbers_combo.currentIndexChanged.connect(self._on_report_options_changed)
        self.body_size_combo.currentIndexChanged.connect(self._on_report_options_changed)
        self.signoff_edit.editingFinished.connect(self._on_report_options_changed)
        self.language_combo.currentIndexChanged.connect(self._on_options_changed)
        self.digits_check.toggled.connect(self._on_options_changed)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.digits_check.setText(self.tr("Thai digits"))
        self.render_button.setText(self.tr("Update preview"))
        self.render_button.setToolTip(self.tr("Render the report again (Ctrl+R)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop preparing the report; the preview keeps the last one"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.save_button.setToolTip(self.tr("Save the report as a PDF file (Ctrl+Shift+E)"))
        self.open_button.setText(self.tr("Open in PDF viewer"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the report (Ctrl+P)"))
        self.sheet_button.setText(self.tr("Export plan as spreadsheet…"))
        self.word_button.setText(self.tr("Export plan as Word…"))
        self.word_button.setToolTip(self.tr("Save the plan table as a Word document (.docx) to paste into "
                                            "the agency's own documents"))
        self.page_numbers_label.setText(self.tr("Page numbers:"))
        self.page_numbers_combo.setItemText(0, self.tr("Page 2 of 15, at the foot"))
        self.page_numbers_combo.setItemText(1, self.tr("- 2 -, at the top (official letter)"))
        self.body_size_label.setText(self.tr("Body text:"))
        self.body_size_combo.setToolTip(self.tr("12 pt Sarabun matches the official 16 pt TH SarabunPSK page"))
        self.signoff_label.setText(self.tr("Sign-off titles:"))
        self.signoff_edit.setPlaceholderText(self.tr("Prepared by, Approved by"))
        self.signoff_edit.setToolTip(self.tr("The titles above the signature blocks, separated by commas "
                                             "(at most four)"))
        self.render_action.setText(self.tr("Update report preview"))
        self.save_action.setText(self.tr("Save report as PDF"))
        self.print_action.setText(self.tr("Print report"))
        self.preview_bar.retranslate()

    # ----------------------------------------------------------------- workshop wiring
    def set_context(self, context) -> None:
        if self.task is not None:  # rendering the workshop being closed: its result must not appear
            self.task.cancel()
            self.task = None
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
        self.context = context
        self.document.close()
        self.pdf_path, self.stale = None, True
        if context is not None:
            details = context.workshop.details()
            self.language_combo.blockSignals(True)
            self.digits_check.blockSignals(True)
            self.language_combo.setCurrentIndex(0 if details.language == "th" else 1)
            self.digits_check.setChecked(details.thai_digits)
            self.language_combo.blockSignals(False)
            self.digits_check.blockSignals(False)
            self._show_report_options()
        self.status_label.clear()
        self._update_buttons()

    def apply(self, changes: Changes) -> None:
        if changes.any():
            self.stale = True
            if self.isVisible():
                self.status_label.setText(self.tr("The workshop has changed: update the preview to see it."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.context is not None and self.stale and self.task is None:
            self.render()

    def _on_options_changed(self) -> None:
        if self.context is not None:
            self.render()

    # ----------------------------------------------------------------- the workshop's report options
    def _show_report_options(self) -> None:
        from app.report.options import read_options

        options = read_options(self.context.workshop)
        widgets = (self.page_numbers_combo, self.body_size_combo, self.signoff_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.page_numbers_combo.setCurrentIndex(max(self.page_numbers_combo.findData(options.page_numbers), 0))
        self.body_size_combo.setCurrentIndex(max(self.body_size_combo.findData(options.body_size), 0))
        self.signoff_edit.setText(", ".join(options.signoff))
        for widget in widgets:
            widget.blockSignals(False)

    def report_options(self):
        """The options as the widgets show them."""
        from app.report.options import ReportOptions

        titles = tuple(t.strip() for t in self.signoff_edit.text().replace("،", ",").split(",") if t.strip())
        return ReportOptions(page_numbers=self.page_numbers_combo.currentData(),
                             body_size=self.body_size_combo.currentData(), signoff=titles)

    def _on_report_options_changed(self) -> None:
        """Keep the options in the workshop file (committed at once), then render again."""
        from app.report.options import read_options, save_options

        if self.context is None or self.context.workshop.readonly:
            return
        options = self.report_options()
        if options == read_options(self.context.workshop):
            return
        try:
            save_options(self.context.workshop, options)
        except WorkshopError as exc:
            show_error(self, exc)
            self._show_report_options()
            return
        self.render()

    # ----------------------------------------------------------------- rendering
    def render(self) -> None:
        if self.context is None or self.task is not None:
            return
        source = self.context.workshop.path
        # A new name each time: the preview may still hold the previous file open (Windows locks it).
        self._renders += 1
        target = self._folder / f"report-{self._renders}.pdf"
        lang, thai = self.language_combo.currentData(), self.digits_check.isChecked()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status_label.setText(self.tr("Preparing the report…"))
        self.stale = False
        self._update_buttons()
        from app.report import render_report  # reportlab loads when a report is first wanted

        self.task = tasks.start(
            lambda progress: render_report(source, target, lang=lang, thai_digits=thai, progress=progress),
            self._on_task_finished, self._on_task_failed, self._on_task_progress)
        self._started[:] = [task for task in self._started if not task.wait(0)] + [self.task]

    def cancel_render(self) -> None:
        """Stop the render: its worker stops at its next page or paragraph and removes its
        unfinished file (app.atomic_file); the preview keeps the last finished report."""
        if self.task is None:
            return
        self.task.cancel()
        self.task = None
        self.stale = True
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.status_label.setText(self.tr("Cancelled: the preview shows the last finished report."))
        self._update_buttons()

    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_task_finished(self, result) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.document.close()
        self.document.load(str(result.path))
        self.pdf_path = result.path
        self.status_label.setText(self.tr("%n page(s)", "", result.pages))
        self._update_buttons()
        self.rendered.emit(result.path)

    def _on_task_failed(self, exc: Exception) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.status_label.setText(self.tr("The report could not be prepared."))
        self._update_buttons()
        show_error(self, exc)

    def _update_buttons(self) -> None:
        ready = self.pdf_path is not None and self.task is None
        for button in (self.save_button, self.open_button, self.print_button):
            button.setEnabled(ready)
        self.render_button.setEnabled(self.context is not None and self.task is None)
        self.sheet_button.setEnabled(self.context is not None)
        self.word_button.setEnabled(self.context is not None)

    # ----------------------------------------------------------------- saving, opening, printing
    def _suggested(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        stem = self.context.workshop.path.stem if self.context else "plan"
        return str(Path(folder) / f"{stem}{suffix}")

    def save_pdf(self) -> None:
        if self.pdf_path is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), self._suggested(".pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, target: Path) -> bool:
        try:
            with atomic_target(target) as temp:  # an earlier PDF of that name stays whole on a full disk
                shutil.copyfile(self.pdf_path, temp)
        except OSError as exc:
            show_error(self, WorkshopError(f"{target}: cannot save the PDF ({exc.strerror or exc})"))
            return False
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return True

    def open_pdf(self) -> None:
        if self.pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    def print_pdf(self) -> None:
        if self.pdf_path is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()

    def print_to(self, printer) -> int:
        """Draw each page as an image (at most 300 dpi); returns the pages printed.

        Pages are drawn one by one with the event loop running between them and the progress bar
        showing, so a long report never freezes the window in front of the room.
        """
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, WorkshopError(self.tr("The printer could not be started.")))
            return 0
        printed = 0
        try:
            count = self.document.pageCount()
            first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
            last = min(printer.toPage(), count) if printer.toPage() else count
            self.progress.setRange(0, max(last - first, 1))
            self.progress.setVisible(True)
            self.status_label.setText(self.tr("Printing…"))
            for index in range(first, last):
                self.progress.setValue(index - first)
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                if printed:
                    printer.newPage()
                area = printer.pageLayout().paintRectPixels(printer.resolution()).size()
                points = self.document.pagePointSize(index)
                # 300 dpi is print quality for text; a 1200 dpi A4 image would need ~560 MB.
                dpi = min(printer.resolution(), PRINT_DPI)
                image = self.document.render(index, (points * dpi / 72).toSize())
                target = QRect(QPoint(0, 0), points.toSize().scaled(area, Qt.AspectRatioMode.KeepAspectRatio))
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
            self.progress.setVisible(False)
        self.status_label.setText(self.tr("%n page(s) sent to the printer", "", printed))
        return printed

    def export_sheet(self) -> None:
        if self.context is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export plan"), self._suggested(".xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.export_sheet_to(Path(path))

    def export_word(self) -> None:
        if self.context is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plan as Word"), self._suggested(".docx"),
                                              self.tr("Word document (*.docx)"))
        if path:
            self.export_sheet_to(Path(path))

    def export_sheet_to(self, target: Path) -> bool:
        """Write the plan as .xlsx, .csv or .docx (by the name's extension)."""
        from app.spreadsheet import export_plan

        try:
            export_plan(self.context.workshop, target, self.language_combo.currentData())
        except WorkshopError as exc:
            show_error(self, exc)
            return False
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return True

