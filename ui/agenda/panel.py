"""Agenda: plan the day in a table (kind, title, minutes, computed times), then run it.

The Schedule tab edits the agenda: add with the row above the table, edit in place (the kind with a
combo box), remove with Delete, reorder by drag and drop or Ctrl+Up / Ctrl+Down; every edit is one
undoable step. The Run tab is run mode (``ui.agenda.run_panel.RunPanel``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSpinBox, QStyledItemDelegate, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from app.changes import Changes
from app.errors import ValidationError, WorkshopError
from app.model import AgendaItem
from app.model import AGENDA_KINDS
from app.workshop import Workshop
from ui.agenda.model import KIND, MINUTES, TITLE, AgendaTableModel, kind_name
from ui.common.messages import show_error, validation_text
from ui.common.theme import mark_primary, set_tone
from ui.common.panel_actions import VIEW_ONLY, make_action
from ui.agenda.run_panel import RunPanel
from ui.common.undo import run_undoable_add
from ui.common.undo import run_undoable
from ui.common.icons import set_icon

MAX_MINUTES = 24 * 60


class KindDelegate(QStyledItemDelegate):
    """Edits an item's kind with a combo box of the translated kind names."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setObjectName("kindEditor")
        for kind in AGENDA_KINDS:
            combo.addItem(kind_name(kind), kind)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        spin = QSpinBox(parent, minimum=0, maximum=MAX_MINUTES, singleStep=5)
        spin.setObjectName("minutesEditor")
        return spin

    def setEditorData(self, editor, index) -> None:
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor, model, index) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AgendaPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.workshop: Workshop | None = None
        self.undo_stack = None
        self.host: QWidget | None = None  # the window that owns the open workshop

        self.model = AgendaTableModel(self)
        # queued: committing redraws the model from the file, which inside the view's commitData
        # would delete the open editor under it
        self.model.edit_requested.connect(self._commit_edit, Qt.ConnectionType.QueuedConnection)
        # direct: move_current selects the moved item again as soon as moveRows returns
        self.model.order_requested.connect(self._commit_order)
        self.table = QTableView(objectName="agendaTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.setItemDelegateForColumn(MINUTES, MinutesDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.new_kind_combo = QComboBox(objectName="newKindCombo")
        self.new_title_edit = QLineEdit(objectName="newTitleEdit")
        self.new_minutes_spin = QSpinBox(objectName="newMinutesSpin", minimum=0, maximum=MAX_MINUTES,
                                         singleStep=5, value=30)
        self.add_button = QPushButton(objectName="addItemButton")
        self.up_button = QPushButton(objectName="itemUpButton")
        self.down_button = QPushButton(objectName="itemDownButton")
        self.remove_button = QPushButton(objectName="removeItemButton")
        for button, name in ((self.add_button, "plus"), (self.up_button, "arrow-up"),
                             (self.down_button, "arrow-down"), (self.remove_button, "trash")):
            set_icon(button, name)
        mark_primary(self.add_button)  # the schedule's main action; the Run tab's is Start, then Next
        self.error_label = QLabel(objectName="agendaError", wordWrap=True)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        self.total_label = QLabel(objectName="agendaTotalLabel")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.total_label.setFont(font)

        self.up_action = make_action(self.table, lambda: self.move_current(-1), "Ctrl+Up", context=VIEW_ONLY)
        self.down_action = make_action(self.table, lambda: self.move_current(+1), "Ctrl+Down", context=VIEW_ONLY)
        self.remove_action = make_action(self.table, self.remove_current, "Del", context=VIEW_ONLY)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.new_title_edit.returnPressed.connect(self._on_add_button_clicked)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button.clicked.connect(self.remove_current)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_kind_combo)
        add_row.addWidget(self.new_title_edit, 1)
        add_row.addWidget(self.new_minutes_spin)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        schedule = QWidget(objectName="scheduleTab")
        schedule_layout = QVBoxLayout(schedule)
        schedule_layout.addLayout(add_row)
        schedule_layout.addWidget(self.error_label)
        schedule_layout.addWidget(self.table, 1)
        schedule_layout.addLayout(buttons)

        self.run_panel = RunPanel()
        self.tabs = QTabWidget(objectName="agendaTabs")
        self.tabs.addTab(schedule, "")
        self.tabs.addTab(self.run_panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs)
        chain = [self.new_kind_combo, self.new_title_edit, self.new_minutes_spin, self.add_button,
                 self.table, self.up_button, self.down_button, self.remove_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)
        self.retranslate()

    # ----------------------------------------------------------------- texts
    def retranslate(self) -> None:
        current = self.new_kind_combo.currentData() or "group_work"
        self.new_kind_combo.clear()
        for kind in AGENDA_KINDS:
            self.new_kind_combo.addItem(kind_name(kind), kind)
        self.new_kind_combo.setCurrentIndex(max(0, self.new_kind_combo.findData(current)))
        self.new_title_edit.setPlaceholderText(self.tr("Title of the new item"))
        self.new_minutes_spin.setSuffix(self.tr(" min"))
        self.add_button.setText(self.tr("&Add item"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the item up (Ctrl+Up)"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the item down (Ctrl+Down)"))
        self.remove_button.setText(self.tr("&Remove item"))
        self.remove_button.setToolTip(self.tr("Remove the item (Delete)"))
        self.up_action.setText(self.tr("Move the agenda item up"))
        self.down_action.setText(self.tr("Move the agenda item down"))
        self.remove_action.setText(self.tr("Remove the agenda item"))
        self.tabs.setTabText(0, self.tr("&Schedule"))
        self.tabs.setTabText(1, self.tr("R&un the day"))
        self._update_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.redraw()
        super().changeEvent(event)

    # ----------------------------------------------------------------- context and redraw
    def set_context(self, context) -> None:
        self.workshop = context.workshop if context is not None else None
        self.undo_stack = context.undo_stack if context is not None else None
        self.host = context.window if context is not None else None
        editable = self.workshop is not None and not self.workshop.readonly
        self.tabs.widget(0).setEnabled(editable)
        self.run_panel.set_context(context)
        self.redraw()
        if self.model.items:
            self.table.setCurrentIndex(self.model.index(0, TITLE))

    def apply(self, changes: Changes) -> None:
        if self.workshop is None:
            return
        if changes.agenda or changes.details:
            self.redraw()
        self.run_panel.apply(changes)

    def redraw(self) -> None:
        if self.workshop is None:
            self.model.set_agenda([], "08:30")
            self._update_total()
            return
        current = self.current_item_id()
        column = max(self.table.currentIndex().column(), 0)
        self.model.set_agenda(self.workshop.agenda(), self.workshop.details().start_time)
        self.select_item(current, column)
        self._update_total()

    def _update_total(self) -> None:
        total = self.model.total_minutes()
        hours, minutes = divmod(total, 60)
        length = (self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes)) if hours
                  else self.tr("%1 min").replace("%1", str(minutes)))
        self.total_label.setText(self.tr("Day: %1 · %2–%3").replace("%1", length).replace(
            "%2", self.model.start_time).replace("%3", self.model.finish_text()))

    def current_item_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def current_item(self) -> AgendaItem | None:
        row = self.model.row_of(self.current_item_id())
        return self.model.items[row] if row >= 0 else None

    def select_item(self, item_id: int | None, column: int = TITLE) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, column))

    # ----------------------------------------------------------------- edits
    def _guarded(self, action):
        # An open cell editor can commit while its window is closing the file: drop that edit.
        if self.workshop is None or getattr(self.host, "workshop", self.workshop) is not self.workshop:
            return None
        try:
            result = action()
        except ValidationError as exc:
            self.error_label.setText(validation_text(self, exc))
            self.error_label.show()
            return None
        except WorkshopError as exc:
            show_error(self, exc)
            return None
        self.error_label.hide()
        return result

    def _on_add_button_clicked(self) -> None:
        if self.workshop is None:
            return
        workshop = self.workshop
        kind = self.new_kind_combo.currentData()
        title = self.new_title_edit.text().strip() or kind_name(kind)
        minutes = self.new_minutes_spin.value()
        changes = self._guarded(lambda: run_undoable_add(
            self.undo_stack, workshop, self.tr("Add agenda item %1").replace("%1", title),
            lambda: workshop.add_agenda_item(kind, title, minutes), workshop.remove_agenda_item))
        if changes is not None:
            self.new_title_edit.clear()
            self.select_item(changes.new_id)

    def _commit_edit(self, item: AgendaItem, field: str, value) -> None:
        workshop, old = self.workshop, getattr(item, field)
        self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Edit agenda item %1").replace("%1", item.title),
            lambda: workshop.update_agenda_item(item.id, **{field: value}),
            lambda _changes: workshop.update_agenda_item(item.id, **{field: old})))

    def _commit_order(self, ids: list[int]) -> None:
        workshop, old = self.workshop, self.model.ids()
        self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Reorder the agenda"),
            lambda: workshop.reorder_agenda(ids), lambda _changes: workshop.reorder_agenda(old)))

    def move_current(self, delta: int) -> None:
        item_id = self.current_item_id()
        row = self.model.row_of(item_id)
        target = row + delta
        if row < 0 or not 0 <= target < len(self.model.items):
            return
        column = self.table.currentIndex().column()
        # moveRows takes the row the block goes before, counted before the move
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if delta > 0 else target)
        self.select_item(item_id, column)

    def remove_current(self) -> None:
        item = self.current_item()
        if item is None or self.workshop is None:
            return
        workshop, row = self.workshop, self.model.row_of(item.id)
        done = self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Remove agenda item %1").replace("%1", item.title),
            lambda: workshop.remove_agenda_item(item.id), lambda result: workshop.restore(result[1])))
        if done is not None and self.model.items:
            self.table.setCurrentIndex(self.model.index(min(row, len(self.model.items) - 1), TITLE))
