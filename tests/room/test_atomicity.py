"""Whole operations are atomic against a second thread (the room's devices): an edit that arrives
while an operation has read but not yet written is never silently lost (issue #17, point 5)."""

from __future__ import annotations

import threading

import pytest

from app.errors import NotFoundError, StorageError


def _interleave(workshop, monkeypatch, method: str, reads: int, first, second) -> list[BaseException]:
    """Run ``first`` on one thread and, once it has called the store's ``method`` ``reads`` times
    (it has read, and not yet written), ``second`` on another, as a busy machine may; the first
    waits up to a second for the second to finish. Returns what either raised."""
    original, calls = getattr(workshop.store, method), []
    has_read, other_done, errors = threading.Event(), threading.Event(), []

    def slowed(*args, **kwargs):
        result = original(*args, **kwargs)
        calls.append(args)
        if len(calls) == reads:
            has_read.set()
            other_done.wait(timeout=1.0)  # without atomic operations the other edit lands right here
        return result

    monkeypatch.setattr(workshop.store, method, slowed)

    def run(job, before=None, after=None):
        if before is not None:
            before.wait(5)
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 (checked by the test)
            errors.append(exc)
        finally:
            if after is not None:
                after.set()

    threads = [threading.Thread(target=run, args=(first,)),
               threading.Thread(target=run, args=(second, has_read, other_done))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert not any(thread.is_alive() for thread in threads)
    return errors


@pytest.fixture
def cards(workshop):
    group = workshop.add_group("กลุ่ม 1").new_id
    question = workshop.pillars()[0].questions[0].id
    return [workshop.add_answer(group, question, text).new_id for text in ("ก", "ข")]


def test_an_edit_arriving_during_a_merge_is_never_silently_lost(workshop, cards, monkeypatch):
    errors = _interleave(workshop, monkeypatch, "answer", 2, lambda: workshop.merge_answers(cards),
                         lambda: workshop.edit_answer(cards[1], "ข แก้จากโทรศัพท์"))
    texts = [a.text for a in workshop.answers()]
    # Either the merge saw the edit, or the edit was refused (its card had gone): never a lost edit.
    assert any("แก้จากโทรศัพท์" in t for t in texts) or [type(e) for e in errors] == [NotFoundError], (texts, errors)
    assert all(isinstance(e, NotFoundError) for e in errors)


def test_undoing_an_edit_is_refused_when_the_group_has_edited_the_card_since(workshop, cards):
    workshop.edit_answer(cards[0], "ข้อความของวิทยากร")
    workshop.edit_answer(cards[0], "กลุ่มแก้อีกครั้ง")  # the group's later edit, from its phone
    with pytest.raises(StorageError, match="changed since this step"):
        workshop.edit_answer(cards[0], "ก", expect="ข้อความของวิทยากร")
    assert workshop.store.answer(cards[0]).text == "กลุ่มแก้อีกครั้ง"


def test_undoing_a_score_or_a_vote_is_refused_when_the_group_has_changed_it_since(workshop):
    group = workshop.add_group("กลุ่ม 1").new_id
    category = workshop.categories()[0].id
    levels = [m.value for m in workshop.maturity_levels()]
    workshop.set_assessment(group, "category", category, levels[0], "วิทยากร")
    workshop.set_assessment(group, "category", category, levels[1], "กลุ่มเปลี่ยน")
    with pytest.raises(StorageError, match="changed since this step"):
        workshop.set_assessment(group, "category", category, None, expect=(levels[0], "วิทยากร"))
    assert [(a.level, a.reason) for a in workshop.assessments()] == [(levels[1], "กลุ่มเปลี่ยน")]
    initiative = workshop.add_initiative("ข้อเสนอ").new_id
    workshop.set_votes(initiative, group, 1)
    workshop.set_votes(initiative, group, 2)
    with pytest.raises(StorageError, match="changed since this step"):
        workshop.set_votes(initiative, group, 0, expect=1)
    assert [v.dots for v in workshop.votes()] == [2]
    workshop.set_votes(initiative, group, 0, expect=2)  # unchanged since: the undo goes through
    assert workshop.votes() == []


def test_groups_added_at_once_from_two_threads_get_different_colours(workshop, monkeypatch):
    errors = _interleave(workshop, monkeypatch, "groups", 1, lambda: workshop.add_group("ก"),
                         lambda: workshop.add_group("ข"))
    assert errors == []
    colours = [g.color for g in workshop.groups()]
    assert len(set(colours)) == len(colours) == 2


def test_a_transaction_commits_all_or_nothing_and_tells_listeners_once(workshop):
    group = workshop.add_group("กลุ่ม 1").new_id
    question = workshop.pillars()[0].questions[0].id
    heard = []
    workshop.subscribe(heard.append)
    with workshop.transaction():
        workshop.add_answer(group, question, "หนึ่ง")
        workshop.add_answer(group, question, "สอง")
        assert heard == []  # told after the commit, not before
    assert len(heard) == 1 and heard[0].answers
    with pytest.raises(RuntimeError):
        with workshop.transaction():
            workshop.add_answer(group, question, "สาม")
            raise RuntimeError("stop")
    assert [a.text for a in workshop.answers()] == ["หนึ่ง", "สอง"]
    assert len(heard) == 1
