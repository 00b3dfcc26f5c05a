"""A workshop with four groups and a room server on 127.0.0.1, and a plain HTTP client for it."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from urllib.parse import urlparse

import pytest

from app.room import settings as room_settings
from app.room.stage import stage_of_step


class Client:
    """A real HTTP client (http.client) speaking to the room server as a phone's page does."""

    def __init__(self, url: str):
        parsed = urlparse(url)
        self.host, self.port = parsed.hostname, parsed.port
        self.token: str | None = None

    def call(self, method: str, path: str, body=None, *, raw: bytes | None = None, token: str | None = None,
             content_type: str = "application/json") -> tuple[int, dict]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        headers = {"Content-Type": content_type}
        token = token if token is not None else self.token
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = raw if raw is not None else (json.dumps(body, ensure_ascii=False).encode() if body is not None else None)
        try:
            conn.request(method, path, data, headers)
            response = conn.getresponse()
            payload = response.read()
            self.headers = dict(response.getheaders())
        finally:
            conn.close()
        try:
            return response.status, json.loads(payload) if payload else {}
        except ValueError:
            return response.status, {"text": payload.decode("utf-8", "replace")}

    def join(self, code: str, device: str = "device-0001") -> int:
        status, body = self.call("POST", "/api/join", {"code": code, "device": device})
        if status == 200:
            self.token = body["token"]
        return status

    def send(self, action: str, key: str, **body) -> tuple[int, dict]:
        return self.call("POST", f"/api/{action}", dict(body, key=key))


class Listener(threading.Thread):
    """A device's live stream (server-sent events), collecting every view it receives."""

    def __init__(self, url: str, token: str):
        super().__init__(daemon=True)
        parsed = urlparse(url)
        self.conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        self.token, self.views, self.status = token, [], None
        self.opened = threading.Event()

    def run(self) -> None:
        try:
            self.conn.request("GET", f"/api/events?token={self.token}")
            response = self.conn.getresponse()
            self.status = response.status
            self.opened.set()
            event = ""
            while True:
                line = response.fp.readline().decode("utf-8")
                if not line:
                    return
                if line.startswith("event: "):
                    event = line[7:].strip()
                elif line.startswith("data: ") and event == "view":
                    self.views.append((time.monotonic(), json.loads(line[6:])))
                elif line.startswith("data: ") and event == "bye":
                    self.views.append((time.monotonic(), "bye"))
        except OSError:
            return
        finally:
            self.opened.set()

    def wait_for(self, predicate, timeout: float = 5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for _, view in list(self.views):
                if predicate(view):
                    return view
            time.sleep(0.02)
        raise AssertionError(f"no view matched within {timeout} s; last: {self.views[-1:]}")

    def close(self) -> None:
        try:
            self.conn.sock and self.conn.sock.shutdown(2)
        except OSError:
            pass
        self.conn.close()
        self.join(5)


@pytest.fixture
def room_workshop(workshop):
    for n in range(1, 5):
        workshop.add_group(f"กลุ่ม {n}")
    room_settings.ensure_codes(workshop)
    return workshop


@pytest.fixture
def server(room_workshop):
    from app.room.server import RoomServer

    room = RoomServer(room_workshop, stage_of_step(room_workshop, "capture"))
    room.start("127.0.0.1", 0)
    yield room
    room.stop()


@pytest.fixture
def codes(room_workshop) -> dict[int, str]:
    return room_settings.load(room_workshop).codes


@pytest.fixture
def client(server) -> Client:
    return Client(server.url)


@pytest.fixture
def joined(server, codes) -> Client:
    """A device of the first group, joined."""
    device = Client(server.url)
    assert device.join(codes[min(codes)]) == 200
    return device


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def room(main_window, demo_path, qtbot):
    """The demo open on the Capture step, the Room panel started on 127.0.0.1."""
    assert main_window.open_path(demo_path)
    main_window.workshop_panel.show_step("capture")
    main_window.show_room()
    panel = main_window.room_dock.panel
    panel.address_combo.setCurrentIndex(panel.address_combo.findData("127.0.0.1"))
    assert panel.chosen_address() == "127.0.0.1"
    panel.port_spin.setValue(free_port())
    panel.start_button.click()
    assert panel.controller.running and panel.url.startswith("http://127.0.0.1:")
    return panel
