"""Backups in the window: the list to restore one, and the questions asked when a file cannot be
opened (damaged, in use elsewhere, write-protected). The timer that makes them is ui/backups/keeper.py."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from app import backups, paths
from app.errors import FileInUseError, WorkshopError
from app.thaidate import format_moment
from ui.common.i18n import current_language
from ui.common.messages import describe_error, show_error

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {"opened": translate("Backups", "when opened"), "auto": translate("Backups", "during editing"),
            "before-upgrade": translate("Backups", "before upgrading")}.get(kind, kind)


def restore_as_new_file(source: Path, backup: backups.Backup) -> Path:
    """Restore beside the original under a new name, or in the library if that folder is not writable.

    The original (possibly damaged) file is never touched.
    """
    try:
        return backups.restore_backup(backup.path, backups.restored_name(source, backup))
    except WorkshopError as first:
        try:
            return backups.restore_backup(backup.path, backups.restored_name(source, backup, paths.library_dir()))
        except (WorkshopError, OSError):
            raise first from None


class BackupsDialog(QDialog):
    """The backups of one workshop file, newest first, with the time each is from.

    Restoring writes a new file (the original stays as it is) and emits ``restored(path)``.
    """
    restored = Signal(object)

    def __init__(self, source: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.source = Path(source)
        self.found = backups.list_backups(self.source)
        self.intro = QLabel(wordWrap=True)
        self.model = QStandardItemModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self.retranslate()
        if self.found:
            self.view.selectRow(0)
        self.restore_button.setEnabled(bool(self.found))

    def retranslate(self) -> None:
        name = self.source.name
        self.setWindowTitle(translate("Backups", "Backups of {file}").format(file=name))
        if self.found:
            intro = translate("Backups", "Automatic copies of {file}, newest first. Restoring one writes it to a new "
                                         "file and opens it; {file} itself is not changed.")
            self.intro.setText(intro.format(file=name))
        else:
            self.intro.setText(translate("Backups", "There are no automatic backups of {file} yet.").format(file=name))
        self.restore_button.setText(translate("Backups", "&Restore as a new file"))
        self.model.clear()
        self.model.setHorizontalHeaderLabels([translate("Backups", "Time"), translate("Backups", "Made"),
                                              translate("Backups", "Size")])
        lang = current_language()
        for b in self.found:
            cells = [QStandardItem(format_moment(b.taken, lang, seconds=True)), QStandardItem(kind_label(b.kind)),
                     QStandardItem(translate("Backups", "{size} KB").format(size=max(1, round(b.size / 1024))))]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(cells)

    def selected(self) -> backups.Backup | None:
        rows = self.view.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _on_view_double_clicked(self, _index) -> None:
        self.restore_selected()

    def restore_selected(self) -> Path | None:
        backup = self.selected()
        if backup is None:
            return None
        try:
            target = restore_as_new_file(self.source, backup)
        except WorkshopError as exc:
            show_error(self, exc)
            return None
        self.accept()
        self.restored.emit(target)
        return target


def ask_open_read_only(parent: QWidget, exc: WorkshopError) -> QMessageBox:
    """The file is in use elsewhere or write-protected: say so, and offer to open it read-only.

    Buttons carry object names ``readOnlyButton``, ``takeOverButton`` and the standard Cancel. Taking
    over is offered whenever the lock names someone else, because a lock that could not be proven
    stale may still be a leftover: from another computer (which cannot be checked), or naming a
    process number that now belongs to another program. It asks first (:func:`confirm_take_over`).
    The error stays on the box as ``box.error``.
    """
    headline, detail = describe_error(exc)
    if isinstance(exc, FileInUseError):
        headline = translate("Backups", "This workshop is already open for editing")
        detail = _in_use_detail(exc)
    else:
        detail += "\n" + translate("Backups", "You can open it read-only to look at it, print it and save a copy.")
    box = QMessageBox(QMessageBox.Icon.Information, translate("Backups", "PMQA Workshop"), headline,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("openReadOnlyBox")
    box.error = exc
    box.setInformativeText(detail)
    read_only = box.addButton(translate("Backups", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("readOnlyButton")
    if isinstance(exc, FileInUseError) and not _held_by_this_program(exc.holder):
        take_over = box.addButton(translate("Backups", "Take &over editing…"), QMessageBox.ButtonRole.DestructiveRole)
        take_over.setObjectName("takeOverButton")
    box.setDefaultButton(read_only)
    box.open()
    return box


def _in_use_detail(exc: FileInUseError) -> str:
    h = exc.holder
    detail = translate("Backups", "{file} is open on {host} by {user} (process {pid}) since {since}. Close it "
                                  "there first, or open it read-only here to look at it and print from it.").format(
        file=exc.path.name, host=h.host or "?", user=h.user or "?", pid=h.pid, since=_since(h))
    if _held_by_this_program(h):
        return detail
    if h.on_this_computer():
        why = translate("Backups", "A program with that process number is running, but it may not be PMQA Workshop: "
                                   "after an unexpected close the number can be reused. If no other window has this "
                                   "workshop open, you can take over editing.")
    else:
        why = translate("Backups", "Whether it is still open there cannot be checked from this computer. If it is not "
                                   "(the program closed unexpectedly, or the computer was switched off), you can take "
                                   "over editing.")
    return detail + "\n\n" + why


def _held_by_this_program(holder) -> bool:
    """This very program holds the lock (the workshop is open in this window): nothing to take over."""
    return holder.on_this_computer() and holder.pid == os.getpid()


def confirm_take_over(parent: QWidget, exc: FileInUseError) -> QMessageBox:
    """The second question before taking over a lock, naming who holds it and the risk; its
    ``confirmTakeOverButton`` takes over, Cancel (the default) leaves the file alone."""
    h = exc.holder
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Backups", "PMQA Workshop"),
                      translate("Backups", "Take over editing of {file}?").format(file=exc.path.name),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("takeOverBox")
    box.error = exc
    box.setInformativeText(translate(
        "Backups", "{user} has had it open on {host} since {since}. Take over only if that copy is no longer in use. "
                   "If that person really still has the file open, their later edits and yours will clash: each of "
                   "you will be working on a workshop the other keeps changing.").format(
        user=h.user or "?", host=h.host or "?", since=_since(h)))
    confirm = box.addButton(translate("Backups", "Take &over editing"), QMessageBox.ButtonRole.DestructiveRole)
    confirm.setObjectName("confirmTakeOverButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.open()
    return box


def offer_backup(parent: QWidget, exc: WorkshopError, latest: backups.Backup) -> QMessageBox:
    """The file cannot be opened and it has backups: the error, the latest backup's time, and a
    ``restoreButton`` that leads to the list of backups."""
    headline, detail = describe_error(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Backups", "PMQA Workshop"), headline,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("errorBox")
    latest_note = translate("Backups", "The latest automatic backup of this workshop is from {time}. "
                                       "You can restore it as a new file.")
    box.setInformativeText(detail + "\n\n" + latest_note.format(time=format_moment(latest.taken, current_language())))
    restore = box.addButton(translate("Backups", "&Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreButton")
    box.setDefaultButton(restore)
    box.open()
    return box


def _since(holder) -> str:
    moment = holder.since_moment()
    return format_moment(moment, current_language()) if moment else holder.since
