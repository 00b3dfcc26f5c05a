"""Editing a list of template rows (questions, agenda items, objectives): a table above, a form below.

The table gives the overview and the order; the form edits the current row. Long Thai texts get
multi-line editors, because a one-line cell hides most of a guiding question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from ui.common.table_rows import break_words


@dataclass(frozen=True)
class Column:
    """A column of the overview table; ``display(row, index)`` returns its text."""
    header: str
    display: Callable[[dict, int], str]
    stretch: bool = False


@dataclass(frozen=True)
class Field:
    """A value of a row edited in the form. ``kind`` is "line", "multi", "int" or "choice"."""
    key: str
    label: str
    kind: str = "line"
    choices: tuple[tuple[Any, str], ...] = ()  # (value, shown text) for "choice"
    minimum: int = 0
    maximum: int = 0
    extra: dict = field(default_factory=dict)


class RowsModel(QAbstractTableModel):
    """Rows of plain dicts. The editor changes them through these methods only."""

    def __init__(self, columns: list[Column], rows: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict] = [dict(r) for r in rows or []]

    def rows(self) -> list[dict]:
        return [dict(r) for r in self._rows]

    def row(self, index: int) -> dict:
        return self._rows[index]

    def set_value(self, row: int, key: str, value: Any) -> None:
        if self._rows[row].get(key) == value:
            return
        self._rows[row][key] = value
        # Later rows may show values computed from this one (the agenda's start times).
        self.dataChanged.emit(self.index(row, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def insert(self, row: int, values: dict) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, dict(values))
        self.endInsertRows()
        self._all_changed()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._all_changed()

    def move(self, row: int, to: int) -> None:
        if row == to or not (0 <= to < len(self._rows)):
            return
        # beginMoveRows wants the destination as "insert before", one past ``to`` when moving down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        self._all_changed()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # --- QAbstractTableModel
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].display(self._rows[index.row()], index.row())
        return None
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return super().headerData(section, orientation, role)


class RowListEditor(QWidget):
    """A table of rows with Add / Remove / Move up / Move down, and a form for the current row.

    Keyboard: Ctrl+Up / Ctrl+Down move the current row, Ctrl+Ins adds one, Delete (in the table)
    removes it; Tab walks through the form (multi-line editors pass Tab on).
    """

    value_edited = Signal(str)  # the key of the field the user changed in the form

    def __init__(self, fields: list[Field], new_row: Callable[[RowsModel], dict], *,
                 min_rows: int = 1, multi_lines: int = 3, parent=None):
        super().__init__(parent)
        self.fields = fields
        self.new_row = new_row
        self.min_rows = min_rows
        self.model: RowsModel | None = None
        self._loading = False

        self.view = QTableView(objectName="rowsView")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        break_words(self.view)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(140)

        self.add_button = QPushButton(self.tr("&Add"), objectName="addRowButton")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="removeRowButton")
        self.up_button = QPushButton(self.tr("Move &up"), objectName="moveUpButton")
        self.down_button = QPushButton(self.tr("Move do&wn"), objectName="moveDownButton")
        self.add_button.setToolTip(self.tr("Add a row after the current one (Ctrl+Ins)"))
        self.remove_button.setToolTip(self.tr("Remove the current row (Delete in the list)"))
        self.up_button.setToolTip(self.tr("Move the current row up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move the current row down (Ctrl+Down)"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            editor = self._make_editor(f, multi_lines)
            editor.setObjectName(f"{f.key}Editor")
            self.editors[f.key] = editor
            form.addRow(f.label, editor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move_by(-1))
        self.down_button.clicked.connect(lambda: self._move_by(1))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot, parent_widget in (
                (QKeySequence("Ctrl+Up"), lambda: self._move_by(-1), self),
                (QKeySequence("Ctrl+Down"), lambda: self._move_by(1), self),
                (QKeySequence("Ctrl+Ins"), self._on_add_button_clicked, self),
                (QKeySequence(Qt.Key.Key_Delete), self._on_remove_button_clicked, self.view)):
            shortcut = QShortcut(keys, parent_widget, context=context)
            shortcut.activated.connect(slot)
        self._update_buttons()

    def _make_editor(self, f: Field, multi_lines: int) -> QWidget:
        if f.kind == "multi":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            # Thai stacks vowels and tone marks above and below: use the font's full line spacing.
            lines = f.extra.get("lines", multi_lines)
            margins = editor.contentsMargins()
            editor.setFixedHeight(int(editor.fontMetrics().lineSpacing() * lines
                                      + 2 * editor.document().documentMargin()
                                      + margins.top() + margins.bottom() + 6))
            editor.textChanged.connect(lambda key=f.key, e=editor: self._on_editor_changed(key, e.toPlainText()))
        elif f.kind == "int":
            editor = QSpinBox()
            editor.setRange(f.minimum, f.maximum)
            editor.setSuffix(f.extra.get("suffix", ""))
            editor.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            editor.setMinimumWidth(editor.fontMetrics().horizontalAdvance("0000" + editor.suffix()) + 40)
            editor.valueChanged.connect(lambda value, key=f.key: self._on_editor_changed(key, value))
        elif f.kind == "choice":
            editor = QComboBox()
            for value, text in f.choices:
                editor.addItem(text, value)
            editor.currentIndexChanged.connect(
                lambda _i, key=f.key, e=editor: self._on_editor_changed(key, e.currentData()))
        else:
            editor = QLineEdit()
            editor.textChanged.connect(lambda text, key=f.key: self._on_editor_changed(key, text))
        return editor

    # --- the model
    def set_model(self, model: RowsModel) -> None:
        if self.model is not None:
            self.model.rowsInserted.disconnect(self._update_buttons)
            self.model.rowsRemoved.disconnect(self._update_buttons)
        self.model = model
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        for column, spec in enumerate(model.columns):
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if spec.stretch else QHeaderView.ResizeMode.ResizeToContents)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.select(0 if model.rowCount() else -1)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if self.model is None:
            return
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        self._load_form()


    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_form()

    def _load_form(self) -> None:
        row = self.current_row()
        values = self.model.row(row) if self.model is not None and row >= 0 else None
        self._loading = True
        try:
            for f in self.fields:
                editor = self.editors[f.key]
                editor.setEnabled(values is not None)
                value = values.get(f.key) if values is not None else None
                if isinstance(editor, QPlainTextEdit):
                    if editor.toPlainText() != (value or ""):
                        editor.setPlainText(value or "")
                elif isinstance(editor, QSpinBox):
                    editor.setValue(int(value) if value is not None else f.minimum)
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(max(0, editor.findData(value)))
                else:
                    editor.setText(value or "")
        finally:
            self._loading = False
        self._update_buttons()

    def _on_editor_changed(self, key: str, value: Any) -> None:
        row = self.current_row()
        if self._loading or self.model is None or row < 0:
            return
        self.model.set_value(row, key, value)
        self.value_edited.emit(key)

    def _on_add_button_clicked(self) -> None:
        if self.model is None:
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.model.insert(row, self.new_row(self.model))
        self.select(row)
        first = self.editors[self.fields[0].key]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_remove_button_clicked(self) -> None:
        row = self.current_row()
        if self.model is None or row < 0 or self.model.rowCount() <= self.min_rows:
            return
        self.model.remove(row)
        self.select(min(row, self.model.rowCount() - 1))

    def _move_by(self, step: int) -> None:
        row = self.current_row()
        if self.model is None or row < 0 or not (0 <= row + step < self.model.rowCount()):
            return
        self.model.move(row, row + step)
        self.select(row + step)

    def _update_buttons(self, *_args) -> None:
        count = self.model.rowCount() if self.model is not None else 0
        row = self.current_row()
        self.remove_button.setEnabled(row >= 0 and count > self.min_rows)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
