"""A device's requests, checked and turned into the workshop's own operations.

Each request is checked against what the page may do now (the step the room is on, what the
facilitator has closed, the group's own cards only) inside one ``Workshop.transaction()``, so the
check and the write see the same file, whatever the laptop or another device does meanwhile. A
request carries an idempotency key: a request sent again (the Wi-Fi dropped before the answer
came back) gets the first answer and writes nothing.

No Qt, no HTTP: ``server.py`` hands the parsed JSON body here and sends back what comes out.
"""

from __future__ import annotations

import re
from typing import Callable

from app.errors import NotFoundError, StorageError, ValidationError
from app.room import settings as room_settings
from app.room.sessions import Session, Sessions
from app.room.stage import Stage
from app.room.views import editable
from app.workshop import Workshop

MAX_CARD, MAX_REASON = 500, 1000
DEVICE_CARDS_PER_QUESTION = 200   # per group: a stuck key or a script cannot fill the file
KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


class RoomError(Exception):
    """A refused request: HTTP ``status``, a ``code`` the page translates, an English ``message``."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _number(body: dict, name: str, *, optional: bool = False) -> int | None:
    value = body.get(name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**53:
        raise RoomError(400, "malformed", f"{name} must be a whole number")
    return value


def _text(body: dict, name: str, limit: int, *, required: bool = True) -> str:
    value = body.get(name, "" if not required else None)
    if not isinstance(value, str):
        raise RoomError(400, "malformed", f"{name} must be text")
    if len(value.strip()) > limit:
        raise RoomError(413, "too_long", f"{name} is longer than {limit} characters")
    if required and not value.strip():
        raise RoomError(400, "empty", f"{name} must not be empty")
    return value


class RoomActions:
    def __init__(self, workshop: Workshop, sessions: Sessions, stage: Callable[[], Stage]):
        self.workshop, self.sessions, self.stage = workshop, sessions, stage

    # ----------------------------------------------------------------- joining
    def join(self, body: dict, address: str) -> tuple[Session, dict]:
        if not self.sessions.allow_join(address):
            raise RoomError(429, "slow_down", "too many tries; wait a minute")
        code, device = _text(body, "code", 20), _text(body, "device", 64)
        if not KEY.match(device):
            raise RoomError(400, "malformed", "device must be 8-64 letters, digits, - or _")
        group = room_settings.load(self.workshop).group_of_code(code)
        if group is None or group not in {g.id for g in self.workshop.groups()}:
            raise RoomError(403, "bad_code", "no group has this code")
        session = self.sessions.join(group, device)
        return session, {"token": session.token, "group": group}

    # ----------------------------------------------------------------- requests that write
    def run(self, session: Session, action: str, body: dict) -> dict:
        """Do ``action`` once per idempotency key; the same key again returns the first answer."""
        answer = self.run_batch([(session, action, body)])[0]
        if isinstance(answer, RoomError):
            raise answer
        return answer

    def run_batch(self, requests: list[tuple[Session, str, dict]]) -> list[dict | RoomError]:
        """Requests that arrived together, in one committed transaction (one flush to disk for all of
        them), each in a savepoint of its own: a refused request leaves nothing behind and does not
        stop the others. Answers (or the RoomError refusing each) in order; the keys are remembered
        only once the whole batch is committed."""
        answers: list[dict | RoomError] = []
        here: dict[tuple[int, str], dict] = {}
        try:
            with self.workshop.transaction():
                for session, action, body in requests:
                    answers.append(self._once(session, action, body, here))
        except StorageError as exc:  # the commit itself failed (a full disk): none of them happened
            return [RoomError(503, "storage", exc.detail)] * len(requests)
        for (session, _action, body), answer in zip(requests, answers):
            if isinstance(answer, dict):
                self.sessions.remember(session.group_id, body["key"], answer)
        return answers

    def _once(self, session: Session, action: str, body: dict, here: dict) -> dict | RoomError:
        key = body.get("key")
        if not isinstance(key, str) or not KEY.match(key):
            return RoomError(400, "malformed", "key must be 8-64 letters, digits, - or _")
        done = self.sessions.answered(session.group_id, key) or here.get((session.group_id, key))
        if done is not None:
            return done
        handler = {"add": self._add, "edit": self._edit, "withdraw": self._withdraw,
                   "score": self._score, "vote": self._vote}.get(action)
        if handler is None:
            return RoomError(404, "not_found", "no such request")
        try:
            with self.workshop.transaction():  # a savepoint of the batch's transaction
                answer = handler(session.group_id, body)
        except RoomError as exc:
            return exc
        except ValidationError as exc:
            return RoomError(422, "invalid", str(exc))
        except NotFoundError:
            return RoomError(404, "gone", "it is no longer there (the facilitator moved, merged or removed it)")
        here[(session.group_id, key)] = answer
        return answer

    def _require_step(self, step: str) -> Stage:
        stage = self.stage()
        if stage.step != step:
            raise RoomError(409, "step", f"the room is not on {step}")
        if room_settings.load(self.workshop).is_closed(step):
            raise RoomError(423, "closed", "the facilitator has closed input for this step")
        return stage

    def _open_question(self, question_id: int) -> None:
        stage = self._require_step("capture")
        pillar = next((p for p in self.workshop.pillars() if p.id == stage.pillar_id), None)
        if pillar is None or question_id not in {q.id for q in pillar.questions}:
            raise RoomError(409, "step", "this question is not on the screen now")
        if room_settings.load(self.workshop).is_closed("capture", question_id):
            raise RoomError(423, "closed", "the facilitator has closed this question")

    def _add(self, group: int, body: dict) -> dict:
        question, text = _number(body, "question"), _text(body, "text", MAX_CARD)
        self._open_question(question)
        sent = sum(1 for a in self.workshop.answers(question) if a.group_id == group and a.origin == "device")
        if sent >= DEVICE_CARDS_PER_QUESTION:
            raise RoomError(429, "too_many", f"a group sends at most {DEVICE_CARDS_PER_QUESTION} cards per question")
        pending = "pending" if room_settings.load(self.workshop).approval else ""
        changes = self.workshop.add_answer(group, question, text, origin="device", moderation=pending)
        return {"ok": True, "id": changes.new_id}

    def _own_card(self, group: int, body: dict):
        card = self.workshop.store.answer(_number(body, "id"))
        if not editable(card, group):
            raise RoomError(403, "not_yours", "a group changes only the cards its devices sent")
        self._open_question(card.question_id)
        return card

    def _edit(self, group: int, body: dict) -> dict:
        text = _text(body, "text", MAX_CARD)
        card = self._own_card(group, body)
        self.workshop.edit_answer(card.id, text)
        return {"ok": True, "id": card.id}

    def _withdraw(self, group: int, body: dict) -> dict:
        card = self._own_card(group, body)
        self.workshop.remove_answer(card.id)
        return {"ok": True, "id": card.id}

    def _score(self, group: int, body: dict) -> dict:
        self._require_step("assess")
        category, level = _number(body, "category"), _number(body, "level", optional=True)
        reason = _text(body, "reason", MAX_REASON, required=False)
        if category not in {c.id for c in self.workshop.categories()}:
            raise RoomError(404, "gone", "no such category")
        self.workshop.set_assessment(group, "category", category, level, reason)
        return {"ok": True}

    def _vote(self, group: int, body: dict) -> dict:
        self._require_step("prioritize")
        initiative, dots = _number(body, "initiative"), _number(body, "dots")
        if initiative not in {i.id for i in self.workshop.initiatives()}:
            raise RoomError(404, "gone", "no such initiative")
        self.workshop.set_votes(initiative, group, dots)
        return {"ok": True}
