"""The room server's request handlers (tornado): the fixed static files, joining, reading the
group's view, writing through ``RoomActions``, and the live stream of server-sent events.

Every response carries a strict Content-Security-Policy (the page may load only its own script
and style and talk only to this server), ``nosniff``, no referrer and no caching. A refusal is JSON
``{"error": code, "message": English text}`` with the status that says why; the page translates
the code.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import tornado.iostream
import tornado.web

from app.resources import read_bytes
from app.room.actions import RoomError

if TYPE_CHECKING:
    from app.room.server import RoomServer

log = logging.getLogger(__name__)

MAX_REQUEST = 16 * 1024            # a request's body; a card is at most 500 characters
PING = 15.0                        # a comment line keeps idle streams (and Wi-Fi) awake
STATIC = {"/": ("room/index.html", "text/html; charset=utf-8"),
          "/room.js": ("room/room.js", "text/javascript; charset=utf-8"),
          "/room.css": ("room/room.css", "text/css; charset=utf-8")}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@dataclass
class Stream:
    """One open page's live stream: the queue of views to send it (None: close)."""
    group_id: int
    device: str
    token: str
    queue: asyncio.Queue = field(default_factory=asyncio.Queue)
    last: str = ""


def log_request(handler: tornado.web.RequestHandler) -> None:
    # Not tornado's access log: it would write tokens (in the stream's URL) and warn on every refusal.
    log.debug("room input: %s %s %d", handler.request.method, handler.request.path, handler.get_status())


class RoomHandler(tornado.web.RequestHandler):
    room: RoomServer

    def initialize(self, room: RoomServer) -> None:
        self.room = room

    def prepare(self) -> None:
        self.room.saw(self.request.remote_ip or "127.0.0.1")

    def set_default_headers(self) -> None:
        self.set_header("Content-Security-Policy", CSP)
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("Cache-Control", "no-store")
        self.clear_header("Server")

    def reply(self, status: int, body: dict) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(body, ensure_ascii=False))

    def refuse(self, error: RoomError) -> None:
        self.reply(error.status, {"error": error.code, "message": error.message})

    def write_error(self, status_code: int, **kwargs) -> None:
        self.reply(status_code, {"error": "refused", "message": self._reason})

    def body(self) -> dict:
        if len(self.request.body) > MAX_REQUEST:
            raise RoomError(413, "too_large", f"a request is at most {MAX_REQUEST // 1024} KB")
        if self.request.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            raise RoomError(415, "malformed", "send JSON")
        try:
            data = json.loads(self.request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise RoomError(400, "malformed", "the request is not JSON") from None
        if not isinstance(data, dict):
            raise RoomError(400, "malformed", "the request is not a JSON object")
        return data

    def session(self, token: str | None = None):
        if token is None:
            header = self.request.headers.get("Authorization", "")
            token = header[7:].strip() if header.startswith("Bearer ") else None
        if not token:
            raise RoomError(401, "no_token", "join with your group's code first")
        session = self.room.sessions.find(token)
        if session is None:
            raise RoomError(401, "bad_token", "this device is no longer joined; join again with your group's code")
        if not self.room.sessions.allow(session):
            raise RoomError(429, "slow_down", "too many requests; wait a moment")
        return session


class NotFoundHandler(RoomHandler):
    def prepare(self) -> None:
        super().prepare()
        self.refuse(RoomError(404, "not_found", "nothing here"))


class StaticHandler(RoomHandler):
    def get(self, path: str) -> None:
        name, kind = STATIC[path]
        self.set_header("Content-Type", kind)
        self.finish(read_bytes(name))


class JoinHandler(RoomHandler):
    async def post(self) -> None:
        try:
            body = self.body()
            session, answer = await self.room.on_writer(self.room.actions.join, body, self.request.remote_ip or "")
        except RoomError as exc:
            self.refuse(exc)
            return
        self.reply(200, answer)


class StateHandler(RoomHandler):
    async def get(self) -> None:
        try:
            session = self.session()
        except RoomError as exc:
            self.refuse(exc)
            return
        views = await self.room.on_reader(self.room.views, [session.group_id])
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(views[session.group_id])


class WriteHandler(RoomHandler):
    async def post(self, action: str) -> None:
        try:
            session, body = self.session(), self.body()
            answer = await self.room.write(session, action, body)
        except RoomError as exc:
            self.refuse(exc)
            return
        self.reply(200, answer)


class EventsHandler(RoomHandler):
    stream: Stream | None = None

    async def get(self) -> None:
        try:
            session = self.session(self.get_query_argument("token", None) or "")
        except RoomError as exc:
            self.refuse(exc)
            return
        self.stream = Stream(session.group_id, session.device, session.token)
        if not self.room.add_stream(self.stream):
            self.stream = None
            self.refuse(RoomError(429, "slow_down", "too many pages open"))
            return
        self.set_header("Content-Type", "text/event-stream; charset=utf-8")
        try:
            self.write("retry: 2000\n\n")
            await self.flush()
            while True:
                try:
                    text = await asyncio.wait_for(self.stream.queue.get(), PING)
                except asyncio.TimeoutError:
                    self.write(": ping\n\n")
                else:
                    if text is None:  # stopping, or the group's code was renewed
                        self.write("event: bye\ndata: {}\n\n")
                        await self.flush()
                        break
                    self.write(f"event: view\ndata: {text}\n\n")
                await self.flush()
        except tornado.iostream.StreamClosedError:
            pass
        finally:
            self.room.remove_stream(self.stream)
        self.finish()

    def on_connection_close(self) -> None:
        if self.stream is not None:
            self.stream.queue.put_nowait(None)
