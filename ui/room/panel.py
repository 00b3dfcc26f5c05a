"""The Room panel: start and stop room input, see who has joined and who has given their input,
hand out and renew the groups' codes, and moderate (issue #17; docs/room.md).

It sits in a dock beside the steps (``RoomDock``), opened from View ▸ Room input. Nothing starts by
itself: the facilitator picks one of the laptop's addresses and presses Start.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
    QTableView, QVBoxLayout, QWidget,
)

from app.errors import WorkshopError
from app.room import firewall
from app.room.network import local_addresses
from app.room import settings as room_settings
from app.room.progress import Progress
from ui.common.i18n import Retranslating
from ui.common.messages import show_error
from ui.common.theme import set_tone
from ui.room.controller import RoomController
from ui.room.groups_model import GroupIdRole, RoomGroupsModel

DEFAULT_PORT = 8470  # app.room.server.DEFAULT_PORT, without importing tornado to say so


def progress_text(progress: Progress | None) -> str:
    """"8 of 12 groups have voted", for the step the room is on ("" when it takes no input)."""
    if progress is None or not progress.groups or progress.step not in ("capture", "assess", "prioritize"):
        return ""
    text = {"capture": QCoreApplication.translate("RoomPanel", "%1 of %2 groups have sent cards"),
            "assess": QCoreApplication.translate("RoomPanel", "%1 of %2 groups have scored"),
            "prioritize": QCoreApplication.translate("RoomPanel", "%1 of %2 groups have voted")}[progress.step]
    return text.replace("%1", str(progress.count)).replace("%2", str(len(progress.groups)))


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from people: never rich text
    label.setWordWrap(True)
    return label


class RoomPanel(Retranslating, QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("roomPanel")
        self.window_ = window
        self.controller = RoomController(window.workshop_panel, self)
        self.presenter = None
        self._on_presenter: tuple = ()
        self.url = ""
        self.state_label = _plain(QLabel(objectName="roomState"))
        self.address_combo = QComboBox(objectName="roomAddress", editable=True)
        self.port_spin = QSpinBox(objectName="roomPort", minimum=1024, maximum=65535, value=DEFAULT_PORT)
        self.start_button = QPushButton(objectName="roomStart", clicked=self._on_start_button_clicked)
        self.stop_button = QPushButton(objectName="roomStop", clicked=self._on_stop_button_clicked)
        self.join_check = QCheckBox(objectName="roomShowJoin", toggled=self._on_join_check_toggled)
        self.reached_label = _plain(QLabel(objectName="roomReached"))
        self.firewall_label = _plain(QLabel(objectName="roomFirewall"))
        set_tone(self.firewall_label, "warning")
        self.request_button = QPushButton(objectName="roomItRequest", clicked=self._on_request_button_clicked)
        self.progress_label = _plain(QLabel(objectName="roomProgress"))
        font = self.progress_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.progress_label.setFont(font)
        self.groups_model = RoomGroupsModel(self)
        self.groups_view = QTableView(
            objectName="roomGroups", wordWrap=False, editTriggers=QAbstractItemView.EditTrigger.NoEditTriggers,
            selectionBehavior=QAbstractItemView.SelectionBehavior.SelectRows,
            selectionMode=QAbstractItemView.SelectionMode.SingleSelection)
        self.groups_view.setModel(self.groups_model)
        self.groups_view.verticalHeader().hide()
        header = self.groups_view.horizontalHeader()  # the group's name takes the width left over
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.renew_button = QPushButton(objectName="roomRenew", clicked=self._on_renew_button_clicked)
        self.slips_button = QPushButton(objectName="roomSlips", clicked=self._on_slips_button_clicked)
        self.approval_check = QCheckBox(objectName="roomApproval", toggled=self._on_approval_check_toggled)
        self.share_check = QCheckBox(objectName="roomShare", toggled=self._on_share_check_toggled)
        self.close_step_check = QCheckBox(objectName="roomCloseStep", toggled=self._on_close_step_check_toggled)
        self.hint_label = _plain(QLabel(objectName="roomHint"))
        set_tone(self.hint_label, "muted")
        self._layout()
        self.controller.started.connect(self._on_controller_started)
        self.controller.stopped.connect(self._on_controller_stopped)
        self.controller.status_changed.connect(self._on_controller_status_changed)
        self.controller.progress_changed.connect(self._on_controller_progress_changed)
        self.controller.settings_changed.connect(self._on_controller_settings_changed)
        self.rule = firewall.firewall_rule() if firewall.per_user_install() else firewall.NOT_WINDOWS
        self.fill_addresses()
        self.retranslate()
        self._show_running(False)

    def _layout(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.address_combo, 1)
        where.addWidget(self.port_spin)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button):
            buttons.addWidget(button)
        codes = QHBoxLayout()
        for button in (self.renew_button, self.slips_button):
            codes.addWidget(button)
        layout = QVBoxLayout(self)
        for part in (self.state_label, where, buttons, self.join_check, self.reached_label, self.firewall_label,
                     self.request_button, self.progress_label, self.groups_view, codes, self.approval_check,
                     self.share_check, self.close_step_check, self.hint_label):
            layout.addLayout(part) if isinstance(part, QHBoxLayout) else layout.addWidget(part)

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start room input"))
        self.stop_button.setText(self.tr("Stop"))
        self.port_spin.setToolTip(self.tr("Port"))
        self.address_combo.setToolTip(self.tr("The laptop's address on the room's network"))
        self.join_check.setText(self.tr("Show how to join on the projector"))
        self.request_button.setText(self.tr("Request for the IT office…"))
        self.renew_button.setText(self.tr("Renew the group's code"))
        self.renew_button.setToolTip(self.tr("A new code for the selected group: devices that joined with the old one are shut out"))
        self.slips_button.setText(self.tr("Save code slips as PDF…"))
        self.approval_check.setText(self.tr("Hold cards from devices until I approve them"))
        self.share_check.setText(self.tr("Groups see each other's cards"))
        self.close_step_check.setText(self.tr("Close input for this step"))
        self.hint_label.setText(self.tr(
            "Before the room fills, test with your own phone: join the room's Wi-Fi, scan the code, "
            "type a group's code and add a card. The card appears on the capture board."))
        self.firewall_label.setText(self.tr(
            "This copy is installed for you alone, so Windows' firewall may block phones: ask the IT office "
            "to allow the program (the request below), or install for all users.")
            if self.rule == firewall.MISSING else "")
        self.firewall_label.setVisible(self.rule == firewall.MISSING)
        self.request_button.setVisible(self.rule != firewall.NOT_WINDOWS)
        for row in range(self.address_combo.count()):
            self.address_combo.setItemText(row, self._address_text(self.address_combo.itemData(row)))
        self._show_running(self.controller.running)

    def _address_text(self, address: str) -> str:
        if address.startswith("127."):
            return self.tr("%1 (this computer only: a trial)").replace("%1", address)
        return address

    def fill_addresses(self) -> None:
        self.address_combo.clear()
        for address in local_addresses():
            self.address_combo.addItem(self._address_text(address), address)

    def chosen_address(self) -> str:
        """The address picked from the list, or typed (an adapter the list missed)."""
        index = self.address_combo.currentIndex()
        typed = self.address_combo.currentText().strip()
        if index >= 0 and typed == self.address_combo.itemText(index):
            return self.address_combo.itemData(index)
        return typed

    # ----------------------------------------------------------------- starting and stopping
    def set_workshop(self, workshop) -> None:
        self.controller.set_workshop(workshop)
        self._load_groups()
        self.setEnabled(workshop is not None and not workshop.readonly)

    def _load_groups(self) -> None:
        workshop = self.controller.workshop
        if workshop is None:
            self.groups_model.set_groups([], {})
            return
        self.groups_model.set_groups(workshop.groups(), room_settings.load(workshop).codes)
        self.groups_model.set_progress(self.controller.current_progress())

    def _on_start_button_clicked(self) -> None:
        address = self.chosen_address() or "127.0.0.1"
        try:
            self.controller.start(address, self.port_spin.value())
        except WorkshopError as exc:  # RoomStartError says why from its code (ui/common/error_catalogue.py)
            show_error(self, exc)

    def _on_stop_button_clicked(self) -> None:
        self.controller.stop()

    def _on_controller_started(self, url: str) -> None:
        self.url = url
        self._show_running(True)
        self._show_on_presenter()

    def _on_controller_stopped(self) -> None:
        self.url = ""
        self._show_running(False)
        self.join_check.setChecked(False)
        if self.presenter is not None:
            self._on_presenter = ()
            self.presenter.set_room()

    def _show_running(self, running: bool) -> None:
        self.state_label.setText(self.tr("Room input is on: %1").replace("%1", self.url) if running
                                 else self.tr("Room input is off. Groups cannot reach this laptop."))
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.address_combo.setEnabled(not running)
        self.port_spin.setEnabled(not running)
        self.join_check.setEnabled(running)
        if not running:
            self.reached_label.setText("")

    def _show_on_presenter(self) -> None:
        if not self.url:
            return
        if self.presenter is None:
            self.presenter = self.window_.presenter
        shown = (self.url, progress_text(self.groups_model.progress))
        if shown != self._on_presenter:  # the projector repaints only when what it says changed
            self._on_presenter = shown
            self.presenter.set_room(self.url, self.controller.matrix, shown[1])

    def _on_join_check_toggled(self, checked: bool) -> None:
        if self.url:
            self._show_on_presenter()
            self.presenter.show_join(checked)

    # ----------------------------------------------------------------- what the room is doing
    def _on_controller_status_changed(self, status) -> None:
        self.groups_model.set_devices(status.devices)
        if status.reached is None:
            self.reached_label.setText(self.tr("No phone has reached the laptop yet."))
        else:
            address, when = status.reached
            self.reached_label.setText(self.tr("A device reached the laptop from %1 at %2.")
                                       .replace("%1", address).replace("%2", time.strftime("%H:%M", time.localtime(when))))

    def _on_controller_progress_changed(self, progress: Progress) -> None:
        self.groups_model.set_progress(progress)
        self.progress_label.setText(progress_text(progress))
        workshop = self.controller.workshop
        step = progress.step
        self.close_step_check.blockSignals(True)
        self.close_step_check.setEnabled(step in room_settings.STEPS)
        self.close_step_check.setChecked(workshop is not None and room_settings.load(workshop).is_closed(step))
        self.close_step_check.blockSignals(False)
        if self.url:
            self._show_on_presenter()

    def _on_controller_settings_changed(self, settings) -> None:
        for check, value in ((self.approval_check, settings.approval), (self.share_check, settings.share_cards)):
            check.blockSignals(True)
            check.setChecked(value)
            check.blockSignals(False)
        self._load_groups()

    # ----------------------------------------------------------------- codes and moderation
    def _selected_group(self) -> int | None:
        index = self.groups_view.currentIndex()
        return index.data(GroupIdRole) if index.isValid() else None

    def _on_renew_button_clicked(self) -> None:
        group = self._selected_group()
        if group is not None:
            self.controller.renew(group)
            self._load_groups()

    def _on_slips_button_clicked(self) -> None:
        from ui.room.documents import save_slips

        save_slips(self, self.controller.workshop, self.url or f"http://{self.chosen_address()}:{self.port_spin.value()}/")

    def _on_request_button_clicked(self) -> None:
        from ui.room.documents import show_it_request

        show_it_request(self)

    def _on_approval_check_toggled(self, checked: bool) -> None:
        room_settings.set_options(self.controller.workshop, approval=checked)

    def _on_share_check_toggled(self, checked: bool) -> None:
        room_settings.set_options(self.controller.workshop, share_cards=checked)

    def _on_close_step_check_toggled(self, checked: bool) -> None:
        step = self.controller.stage().step
        if step in room_settings.STEPS:
            room_settings.set_closed(self.controller.workshop, f"step:{step}", checked)


class RoomDock(Retranslating, QDockWidget):
    """The Room panel docked at the right of the main window; room input stops when the workshop
    closes or the window does."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("roomDock")
        self.panel = RoomPanel(window, self)
        self.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.workshop_opened.connect(self.panel.set_workshop)
        self.panel.set_workshop(window.workshop)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Room input"))

    def stop(self) -> None:
        """Before the workshop closes: stop serving it and let go of it."""
        self.panel.set_workshop(None)
