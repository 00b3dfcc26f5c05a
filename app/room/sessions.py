"""The devices that joined: their tokens, a rate limit per token, and the answers to requests
already done (idempotency keys). In memory, for as long as room input runs.

A token is 32 random bytes (URL-safe text), handed out when a device joins with its group's code,
and carried on every request in the ``Authorization: Bearer`` header (the live stream, which
browsers cannot give headers, carries it in its URL). It is never a cookie. Renewing a group's
code drops its tokens. A device keeps its own random id in the page, so joining again (after the
laptop restarted room input) counts as the same device.

Thread-safe: the server's event loop and its worker threads both use it.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable

# A flood from one device is refused: a bucket of 20 requests that refills at 2 a second
# (typing cards needs far less; a script needs far more).
BURST, PER_SECOND = 20, 2.0
KEPT_ANSWERS = 20_000      # idempotency keys remembered (oldest forgotten first)
JOINS_PER_MINUTE = 12      # per address: guessing codes takes millions of tries


@dataclass
class Session:
    token: str
    group_id: int
    device: str
    tokens: float = BURST
    refilled: float = field(default_factory=time.monotonic)


class Sessions:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._lock = threading.Lock()
        self._clock = clock
        self._by_token: dict[str, Session] = {}
        self._answers: OrderedDict[tuple[int, str], object] = OrderedDict()
        self._joins: dict[str, list[float]] = {}

    def join(self, group_id: int, device: str) -> Session:
        with self._lock:
            session = Session(secrets.token_urlsafe(32), group_id, device, refilled=self._clock())
            self._by_token[session.token] = session
            return session

    def find(self, token: str | None) -> Session | None:
        if not token:
            return None
        with self._lock:
            return self._by_token.get(token)

    def drop_group(self, group_id: int) -> None:
        """Shut out every device of a group (its code was renewed, or the group removed)."""
        with self._lock:
            for token in [t for t, s in self._by_token.items() if s.group_id == group_id]:
                del self._by_token[token]

    def drop_groups_except(self, groups: set[int]) -> None:
        with self._lock:
            for token in [t for t, s in self._by_token.items() if s.group_id not in groups]:
                del self._by_token[token]

    def allow(self, session: Session) -> bool:
        """Take one request from the token's bucket; False when it is empty (refuse the request)."""
        with self._lock:
            now = self._clock()
            session.tokens = min(BURST, session.tokens + (now - session.refilled) * PER_SECOND)
            session.refilled = now
            if session.tokens < 1:
                return False
            session.tokens -= 1
            return True

    def allow_join(self, address: str) -> bool:
        """Joining is limited per address (a guessed code needs millions of tries); the laptop itself
        (loopback: a trial, the benchmark) is not limited."""
        if address.startswith("127.") or address == "::1":
            return True
        with self._lock:
            now = self._clock()
            recent = [t for t in self._joins.get(address, ()) if now - t < 60]
            if len(recent) >= JOINS_PER_MINUTE:
                self._joins[address] = recent
                return False
            self._joins[address] = recent + [now]
            return True

    # ----------------------------------------------------------------- idempotency
    def answered(self, group_id: int, key: str):
        """The answer already given to this group's request ``key``, or None."""
        with self._lock:
            return self._answers.get((group_id, key))

    def remember(self, group_id: int, key: str, answer) -> None:
        with self._lock:
            self._answers[(group_id, key)] = answer
            while len(self._answers) > KEPT_ANSWERS:
                self._answers.popitem(last=False)
