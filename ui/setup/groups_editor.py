"""Setup's groups and their members: add, rename in place, recolour, reorder and remove.

Every change is one undoable edit. A value the core refuses is shown in red under the groups list;
the file keeps the previous value.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QColorDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton,
    QVBoxLayout,
)

from app.errors import ValidationError, WorkshopError
from app.model import Group, Member
from app.workshop import Workshop
from ui.setup.group_models import GroupListModel, MemberListModel
from ui.common.messages import show_error, validation_text
from ui.common.theme import set_tone
from ui.common.panel_actions import VIEW_ONLY, make_action
from ui.common.undo import run_undoable, run_undoable_add
from ui.common.icons import set_icon
from ui.common.theme import mark_primary


class GroupsEditorWidget(QGroupBox):
    """The workshop's groups beside the members of the selected one (the Setup step's lower box)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("groupsBox")
        self.workshop: Workshop | None = None
        self.undo_stack = None
        self.color_dialog: QColorDialog | None = None

        self.group_model = GroupListModel(self)
        # queued: the commit redraws the model, which must not delete the editor under commitData
        self.group_model.rename_requested.connect(self._rename_group, Qt.ConnectionType.QueuedConnection)
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
        set_tone(self.groups_error, "error")
        self.groups_error.hide()

        self.member_model = MemberListModel(self)
        # queued for the same reason as the groups' renames
        self.member_model.rename_requested.connect(self._rename_member, Qt.ConnectionType.QueuedConnection)
        self.members_view = QListView(objectName="membersView")
        self.members_view.setModel(self.member_model)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.members_view.setMinimumHeight(180)
        self.members_label = QLabel(objectName="membersLabel")
        self.new_member_edit = QLineEdit(objectName="newMemberEdit")
        self.add_member_button = QPushButton(objectName="addMemberButton")
        self.remove_member_button = QPushButton(objectName="removeMemberButton")
        for button, name in ((self.add_group_button, "plus"), (self.rename_group_button, "pencil"),
                             (self.color_button, "palette"), (self.group_up_button, "arrow-up"),
                             (self.group_down_button, "arrow-down"), (self.remove_group_button, "trash"),
                             (self.add_member_button, "user-plus"), (self.remove_member_button, "user-minus")):
            set_icon(button, name)
        mark_primary(self.add_group_button)  # what Setup is for: the groups taking part

        group_side = QVBoxLayout()
        group_side.addWidget(self.groups_view, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_group_edit, 1)
        add_row.addWidget(self.add_group_button)
        group_side.addLayout(add_row)
        buttons = QGridLayout()  # two rows: the editor shares the screen's width with the details
        for column, button in enumerate((self.rename_group_button, self.color_button, self.remove_group_button)):
            buttons.addWidget(button, 0, column)
        for column, button in enumerate((self.group_up_button, self.group_down_button)):
            buttons.addWidget(button, 1, column)
        buttons.setColumnStretch(3, 1)
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
        groups_layout = QVBoxLayout(self)  # the members under their groups
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
        self.group_up_action = make_action(self.groups_view, lambda: self.move_group(-1), "Ctrl+Up", context=VIEW_ONLY)
        self.group_down_action = make_action(self.groups_view, lambda: self.move_group(+1), "Ctrl+Down", context=VIEW_ONLY)
        self.remove_group_action = make_action(self.groups_view, self.remove_group, "Del", context=VIEW_ONLY)
        self.remove_member_action = make_action(self.members_view, self.remove_member, "Del", context=VIEW_ONLY)
        chain = [self.groups_view, self.new_group_edit, self.add_group_button, self.rename_group_button,
                 self.color_button, self.group_up_button, self.group_down_button, self.remove_group_button,
                 self.members_view, self.new_member_edit, self.add_member_button, self.remove_member_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)
        self.retranslate()
        self._update_buttons()

    # ----------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setTitle(self.tr("Groups"))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.workshop is not None:
                self.redraw_groups()  # the member counts are words too; the chosen group stays chosen
        super().changeEvent(event)

    # ----------------------------------------------------------------- context and redraw
    def set_context(self, workshop: Workshop | None, undo_stack) -> None:
        self.workshop = workshop
        self.undo_stack = undo_stack
        if self.workshop is None:
            self.group_model.set_groups([])
            self.member_model.set_members([])
            return
        self.redraw_groups()
        if self.group_model.groups:
            self.groups_view.setCurrentIndex(self.group_model.index(0))

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

    def _rename_group(self, group: Group, name: str) -> None:
        workshop, old = self.workshop, group.name
        self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Rename group %1").replace("%1", old),
            lambda: workshop.rename_group(group.id, name),
            lambda _changes: workshop.rename_group(group.id, old)))

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

    def _rename_member(self, member: Member, name: str) -> None:
        workshop, old = self.workshop, member.name
        self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Rename member %1").replace("%1", old),
            lambda: workshop.rename_member(member.id, name),
            lambda _changes: workshop.rename_member(member.id, old)))

    def remove_member(self) -> None:
        member = self.current_member()
        if member is None or self.workshop is None:
            return
        workshop = self.workshop
        self._guarded(lambda: run_undoable(
            self.undo_stack, self.tr("Remove member %1").replace("%1", member.name),
            lambda: workshop.remove_member(member.id), lambda result: workshop.restore(result[1])))
