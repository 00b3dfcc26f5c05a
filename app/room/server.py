"""The room's HTTP server: tornado on threads of its own, in a process of its own (the window starts
it through ``process.py``; the ``room`` command runs it in the command's process).

Why tornado (docs/room.md has the figures): one pure-Python package with no dependencies, kept up
for fifteen years, an HTTP/1.1 server with streamed responses (server-sent events) and WebSocket
built in, on asyncio. It runs its own event loop here on the ``room-server`` thread; requests
that touch the workshop run on one writer thread and one reader thread (the store serialises them
with the laptop's edits), so neither the window nor the server's loop waits on the disk.

What it serves, and nothing else (no directory, no file outside the fixed list):

- ``GET /``, ``/room.js``, ``/room.css``: the participant page (resources/room/);
- ``POST /api/join`` ``{code, device}``: a token for the code's group;
- ``GET /api/state`` and ``POST /api/<add|edit|withdraw|score|vote>``: with ``Authorization:
  Bearer TOKEN``; writes carry an idempotency ``key``;
- ``GET /api/events?token=TOKEN``: server-sent events, the group's view on connecting and after
  every change that alters it.

It listens only on the one address the facilitator chose, only while started, and never opens an
outbound connection.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from app.room.without_tls import stand_in_for_ssl

stand_in_for_ssl()  # before tornado, which imports ssl even for plain HTTP (see there)

import tornado.httpserver  # noqa: E402
import tornado.web  # noqa: E402

from app.changes import Changes
from app.errors import WorkshopError
from app.room import settings as room_settings
from app.room.actions import RoomActions
from app.room.sessions import Sessions
from app.room.stage import Stage, stage_from_run
from app.room.status import RoomStartError, RoomStatus
from app.room.handlers import (
    MAX_REQUEST, EventsHandler, JoinHandler, NotFoundHandler, StateHandler, StaticHandler, Stream, WriteHandler,
    log_request,
)
from app.room.views import views_for
from app.workshop import Workshop

log = logging.getLogger(__name__)

DEFAULT_PORT = 8470
# Windows' select() handles 512 sockets: 150 devices' streams and their requests fit well under it.
STREAMS_PER_TOKEN, MAX_STREAMS = 4, 400
DEBOUNCE = 0.02                    # changes within 20 ms reach the devices as one update


def check_host(host: str) -> str:
    """One address of this computer, written out: never a name, never "all addresses"."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise RoomStartError("not_an_address", host=host) from None
    if address.is_unspecified or address.is_multicast:
        raise RoomStartError("every_address", host=host)
    return str(address)


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket on exactly ``host`` (tornado's bind_sockets leaves a socket open when
    binding fails, and would also listen on every address of a name)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        if os.name != "nt":  # as tornado does: a restart need not wait for old connections to time out
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setblocking(False)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise RoomStartError("cannot_listen", host=host, port=port, system=exc.strerror or str(exc)) from None
    return sock


