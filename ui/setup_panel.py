"""Setup: the workshop's details, and its groups with their members.

Every field commits when the user finishes it (Return or leaving the field), as one undoable edit.
A value the core refuses is shown in red under its field; the file keeps the previous value.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QDate, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QColorDialog, QComboBox, QDateEdit, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget,
)

from app.changes import Changes
from app.errors import ValidationError, WorkshopError
from app.model import Group, Member
from app.thaidate import format_date
from app.workshop import Workshop
from ui.i18n import current_language
from ui.group_models import GroupListModel, MemberListModel
from ui.messages import ERROR_STYLE, show_error, validation_text
from ui.undo import run_undoable, run_undoable_add

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "no date"


def add_view_action(widget: QWidget, keys: tuple[str, ...], slot: Callable[[], Any]) -> QAction:
    """A keyboard command of one view (active while it has focus), listed by the shortcuts dialog."""
    action = QAction(widget)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


class LinesEdit(QPlainTextEdit):
    """A multi-line field, one entry a line, that reports ``editingFinished`` when it loses focus."""
    editingFinished = Signal()

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self.setTabChangesFocus(True)
        self.setFixedHeight(96)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class SetupPanel(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("setupPanel")
        self.setWidgetResizable(True)
        self.workshop: Workshop | None = None
        self.undo_stack = None
        self.host: QWidget | None = None  # the window that owns the open workshop
        self.color_dialog: QColorDialog | None = None

        self.title_edit = QLineEdit(objectName="titleEdit")
        self.organization_edit = QLineEdit(objectName="organizationEdit")
        self.unit_edit = QLineEdit(objectName="unitEdit")
        self.date_edit = QDateEdit(objectName="dateEdit", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_label = QLabel(objectName="dateLabel")
        self.start_edit = QTimeEdit(objectName="startTimeEdit")
        self.start_edit.setDisplayFormat("HH:mm")
        self.venue_edit = QLineEdit(objectName="venueEdit")
        self.facilitators_edit = LinesEdit(objectName="facilitatorsEdit")
        self.objectives_edit = LinesEdit(objectName="objectivesEdit")
        self.language_combo = QComboBox(objectName="reportLanguageCombo")
        self.language_combo.addItem("ไทย", "th")
        self.language_combo.addItem("English", "en")
        self.thai_digits_check = QCheckBox(objectName="thaiDigitsCheck")
        self.dots_spin = QSpinBox(objectName="dotsSpin", minimum=0, maximum=100)
        for small in (self.start_edit, self.dots_spin, self.language_combo):
            small.setMaximumWidth(200)  # short values: a full-width box reads as a text field

        # field name -> (widget, its label, its error label)
        self.fields: dict[str, tuple[QWidget, QLabel, QLabel]] = {}
        self.details_box = QGroupBox(objectName="detailsBox")
        form = QFormLayout(self.details_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addWidget(self.date_label, 1)
        for name, widget, shown in (
                ("title", self.title_edit, self.title_edit), ("organization", self.organization_edit, None),
                ("unit", self.unit_edit, None), ("event_date", self.date_edit, date_row),
                ("start_time", self.start_edit, None), ("venue", self.venue_edit, None),
                ("facilitators", self.facilitators_edit, None), ("objectives", self.objectives_edit, None),
                ("language", self.language_combo, None), ("thai_digits", self.thai_digits_check, None),
                ("dots_per_group", self.dots_spin, None)):
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(shown or widget)
            error = QLabel(objectName=f"{name}Error", wordWrap=True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            cell_layout.addWidget(error)
            label = QLabel()
            label.setBuddy(widget)
            form.addRow(label, cell)
            self.fields[name] = (widget, label, error)

        for edit in (self.title_edit, self.organization_edit, self.unit_edit, self.venue_edit):
            edit.editingFinished.connect(self._on_line_edit_editing_finished)
        self.date_edit.editingFinished.connect(self._commit_date)
        self.date_edit.calendarWidget().clicked.connect(self._commit_date)
        self.date_edit.calendarWidget().activated.connect(self._commit_date)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.start_edit.editingFinished.connect(self._commit_start_time)
        self.facilitators_edit.editingFinished.connect(self._on_lines_edit_editing_finished)
        self.objectives_edit.editingFinished.connect(self._on_lines_edit_editing_finished)
        self.language_combo.activated.connect(self._on_language_combo_activated)
        self.thai_digits_check.clicked.connect(self._on_thai_digits_check_clicked)
        self.dots_spin.editingFinished.connect(self._on_dots_spin_editing_finished)

        # groups and members
        self.group_model = GroupListModel(self)
        self.group_model.rename = self._rename_group
        self.groups_view = QListView(objectName="groupsView")
        self.groups_view.setModel(self.group_model)
        self.groups_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.groups_view.setMinimumHeight(180)
        self.new_group_edit = QLineEdit(objectName="newGroupEdit")
        self.add_group_button = QPushButton(objectName="addGroupButton")
        self.rename_group_button = QPushButton(objectName="renameGroupButton")
        self.color_button = QPushButton(objectName="colorButton")
        self.group_up_button = QPushButton(objectName="groupUpButton")
        self.group_down_button = QPushButton(objectName="groupDownButton")
        self.remove_group_button = QPushButton(objectName="removeGroupButton")
        self.groups_error = QLabel(objectName="groupsError", wordWrap=True)
        self.groups_error.setStyleSheet(ERROR_STYLE)
        self.groups_error.hide()

        self.member_model = MemberListModel(self)
        self.member_model.rename = self._rename_member
        self.members_view = QListView(objectName="membersView")
        self.members_view.setModel(self.member_model)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.members_view.setMinimumHeight(180)
        self.members_label = QLabel(objectName="membersLabel")
        self.new_member_edit = QLineEdit(objectName="newMemberEdit")
        self.add_member_button = QPushButton(objectName="addMemberButton")
        self.remove_member_button = QPushButton(objectName="removeMemberButton")

        self.groups_box = QGroupBox(objectName="groupsBox")
        group_side = QVBoxLayout()
        group_side.addWidget(self.groups_view, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_group_edit, 1)
        add_row.addWidget(self.add_group_button)
        group_side.addLayout(add_row)
        buttons = QHBoxLayout()
        for button in (self.rename_group_button, self.color_button, self.group_up_button,
                       self.group_down_button, self.remove_group_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        group_side.addLayout(buttons)
        group_side.addWidget(self.groups_error)
        member_side = QVBoxLayout()
        member_side.addWidget(self.members_label)
        member_side.addWidget(self.members_view, 1)
        member_row = QHBoxLayout()
        member_row.addWidget(self.new_member_edit, 1)
        member_row.addWidget(self.add_member_button)
        member_side.addLayout(member_row)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        member_side.addLayout(member_buttons)
        groups_layout = QHBoxLayout(self.groups_box)
        groups_layout.addLayout(group_side, 3)
        groups_layout.addLayout(member_side, 2)

        self.add_group_button.clicked.connect(self._on_add_group_button_clicked)
        self.new_group_edit.returnPressed.connect(self._on_add_group_button_clicked)
        self.rename_group_button.clicked.connect(self._on_rename_group_button_clicked)
        self.color_button.clicked.connect(self._on_color_button_clicked)
        self.group_up_button.clicked.connect(lambda: self.move_group(-1))
        self.group_down_button.clicked.connect(lambda: self.move_group(+1))
        self.remove_group_button.clicked.connect(self.remove_group)
        self.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        self.new_member_edit.returnPressed.connect(self._on_add_member_button_clicked)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.groups_view.selectionModel().currentChanged.connect(self._on_groups_view_current_changed)
        self.group_up_action = add_view_action(self.groups_view, ("Ctrl+Up",), lambda: self.move_group(-1))
        self.group_down_action = add_view_action(self.groups_view, ("Ctrl+Down",), lambda: self.move_group(+1))
        self.remove_group_action = add_view_action(self.groups_view, ("Del",), self.remove_group)
        self.remove_member_action = add_view_action(self.members_view, ("Del",), self.remove_member)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.details_box)
        layout.addWidget(self.groups_box, 1)
        self.setWidget(body)
        chain = [self.title_edit, self.organization_edit, self.unit_edit, self.date_edit, self.start_edit,
                 self.venue_edit, self.facilitators_edit, self.objectives_edit, self.language_combo,
                 self.thai_digits_check, self.dots_spin, self.groups_view, self.new_group_edit,
                 self.add_group_button, self.rename_group_button, self.color_button, self.group_up_button,
                 self.group_down_button, self.remove_group_button, self.members_view, self.new_member_edit,
                 self.add_member_button, self.remove_member_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)
        self.retranslate()
        self._update_buttons()

    # ----------------------------------------------------------------- texts
    def retranslate(self) -> None:
        labels = {
            "title": self.tr("&Title"), "organization": self.tr("&Organization"), "unit": self.tr("&Unit"),
            "event_date": self.tr("&Date"), "start_time": self.tr("&Start time"), "venue": self.tr("&Venue"),
            "facilitators": self.tr("&Facilitators\n(one per line)"),
            "objectives": self.tr("O&bjectives\n(one per line)"),
            "language": self.tr("&Report language"), "thai_digits": self.tr("Thai &digits"),
            "dots_per_group": self.tr("Dots per &group"),
        }
        for name, text in labels.items():
            self.fields[name][1].setText(text)
        self.details_box.setTitle(self.tr("Workshop"))
        self.thai_digits_check.setText(self.tr("Use Thai digits (๐๑๒…) in documents"))
        self.dots_spin.setToolTip(self.tr("How many dots each group may place when voting on initiatives"))
        self.date_edit.setSpecialValueText(self.tr("No date"))
        self.groups_box.setTitle(self.tr("Groups"))
        self.new_group_edit.setPlaceholderText(self.tr("New group name"))
        self.add_group_button.setText(self.tr("&Add group"))
        self.rename_group_button.setText(self.tr("Re&name"))
        self.color_button.setText(self.tr("&Colour…"))
        self.group_up_button.setText(self.tr("Move &up"))
        self.group_up_button.setToolTip(self.tr("Move the group up (Ctrl+Up)"))
        self.group_down_button.setText(self.tr("Move do&wn"))
        self.group_down_button.setToolTip(self.tr("Move the group down (Ctrl+Down)"))
        self.remove_group_button.setText(self.tr("&Remove group"))
        self.new_member_edit.setPlaceholderText(self.tr("New member's name"))
        self.add_member_button.setText(self.tr("Add &member"))
        self.remove_member_button.setText(self.tr("Remove m&ember"))
        self.group_up_action.setText(self.tr("Move the group up"))
        self.group_down_action.setText(self.tr("Move the group down"))
        self.remove_group_action.setText(self.tr("Remove the group"))
        self.remove_member_action.setText(self.tr("Remove the member"))
        self._update_members_label()
        self._on_date_edit_date_changed(self.date_edit.date())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.group_model.set_groups(self.group_model.groups)
        super().changeEvent(event)

    # ----------------------------------------------------------------- context and redraw
    def set_context(self, context) -> None:
        if self.host is not None:
            self.host.removeEventFilter(self)
        self.workshop = context.workshop if context is not None else None
        self.undo_stack = context.undo_stack if context is not None else None
        self.host = context.window if context is not None else None
        if self.host is not None:
            self.host.installEventFilter(self)
        self.setEnabled(self.workshop is not None and not self.workshop.readonly)
        if self.workshop is None:
            self.group_model.set_groups([])
            self.member_model.set_members([])
            return
        self.redraw_details()
        self.redraw_groups()
        if self.group_model.groups:
            self.groups_view.setCurrentIndex(self.group_model.index(0))

    def eventFilter(self, watched, event: QEvent) -> bool:
        # Closing the window closes the file before the focused field loses focus, so a field
        # being typed in is committed here first.
        if watched is self.host and event.type() == QEvent.Type.Close:
            self.commit_pending()
        return False

    def _live(self) -> Workshop | None:
        """The workshop, if it is still open (a field can lose focus after its window closed it)."""
        if self.workshop is None or getattr(self.host, "workshop", self.workshop) is not self.workshop:
            return None
        return self.workshop

    def commit_pending(self) -> None:
        """Commit the field being edited, if any (its edit has not finished yet)."""
        focused = self.focusWidget()
        if focused in (self.title_edit, self.organization_edit, self.unit_edit, self.venue_edit):
            self.commit_detail(self._line_fields()[focused], focused.text().strip())
        elif focused in (self.facilitators_edit, self.objectives_edit):
            self.commit_detail("facilitators" if focused is self.facilitators_edit else "objectives",
                               focused.lines())

    def _line_fields(self) -> dict:
        return {self.title_edit: "title", self.organization_edit: "organization",
                self.unit_edit: "unit", self.venue_edit: "venue"}

    def apply(self, changes: Changes) -> None:
        if self._live() is None:
            return
        if changes.details:
            self.redraw_details()
        if changes.groups:
            self.redraw_groups()

    def redraw_details(self) -> None:
        d = self.workshop.details()
        for edit, value in ((self.title_edit, d.title), (self.organization_edit, d.organization),
                            (self.unit_edit, d.unit), (self.venue_edit, d.venue)):
            if not (edit.hasFocus() and edit.isModified()) and edit.text() != value:
                edit.setText(value)
        self.date_edit.setDate(QDate(d.event_date) if d.event_date else NO_DATE)
        hours, minutes = (int(part) for part in d.start_time.split(":"))
        self.start_edit.setTime(QTime(hours, minutes))
        for edit, values in ((self.facilitators_edit, d.facilitators), (self.objectives_edit, d.objectives)):
            if edit.lines() != list(values):
                edit.setPlainText("\n".join(values))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(d.language)))
        self.thai_digits_check.setChecked(d.thai_digits)
        self.dots_spin.setValue(d.dots_per_group)
        for name in self.fields:
            self._show_field_error(name, "")

    def redraw_groups(self) -> None:
        selected = self.current_group_id()
        self.group_model.set_groups(self.workshop.groups())
        row = self.group_model.row_of(selected)
        if row < 0 and self.group_model.groups:
            row = 0
        if row >= 0:
            self.groups_view.setCurrentIndex(self.group_model.index(row))
        self._redraw_members()

    def _redraw_members(self) -> None:
        group = self.current_group()
        self.member_model.set_members(group.members if group else ())
        self._update_members_label()
        self._update_buttons()

    def _update_members_label(self) -> None:
        group = self.current_group()
        self.members_label.setText(self.tr("Members of %1").replace("%1", group.name) if group
                                   else self.tr("Members"))

    def _update_buttons(self) -> None:
        has_group = self.current_group() is not None
        for button in (self.rename_group_button, self.color_button, self.group_up_button,
                       self.group_down_button, self.remove_group_button, self.add_member_button,
                       self.new_member_edit, self.remove_member_button):
            button.setEnabled(has_group)

    # ----------------------------------------------------------------- details
    def _show_field_error(self, name: str, text: str) -> None:
        if name not in self.fields:
            return
        error = self.fields[name][2]
        error.setText(text)
        error.setVisible(bool(text))

    def commit_detail(self, name: str, value) -> bool:
        """Save one detail as an undoable edit; a refused value is shown beside its field."""
        if self._live() is None:
            return False
        old = getattr(self.workshop.details(), name)
        if isinstance(old, tuple):
            old = list(old)
        if value == old:
            self._show_field_error(name, "")
            return True
        label = self.fields[name][1].text().split("\n")[0].replace("&", "")
        workshop = self.workshop
        try:
            run_undoable(self.undo_stack, self.tr("Change %1").replace("%1", label),
                         lambda: workshop.update_details(**{name: value}),
                         lambda _changes: workshop.update_details(**{name: old}))
        except ValidationError as exc:
            self._show_field_error(exc.field if exc.field in self.fields else name, validation_text(self, exc))
            return False
        except WorkshopError as exc:
            show_error(self, exc)
            return False
        self._show_field_error(name, "")
        return True

    def _on_line_edit_editing_finished(self) -> None:
        edit = self.sender()
        name = self._line_fields().get(edit)
        if name is not None:
            self.commit_detail(name, edit.text().strip())

    def _commit_date(self, *_args) -> None:
        value = self.date_edit.date()
        self.commit_detail("event_date", None if value == NO_DATE else value.toPython())

    def _on_date_edit_date_changed(self, value: QDate) -> None:
        # Qt has no Buddhist Era calendar: the BE date is shown beside the picker.
        day: date | None = None if value == NO_DATE else value.toPython()
        thai_digits = self.thai_digits_check.isChecked()
        self.date_label.setText(format_date(day, current_language(), thai_digits))

    def _commit_start_time(self) -> None:
        self.commit_detail("start_time", self.start_edit.time().toString("HH:mm"))

    def _on_lines_edit_editing_finished(self) -> None:
        edit = self.sender()
        name = "facilitators" if edit is self.facilitators_edit else "objectives"
        self.commit_detail(name, edit.lines())

    def _on_language_combo_activated(self, index: int) -> None:
        self.commit_detail("language", self.language_combo.itemData(index))

    def _on_thai_digits_check_clicked(self, checked: bool) -> None:
        self.commit_detail("thai_digits", checked)
        self._on_date_edit_date_changed(self.date_edit.date())

    def _on_dots_spin_editing_finished(self) -> None:
        self.commit_detail("dots_per_group", self.dots_spin.value())

    # ----------------------------------------------------------------- groups
    def current_group_id(self) -> int | None:
        index = self.groups_view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def current_group(self) -> Group | None:
        row = self.group_model.row_of(self.current_group_id())
        return self.group_model.groups[row] if row >= 0 else None

    def select_group(self, group_id: int | None) -> None:
        row = self.group_model.row_of(group_id)
        if row >= 0:
            self.groups_view.setCurrentIndex(self.group_model.index(row))

    def _on_groups_view_current_changed(self, *_args) -> None:
        self._redraw_members()

    def _show_groups_error(self, text: str) -> None:
        self.groups_error.setText(text)
        self.groups_error.setVisible(bool(text))

    def _guarded(self, action: Callable[[], Any]) -> Any:
        """Run an edit; validation problems go under the groups list, other errors to a message."""
        try:
            result = action()
        except ValidationError as exc:
            self._show_groups_error(validation_text(self, exc))
            return None
        except WorkshopError as exc:
            show_error(self, exc)
            return None
        self._show_groups_error("")
        return result

    def _on_add_group_button_clicked(self) -> None:
        if self.workshop is None:
            return
        name = self.new_group_edit.text().strip() or self.tr("Group %1").replace(
            "%1", str(len(self.group_model.groups) + 1))
        workshop = self.workshop
        changes = self._guarded(lambda: run_undoable_add(
            self.undo_stack, workshop, self.tr("Add group %1").replace("%1", name),
            lambda: workshop.add_group(name), workshop.remove_group))
        if changes is not None:
            self.new_group_edit.clear()
            self.select_group(changes.new_id)

    def _rename_group(self, group: Group, name: str) -> bool:
        workshop, old = self.workshop, group.name
        done = self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Rename group %1").replace("%1", old),
            lambda: workshop.rename_group(group.id, name),
            lambda _changes: workshop.rename_group(group.id, old)))
        return done is not None

    def _on_rename_group_button_clicked(self) -> None:
        index = self.groups_view.currentIndex()
        if index.isValid():
            self.groups_view.setFocus()
            self.groups_view.edit(index)

    def _on_color_button_clicked(self) -> None:
        group = self.current_group()
        if group is None:
            return
        self.color_dialog = QColorDialog(QColor(group.color), self)
        self.color_dialog.setObjectName("groupColorDialog")
        self.color_dialog.setWindowTitle(self.tr("Colour of %1").replace("%1", group.name))
        self.color_dialog.colorSelected.connect(
            lambda color, group=group: self.recolor_group(group.id, color.name()))
        self.color_dialog.open()

    def recolor_group(self, group_id: int, color: str) -> None:
        workshop = self.workshop
        old = next((g.color for g in workshop.groups() if g.id == group_id), None)
        if old is None or old == color:
            return
        self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Change group colour"),
            lambda: workshop.set_group_color(group_id, color),
            lambda _changes: workshop.set_group_color(group_id, old)))

    def move_group(self, delta: int) -> None:
        group_id = self.current_group_id()
        ids = [g.id for g in self.group_model.groups]
        if group_id is None or self.workshop is None:
            return
        row = ids.index(group_id)
        target = row + delta
        if not 0 <= target < len(ids):
            return
        new = list(ids)
        new[row], new[target] = new[target], new[row]
        workshop = self.workshop
        self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Move group"),
            lambda: workshop.reorder_groups(new), lambda _changes: workshop.reorder_groups(ids)))
        self.select_group(group_id)

    def remove_group(self) -> None:
        group = self.current_group()
        if group is None or self.workshop is None:
            return
        workshop, row = self.workshop, self.group_model.row_of(group.id)
        done = self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Remove group %1").replace("%1", group.name),
            lambda: workshop.remove_group(group.id), lambda result: workshop.restore(result[1])))
        if done is not None and self.group_model.groups:
            self.groups_view.setCurrentIndex(self.group_model.index(min(row, len(self.group_model.groups) - 1)))
            self._redraw_members()

    # ----------------------------------------------------------------- members
    def current_member(self) -> Member | None:
        index = self.members_view.currentIndex()
        return self.member_model.members[index.row()] if index.isValid() else None

    def _on_add_member_button_clicked(self) -> None:
        group = self.current_group()
        name = self.new_member_edit.text().strip()
        if group is None or self.workshop is None:
            return
        workshop = self.workshop
        changes = self._guarded(lambda: run_undoable_add(
            self.undo_stack, workshop, self.tr("Add member %1").replace("%1", name),
            lambda: workshop.add_member(group.id, name), workshop.remove_member))
        if changes is not None:
            self.new_member_edit.clear()

    def _rename_member(self, member: Member, name: str) -> bool:
        workshop, old = self.workshop, member.name
        done = self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Rename member %1").replace("%1", old),
            lambda: workshop.rename_member(member.id, name),
            lambda _changes: workshop.rename_member(member.id, old)))
        return done is not None

    def remove_member(self) -> None:
        member = self.current_member()
        if member is None or self.workshop is None:
            return
        workshop = self.workshop
        self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Remove member %1").replace("%1", member.name),
            lambda: workshop.remove_member(member.id), lambda result: workshop.restore(result[1])))
