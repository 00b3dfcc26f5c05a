"""Two processes edit one workshop at once (the window, and room input's server in its own process):
every edit lands, none is refused as "database is locked", none is lost."""

from __future__ import annotations

import multiprocessing

from app.workshop import Workshop

EDITS = 150


def _edit(path: str, group_id: int, question_id: int, start) -> None:
    start.wait(30)
    workshop = Workshop.open(path)
    try:
        for n in range(EDITS):
            # read, decide and write in one transaction, as a device's request does
            with workshop.transaction():
                workshop.answers(question_id)
                workshop.add_answer(group_id, question_id, f"จากอีกโพรเซส {n}")
    finally:
        workshop.close()


def test_two_processes_reading_then_writing_never_lock_each_other_out(workshop_path):
    # The window holds the workshop's lock, as the application does: the other process then
    # knows the journal it may see beside the file is a live transaction's, not a crash's.
    workshop = Workshop.open(workshop_path, lock=True)
    try:
        _race(workshop)
    finally:
        workshop.close()


def _race(workshop) -> None:
    groups = [workshop.add_group(name).new_id for name in ("กลุ่ม ๑", "กลุ่ม ๒")]
    question = workshop.pillars()[0].questions[0].id
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    other = context.Process(target=_edit, args=(str(workshop.path), groups[1], question, start))
    other.start()
    start.set()
    for n in range(EDITS):
        with workshop.transaction():
            workshop.answers(question)
            workshop.add_answer(groups[0], question, f"จากหน้าต่าง {n}")
    other.join(120)
    assert other.exitcode == 0  # a "database is locked" in the other process would have failed it
    texts = [a.text for a in workshop.answers(question)]
    assert sorted(t for t in texts if t.startswith("จากหน้าต่าง")) == sorted(f"จากหน้าต่าง {n}" for n in range(EDITS))
    assert sorted(t for t in texts if t.startswith("จากอีกโพรเซส")) == sorted(f"จากอีกโพรเซส {n}" for n in range(EDITS))
