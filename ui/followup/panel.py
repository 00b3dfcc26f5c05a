"""Follow-up (issue #23): the plan after the workshop. A bar of checkpoints (by default the plan's
fiscal-year quarters), then two tabs: Progress, a compact list of the plan's items with where each
stood at the chosen checkpoint and a form for the chosen one (status, percent, KPI actual, budget
spent, note, evidence), and At a glance (per pillar and PMQA category, and a chart across the
checkpoints). Every edit is committed at once and undoable (ui/followup/edits.py)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QSizePolicy,
    QSplitter, QTableView, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from app.errors import WorkshopError
from app.merge.offices import followup_by_office, read_consolidation
from app.model import Checkpoint
from ui.common.i18n import current_language
from ui.common.icons import set_action_icon
from ui.common.messages import show_error
from ui.common.next_step import NextStepHint
from ui.common.panel_actions import VIEW_ONLY, make_action, set_action_text
from ui.common.step_panel import StepPanel
from ui.common.table_rows import wrap_rows
from ui.followup.checkpoint_dialog import CheckpointDialog
from ui.followup.edits import FollowupEdits
from ui.followup.exports import FollowupExports
from ui.followup.glance import GlanceView
from ui.followup.item_model import ItemProgressModel
from ui.followup.names import short_date
from ui.followup.progress_form import ProgressForm


class FollowupPanel(StepPanel, QWidget):
    REDRAWS_ON = ("followup", "plan", "details")
    step_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("followupPanel")
        self.edits = FollowupEdits(self)
        self.checkpoint_dialog: CheckpointDialog | None = None
        self.rename_dialog: QInputDialog | None = None
        self._viewer_folder: Path | None = None
        self._checkpoints: list[Checkpoint] = []
        self._office_column_sized = False
        self.next_hint = NextStepHint(objectName="followupNextStep")
        self.next_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # a band, not the page
        self.checkpoint_label = QLabel(objectName="checkpointLabel")
        self.checkpoint_combo = QComboBox(objectName="checkpointCombo")
        self.checkpoint_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.checkpoint_combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.checkpoint_combo.setMaximumWidth(560)  # a long name typed by hand must not widen the window
        self.checkpoint_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        self.checkpoint_label.setBuddy(self.checkpoint_combo)
        self.toolbar = QToolBar(objectName="followupToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.model = ItemProgressModel(self)
        self.view = QTableView(objectName="followupItems")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(2, 170)
        self._fit_rows = wrap_rows(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_form())
        self.form = ProgressForm()
        self.form.edit_requested.connect(self._on_form_edit_requested)
        self.form.attach_requested.connect(self.attach_evidence)
        self.form.open_requested.connect(self.open_evidence)
        self.form.rename_requested.connect(self.ask_rename_evidence)
        self.form.remove_requested.connect(self.remove_evidence)
        self.glance = GlanceView()
        self.exports = FollowupExports(self)
        self._make_actions()
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.checkpoint_label)
        bar.addWidget(self.checkpoint_combo)
        bar.addWidget(self.toolbar, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="followupSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 600])
        self.tabs = QTabWidget(objectName="followupTabs")
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.glance, "")
        self.tabs.setCornerWidget(self.exports.corner())  # the documents: room there at 1366 px
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(bar)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.next_hint)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)  # keeps the hint at the top while the body is hidden

    def _make_actions(self) -> None:
        self.add_checkpoint_action = make_action(self, self.ask_add_checkpoint)
        self.edit_checkpoint_action = make_action(self, self.ask_edit_checkpoint)
        self.remove_checkpoint_action = make_action(self, self.remove_checkpoint)
        for action, icon in ((self.add_checkpoint_action, "plus"), (self.edit_checkpoint_action, "pencil"),
                             (self.remove_checkpoint_action, "trash")):
            set_action_icon(action, icon)
            self.toolbar.addAction(action)
        self.previous_action = make_action(self, lambda: self._step_checkpoint(-1), "Alt+PgUp")
        self.next_action = make_action(self, lambda: self._step_checkpoint(1), "Alt+PgDown")
        self.attach_action = make_action(self, self.attach_evidence, "Ctrl+Shift+A")
        self.remove_evidence_action = make_action(self.form.evidence_list, self._remove_current_evidence, "Delete",
                                                  context=VIEW_ONLY)

    def retranslate(self) -> None:
        self.checkpoint_label.setText(self.tr("&Checkpoint:"))
        set_action_text(self.add_checkpoint_action, self.tr("&Add checkpoint…"), self.tr("Add a checkpoint with its date"))
        set_action_text(self.edit_checkpoint_action, self.tr("&Edit checkpoint…"),
                        self.tr("Rename the chosen checkpoint or change its date"))
        set_action_text(self.remove_checkpoint_action, self.tr("&Remove checkpoint"),
                        self.tr("Remove the chosen checkpoint with the progress reported at it"))
        set_action_text(self.previous_action, self.tr("Previous checkpoint"))
        set_action_text(self.next_action, self.tr("Next checkpoint"))
        set_action_text(self.attach_action, self.tr("Attach evidence…"))
        set_action_text(self.remove_evidence_action, self.tr("Remove evidence"))
        self.tabs.setTabText(0, self.tr("&Progress"))
        self.tabs.setTabText(1, self.tr("At a &glance"))
        self.form.retranslate()
        self.exports.retranslate()
        self.redraw()

    # ----------------------------------------------------------------- what is chosen
    def current_checkpoint(self) -> Checkpoint | None:
        index = self.checkpoint_combo.currentIndex()
        return self._checkpoints[index] if 0 <= index < len(self._checkpoints) else None

    def current_item(self):
        index = self.view.currentIndex()
        return self.model.items[index.row()] if index.isValid() and index.row() < len(self.model.items) else None

    def choose_checkpoint(self, index: int) -> None:
        self.checkpoint_combo.setCurrentIndex(index)

    def choose_item(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(self.model.index(row, 1),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)

    def _step_checkpoint(self, step: int) -> None:
        # Alt+PgDown while typing in the form: the value typed belongs to the checkpoint it was typed at
        focused = QApplication.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            focused.clearFocus()
        target = self.checkpoint_combo.currentIndex() + step
        if 0 <= target < self.checkpoint_combo.count():
            self.checkpoint_combo.setCurrentIndex(target)

    # ----------------------------------------------------------------- drawing
    def redraw(self) -> None:
        w = self.workshop
        if w is None:
            self._checkpoints = []
            self.model.set_rows([], {}, None, {})
            self._show_form()
            self.exports.update(False)
            return
        items, checkpoints = w.plan_items(), w.checkpoints()
        self._offer_next_step(bool(items), bool(checkpoints))
        self._fill_checkpoints(checkpoints)
        current = self.checkpoint_combo.currentIndex()
        glances = w.followup_glance()
        checkpoint = self.current_checkpoint()
        latest = glances[current].latest if 0 <= current < len(glances) else {}
        offices = followup_by_office(w)
        self.model.set_rows(items, latest, checkpoint, {c.id: c.name for c in checkpoints}, self._office_names(w, items))
        self._fit_columns()
        if items and not self.view.currentIndex().isValid():
            self.view.selectionModel().setCurrentIndex(self.model.index(0, 1), QItemSelectionModel.SelectionFlag.NoUpdate)
        for action in (self.edit_checkpoint_action, self.remove_checkpoint_action):
            action.setEnabled(checkpoint is not None)
        self.exports.update(checkpoint is not None)
        self._show_form()
        lang = w.details().language
        self.glance.show_glance(glances, current, w.pillars(), w.categories(), lang, current_language(), offices)
        self._fit_rows.start()

    @staticmethod
    def _office_names(w, items) -> dict[int, str] | None:
        """Each plan item's office in a consolidated workshop; None for an ordinary one."""
        consolidation = read_consolidation(w)
        return None if consolidation is None else {i.id: consolidation.label("plan_items", i.id) for i in items}

    def _fit_columns(self) -> None:
        # a consolidated workshop's office column, wrapped: the item's name keeps the room
        consolidated = self.model.columnCount() == 4
        if consolidated != self._office_column_sized:
            if consolidated:
                self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(3, 150)
            # the list takes the office's room from the form, which has it to spare (sizes are weights)
            self.splitter.setSizes([590, 530] if consolidated else [520, 600])
        self._office_column_sized = consolidated

    def _offer_next_step(self, has_items: bool, has_checkpoints: bool) -> None:
        if not has_items:
            self.next_hint.offer(self.tr("Follow-up reports the development plan's progress: build the plan first."),
                                 self.tr("Go to Plan"), lambda: self.step_requested.emit("plan"))
        elif not has_checkpoints:
            year = self.workshop.plan_fiscal_year()
            self.next_hint.offer(
                self.tr("Start follow-up: the plan's progress is reported at checkpoints, by default the four quarters "
                        "of fiscal year %1 (the 6- and 12-month reviews among them). You can add, rename and redate "
                        "them afterwards.").replace("%1", str(year)),
                self.tr("Start follow-up"), self.start_followup)
        else:
            self.next_hint.clear()
        self.body.setVisible(has_items and has_checkpoints)

    def _fill_checkpoints(self, checkpoints: list[Checkpoint]) -> None:
        chosen = self.current_checkpoint()
        lang = current_language()
        self._checkpoints = list(checkpoints)
        self.checkpoint_combo.blockSignals(True)
        self.checkpoint_combo.clear()
        for n, c in enumerate(checkpoints, start=1):
            self.checkpoint_combo.addItem(f"{n}. {c.name} · {short_date(c.due_date, lang)}", c.id)
        index = self.checkpoint_combo.findData(chosen.id) if chosen is not None else -1
        self.checkpoint_combo.setCurrentIndex(index if index >= 0 else (0 if checkpoints else -1))
        self.checkpoint_combo.blockSignals(False)

    def _show_form(self) -> None:
        item, checkpoint, w = self.current_item(), self.current_checkpoint(), self.workshop
        if item is None or checkpoint is None or w is None:
            self.form.show_item(None, None, None, held=w.evidence_held() if w is not None else 0)
            return
        progress = self.model.latest.get(item.id)
        carried_from = None
        evidence = []
        if progress is not None and progress.checkpoint_id != checkpoint.id:
            carried_from = self.model.names.get(progress.checkpoint_id, "")
        elif progress is not None:
            evidence = w.evidence(progress.id)
        self.form.show_item(item, progress, carried_from, evidence, w.evidence_held())

    # ----------------------------------------------------------------- checkpoints
    def start_followup(self) -> None:
        if self.edits.start():
            self.choose_checkpoint(0)

    def ask_add_checkpoint(self) -> None:
        last = self._checkpoints[-1].due_date if self._checkpoints else None
        self.checkpoint_dialog = CheckpointDialog(self, "", last, adding=True)
        self.checkpoint_dialog.accepted.connect(self._on_add_dialog_accepted)
        self.checkpoint_dialog.open()

    def _on_add_dialog_accepted(self) -> None:
        name, day = self.checkpoint_dialog.values()
        new_id = self.edits.add_checkpoint(name, day)
        if new_id is not None:
            self.choose_checkpoint(self.checkpoint_combo.findData(new_id))

    def ask_edit_checkpoint(self) -> None:
        checkpoint = self.current_checkpoint()
        if checkpoint is None:
            return
        self.checkpoint_dialog = CheckpointDialog(self, checkpoint.name, checkpoint.due_date, adding=False)
        self.checkpoint_dialog.accepted.connect(lambda c=checkpoint: self.edits.edit_checkpoint(c, *self.checkpoint_dialog.values()))
        self.checkpoint_dialog.open()

    def remove_checkpoint(self) -> None:
        checkpoint = self.current_checkpoint()
        if checkpoint is not None:
            self.edits.remove_checkpoint(checkpoint.id)

    # ----------------------------------------------------------------- progress and evidence
    def _on_form_edit_requested(self, fields: dict) -> None:
        item, checkpoint = self.current_item(), self.current_checkpoint()
        if item is None or checkpoint is None:
            return
        carried = self.model.latest.get(item.id) if self.form.carried_from else None
        self.edits.set_progress(item.id, checkpoint.id, fields, carried)

    def attach_evidence(self, paths: list[str] | None = None) -> list[int]:
        """Attach files (asked for with the file dialog when ``paths`` is not given) to the chosen
        item at the chosen checkpoint; a file beyond the limits is refused with the reason."""
        item, checkpoint = self.current_item(), self.current_checkpoint()
        if item is None or checkpoint is None:
            return []
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"), str(Path.home()),
                                                    self.tr("All files (*)"))
        attached = []
        for path in paths or []:
            carried = self.model.latest.get(item.id) if self.form.carried_from else None
            new_id = self.edits.attach(item.id, checkpoint.id, Path(path), carried)
            if new_id is None:
                break  # refused and said why: the files after it are not tried
            attached.append(new_id)
        return attached

    def open_evidence(self, evidence_id: int) -> Path | None:
        """A copy of the file in a folder of this window's, opened with the system's viewer."""
        if self._viewer_folder is None:
            self._viewer_folder = Path(tempfile.mkdtemp(prefix="pmqa-evidence-"))
        folder = self._viewer_folder / str(evidence_id)
        try:
            folder.mkdir(exist_ok=True)
            path = self.workshop.evidence_file(evidence_id, folder)
        except (WorkshopError, OSError) as exc:
            if isinstance(exc, WorkshopError):
                show_error(self, exc)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def ask_rename_evidence(self, evidence_id: int) -> None:
        record = next((e for e in self.workshop.evidence() if e.id == evidence_id), None)
        if record is None:
            return
        dialog = QInputDialog(self, objectName="renameEvidenceDialog")
        dialog.setWindowTitle(self.tr("Rename evidence"))
        dialog.setLabelText(self.tr("File name:"))
        dialog.setTextValue(record.name)
        dialog.textValueSelected.connect(lambda name, r=record: self.edits.rename_evidence(r, name))
        self.rename_dialog = dialog
        dialog.open()

    def remove_evidence(self, evidence_id: int) -> None:
        self.edits.remove_evidence(evidence_id)

    def _remove_current_evidence(self) -> None:
        chosen = self.form.current_evidence()
        if chosen is not None:
            self.remove_evidence(chosen)

    def set_context(self, context) -> None:
        if context is None and self._viewer_folder is not None:  # the copies handed to viewers go with the file
            shutil.rmtree(self._viewer_folder, ignore_errors=True)
            self._viewer_folder = None
        super().set_context(context)
