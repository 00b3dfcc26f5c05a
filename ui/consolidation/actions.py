"""The main window's sharing and consolidation actions: Send a copy…, Combine workshops…, and
Review similar initiatives… (kept here so the main window only has to create this object)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.workshop import Workshop
from ui.common import tasks
from ui.common.i18n import current_language
from ui.common.messages import show_error

if TYPE_CHECKING:  # the dialogs and the merge machinery load when first used (start-up time)
    from app.merge.combine import MergeResult
    from ui.consolidation.combine_dialog import CombineDialog
    from ui.consolidation.suggestions_dialog import SuggestionsDialog


class ConsolidationActions(QObject):
    """Adds the actions to the window's File menu and the home screen's Combine button."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.combine_dialog: CombineDialog | None = None
        self.suggestions_dialog: SuggestionsDialog | None = None
        self._send_task = None
        self.send_action = QAction(window, triggered=self.send_copy)
        self.send_action.setObjectName("sendCopyAction")
        self.combine_action = QAction(window, triggered=self.show_combine)
        self.combine_action.setObjectName("combineAction")
        self.review_action = QAction(window, triggered=self.show_suggestions)
        self.review_action.setObjectName("reviewSuggestionsAction")
        menu = window.file_menu
        menu.insertAction(window.close_action, self.send_action)
        menu.insertAction(window.close_action, self.review_action)
        menu.insertAction(window.copy_action, self.combine_action)
        menu.aboutToShow.connect(self.update_actions)
        window.workshop_opened.connect(self._on_window_workshop_opened)
        window.installEventFilter(self)
        self.retranslate()
        self.send_action.setEnabled(False)  # nothing is open yet
        self.review_action.setEnabled(False)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.send_action.setText(self.tr("Sen&d a copy…"))
        self.send_action.setToolTip(self.tr("Save a compact copy to send to the planning unit"))
        self.combine_action.setText(self.tr("Com&bine workshops…"))
        self.review_action.setText(self.tr("Review similar &initiatives…"))

    def update_actions(self, *args) -> None:
        from app.merge.offices import read_consolidation

        workshop = self.window.workshop
        self.send_action.setEnabled(workshop is not None and self._send_task is None)
        self.review_action.setEnabled(workshop is not None and read_consolidation(workshop) is not None)

    def _on_window_workshop_opened(self, workshop: Workshop) -> None:
        # Whether it is a consolidated workshop is read when the File menu opens, the one place the
        # review action shows: reading it here would load the merge code on the way to the first screen.
        self.send_action.setEnabled(self._send_task is None)
        self.review_action.setEnabled(False)

    # ----------------------------------------------------------------- send a copy
    def send_copy(self) -> None:
        workshop = self.window.workshop
        if workshop is None:
            return
        from app.merge.inputs import shared_copy_name
        from ui.common.copies import ask_copy_target

        path = ask_copy_target(self.window, self.tr("Send a copy"), workshop.path, shared_copy_name(workshop.details()))
        if path is not None:
            self.send_to(path)

    def send_to(self, target: Path) -> None:
        """Write the compact copy on a worker thread, through the worker's own read-only connection
        (SQLite lets it read while the window keeps editing); never onto the open workshop itself."""
        from ui.common.copies import is_open_workshop, refuse_copy_onto_open_workshop

        source = self.window.workshop.path
        if is_open_workshop(target, source):
            refuse_copy_onto_open_workshop(self.window, target)
            return

        def job(_progress) -> None:
            reader = Workshop.open(source, readonly=True)
            try:
                reader.send_copy(target)
            finally:
                reader.close()

        self._send_task = tasks.start(job,
                                      lambda _result: self._on_send_finished(target), self._on_send_failed)
        self.update_actions()

    def _on_send_finished(self, target: Path) -> None:
        self._send_task = None
        self.update_actions()
        self.window.statusBar().showMessage(self.tr("Copy to send saved as %1").replace("%1", str(target)), 8000)

    def _on_send_failed(self, exc: Exception) -> None:
        self._send_task = None
        self.update_actions()
        show_error(self.window, exc)

    # ----------------------------------------------------------------- combining and reviewing
    def show_combine(self) -> None:
        from ui.consolidation.combine_dialog import CombineDialog

        self.combine_dialog = CombineDialog(current_language(), self.window)
        self.combine_dialog.combined.connect(self._on_combine_dialog_combined)
        self.combine_dialog.open()

    def _on_combine_dialog_combined(self, result: MergeResult) -> None:
        if self.window.open_path(result.path) and result.suggestions:
            self.show_suggestions()

    def show_suggestions(self) -> None:
        from app.merge.offices import suggestions

        workshop = self.window.workshop
        if workshop is None or not suggestions(workshop):
            self.window.statusBar().showMessage(self.tr("No similar initiatives left to review"), 5000)
            return
        from ui.consolidation.suggestions_dialog import SuggestionsDialog

        self.suggestions_dialog = SuggestionsDialog(workshop, self.window.undo_stack, self.window)
        self.suggestions_dialog.open()
