"""What the room's server tells the window, and the one error starting it gives. Plain data with
no server library behind it: the window reads these from the server's process (``process.py``)
without loading tornado."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import WorkshopError, problem_text


class RoomStartError(WorkshopError):
    """Room input cannot start: the address or port cannot be used (one line for the user).

    Made again from ``code`` and ``values`` in the window's process, which the server's reports.
    """

    def __init__(self, code: str, **values):
        self.code, self.values = code, values
        super().__init__(problem_text(code, values))


@dataclass(frozen=True)
class RoomStatus:
    url: str
    devices: dict            # group id -> devices with the page open now
    reached: tuple | None    # (address, time.time()) of the first device that was not this computer
    requests: int
