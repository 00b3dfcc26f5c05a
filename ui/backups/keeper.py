"""The automatic backups of the open workshop, made from the window's event loop.

Kept apart from the backups dialog: the keeper starts with every window, the dialog only when asked for.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app import backups
from app.errors import WorkshopError
from ui.common.messages import describe_error, show_error

translate = QCoreApplication.translate


class BackupKeeper(QObject):
    """Makes the automatic backups of the open workshop: on open, then every ``backups.INTERVAL`` of
    editing (checked every ``CHECK_MS``). A backup is a ~20 ms copy of a 1 MB file through SQLite's
    backup API, so it runs on the GUI thread, which also keeps the one connection on one thread at a
    time. Failures are shown once per workshop, then only in the status bar."""
    backed_up = Signal(object)
    failed = Signal(object)
    CHECK_MS = 30_000

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.auto: backups.AutoBackup | None = None
        self.workshop = None
        self.durations: list[float] = []
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self, workshop, backup_now: bool) -> None:
        self.stop()
        if workshop.readonly:
            return
        self.workshop, self._warned = workshop, False
        self.auto = backups.AutoBackup(workshop)
        workshop.subscribe(self.auto.note_change)
        if backup_now:
            self.run("opened")
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.workshop is not None and self.auto is not None:
            self.workshop.unsubscribe(self.auto.note_change)
        self.workshop = self.auto = None

    def run(self, kind: str = "auto") -> backups.Backup | None:
        if self.auto is None:
            return None
        started = time.perf_counter()
        try:
            made = self.auto.run(kind)
        except WorkshopError as exc:
            self.window.statusBar().showMessage(translate("Backups", "Automatic backup failed: {reason}").format(
                reason=describe_error(exc)[1]))
            if not self._warned:
                self._warned = True
                show_error(self.window, exc)
            self.failed.emit(exc)
            return None
        self.durations.append(time.perf_counter() - started)
        self.backed_up.emit(made)
        return made

    def _on_timer_timeout(self) -> None:
        if self.auto is not None and self.auto.due():
            self.run("auto")
