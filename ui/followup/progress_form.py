"""One plan item at the chosen checkpoint: its status, percent done, the KPI's actual value beside
its target, the budget spent beside the planned budget, a note, and the evidence attached.

Every field commits when the facilitator leaves it (or chooses from a list), through the step's
undoable edits (ui/followup/edits.py). Before anything is reported at a checkpoint the fields show
the latest earlier report, since every value is cumulative; the first edit records all of them
at this checkpoint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from app.errors import ValidationError
from app.model import PROGRESS_STATUSES, Evidence, PlanItem, Progress
from ui.common import theme
from ui.common.enter_text_edit import EnterFinishesEdit
from ui.common.icons import set_icon
from ui.common.messages import show_error
from ui.common.thai_breaks import breakable
from ui.followup.names import megabytes, status_name
from ui.plan.model import BudgetError, format_baht, parse_baht


class _NoteEdit(EnterFinishesEdit):
    """A note that also commits when the facilitator leaves it."""

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


class ProgressForm(QScrollArea):
    """Emits ``edit_requested(fields)``; the evidence buttons emit their own requests."""

    edit_requested = Signal(dict)
    attach_requested = Signal()
    open_requested = Signal(int)
    rename_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("progressForm")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.item: PlanItem | None = None
        self.shown: Progress | None = None
        self.carried_from: str | None = None
        self.held = 0
        self._loading = False
        self._values: dict = {}  # what the fields show: leaving one unchanged reports nothing
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(8, 0, 4, 0)
        self.heading = QLabel(objectName="progressHeading", wordWrap=True)
        self.carried_label = QLabel(objectName="progressCarried", wordWrap=True)
        theme.set_tone(self.carried_label, "muted")
        outer.addWidget(self.heading)
        outer.addWidget(self.carried_label)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self._make_fields()
        self._make_evidence(outer)
        outer.addStretch(1)
        self.setWidget(body)
        self.retranslate()
        self.show_item(None, None, None)

    def _make_fields(self) -> None:
        self.status_combo = QComboBox(objectName="progressStatus")
        self.status_combo.activated.connect(self._on_status_combo_activated)
        self.percent_spin = QSpinBox(objectName="progressPercent", suffix=" %")
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSingleStep(5)
        self.percent_spin.editingFinished.connect(lambda: self._commit({"percent": self.percent_spin.value()}))
        self.kpi_label = QLabel(objectName="progressKpiTarget", wordWrap=True)
        theme.set_tone(self.kpi_label, "muted")
        self.kpi_edit = QLineEdit(objectName="progressKpiActual")
        self.kpi_edit.editingFinished.connect(lambda: self._commit_text("kpi_actual", self.kpi_edit.text()))
        self.spent_edit = QLineEdit(objectName="progressSpent")
        self.spent_edit.editingFinished.connect(self._on_spent_edit_finished)
        self.planned_label = QLabel(objectName="progressPlanned")
        theme.set_tone(self.planned_label, "muted")
        spent_row = QHBoxLayout()
        spent_row.addWidget(self.spent_edit, 1)
        spent_row.addWidget(self.planned_label)
        self.note_edit = _NoteEdit(objectName="progressNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.note_edit.finished.connect(lambda: self._commit_text("note", self.note_edit.toPlainText()))
        self.labels = {key: QLabel(wordWrap=True) for key in ("status", "percent", "kpi", "spent", "note")}
        for key, field in (("status", self.status_combo), ("percent", self.percent_spin), ("kpi", self.kpi_edit),
                           ("spent", self.spent_edit), ("note", self.note_edit)):
            self.labels[key].setBuddy(field)
        self.form.addRow(self.labels["status"], self.status_combo)
        self.form.addRow(self.labels["percent"], self.percent_spin)
        self.form.addRow(self.labels["kpi"], self.kpi_edit)
        self.form.addRow("", self.kpi_label)
        self.form.addRow(self.labels["spent"], spent_row)
        self.form.addRow(self.labels["note"], self.note_edit)

    def _make_evidence(self, outer: QVBoxLayout) -> None:
        self.evidence_title = QLabel(objectName="sectionLabel")
        self.evidence_list = QListWidget(objectName="evidenceList")
        self.evidence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setMinimumHeight(72)
        self.evidence_list.setMaximumHeight(130)
        self.evidence_list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.evidence_list.currentRowChanged.connect(lambda _r: self._enable_evidence_buttons())
        self.attach_button = QPushButton(objectName="attachEvidence")
        self.open_button = QPushButton(objectName="openEvidence")
        self.rename_button = QPushButton(objectName="renameEvidence")
        self.remove_button = QPushButton(objectName="removeEvidence")
        for button, icon, signal in ((self.attach_button, "file-plus", None),
                                     (self.open_button, "external", self.open_requested),
                                     (self.rename_button, "pencil", self.rename_requested),
                                     (self.remove_button, "trash", self.remove_requested)):
            set_icon(button, icon)
            if signal is None:
                button.clicked.connect(self.attach_requested)
            else:
                button.clicked.connect(lambda _c=False, s=signal: self._emit_for_current(s))
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.limits_label = QLabel(objectName="evidenceLimits", wordWrap=True)
        theme.set_tone(self.limits_label, "muted")
        outer.addWidget(self.evidence_title)
        outer.addWidget(self.evidence_list)
        outer.addLayout(buttons)
        outer.addWidget(self.limits_label)

    def retranslate(self) -> None:
        self.labels["status"].setText(self.tr("&Status"))
        self.labels["percent"].setText(self.tr("&Percent done"))
        self.labels["kpi"].setText(self.tr("&KPI actual"))
        self.labels["spent"].setText(self.tr("&Budget spent (baht)"))
        self.labels["note"].setText(self.tr("N&ote"))
        self.kpi_edit.setPlaceholderText(self.tr("The KPI's value reached so far"))
        self.spent_edit.setPlaceholderText(self.tr("e.g. 150,000"))
        self.evidence_title.setText(self.tr("Evidence (kept inside the workshop file)"))
        self.attach_button.setText(self.tr("&Attach…"))
        self.attach_button.setToolTip(self.tr("Attach a file (a scan, photo or minutes) as evidence (Ctrl+Shift+A)"))
        self.open_button.setText(self.tr("Op&en"))
        self.open_button.setToolTip(self.tr("Open the file in the system's viewer"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.remove_button.setText(self.tr("Remo&ve"))
        current = self.status_combo.currentData()
        self.status_combo.clear()
        for status in PROGRESS_STATUSES:
            self.status_combo.addItem(status_name(status), status)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(current), 0))
        self._show_texts()

    # ----------------------------------------------------------------- showing an item
    def show_item(self, item: PlanItem | None, progress: Progress | None, carried_from: str | None,
                  evidence: list[Evidence] = (), held: int = 0) -> None:
        """``progress``: reported at this checkpoint, or the latest earlier report (``carried_from``
        names its checkpoint), or None. The field being typed in is left alone."""
        self.item, self.shown, self.carried_from = item, progress, carried_from
        self.held = held
        self.widget().setEnabled(item is not None)
        self._loading = True
        try:
            values = {"status": "not_started", "percent": 0, "kpi_actual": "", "spent_satang": None, "note": ""}
            if progress is not None:
                values = {k: getattr(progress, k) for k in values}
                if carried_from:
                    values["note"] = ""
            self._values = values
            if not self.status_combo.hasFocus():
                self.status_combo.setCurrentIndex(max(self.status_combo.findData(values["status"]), 0))
            if not self.percent_spin.hasFocus():
                self.percent_spin.setValue(values["percent"])
            if not self.kpi_edit.hasFocus():
                self.kpi_edit.setText(values["kpi_actual"])
            if not self.spent_edit.hasFocus():
                self.spent_edit.setText(format_baht(values["spent_satang"]))
            if not self.note_edit.hasFocus():
                self.note_edit.setPlainText(values["note"])
        finally:
            self._loading = False
        current = self.evidence_list.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.evidence_list.clear()
        for record in evidence:
            row = QListWidgetItem(f"{breakable(record.name)}  ·  {megabytes(record.size)}")
            row.setData(Qt.ItemDataRole.UserRole, record.id)
            row.setToolTip(record.name)
            self.evidence_list.addItem(row)
            if record.id == chosen:
                self.evidence_list.setCurrentItem(row)
        if self.evidence_list.currentRow() < 0 and self.evidence_list.count():
            self.evidence_list.setCurrentRow(self.evidence_list.count() - 1)
        self._enable_evidence_buttons()
        self._show_texts()

    def _show_texts(self) -> None:
        from app.followup import MAX_EVIDENCE_FILE, MAX_EVIDENCE_TOTAL, MB

        item = self.item
        if item is None:
            self.heading.setText(self.tr("Choose a plan item in the list to report its progress here."))
            self.kpi_label.clear()
            self.planned_label.clear()
            self.carried_label.hide()
        else:
            self.heading.setText(f"<b>{_esc(breakable(item.activity or item.issue or '—'))}</b>")
            kpi = item.kpi or self.tr("no KPI")
            target = item.target or self.tr("no target")
            self.kpi_label.setText(self.tr("KPI: %1 · target: %2").replace("%1", breakable(kpi)).replace("%2", breakable(target)))
            planned = format_baht(item.budget_satang) if item.budget_satang is not None else self.tr("none")
            self.planned_label.setText(self.tr("of %1 planned").replace("%1", planned))
            self.carried_label.setVisible(bool(self.carried_from) or self.shown is None)
            if self.carried_from:
                self.carried_label.setText(self.tr("Nothing reported at this checkpoint yet: the fields show the report "
                                                   "of %1. Change any of them to report here.").replace("%1", self.carried_from))
            else:
                self.carried_label.setText(self.tr("Nothing reported for this item yet."))
        self.limits_label.setText(self.tr("This workshop holds %1 of evidence; at most %2 MB in all and %3 MB a file.")
                                  .replace("%1", megabytes(self.held) if self.held else "0 MB")
                                  .replace("%2", str(MAX_EVIDENCE_TOTAL // MB)).replace("%3", str(MAX_EVIDENCE_FILE // MB)))

    def _enable_evidence_buttons(self) -> None:
        chosen = self.evidence_list.currentRow() >= 0
        for button in (self.open_button, self.rename_button, self.remove_button):
            button.setEnabled(chosen)

    def current_evidence(self) -> int | None:
        current = self.evidence_list.currentItem()
        return current.data(Qt.ItemDataRole.UserRole) if current is not None else None

    def _emit_for_current(self, signal) -> None:
        chosen = self.current_evidence()
        if chosen is not None:
            signal.emit(chosen)

    # ----------------------------------------------------------------- editing
    def _commit(self, fields: dict) -> None:
        if self._loading or self.item is None:
            return
        if all(self._values.get(k) == v for k, v in fields.items()):
            return  # left the field without changing it
        self.edit_requested.emit(fields)

    def _commit_text(self, field: str, text: str) -> None:
        self._commit({field: text.strip()})

    def _on_status_combo_activated(self, _index: int) -> None:
        status = self.status_combo.currentData()
        fields = {"status": status}
        if status == "done" and self.percent_spin.value() < 100:  # done is done: all of it
            fields["percent"] = 100
        self._commit(fields)

    def _on_spent_edit_finished(self) -> None:
        text = self.spent_edit.text()
        try:
            value = parse_baht(text)
        except BudgetError:
            show_error(self, ValidationError("spent_satang", "not_baht", value=text))
            return
        self._commit({"spent_satang": value})


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
