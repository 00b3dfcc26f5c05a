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


def _post(url: str, body: dict, token: str = "") -> dict:
    """One request to the room's server on this computer (loopback only)."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=15)
    try:
        headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
        connection.request("POST", parts.path, json.dumps(body, ensure_ascii=False).encode("utf-8"), headers)
        response = connection.getresponse()
        answer = json.loads(response.read() or b"{}")
        _check(response.status == 200, f"{parts.path}: HTTP {response.status} {answer}")
        return answer
    finally:
        connection.close()


def room_round_trip(path: Path) -> str:
    """Room input as the window runs it: the server in a process of its own (the packaged program
    starting itself again) on 127.0.0.1; a device joins and sends a Thai card; the card is in the
    file and the window's side hears of it."""
    import threading

    from app.room import settings as room_settings
    from app.room.process import RoomProcess
    from app.room.stage import stage_of_step

    workshop = Workshop.open(path, lock=True)
    try:
        codes = room_settings.ensure_codes(workshop).codes
        question = workshop.pillars()[0].questions[0].id
        heard = threading.Event()
        workshop.subscribe(lambda changes: changes.elsewhere and changes.answers and heard.set())
        room = RoomProcess(workshop, stage_of_step(workshop, "capture"))
        url = room.start("127.0.0.1", 0)
        try:
            token = _post(url + "api/join", {"code": codes[min(codes)], "device": "self-test"})["token"]
            text = "บัตรทดสอบจากอุปกรณ์ของกลุ่ม"
            card = _post(url + "api/add", {"key": "self-test-card-1", "question": question, "text": text}, token)["id"]
            _check(heard.wait(15), "the window's side did not hear of the card")
            _check(any(a.id == card and a.text == text and a.origin == "device" for a in workshop.answers(question)),
                   "the card is not in the file")
        finally:
            room.stop()
        _check(not room.running, "the server's process did not stop")
    finally:
        workshop.close()
    return "a Thai card from a device, written by the server's own process"


def thai_line_breaks() -> str:
    """Qt lays out a Thai sentence and breaks it between its words. Qt does that through libthai,
    loaded by name at run time, which a bundle can lose unnoticed; on Windows, where Qt has no
    libthai, at the app's own word marks (ui/common/thai_breaks.py). Run last: it loads Qt (lazily,
    like the window: app/ itself never imports Qt) and makes an offscreen QGuiApplication."""
    from ui.common import thai_breaks

    return thai_breaks.check()


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
        step("room input on 127.0.0.1, its server in a process of its own", lambda: room_round_trip(demo_path))
        step("Thai lines break between words", thai_line_breaks)
    passed = sum(results)
    out(f"{passed} passed, {len(results) - passed} failed")
    return all(results)
