"""Run mode: the state machine of the workshop day, with an injectable clock. No Qt.

A ``Runner`` walks the agenda item by item. Every step is committed to the workshop file before the
method returns: the actual start and end of each item go to the agenda items
(``Workshop.update_agenda_item(actual_start=..., actual_end=...)``, ISO local timestamps), and the
run state goes to ``Workshop.set_state("run", {...})``. Remaining time is computed from the wall
clock, so closing the file mid-day and opening it again resumes where the day stands (time that
passed while the file was closed counts, unless the item was paused).

The API other views use (the presenter view, the report)::

    runner = Runner(workshop)            # or Runner(workshop, now=fake_clock) in tests
    snap = runner.snapshot()             # RunSnapshot, cheap: read it once a second
    snap.item, snap.next_item            # AgendaItem | None
    snap.remaining_seconds               # int; negative = over time
    snap.overrun, snap.paused, snap.status   # status: "idle", "running", "paused", "finished"
    runner.start(); runner.pause(); runner.resume(); runner.next(); runner.back(); runner.extend(5)
    runner.overruns()                    # {item id: seconds over} for items that ran over
    runner.reload()                      # after Changes(run=True) made by another Runner

Contracts:

- ``start`` begins the day at the first agenda item (it restarts the day if one was under way, and
  clears the actual times recorded before). ``next`` ends the current item (recording its actual
  end and its overrun) and starts the next one, running even if the day was paused; ``next`` on
  the last item finishes the day. ``back`` undoes the last ``next``: the current item's actual
  times are cleared and the previous item continues as if it had never ended.
- ``pause``/``resume`` stop and restart the countdown; the actual times are wall-clock times and
  are not shifted by pauses.
- ``extend(minutes)`` lengthens the current item's planned time for this run; the agenda's
  planned minutes are not changed.
- An item that was deleted from the agenda mid-run is skipped: ``snapshot().item`` is None and
  ``next`` moves to the first item that has not started yet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from app.errors import ValidationError
from app.model import AgendaItem
from app.workshop import Workshop

STATE_KEY = "run"
STATE_VERSION = 1
IDLE, RUNNING, PAUSED, FINISHED = "idle", "running", "paused", "finished"

Clock = Callable[[], datetime]


def _stamp(moment: datetime) -> str:
    """The form recorded in agenda items: local time to the second, e.g. 2018-12-17T08:30:00."""
    return moment.replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class RunSnapshot:
    """Where the day stands at one moment."""
    status: str                          # IDLE, RUNNING, PAUSED or FINISHED
    item: AgendaItem | None              # the current item
    next_item: AgendaItem | None
    index: int | None                    # the current item's row in the agenda
    count: int                           # number of agenda items
    remaining_seconds: int               # negative once the item runs over its (extended) time
    planned_seconds: int                 # planned minutes plus extensions, in seconds
    extension_minutes: int
    overruns: dict = field(default_factory=dict, compare=False)  # {item id: seconds} of ended items

    @property
    def paused(self) -> bool:
        return self.status == PAUSED

    @property
    def running(self) -> bool:
        return self.status in (RUNNING, PAUSED)

    @property
    def overrun(self) -> bool:
        return self.running and self.item is not None and self.remaining_seconds < 0

    @property
    def overrun_seconds(self) -> int:
        return max(0, -self.remaining_seconds) if self.overrun else 0


def _empty_state() -> dict:
    return {"version": STATE_VERSION, "status": IDLE, "current": None, "started_at": None,
            "paused_at": None, "paused_seconds": 0.0, "day_started": None,
            "extensions": {}, "overruns": {}, "pauses": {}}


class Runner:
    """Runs the agenda of one workshop. Not thread-safe: use it from one thread (the GUI's)."""

    def __init__(self, workshop: Workshop, now: Clock = datetime.now):
        self.workshop = workshop
        self.now = now
        self.state = _empty_state()
        self.reload()

    # ----------------------------------------------------------------- reading
    def reload(self) -> None:
        """Read the run state from the file (another Runner may have changed it)."""
        saved = self.workshop.state(STATE_KEY)
        state = _empty_state()
        if isinstance(saved, dict) and saved.get("version") == STATE_VERSION:
            state.update(saved)
        self.state = state

    @property
    def status(self) -> str:
        return self.state["status"]

    def overruns(self) -> dict[int, int]:
        return {int(k): v for k, v in self.state["overruns"].items()}

    def _agenda(self) -> list[AgendaItem]:
        return self.workshop.agenda()

    def _index(self, agenda: list[AgendaItem]) -> int | None:
        current = self.state["current"]
        for index, item in enumerate(agenda):
            if item.id == current:
                return index
        return None

    def _extension(self, item_id: int | None) -> int:
        return int(self.state["extensions"].get(str(item_id), 0))

    def _elapsed(self, moment: datetime) -> float:
        started = self.state["started_at"]
        if started is None:
            return 0.0
        until = datetime.fromisoformat(self.state["paused_at"]) if self.state["paused_at"] else moment
        return (until - datetime.fromisoformat(started)).total_seconds() - self.state["paused_seconds"]

    def _remaining(self, item: AgendaItem | None, moment: datetime) -> float:
        if item is None:
            return 0.0
        planned = (item.minutes + self._extension(item.id)) * 60
        return planned - self._elapsed(moment)

    def snapshot(self) -> RunSnapshot:
        agenda = self._agenda()
        index = self._index(agenda) if self.status in (RUNNING, PAUSED) else None
        item = agenda[index] if index is not None else None
        if index is not None:
            following = agenda[index + 1] if index + 1 < len(agenda) else None
        elif self.status == IDLE:
            following = agenda[0] if agenda else None
        elif self.status == FINISHED:
            following = None
        else:
            following = self._first_unstarted(agenda)
        remaining = self._remaining(item, self.now())
        return RunSnapshot(
            status=self.status, item=item, next_item=following, index=index, count=len(agenda),
            remaining_seconds=math.ceil(remaining) if item is not None else 0,
            planned_seconds=(item.minutes + self._extension(item.id)) * 60 if item else 0,
            extension_minutes=self._extension(item.id) if item else 0,
            overruns=self.overruns())

    @staticmethod
    def _first_unstarted(agenda: list[AgendaItem]) -> AgendaItem | None:
        return next((i for i in agenda if i.actual_start is None), None)

    # ----------------------------------------------------------------- writing
    def _save(self) -> None:
        self.workshop.set_state(STATE_KEY, self.state)

    def _begin(self, item: AgendaItem, moment: datetime) -> None:
        self.workshop.update_agenda_item(item.id, actual_start=_stamp(moment), actual_end=None)
        self.state.update(status=RUNNING, current=item.id, started_at=moment.isoformat(),
                          paused_at=None, paused_seconds=0.0)
        self.state["overruns"].pop(str(item.id), None)

    def start(self) -> RunSnapshot:
        """Begin the day at the first agenda item; a day under way starts again from scratch."""
        agenda = self._agenda()
        if not agenda:
            raise ValidationError("agenda", "no_agenda")
        moment = self.now()
        for item in agenda:
            if item.actual_start is not None or item.actual_end is not None:
                self.workshop.update_agenda_item(item.id, actual_start=None, actual_end=None)
        self.state = _empty_state()
        self.state["day_started"] = moment.isoformat()
        self._begin(agenda[0], moment)
        self._save()
        return self.snapshot()

    def pause(self) -> RunSnapshot:
        if self.status == RUNNING:
            self.state.update(status=PAUSED, paused_at=self.now().isoformat())
            self._save()
        return self.snapshot()

    def resume(self) -> RunSnapshot:
        if self.status == PAUSED:
            moment = self.now()
            paused = (moment - datetime.fromisoformat(self.state["paused_at"])).total_seconds()
            self.state.update(status=RUNNING, paused_at=None,
                              paused_seconds=self.state["paused_seconds"] + max(paused, 0.0))
            self._save()
        return self.snapshot()

    def toggle_pause(self) -> RunSnapshot:
        return self.resume() if self.status == PAUSED else self.pause()

    def extend(self, minutes: int = 5) -> RunSnapshot:
        """Give the current item more time (for this run only)."""
        if self.status in (RUNNING, PAUSED) and self.state["current"] is not None:
            key = str(self.state["current"])
            self.state["extensions"][key] = self.state["extensions"].get(key, 0) + minutes
            self._save()
        return self.snapshot()

    def next(self) -> RunSnapshot:
        """End the current item and start the next one; after the last item the day is finished."""
        if self.status not in (RUNNING, PAUSED):
            return self.snapshot()
        agenda = self._agenda()
        moment = self.now()
        index = self._index(agenda)
        if index is not None:
            item = agenda[index]
            key = str(item.id)
            self.workshop.update_agenda_item(item.id, actual_end=_stamp(moment))
            over = -math.ceil(self._remaining(item, moment))
            if over > 0:
                self.state["overruns"][key] = over
            self.state["pauses"][key] = self._paused_so_far(moment)
            following = agenda[index + 1] if index + 1 < len(agenda) else None
        else:
            following = self._first_unstarted(agenda)
        if following is None:
            self.state.update(status=FINISHED, current=None, started_at=None, paused_at=None,
                              paused_seconds=0.0)
        else:
            self._begin(following, moment)
        self._save()
        return self.snapshot()

    def _paused_so_far(self, moment: datetime) -> float:
        total = self.state["paused_seconds"]
        if self.state["paused_at"]:
            total += (moment - datetime.fromisoformat(self.state["paused_at"])).total_seconds()
        return total

    def back(self) -> RunSnapshot:
        """Return to the previous item, which continues as if it had not ended."""
        if self.status not in (RUNNING, PAUSED, FINISHED):
            return self.snapshot()
        agenda = self._agenda()
        index = self._index(agenda)
        if self.status == FINISHED:
            ended = [i for i, item in enumerate(agenda) if item.actual_start is not None]
            previous = ended[-1] if ended else None
        else:
            if index is None or index == 0:
                return self.snapshot()
            current = agenda[index]
            self.workshop.update_agenda_item(current.id, actual_start=None, actual_end=None)
            self.state["overruns"].pop(str(current.id), None)
            previous = index - 1
        if previous is None:
            return self.snapshot()
        item = agenda[previous]
        key = str(item.id)
        started = item.actual_start or _stamp(self.now())
        self.workshop.update_agenda_item(item.id, actual_end=None)
        self.state["overruns"].pop(key, None)
        self.state.update(status=RUNNING, current=item.id, started_at=started, paused_at=None,
                          paused_seconds=float(self.state["pauses"].pop(key, 0.0)))
        self._save()
        return self.snapshot()

    def reset(self) -> RunSnapshot:
        """Forget the run: no current item, no actual times recorded."""
        for item in self._agenda():
            if item.actual_start is not None or item.actual_end is not None:
                self.workshop.update_agenda_item(item.id, actual_start=None, actual_end=None)
        self.state = _empty_state()
        self._save()
        return self.snapshot()
