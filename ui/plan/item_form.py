"""One plan item in a form beside the plan's list: every field whole, however long its Thai text.

A 1366-pixel screen cannot show eleven columns of Thai text side by side (every cell ended in
"…" and half the columns were off-screen), so the list shows the item's number, issue, activity
and status, and the form shows the whole of the item chosen. The form edits through the same
model as the table (``setData`` → ``edit_requested`` → the panel's undoable edit), so an edit
here is an edit there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.common.enter_text_edit import EnterFinishesEdit
from ui.plan.model import COLUMNS, ValueRole
from ui.common.thai_breaks import breakable

MULTI_LINE = ("issue", "activity", "kpi", "target", "responsible")  # long Thai text: wrapped, never cut
NO_YEAR = 2400  # the spin box's lowest value, shown as blank: no fiscal year yet


class _PlainEdit(EnterFinishesEdit):
    """Wrapped text that also commits when the facilitator leaves it, as a table cell does."""

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


class PlanItemForm(QScrollArea):
    """The fields of the plan item at ``row`` of ``model`` (a PlanTableModel); empty when none."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setObjectName("planItemForm")
        self.model = model
        self.row = -1
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.heading = QLabel(objectName="planItemHeading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.setWidget(body)
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        for column, spec in enumerate(COLUMNS):
            editor = self._editor(spec.field, column)
            editor.setObjectName(f"planField_{spec.field}")
            label = QLabel(wordWrap=True)
            label.setBuddy(editor)
            self.labels[spec.field], self.editors[spec.field] = label, editor
            self.form.addRow(label, editor)
        self._loading = False
        model.modelReset.connect(self.reload)
        model.dataChanged.connect(self.reload)
        self.retranslate()
        self.show_row(-1)

    def _editor(self, field: str, column: int) -> QWidget:
        if self.model.choices(field) is not None:
            combo = QComboBox()
            combo.activated.connect(lambda _i, c=column, e=combo: self._commit(c, e.currentData()))
            return combo
        if field == "fiscal_year":
            spin = QSpinBox()
            spin.setRange(NO_YEAR, 2800)
            spin.setSpecialValueText(" ")
            spin.editingFinished.connect(lambda c=column, e=spin: self._commit(c, e.value() if e.value() != NO_YEAR else None))
            return spin
        if field in MULTI_LINE:
            edit = _PlainEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 2 + 14)  # two lines; longer text scrolls
            edit.finished.connect(lambda c=column, e=edit: self._commit(c, e.toPlainText()))
            return edit
        line = QLineEdit()
        line.editingFinished.connect(lambda c=column, e=line: self._commit(c, e.text()))
        return line

    def retranslate(self) -> None:
        for spec in COLUMNS:
            self.labels[spec.field].setText(self.model.tr(spec.title))
        self.editors["budget_satang"].setPlaceholderText(self.tr("e.g. 150,000"))
        self._show_heading()

    # ----------------------------------------------------------------- showing an item
    def show_row(self, row: int) -> None:
        self.row = row if 0 <= row < self.model.rowCount() else -1
        self.reload()

    def reload(self, *_args) -> None:
        """The item as the model has it now; the field being typed in is left alone."""
        if self.row >= self.model.rowCount():
            self.row = -1
        self.widget().setEnabled(self.row >= 0)
        self._loading = True
        try:
            for column, spec in enumerate(COLUMNS):
                editor = self.editors[spec.field]
                if editor.hasFocus() and self.row >= 0:
                    continue
                self._load(editor, spec.field, column)
        finally:
            self._loading = False
        self._show_heading()

    def _load(self, editor: QWidget, field: str, column: int) -> None:
        index = self.model.index(self.row, column) if self.row >= 0 else None
        value = index.data(ValueRole) if index is not None else None
        if isinstance(editor, QComboBox):
            editor.clear()
            for choice, label in self.model.choices(field):
                editor.addItem(label, choice)
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(value or NO_YEAR)
        else:
            text = str(index.data(Qt.ItemDataRole.EditRole) or "") if index is not None else ""
            editor.setPlainText(text) if isinstance(editor, QPlainTextEdit) else editor.setText(text)

    def _show_heading(self) -> None:
        if self.row < 0:
            self.heading.setText(self.tr("Choose a plan item in the list to see and edit all of it here."))
            return
        item = self.model.items[self.row]
        self.heading.setText(self.tr("Item %1: %2").replace("%1", str(self.row + 1))
                             .replace("%2", breakable(item.activity or item.issue or "—")))

    # ----------------------------------------------------------------- editing
    def _commit(self, column: int, value) -> None:
        if self._loading or self.row < 0:
            return
        index = self.model.index(self.row, column)
        shown = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, str) and value.strip() == str(shown or "").strip():
            return  # left the field without changing it
        self.model.setData(index, value, Qt.ItemDataRole.EditRole)
