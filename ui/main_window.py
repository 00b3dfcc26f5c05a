"""The main window: the home screen, or the open workshop.

Longer than 400 lines on purpose: opening, creating and closing a workshop, the menus and the
projector switch all read and change the one state this window owns (the open file and its lock,
the undo history, the projector window), and their texts moved to another class would lose their
Thai, which the catalogue files under this class's name (the MainWindow translation context).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QThread, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget

from app import __version__, backups, library, paths, settings
from app.backups import upgrade_backup
from app.changes import Changes
from app.errors import FileInUseError, NotWritableError, WorkshopError
from app.workshop import Workshop
from ui.backups.keeper import BackupKeeper
from ui.common.i18n import LANGUAGES, Retranslating, current_language, install_language
from ui.common.messages import show_error
from ui.common import theme
from ui.common.screen_fit import fit_to_screen
from ui.common.undo import step_label
from ui.consolidation.actions import ConsolidationActions
from ui.workshop.panel import WorkshopContext, WorkshopPanel

if TYPE_CHECKING:  # dialogs and the home screen are imported when first shown, to keep start-up quick
    from PySide6.QtWidgets import QMessageBox

    from ui.backups.dialog import BackupsDialog
    from ui.home.panel import HomePanel
    from ui.home.new_workshop_dialog import NewWorkshopDialog
    from ui.common.shortcuts_dialog import ShortcutsDialog
    from ui.templates.dialog import TemplatesDialog

DEMO_FILE_NAME = "ตัวอย่าง - กรมพัฒนาที่ดิน 17 ธ.ค. 2561.pmqa"


class ChangesRelay(QObject):
    """Carries the core's change notices to the GUI thread, whichever thread made the change.

    ``tell`` is the workshop's listener. A change made in the GUI thread is passed on at once (the
    view that made it finds it applied when the operation returns). Changes made on other threads
    (room input's devices) are merged until the GUI thread takes them: however many arrive at once,
    the views redraw once, so a burst from a full room never queues up seconds of redrawing.
    """
    changed = Signal(object)
    _arrived = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pending: Changes | None = None
        self._guard = threading.Lock()
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def tell(self, changes: Changes) -> None:
        if QThread.currentThread() is self.thread():
            self.changed.emit(changes)
            return
        with self._guard:
            first = self._pending is None
            self._pending = changes if first else self._pending | changes
        if first:
            self._arrived.emit()

    def _deliver(self) -> None:
        with self._guard:
            changes, self._pending = self._pending, None
        if changes is not None:
            self.changed.emit(changes._replace(elsewhere=True))


class MainWindow(Retranslating, QMainWindow):
    workshop_opened = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workshop: Workshop | None = None
        self.relay = ChangesRelay(self)
        self.relay.changed.connect(self._on_relay_changed)
        self._listener = self.relay.tell
        self._home: HomePanel | None = None  # built when first shown: opening a file skips it
        self.undo_stack = QUndoStack(self)
        self.workshop_panel = WorkshopPanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.workshop_panel)
        self.setCentralWidget(self.stack)
        self.new_dialog: NewWorkshopDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._presenter = self._presenter_follower = None  # built on first use (F5, capture)
        self.room_dock = None  # room input (ui/room/), built when first opened: tornado loads only on start
        self.templates_dialog: TemplatesDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.open_box: QMessageBox | None = None
        self.backup_keeper = BackupKeeper(self)
        self._make_actions()
        self.consolidation_actions = ConsolidationActions(self)  # Send a copy, Combine, Review
        fit_to_screen(self, QSize(1100, 720))  # smaller on a small or scaled screen (ui/common/screen_fit.py)
        self._restore_layout()
        self.retranslate()

    @property
    def home(self) -> HomePanel:
        """The home screen (library, recent files), built the first time it is needed."""
        if self._home is None:
            from ui.home.panel import HomePanel

            self._home = HomePanel()
            self._home.new_requested.connect(self.new_workshop)
            self._home.open_requested.connect(self.choose_and_open)
            self._home.demo_requested.connect(self.open_demo)
            self._home.templates_requested.connect(self.show_templates)
            self._home.path_chosen.connect(self.open_path)
            self._home.combine_requested.connect(self.consolidation_actions.show_combine)
            self.stack.insertWidget(0, self._home)
        return self._home

    def showEvent(self, event) -> None:
        if self.workshop is None and self.stack.currentWidget() is not self._home:
            self.show_home()  # shown with nothing open: the home screen, not an empty workshop page
        super().showEvent(event)

    # ----------------------------------------------------------------- actions and menus
    def _make_actions(self) -> None:
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New, triggered=self.new_workshop)
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.choose_and_open)
        self.demo_action = QAction(self, triggered=self.open_demo)
        self.templates_action = QAction(self, triggered=self.show_templates)
        self.copy_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+S"), triggered=self.save_copy)
        self.close_action = QAction(self, shortcut=QKeySequence.StandardKey.Close, triggered=self.close_workshop)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.about_action = QAction(self, triggered=self.show_about)
        # Not QUndoStack.createUndoAction: its "Undo %1" is English (Qt has no Thai) and fixed when made.
        self.undo_action = QAction(self, shortcut=QKeySequence.StandardKey.Undo, triggered=self.undo_stack.undo,
                                   enabled=False)
        self.redo_action = QAction(self, triggered=self.undo_stack.redo, enabled=False)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._name_history_actions)
        self.undo_stack.redoTextChanged.connect(self._name_history_actions)
        self.file_menu = self.menuBar().addMenu("")
        for action in (self.new_action, self.open_action, self.demo_action, self.templates_action, None, self.copy_action,
                       self.close_action, None, self.quit_action):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self._make_view_actions()
        self.backups_action = QAction(self, triggered=self.show_backups)
        self.file_menu.insertAction(self.close_action, self.backups_action)

    def _make_view_actions(self) -> None:
        """View (presenter, F5), Language and the shortcuts list (F1), before the Help menu."""
        self.presenter_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_F5), checkable=True)
        self.presenter_action.toggled.connect(self._on_presenter_action_toggled)
        self.view_menu = QMenu(self)
        self.view_menu.addAction(self.presenter_action)
        # The projector's theme: white and yellow on black for a dim room or a washed-out projector.
        self.contrast_action = QAction(self, checkable=True, checked=theme.stage_theme() == "high_contrast")
        self.contrast_action.toggled.connect(self._on_contrast_action_toggled)
        self.view_menu.addAction(self.contrast_action)
        self.room_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+R"), triggered=self.show_room)
        self.view_menu.addAction(self.room_action)
        self.language_menu = QMenu(self)
        self.language_group = QActionGroup(self)
        for lang, name in LANGUAGES.items():  # each language is named in itself, never translated
            action = QAction(name, self, checkable=True, checked=lang == current_language())
            action.setData(lang)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.language_group.triggered.connect(self._on_language_group_triggered)
        for menu in (self.view_menu, self.language_menu):
            self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        self.shortcuts_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_F1), triggered=self.show_shortcuts)
        self.help_menu.insertAction(self.about_action, self.shortcuts_action)

    def set_language(self, lang: str) -> None:
        """Switch the interface language now and remember it; widgets retranslate on LanguageChange."""
        settings.put("ui_language", lang)
        install_language(lang)
        for action in self.language_group.actions():
            action.setChecked(action.data() == lang)
        if self._home is not None and self.stack.currentWidget() is self._home:
            self._home.refresh(lang)

    def _on_language_group_triggered(self, action: QAction) -> None:
        self.set_language(action.data())

    def show_shortcuts(self) -> None:
        from ui.common.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    @property
    def presenter(self):
        """The projector window, built the first time anything needs it (start-up stays quick)."""
        if self._presenter is None:
            from ui.presenter.follower import PresenterFollower
            from ui.presenter.window import PresenterWindow

            self._presenter = PresenterWindow(self)
            self._presenter_follower = PresenterFollower(self._presenter, self.workshop_panel, self)
            self._presenter.closed.connect(self._on_presenter_closed)
            self._presenter_follower.refresh()
        return self._presenter

    @property
    def presenter_follower(self):
        self.presenter  # builds the window and its follower together
        return self._presenter_follower

    def show_presenter(self) -> None:
        self.presenter_action.setChecked(True)

    def _on_contrast_action_toggled(self, checked: bool) -> None:
        from ui.presenter.stage_view import StageView

        theme.set_stage_theme("high_contrast" if checked else "standard")
        for widget in QApplication.allWidgets():  # the projector and the Brief step's preview
            if isinstance(widget, StageView):
                widget.update()

    def _on_presenter_action_toggled(self, checked: bool) -> None:
        if checked and not self.presenter.isVisible():
            self.presenter_follower.refresh()
            if self.presenter.open_on(self.screen()) is not self.screen():
                self.activateWindow()  # the projector shows; the keyboard stays with the facilitator
        elif not checked and self.presenter.isVisible():
            self.presenter.close()

    def show_room(self) -> None:
        """The Room panel (ui/room/panel.py), docked; room input itself starts only from it."""
        if self.room_dock is None:
            from ui.room.panel import RoomDock

            self.room_dock = RoomDock(self)
        self.room_dock.show()
        self.room_dock.raise_()

    def _on_presenter_closed(self) -> None:
        self.presenter_action.setChecked(False)

    def _restore_layout(self) -> None:
        geometry, state = settings.get("window_geometry"), settings.get("window_state")
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if isinstance(state, str):
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def _save_layout(self) -> None:
        data = settings.load()
        data["window_geometry"] = bytes(self.saveGeometry().toBase64()).decode("ascii")
        data["window_state"] = bytes(self.saveState().toBase64()).decode("ascii")
        settings.save(data)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._name_history_actions()
        self.new_action.setText(self.tr("&New workshop…"))
        self.open_action.setText(self.tr("&Open…"))
        self.demo_action.setText(self.tr("Open the &demo workshop"))
        self.templates_action.setText(self.tr("&Templates…"))
        self.copy_action.setText(self.tr("Save a &copy…"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.close_action.setText(self.tr("&Close workshop"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About PMQA Workshop"))
        self.view_menu.setTitle(self.tr("&View"))
        self.presenter_action.setText(self.tr("&Presenter view (projector)"))
        self.room_action.setText(self.tr("&Room input (phones and laptops)…"))
        self.contrast_action.setText(self.tr("&High-contrast projector (white on black)"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self._update_title()

    def _name_history_actions(self, *_) -> None:
        """"Undo Rename" rather than "Undo": the step the action would take back (or do again)."""
        self.undo_action.setText(step_label(self.tr("&Undo %1"), self.tr("&Undo"), self.undo_stack.undoText()))
        self.redo_action.setText(step_label(self.tr("&Redo %1"), self.tr("&Redo"), self.undo_stack.redoText()))

    def _update_title(self) -> None:
        if self.workshop is None:
            self.setWindowTitle(self.tr("PMQA 4.0 Workshop"))
        else:
            suffix = self.tr(" (read-only)") if self.workshop.readonly else ""
            self.setWindowTitle(f"{self.workshop.details().title}{suffix} — {self.workshop.path.name}")
        self.copy_action.setEnabled(self.workshop is not None)
        self.backups_action.setEnabled(self.workshop is not None)
        self.close_action.setEnabled(self.workshop is not None)

    # ----------------------------------------------------------------- screens
    def show_home(self) -> None:
        self.home.refresh(current_language())
        self.stack.setCurrentWidget(self.home)
        self._update_title()

    def _show_workshop(self, workshop: Workshop) -> None:
        self._release_workshop()
        self.workshop = workshop
        workshop.subscribe(self._listener)
        library.remember(workshop.path)
        self.undo_stack.clear()
        self.workshop_panel.set_context(WorkshopContext(workshop, self.undo_stack, self))
        if self._presenter_follower is not None:
            self._presenter_follower.refresh()
        self.stack.setCurrentWidget(self.workshop_panel)
        self._update_title()
        self.workshop_opened.emit(workshop)

    def _on_relay_changed(self, changes: Changes) -> None:
        self.workshop_panel.apply(changes)
        if self._presenter_follower is not None:
            self._presenter_follower.apply(changes)
        if changes.details:
            self._update_title()

    # ----------------------------------------------------------------- opening and creating
    def open_path(self, path: Path, *, readonly: bool = False, force_lock: bool = False) -> bool:
        """Open for editing (holding the lock). A file in use elsewhere or write-protected is offered
        read-only; a file that cannot be opened at all is explained, with its latest backup offered."""
        path = Path(path)
        backup_now = not readonly and backups.changed_since_last_backup(path)
        try:
            workshop = Workshop.open(path, readonly=readonly, backup=upgrade_backup(path), lock=True,
                                     force_lock=force_lock)
        except (FileInUseError, NotWritableError) as exc:
            if readonly:
                show_error(self, exc)
            else:
                from ui.backups.dialog import ask_open_read_only

                self.open_box = ask_open_read_only(self, exc)
                self.open_box.setProperty("path", str(path))
                self.open_box.buttonClicked.connect(self._on_open_box_button_clicked)
            return False
        except WorkshopError as exc:
            latest = backups.latest_backup(path)
            if latest is None:
                show_error(self, exc)
            else:
                from ui.backups.dialog import offer_backup

                self.open_box = offer_backup(self, exc, latest)
                self.open_box.setProperty("path", str(path))
                self.open_box.buttonClicked.connect(self._on_open_box_button_clicked)
            if self._home is not None:  # else it is read when first shown
                self._home.refresh(current_language())
            return False
        self._show_workshop(workshop)
        self.backup_keeper.start(workshop, backup_now)
        return True

    def _on_open_box_button_clicked(self, button) -> None:
        path = Path(self.open_box.property("path"))
        choice = button.objectName()
        if choice == "readOnlyButton":
            self.open_path(path, readonly=True)
        elif choice == "takeOverButton":  # asks again, naming the risk, before taking the lock
            from ui.backups.dialog import confirm_take_over

            self.open_box = confirm_take_over(self, self.open_box.error)
            self.open_box.setProperty("path", str(path))
            self.open_box.buttonClicked.connect(self._on_open_box_button_clicked)
        elif choice == "confirmTakeOverButton":
            self.open_path(path, force_lock=True)
        elif choice == "restoreButton":
            self.show_backups(path)

    def show_backups(self, path: Path | None = None) -> None:
        """The backups of ``path`` (default: the open workshop); a restored one opens as a new file."""
        source = Path(path) if path else (self.workshop.path if self.workshop is not None else None)
        if source is None:
            return
        from ui.backups.dialog import BackupsDialog

        self.backups_dialog = BackupsDialog(source, self)
        self.backups_dialog.restored.connect(self._on_backups_dialog_restored)
        self.backups_dialog.open()

    def _on_backups_dialog_restored(self, target: Path) -> None:
        if self.open_path(target):
            self.statusBar().showMessage(self.tr("Backup restored as %1").replace("%1", str(target)), 10000)

    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(paths.library_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workshop"), start,
                                              self.tr("Workshop files (*.pmqa)"))
        if path:
            self.open_path(Path(path))

    def new_workshop(self) -> None:
        from ui.home.new_workshop_dialog import NewWorkshopDialog

        self.new_dialog = NewWorkshopDialog(current_language(), self)
        self.new_dialog.accepted.connect(self._on_new_dialog_accepted)
        self.new_dialog.open()

    def show_templates(self) -> None:
        from ui.templates.dialog import TemplatesDialog

        self.templates_dialog = TemplatesDialog(current_language(), self)
        self.templates_dialog.open()

    def _on_new_dialog_accepted(self) -> None:
        dialog = self.new_dialog
        details = dialog.details()
        target = library.new_workshop_path(details["title"], details["event_date"])
        try:
            Workshop.create(target, dialog.template(), **{k: v for k, v in details.items() if v != ""}).close()
        except WorkshopError as exc:
            show_error(self, exc)
            return
        self.open_path(target)  # the one way in: the edit lock and automatic backups start here

    def demo_path(self) -> Path:
        return paths.library_dir() / DEMO_FILE_NAME

    def open_demo(self) -> bool:
        try:
            path = self.demo_path()
            if not path.exists():
                from app.demo import create_demo

                create_demo(path).close()
        except WorkshopError as exc:
            show_error(self, exc)
            return False
        return self.open_path(path)

    def ensure_demo_on_first_run(self) -> None:
        """The first start puts the demo in the library, so there is something real to explore."""
        if settings.get("demo_created"):
            return
        try:
            if not self.demo_path().exists():
                from app.demo import create_demo

                create_demo(self.demo_path()).close()
            settings.put("demo_created", True)
        except WorkshopError:
            return  # the library folder may be read-only; the home screen still works
        self.home.refresh(current_language())

    def save_copy(self) -> None:
        """Never onto the open file itself (ui/common/copies.py); the core refuses that too."""
        from ui.common.copies import ask_copy_target

        if self.workshop is None:
            return
        path = ask_copy_target(self, self.tr("Save a copy"), self.workshop.path, self.workshop.path.name)
        if path is None:
            return
        try:
            self.workshop.save_copy(path)
        except WorkshopError as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("Copy saved to %1").replace("%1", str(path)), 5000)

    def close_workshop(self) -> None:
        if self._release_workshop() and self._presenter_follower is not None:
            self._presenter_follower.refresh()
        self.show_home()

    def _release_workshop(self) -> bool:
        """Save the field being typed in, detach every view, then close the file (and its lock)."""
        self.backup_keeper.stop()
        if self.workshop is None:
            return False
        self._commit_focused_field()
        self.undo_stack.clear()  # before closing: whatever follows the history may still read the file
        self.workshop.unsubscribe(self._listener)
        if self.room_dock is not None:
            self.room_dock.stop()  # before closing: the room's devices stop writing to the file
        self.workshop_panel.set_context(None)  # before closing: no panel may read a closed file
        self.workshop.close()
        self.workshop = None
        return True

    def _commit_focused_field(self) -> None:
        """A field being typed in saves when it loses focus: make that happen before the file closes."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About PMQA Workshop"), self.tr(
            "PMQA 4.0 Workshop {version}\nFacilitates organization development workshops towards "
            "Government 4.0 and the PMQA 4.0 criteria, entirely offline.").format(version=__version__))

    def closeEvent(self, event) -> None:
        self._save_layout()
        if self._presenter is not None:
            self._presenter.close()
        self._release_workshop()
        super().closeEvent(event)
