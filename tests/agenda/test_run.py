"""Run mode's state machine with a controllable clock, checked against what the file records."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.errors import ValidationError
from app.run import FINISHED, IDLE, PAUSED, RUNNING, Runner
from app.workshop import Workshop


class FakeClock:
    def __init__(self, start: datetime = datetime(2018, 12, 17, 8, 30)):
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.moment += timedelta(minutes=minutes, seconds=seconds)


@pytest.fixture
def clock():
    return FakeClock()


def test_start_makes_first_item_current_and_records_its_start(workshop, clock):
    runner = Runner(workshop, now=clock)
    assert runner.snapshot().status == IDLE
    first, second = workshop.agenda()[:2]
    snap = runner.start()
    assert snap.status == RUNNING and snap.item.id == first.id and snap.next_item.id == second.id
    assert snap.remaining_seconds == first.minutes * 60
    assert workshop.agenda()[0].actual_start == "2018-12-17T08:30:00"


def test_remaining_time_follows_the_clock_and_goes_negative_when_over(workshop, clock):
    runner = Runner(workshop, now=clock)
    minutes = workshop.agenda()[0].minutes
    runner.start()
    clock.advance(seconds=90)
    assert runner.snapshot().remaining_seconds == minutes * 60 - 90
    clock.advance(minutes=minutes)
    snap = runner.snapshot()
    assert snap.overrun and snap.remaining_seconds == -90 and snap.overrun_seconds == 90


def test_pause_stops_the_countdown_until_resumed(workshop, clock):
    runner = Runner(workshop, now=clock)
    minutes = workshop.agenda()[0].minutes
    runner.start()
    clock.advance(minutes=2)
    assert runner.pause().status == PAUSED
    clock.advance(minutes=10)
    assert runner.snapshot().remaining_seconds == (minutes - 2) * 60
    assert runner.resume().status == RUNNING
    clock.advance(minutes=1)
    assert runner.snapshot().remaining_seconds == (minutes - 3) * 60


def test_extend_adds_five_minutes_to_the_current_item_only(workshop, clock):
    runner = Runner(workshop, now=clock)
    first = workshop.agenda()[0]
    runner.start()
    snap = runner.extend(5)
    assert snap.remaining_seconds == (first.minutes + 5) * 60 and snap.extension_minutes == 5
    assert workshop.agenda()[0].minutes == first.minutes  # the plan itself is unchanged
    assert runner.next().extension_minutes == 0


def test_next_records_actual_times_and_counts_the_overrun(workshop, clock):
    runner = Runner(workshop, now=clock)
    first, second = workshop.agenda()[:2]
    runner.start()
    clock.advance(minutes=first.minutes + 3)
    snap = runner.next()
    assert snap.item.id == second.id and snap.remaining_seconds == second.minutes * 60
    agenda = workshop.agenda()
    end = datetime(2018, 12, 17, 8, 30) + timedelta(minutes=first.minutes + 3)
    assert agenda[0].actual_end == end.isoformat() and agenda[1].actual_start == end.isoformat()
    assert runner.overruns() == {first.id: 180}


def test_an_item_that_ends_on_time_counts_no_overrun(workshop, clock):
    runner = Runner(workshop, now=clock)
    runner.start()
    clock.advance(minutes=1)
    runner.next()
    assert runner.overruns() == {}


def test_back_returns_to_the_previous_item_and_clears_the_current_ones_times(workshop, clock):
    runner = Runner(workshop, now=clock)
    first = workshop.agenda()[0]
    runner.start()
    clock.advance(minutes=5)
    runner.next()
    clock.advance(minutes=1)
    snap = runner.back()
    assert snap.item.id == first.id and snap.remaining_seconds == (first.minutes - 6) * 60
    agenda = workshop.agenda()
    assert agenda[0].actual_start == "2018-12-17T08:30:00" and agenda[0].actual_end is None
    assert agenda[1].actual_start is None and agenda[1].actual_end is None


def test_next_after_the_last_item_finishes_the_day(workshop, clock):
    runner = Runner(workshop, now=clock)
    runner.start()
    for _ in workshop.agenda():
        clock.advance(minutes=1)
        snap = runner.next()
    assert snap.status == FINISHED and snap.item is None
    assert all(i.actual_start and i.actual_end for i in workshop.agenda())
    assert runner.back().item.id == workshop.agenda()[-1].id


def test_reopening_the_file_mid_day_resumes_from_the_wall_clock(workshop_path, clock):
    first_session = Workshop.open(workshop_path)
    runner = Runner(first_session, now=clock)
    first = first_session.agenda()[0]
    runner.start()
    clock.advance(minutes=4)
    runner.extend(5)
    first_session.close()
    clock.advance(minutes=3)  # the laptop was closed for a while
    reopened = Workshop.open(workshop_path)
    try:
        snap = Runner(reopened, now=clock).snapshot()
        assert snap.status == RUNNING and snap.item.id == first.id
        assert snap.remaining_seconds == (first.minutes + 5 - 7) * 60
    finally:
        reopened.close()


def test_reopening_a_paused_day_keeps_it_paused(workshop_path, clock):
    session = Workshop.open(workshop_path)
    runner = Runner(session, now=clock)
    minutes = session.agenda()[0].minutes
    runner.start()
    clock.advance(minutes=2)
    runner.pause()
    session.close()
    clock.advance(minutes=30)
    reopened = Workshop.open(workshop_path)
    try:
        runner = Runner(reopened, now=clock)
        assert runner.snapshot().paused and runner.snapshot().remaining_seconds == (minutes - 2) * 60
        clock.advance(minutes=1)
        runner.resume()
        assert runner.snapshot().remaining_seconds == (minutes - 2) * 60
    finally:
        reopened.close()


def test_start_refuses_an_empty_agenda(workshop, clock):
    for item in workshop.agenda():
        workshop.remove_agenda_item(item.id)
    with pytest.raises(ValidationError):
        Runner(workshop, now=clock).start()


def test_starting_again_clears_the_previous_runs_times(demo, clock):
    assert demo.agenda()[3].actual_start is not None  # the demo day already happened
    Runner(demo, now=clock).start()
    agenda = demo.agenda()
    assert agenda[0].actual_start is not None and all(i.actual_start is None for i in agenda[1:])


def test_deleted_current_item_is_skipped(workshop, clock):
    runner = Runner(workshop, now=clock)
    first, second = workshop.agenda()[:2]
    runner.start()
    workshop.remove_agenda_item(first.id)
    assert runner.snapshot().item is None and runner.snapshot().next_item.id == second.id
    assert runner.next().item.id == second.id


def test_core_run_module_stays_qt_free():
    import subprocess
    import sys
    probe = "import sys, app.run; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", probe]).returncode == 0
