"""What the room's server tells the window, and the one error starting it gives. Plain data with
no server library behind it: the window reads these from the server's process (``process.py``)
without loading tornado."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import WorkshopError


class RoomStartError(WorkshopError):
    """Room input cannot start: the address or port cannot be used (one line for the user)."""


@dataclass(frozen=True)
class RoomStatus:
    url: str
    devices: dict            # group id -> devices with the page open now
    reached: tuple | None    # (address, time.time()) of the first device that was not this computer
    requests: int
