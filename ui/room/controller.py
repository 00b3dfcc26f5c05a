"""Room input on the facilitator's side: starts and stops the server for the open workshop, tells
it which step the facilitator is on, and reports what the room is doing (``RoomController``).

The server runs in a process of its own (``app.room.process``: in this one, its threads held the
interpreter lock the window needs, and the window stalled under a full room). The QR code (segno)
is imported only when room input starts, so the application starts as fast without it. This
object lives in the GUI thread and only asks the server for plain data (``status()``), once a
second.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.changes import Changes
from app.errors import WorkshopError
from app.room import settings as room_settings
from app.room.progress import Progress, progress
from app.room.stage import Stage, stage_of_step


class _Relay(QObject):
    changed = Signal(object)  # a change made on any thread, delivered in the GUI thread


class RoomController(QObject):
    started = Signal(str)            # the join URL
    stopped = Signal()
    status_changed = Signal(object)  # app.room.status.RoomStatus, once a second while running
    progress_changed = Signal(object)  # app.room.progress.Progress
    settings_changed = Signal(object)  # app.room.settings.RoomSettings

    def __init__(self, workshop_panel, parent=None):
        super().__init__(parent)
        self.workshop_panel = workshop_panel
        self.workshop = None
        self.server = None
        self.matrix: tuple = ()
        self._capture = None
        self._relay = _Relay(self)
        self._relay.changed.connect(self._on_relay_changed)
        self._dirty = True
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self._on_timer_timeout)
        workshop_panel.step_changed.connect(self._on_step_changed)
        workshop_panel.panel_created.connect(self._on_panel_created)
        for key, panel in list(workshop_panel.panels.items()):
            self._on_panel_created(key, panel)

    # ----------------------------------------------------------------- the open workshop
    def set_workshop(self, workshop) -> None:
        """A workshop was opened (or None: closed). Room input never starts by itself."""
        self.stop()
        if self.workshop is not None:
            self.workshop.unsubscribe(self._relay.changed.emit)
        self.workshop = workshop
        if workshop is not None:
            workshop.subscribe(self._relay.changed.emit)
            if not workshop.readonly:
                self.settings_changed.emit(room_settings.ensure_codes(workshop))
        self._dirty = True

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, host: str, port: int) -> str:
        """Listen on ``host:port``; raises WorkshopError (RoomStartError) with one line to show."""
        from app.room.process import RoomProcess
        from app.room.qr import qr_matrix

        if self.workshop is None:
            raise WorkshopError("open a workshop first")
        self.stop()
        room_settings.ensure_codes(self.workshop)
        server = RoomProcess(self.workshop, self.stage())
        url = server.start(host, port)
        self.server, self.matrix = server, qr_matrix(url)
        self.timer.start()
        self._dirty = True
        self.started.emit(url)
        self._on_timer_timeout()
        return url

    def stop(self) -> None:
        if self.server is None:
            return
        server, self.server = self.server, None
        self.timer.stop()
        server.stop()
        self.stopped.emit()

    # ----------------------------------------------------------------- following the facilitator
    def stage(self) -> Stage:
        if self.workshop is None:
            return Stage()
        pillar = None
        page = self._capture.current_page() if self._capture is not None else None
        if page is not None:
            pillar = page.pillar.id
        return stage_of_step(self.workshop, self.workshop_panel.current_step(), pillar)

    def _follow(self) -> None:
        self._dirty = True
        if self.server is not None:
            self.server.set_stage(self.stage())
        self._on_timer_timeout()

    def _on_step_changed(self, _key: str) -> None:
        self._follow()

    def _on_panel_created(self, key: str, panel) -> None:
        if key == "capture":
            self._capture = panel
            panel.pillar_tabs.currentChanged.connect(self._on_capture_pillar_changed)

    def _on_capture_pillar_changed(self, _index: int) -> None:
        self._follow()

    # ----------------------------------------------------------------- what the room is doing
    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.room and self.workshop is not None:
            self.settings_changed.emit(room_settings.load(self.workshop))
        self._dirty = True

    def _on_timer_timeout(self) -> None:
        if self.server is not None:
            self.status_changed.emit(self.server.status())
        if self._dirty and self.workshop is not None:
            self._dirty = False  # read once a second at most, however fast cards arrive
            self.progress_changed.emit(progress(self.workshop, self.stage()))

    def current_progress(self) -> Progress | None:
        return progress(self.workshop, self.stage()) if self.workshop is not None else None

    # ----------------------------------------------------------------- codes and options
    def renew(self, group_id: int) -> None:
        room_settings.renew_code(self.workshop, group_id)
        if self.server is not None:
            self.server.shut_out(group_id)
