"""Room input's settings, kept in the workshop file (meta key ``room``) so a restart keeps them:
each group's join code, the questions and steps the facilitator has closed, and the options.

Every change reads and writes inside one ``Workshop.transaction()``: the laptop and a device
thread may both change them. A code is short, unambiguous when read aloud or off a slip (no 0/O,
1/I/L, 2/Z, 5/S, 8/B) and drawn with ``secrets``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from app.changes import Changes
from app.workshop import Workshop

STATE_KEY = "room"
ALPHABET = "ACDEFHJKMNPRTUVWXY34679"
CODE_LENGTH = 5
STEPS = ("capture", "assess", "prioritize")


@dataclass(frozen=True)
class RoomSettings:
    codes: dict[int, str]          # group id -> join code
    closed: frozenset[str]         # "step:assess", "question:12": input closed by the facilitator
    share_cards: bool = False      # groups see each other's shown cards (read-only)
    approval: bool = False         # cards from devices wait for the facilitator's approval

    def group_of_code(self, code: str) -> int | None:
        code = code.strip().upper()
        return next((group for group, known in self.codes.items() if secrets.compare_digest(known, code)), None)

    def is_closed(self, step: str, question_id: int | None = None) -> bool:
        return f"step:{step}" in self.closed or (question_id is not None and f"question:{question_id}" in self.closed)


def _parse(value) -> RoomSettings:
    value = value if isinstance(value, dict) else {}
    codes = {int(k): str(v) for k, v in (value.get("codes") or {}).items() if str(k).isdigit()}
    return RoomSettings(codes, frozenset(str(c) for c in value.get("closed") or ()),
                        bool(value.get("share_cards")), bool(value.get("approval")))


def _dump(settings: RoomSettings) -> dict:
    return {"codes": {str(k): v for k, v in sorted(settings.codes.items())}, "closed": sorted(settings.closed),
            "share_cards": settings.share_cards, "approval": settings.approval}


def load(workshop: Workshop) -> RoomSettings:
    return _parse(workshop.state(STATE_KEY))


def new_code(taken: set[str]) -> str:
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def _change(workshop: Workshop, change) -> RoomSettings:
    """Read, change (``change(settings) -> settings``) and write in one transaction."""
    with workshop.transaction():
        before = load(workshop)
        after = change(before)
        if after != before:
            workshop.set_state(STATE_KEY, _dump(after), Changes(room=True))
    return after


def ensure_codes(workshop: Workshop) -> RoomSettings:
    """Every group has a code (new groups get one; removed groups' codes go)."""
    def change(settings: RoomSettings) -> RoomSettings:
        groups = [g.id for g in workshop.groups()]
        codes = {g: c for g, c in settings.codes.items() if g in groups}
        for group in groups:
            if group not in codes:
                codes[group] = new_code(set(codes.values()))
        return RoomSettings(codes, settings.closed, settings.share_cards, settings.approval)
    return _change(workshop, change)


def renew_code(workshop: Workshop, group_id: int) -> RoomSettings:
    """A new code for one group: devices that joined with the old one are shut out."""
    def change(settings: RoomSettings) -> RoomSettings:
        codes = dict(settings.codes)
        codes[group_id] = new_code(set(codes.values()))
        return RoomSettings(codes, settings.closed, settings.share_cards, settings.approval)
    return _change(workshop, change)


def set_closed(workshop: Workshop, key: str, closed: bool) -> RoomSettings:
    """Close (or reopen) input for ``"step:<step>"`` or ``"question:<id>"``."""
    def change(settings: RoomSettings) -> RoomSettings:
        keys = settings.closed | {key} if closed else settings.closed - {key}
        return RoomSettings(settings.codes, frozenset(keys), settings.share_cards, settings.approval)
    return _change(workshop, change)


def set_options(workshop: Workshop, *, share_cards: bool | None = None, approval: bool | None = None) -> RoomSettings:
    def change(settings: RoomSettings) -> RoomSettings:
        return RoomSettings(settings.codes, settings.closed,
                            settings.share_cards if share_cards is None else share_cards,
                            settings.approval if approval is None else approval)
    return _change(workshop, change)
