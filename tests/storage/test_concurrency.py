"""A second source of edits (the planned local web page for groups' own devices) calls the core from
its own threads: edits from several threads at once must all land, in order, within the rules."""

from __future__ import annotations

import threading

from app.errors import ValidationError


def run_together(jobs) -> list[BaseException]:
    """Start every job at the same moment on its own thread; the errors they raised."""
    start, errors = threading.Barrier(len(jobs)), []

    def run(job) -> None:
        start.wait()
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 (collected and checked by the test)
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return errors


def test_cards_typed_on_four_devices_at_once_all_land_in_order(workshop):
    groups = [workshop.add_group(f"กลุ่ม {n}").new_id for n in range(1, 5)]
    question = workshop.pillars()[0].questions[0].id
    heard = []
    workshop.subscribe(heard.append)

    def typing(group: int):
        return lambda: [workshop.add_answer(group, question, f"บัตรที่ {n} ของกลุ่ม {group}") for n in range(50)]

    assert run_together([typing(g) for g in groups]) == []
    answers = [a for a in workshop.answers() if a.question_id == question]
    assert len(answers) == 200 and len(heard) == 200
    assert sorted(a.position for a in answers) == list(range(200))  # no two cards share a place
    for group in groups:  # each device's cards keep the order they were typed in
        mine = sorted((a for a in answers if a.group_id == group), key=lambda a: a.position)
        assert [a.text for a in mine] == [f"บัตรที่ {n} ของกลุ่ม {group}" for n in range(50)]
    assert workshop.store.integrity() == "ok"


def test_dots_spent_at_once_never_exceed_the_groups_allowance(workshop):
    group = workshop.add_group("กลุ่ม 1").new_id
    allowance = workshop.details().dots_per_group
    initiatives = [workshop.add_initiative(f"ข้อเสนอ {n}").new_id for n in range(allowance + 3)]

    errors = run_together([lambda i=i: workshop.set_votes(i, group, 1) for i in initiatives])
    assert len(errors) == 3 and all(isinstance(e, ValidationError) for e in errors)
    assert sum(v.dots for v in workshop.votes() if v.group_id == group) == allowance
