"""The Follow-up step's documents: the follow-up report as a PDF and the progress as a spreadsheet,
for the checkpoint chosen in the step (app/report/followup.py, app/followup_sheet.py).

The PDF is made off the window's thread, as the plan report is, with its progress shown in the
step's bar; the spreadsheet is quick and written at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QToolBar, QWidget

from app.errors import WorkshopError
from ui.common import tasks
from ui.common.icons import set_action_icon
from ui.common.messages import show_error
from ui.common.panel_actions import set_action_text


class FollowupExports(QObject):
    """The two actions and the progress bar; ``panel`` is the FollowupPanel they serve."""
    written = Signal(Path)  # a document is in place (tests wait for it)

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.task: tasks.Task | None = None
        self.pdf_action = QAction(panel, triggered=self.ask_pdf)
        self.sheet_action = QAction(panel, triggered=self.ask_sheet)
        set_action_icon(self.pdf_action, "file-text")
        set_action_icon(self.sheet_action, "table")
        self.progress = QProgressBar(objectName="followupReportProgress", maximumWidth=160, visible=False)

    def actions(self) -> tuple[QAction, QAction]:
        return self.pdf_action, self.sheet_action

    def corner(self) -> QWidget:
        """The progress bar and the two actions, for beside the step's tabs."""
        corner = QWidget()
        bar = QToolBar(objectName="followupExports")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions(self.actions())
        layout = QHBoxLayout(corner)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(self.progress)
        layout.addWidget(bar)
        return corner

    def retranslate(self) -> None:
        set_action_text(self.pdf_action, self.tr("Follow-up &report (PDF)…"),
                        self.tr("Save the follow-up report of the chosen checkpoint as a PDF"))
        set_action_text(self.sheet_action, self.tr("&Spreadsheet…"),
                        self.tr("Save the progress at the chosen checkpoint as a spreadsheet (.xlsx or .csv) "
                                "or as a Word table (.docx)"))

    def update(self, has_checkpoint: bool) -> None:
        for action in self.actions():
            action.setEnabled(has_checkpoint and self.task is None)

    # ----------------------------------------------------------------- asking where
    def _suggested(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        workshop = self.panel.context.workshop
        checkpoint = self.panel.current_checkpoint()
        number = f"-{checkpoint.position + 1}" if checkpoint is not None else ""
        name = self.tr("follow-up")  # in the file name
        return str(Path(folder) / f"{workshop.path.stem}-{name}{number}{suffix}")

    def ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.panel, self.tr("Save the follow-up report"), self._suggested(".pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.write_pdf(Path(path))

    def ask_sheet(self) -> None:
        kinds = [self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)"), self.tr("Word (*.docx)")]
        path, kind = QFileDialog.getSaveFileName(self.panel, self.tr("Save the follow-up as a spreadsheet or Word"),
                                                 self._suggested(".xlsx"), ";;".join(kinds))
        if path and not Path(path).suffix:  # a name typed bare takes the kind chosen in the dialog
            path += (".xlsx", ".csv", ".docx")[kinds.index(kind)] if kind in kinds else ".xlsx"
        if path:
            self.write_sheet(Path(path))

    # ----------------------------------------------------------------- writing
    def write_pdf(self, target: Path) -> None:
        """The report of the chosen checkpoint to ``target`` (the dialog asked before replacing it)."""
        from app.report.followup import render_followup  # reportlab loads when a report is first wanted

        checkpoint = self.panel.current_checkpoint()
        if self.task is not None or checkpoint is None:
            return
        source, chosen = self.panel.context.workshop.path, checkpoint.id
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.task = tasks.start(lambda progress: render_followup(source, target, chosen, progress=progress),
                                self._on_task_finished, self._on_task_failed, self._on_task_progress)
        self.update(True)

    def write_sheet(self, target: Path) -> bool:
        from app.followup_sheet import export_followup

        checkpoint = self.panel.current_checkpoint()
        if checkpoint is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_followup(self.panel.context.workshop, target, checkpoint.id)
        except WorkshopError as exc:
            show_error(self.panel, exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.written.emit(target)
        return True

    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_task_finished(self, result) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.update(self.panel.current_checkpoint() is not None)
        self.written.emit(result.path)

    def _on_task_failed(self, exc: Exception) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.update(self.panel.current_checkpoint() is not None)
        show_error(self.panel, exc)
