"""``--self-test``: a headless end-to-end check of an installed copy, used by support and by CI."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Callable

from app import exchange
from app.demo import create_demo
from app.report import self_test_step
from app.workshop import Workshop


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def _demo_is_complete(workshop: Workshop) -> str:
    groups = workshop.groups()
    _check(len(groups) == 4, f"expected 4 groups, found {len(groups)}")
    answers = workshop.answers()
    for pillar in workshop.pillars():
        for question in pillar.questions:
            answered = {a.group_id for a in answers if a.question_id == question.id}
            _check(answered == {g.id for g in groups}, f"question {pillar.key}/{question.key} lacks a group")
    _check(len(workshop.assessments()) >= 7 * len(groups), "self-assessment incomplete")
    _check(sum(v.dots for v in workshop.votes()) > 0, "no votes")
    _check(len(workshop.plan_items()) >= 8, "fewer than 8 plan items")
    return f"{len(groups)} groups, {len(answers)} answers, {len(workshop.plan_items())} plan items"


def run(out: Callable[[str], None] = print) -> bool:
    """Run every check, print one line each and a summary; True when all passed."""
    results: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="pmqa-self-test-") as folder:
        folder = Path(folder)
        demo_path, json_path = folder / "demo.pmqa", folder / "demo.json"

        def step(name: str, action: Callable[[], str | None]) -> None:
            started = time.perf_counter()
            try:
                detail = action()
            except Exception as exc:  # the self-test reports every failure and goes on
                out(f"FAIL  {name}: {type(exc).__name__}: {exc}")
                results.append(False)
            else:
                ms = (time.perf_counter() - started) * 1000
                out(f"ok    {name} ({ms:.0f} ms){': ' + detail if detail else ''}")
                results.append(True)

        def create() -> str:
            create_demo(demo_path).close()
            return f"{demo_path.stat().st_size // 1024} KB"

        def reopen() -> str:
            workshop = Workshop.open(demo_path)
            try:
                _check(workshop.store.integrity() == "ok", "integrity check failed")
                return _demo_is_complete(workshop)
            finally:
                workshop.close()

        def round_trip() -> str:
            workshop = Workshop.open(demo_path)
            try:
                exchange.export_json(workshop, json_path)
            finally:
                workshop.close()
            copy = exchange.import_json(json_path, folder / "copy.pmqa")
            try:
                again = exchange.to_document(copy)
            finally:
                copy.close()
            first = json.loads(json_path.read_text(encoding="utf-8"))
            _check(first == again, "JSON export → import → export differs")
            return f"{json_path.stat().st_size // 1024} KB of JSON"

        step("create the demo workshop", create)
        step("reopen it and check its contents", reopen)
        step("export to JSON, import, export again", round_trip)
        step("render the plan PDF and check it", lambda: self_test_step(demo_path, folder))
    passed = sum(results)
    out(f"{passed} passed, {len(results) - passed} failed")
    return all(results)
