"""Room input in a process of its own, for the application's window (``RoomProcess``).

Why a process: in the window's process, the server's threads (tornado's loop, the writer, the
reader) held Python's interpreter lock for most of a full room's burst, and the window waited for
it: its event loop stalled 191–287 ms under 150 devices (docs/BENCHMARKS.md). In a process of its
own the server has its own interpreter and its own connection to the file; SQLite's file locks
serialise its writes with the window's, as they would any two programs'.

The two sides talk over a ``multiprocessing`` pipe (spawned, never forked: the window's process
has Qt's threads), in plain tuples:

- the window sends ``("stage", Stage)``, ``("changed",)`` after each of its own edits (the pages
  follow the laptop), ``("shut_out", group_id)`` after a code was renewed, and ``("stop",)``;
- the server sends ``("started", url)``, or ``("error", (code, values))`` when it cannot listen, or
  ``("unopenable", message)`` when it cannot open the file, once, then ``("changed",
  Changes)`` after each batch it committed, and ``("status", RoomStatus)`` once a second.

The window's ``Workshop`` tells its subscribers of the server's commits as of any change made on
another thread, so every view redraws as it does for the laptop's own edits. When the window's
process ends, the pipe closes and the server stops by itself.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from pathlib import Path

from app.changes import Changes
from app.errors import WorkshopError
from app.room.stage import Stage
from app.room.status import RoomStartError, RoomStatus

log = logging.getLogger(__name__)

START_TIMEOUT = 30.0  # seconds: a cold start of the packaged program on a slow laptop
STATUS_EVERY = 1.0


class RoomProcess:
    """The window's handle on the server process: ``start``, ``set_stage``, ``status``,
    ``shut_out``, ``stop``, as ``RoomServer`` has them in one process."""

    def __init__(self, workshop, stage: Stage | None = None):
        self.workshop = workshop
        self._stage = stage or Stage()
        self.url = ""
        self._status: RoomStatus | None = None
        self._process = None
        self._pipe = None
        self._send_lock = threading.Lock()
        self._listener: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def start(self, host: str, port: int) -> str:
        """Start the server process and wait until it listens; returns the join URL. Raises
        RoomStartError with the server's one line when it cannot listen or open the file."""
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self._process = context.Process(target=serve, name="pmqa-room",
                                        args=(theirs, str(self.workshop.path), host, port, self._stage), daemon=True)
        self._process.start()
        theirs.close()
        self._pipe = ours
        if not ours.poll(START_TIMEOUT):
            self._end()
            raise RoomStartError("start_timeout")
        try:
            kind, value = ours.recv()
        except (EOFError, OSError):
            self._end()
            raise RoomStartError("start_stopped") from None
        if kind != "started":
            self._end()
            raise RoomStartError(value[0], **value[1]) if kind == "error" else WorkshopError(value)
        self.url = value
        self._status = RoomStatus(value, {}, None, 0)
        self.workshop.subscribe(self._on_workshop_changed)
        self._listener = threading.Thread(target=self._listen, name="room-listener", daemon=True)
        self._listener.start()
        return value

    def stop(self) -> None:
        """Ask the server to stop, and wait for it (it closes every device's stream first)."""
        if self._process is None:
            return
        try:
            self.workshop.unsubscribe(self._on_workshop_changed)
        except ValueError:
            pass
        self._send(("stop",))
        self._process.join(10)
        self._end()
        if self._listener is not None:
            self._listener.join(5)
            self._listener = None

    def _end(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.is_alive():
            process.terminate()
            process.join(5)
        pipe, self._pipe = self._pipe, None
        if pipe is not None:
            pipe.close()

    def set_stage(self, stage: Stage) -> None:
        if stage != self._stage:
            self._stage = stage
            self._send(("stage", stage))

    def status(self) -> RoomStatus:
        return self._status

    def shut_out(self, group_id: int) -> None:
        self._send(("shut_out", group_id))

    def _send(self, message: tuple) -> None:
        with self._send_lock:
            pipe = self._pipe
            if pipe is not None:
                try:
                    pipe.send(message)
                except (OSError, ValueError):
                    pass  # the server has gone: the Room panel sees it stopped

    def _on_workshop_changed(self, changes: Changes) -> None:
        if not changes.elsewhere:  # the server's own commits come back marked, and go no further
            self._send(("changed",))

    def _listen(self) -> None:
        pipe = self._pipe
        while True:
            try:
                kind, value = pipe.recv()
            except (EOFError, OSError, TypeError):
                return
            try:
                if kind == "status":
                    self._status = value
                elif kind == "changed":
                    self.workshop.changed_elsewhere(value)
            except Exception:  # a listener's bug: logged, and later changes still reach the window
                log.exception("room input: a listener failed on the server's change")


def serve(pipe, path: str, host: str, port: int, stage: Stage) -> None:
    """The server process: open the workshop (the window holds its lock), serve until told to stop
    or until the window's process is gone."""
    from app.room.server import RoomServer  # tornado loads here, in this process only
    from app.workshop import Workshop

    sending = threading.Lock()

    def send(message: tuple) -> bool:
        with sending:
            try:
                pipe.send(message)
                return True
            except (OSError, ValueError):
                return False

    try:
        workshop = Workshop.open(Path(path))
    except WorkshopError as exc:  # not the address: the file (shown as the core says it)
        send(("unopenable", str(exc)))
        return
    server = RoomServer(workshop, stage)
    try:
        try:
            url = server.start(host, port)
        except RoomStartError as exc:
            send(("error", (exc.code, exc.values)))
            return
        workshop.subscribe(lambda changes: send(("changed", changes._replace(elsewhere=True))))
        send(("started", url))
        stop = threading.Event()
        threading.Thread(target=_report_status, args=(server, send, stop), name="room-status", daemon=True).start()
        _obey(pipe, server)
        stop.set()
    finally:
        server.stop()
        workshop.close()


def _obey(pipe, server) -> None:
    """The window's messages, until "stop" or until the window's process is gone."""
    while True:
        try:
            message = pipe.recv()
        except (EOFError, OSError):
            return
        kind = message[0]
        if kind == "stop":
            return
        if kind == "stage":
            server.set_stage(message[1])
        elif kind == "changed":
            server.refresh()
        elif kind == "shut_out":
            server.shut_out(message[1])


def _report_status(server, send, stop: threading.Event) -> None:
    last = None
    while not stop.wait(STATUS_EVERY):
        status = server.status()
        if status != last and not send(("status", status)):
            return
        last = status
