"""``pmqa-workshop room FILE.pmqa [--host ADDR] [--port N]``: room input without the window.

Prints the join URL on the first line, then one line per group, ``CODE<TAB>group name``, and
serves until interrupted (Ctrl+C or SIGTERM: exit 0). Errors (port in use, an address not on this
computer, the file open elsewhere) are the command line's usual one line and exit status 2.
Without ``--step`` the page follows the agenda item the day is running (run mode).
"""

from __future__ import annotations

import signal
import threading
from pathlib import Path

from app.room import settings as room_settings
from app.room.stage import stage_of_step
from app.workshop import Workshop


def run_room(source: Path, host: str, port: int, step: str | None = None, pillar: int | None = None) -> int:
    from app.room.server import RoomServer  # tornado loads only for this command

    workshop = Workshop.open(source, lock=True)
    server = None
    try:
        codes = room_settings.ensure_codes(workshop).codes
        stage = None
        if step is not None:
            pillars = workshop.pillars()
            chosen = pillars[pillar - 1].id if pillar and 0 < pillar <= len(pillars) else None
            stage = stage_of_step(workshop, step, chosen)
        server = RoomServer(workshop, stage, follow_run=stage is None)
        print(server.start(host, port), flush=True)
        for group in workshop.groups():
            print(f"{codes[group.id]}\t{group.name}", flush=True)
        _serve_until_interrupted()
    finally:
        if server is not None:
            server.stop()
        workshop.close()
    return 0


def _serve_until_interrupted() -> None:
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass  # Ctrl+C is how this command is meant to end
    finally:
        signal.signal(signal.SIGTERM, previous)