class RoomServer:
    """Start with ``start(host, port)``, stop with ``stop()``. Thread-safe: ``set_stage`` and
    ``status`` may be called from the GUI thread while it runs."""

    def __init__(self, workshop: Workshop, stage: Stage | None = None, follow_run: bool = False):
        self.workshop = workshop
        self.sessions = Sessions()
        self._stage = stage or Stage()
        self.follow_run = follow_run  # the command line: the page follows the running agenda item
        self.actions = RoomActions(workshop, self.sessions, self.stage)
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server = None
        self._streams: dict[int, list[Stream]] = {}
        self._status_lock = threading.Lock()
        self._reached: tuple | None = None
        self._requests = 0
        self._dirty = self._refreshing = False
        self._waiting: list = []  # device writes waiting for the next batch (the loop's thread only)
        self._writing = False
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="room-writer")
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="room-reader")

    # ----------------------------------------------------------------- starting and stopping
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, host: str, port: int = DEFAULT_PORT) -> str:
        """Listen on ``host:port`` (port 0: any free one); returns the join URL. Raises
        RoomStartError (one line) when the address is not this computer's or the port is taken."""
        host = check_host(host)
        sockets = [_listen(host, port)]
        port = sockets[0].getsockname()[1]
        self.url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(sockets, ready), name="room-server", daemon=True)
        self._thread.start()
        ready.wait(10)
        self.workshop.subscribe(self._on_workshop_changed)
        return self.url

    def _run(self, sockets, ready: threading.Event) -> None:
        # A selector loop everywhere: tornado needs add_reader, which Windows' default (proactor)
        # loop lacks and tornado would emulate with a thread of its own.
        loop = asyncio.SelectorEventLoop()
        asyncio.set_event_loop(loop)
        app = tornado.web.Application(self._routes(), log_function=log_request,
                                      default_handler_class=NotFoundHandler, default_handler_args={"room": self})
        self._server = tornado.httpserver.HTTPServer(app, max_body_size=4 * MAX_REQUEST, max_header_size=8 * 1024,
                                                     idle_connection_timeout=120, body_timeout=15)
        self._server.add_sockets(sockets)
        self._loop = loop
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._close_connections())
            loop.close()

    async def _close_connections(self) -> None:
        self._server.stop()
        for streams in list(self._streams.values()):
            for stream in streams:
                stream.queue.put_nowait(None)
        await asyncio.sleep(0)
        try:
            await asyncio.wait_for(self._server.close_all_connections(), 3)
        except asyncio.TimeoutError:
            log.info("room input: some connections did not close in time")

    def stop(self) -> None:
        """Stop listening, close every device's stream, and wait for the server's threads."""
        if self._thread is None:
            return
        try:
            self.workshop.unsubscribe(self._on_workshop_changed)
        except ValueError:
            pass
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._writer.shutdown(wait=True)
        self._reader.shutdown(wait=True)
        self._thread = self._loop = None

    def _routes(self) -> list:
        args = {"room": self}
        return [(r"/api/join", JoinHandler, args), (r"/api/state", StateHandler, args),
                (r"/api/events", EventsHandler, args), (r"/api/(add|edit|withdraw|score|vote)", WriteHandler, args),
                (r"(/|/room\.js|/room\.css)", StaticHandler, args)]

    # ----------------------------------------------------------------- what the room follows
    def stage(self) -> Stage:
        return self._stage

    def set_stage(self, stage: Stage) -> None:
        """The facilitator moved (GUI thread): every page follows."""
        if stage != self._stage:
            self._stage = stage
            self._call(self._changed)

    def status(self) -> RoomStatus:
        with self._status_lock:
            devices = {group: len({s.device for s in streams}) for group, streams in self._streams.items() if streams}
            return RoomStatus(self.url, devices, self._reached, self._requests)

    def refresh(self) -> None:
        """The file changed in another process (the window's): every page is brought up to date."""
        self._call(self._changed)

    def shut_out(self, group_id: int) -> None:
        """After a group's code was renewed: its devices' tokens stop working, its streams close."""
        self.sessions.drop_group(group_id)
        self._call(lambda: [s.queue.put_nowait(None) for s in self._streams.get(group_id, [])])

    def _call(self, callback) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(callback)
            except RuntimeError:
                pass  # stopping: nothing is listening any more

    # ----------------------------------------------------------------- requests (on the loop thread)
    def saw(self, address: str) -> None:
        with self._status_lock:
            self._requests += 1
            if self._reached is None and not ipaddress.ip_address(address.split("%")[0]).is_loopback:
                self._reached = (address, time.time())

    async def on_writer(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self._writer, function, *args)

    async def write(self, session, action: str, body: dict) -> dict:
        """A device's write, committed with those that arrive while the previous batch commits (group
        commit: under a burst, one flush to disk serves many requests). Raises RoomError."""
        future = asyncio.get_running_loop().create_future()
        self._waiting.append((session, action, body, future))
        if not self._writing:
            self._writing = True
            asyncio.ensure_future(self._write_batches())
        return await future

    async def _write_batches(self) -> None:
        try:
            while self._waiting:
                batch, self._waiting = self._waiting, []
                try:
                    answers = await self.on_writer(self.actions.run_batch, [request[:3] for request in batch])
                except Exception as exc:  # a bug: every waiting request hears of it, and the server goes on
                    answers = [exc] * len(batch)
                for (*_request, future), answer in zip(batch, answers):
                    if not future.done():
                        future.set_exception(answer) if isinstance(answer, Exception) else future.set_result(answer)
        finally:
            self._writing = False

    async def on_reader(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self._reader, function, *args)

    def add_stream(self, stream: Stream) -> bool:
        with self._status_lock:
            every = [s for streams in self._streams.values() for s in streams]
            if len(every) >= MAX_STREAMS or sum(s.token == stream.token for s in every) >= STREAMS_PER_TOKEN:
                return False
            self._streams.setdefault(stream.group_id, []).append(stream)
        self._changed()
        return True

    def remove_stream(self, stream: Stream) -> None:
        with self._status_lock:
            streams = self._streams.get(stream.group_id, [])
            if stream in streams:
                streams.remove(stream)

    # ----------------------------------------------------------------- pushing views to devices
    def _on_workshop_changed(self, _changes: Changes) -> None:
        """Any thread: the file changed (a device, or the laptop). Devices hear of it shortly."""
        self._call(self._changed)

    def _changed(self) -> None:
        self._dirty = True
        if not self._refreshing:
            self._refreshing = True
            asyncio.get_running_loop().call_later(DEBOUNCE, lambda: asyncio.ensure_future(self._refresh()))

    async def _refresh(self) -> None:
        try:
            while self._dirty:
                self._dirty = False
                with self._status_lock:
                    groups = [g for g, streams in self._streams.items() if streams]
                if groups:
                    views = await self.on_reader(self.views, groups)
                    self._send(views)
        except WorkshopError as exc:  # the file went away under us (closing); the next change retries
            log.info("room input: cannot read the workshop (%s)", exc)
        finally:
            self._refreshing = False

    def views(self, groups: list[int]) -> dict[int, str]:
        stage = stage_from_run(self.workshop) if self.follow_run else self._stage
        settings = room_settings.load(self.workshop)
        self.sessions.drop_groups_except(set(settings.codes))
        views = views_for(self.workshop, stage, settings, groups, self._agenda_title())
        return {g: json.dumps(v, ensure_ascii=False, separators=(",", ":")) for g, v in views.items()}

    def _agenda_title(self) -> str:
        from app.run import Runner

        snap = Runner(self.workshop).snapshot()
        return snap.item.title if snap.running and snap.item is not None else ""

    def _send(self, views: dict[int, str]) -> None:
        with self._status_lock:
            targets = [(s, views[g]) for g, streams in self._streams.items() if g in views for s in streams]
        for stream, text in targets:
            if stream.last != text:
                stream.last = text
                stream.queue.put_nowait(text)
