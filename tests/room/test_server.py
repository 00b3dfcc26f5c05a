"""End to end against the real room server on 127.0.0.1, with a real HTTP client: what a group's
device may do, and everything it may not do refused cleanly with nothing written (issue #17)."""

from __future__ import annotations

import socket

import pytest

from app.room import settings as room_settings
from app.room.stage import stage_of_step
from tests.room.conftest import Client, Listener


def _question(workshop, n: int = 0) -> int:
    return workshop.pillars()[0].questions[n].id


def _device_cards(workshop):
    return [a for a in workshop.answers() if a.origin == "device"]


def test_a_group_joins_adds_edits_and_withdraws_its_own_cards(room_workshop, joined):
    group = room_workshop.groups()[0].id
    q = _question(room_workshop)
    status, body = joined.send("add", "add-0001", question=q, text="ลดขั้นตอนการอนุมัติ")
    assert status == 200
    card = room_workshop.store.answer(body["id"])
    assert (card.group_id, card.question_id, card.text, card.origin) == (group, q, "ลดขั้นตอนการอนุมัติ", "device")
    assert joined.send("edit", "edit-0001", id=card.id, text="ลดขั้นตอนการอนุมัติเหลือสองขั้น")[0] == 200
    assert room_workshop.store.answer(card.id).text == "ลดขั้นตอนการอนุมัติเหลือสองขั้น"
    status, view = joined.call("GET", "/api/state")
    assert status == 200 and [c["text"] for c in view["cards"]] == ["ลดขั้นตอนการอนุมัติเหลือสองขั้น"]
    assert view["cards"][0]["editable"] and view["group"]["id"] == group
    assert joined.send("withdraw", "withdraw-01", id=card.id)[0] == 200
    assert _device_cards(room_workshop) == []


def test_a_group_scores_and_votes_within_its_allowance(room_workshop, server, joined):
    group = room_workshop.groups()[0].id
    category, level = room_workshop.categories()[2].id, room_workshop.maturity_levels()[1].value
    assert joined.send("score", "score-0001", category=category, level=level, reason="มีแผนแต่ยังไม่วัดผล")[0] == 409
    server.set_stage(stage_of_step(room_workshop, "assess"))
    assert joined.send("score", "score-0002", category=category, level=level, reason="มีแผนแต่ยังไม่วัดผล")[0] == 200
    assert [(a.group_id, a.target_id, a.level, a.reason) for a in room_workshop.assessments()] == [
        (group, category, level, "มีแผนแต่ยังไม่วัดผล")]
    initiatives = [room_workshop.add_initiative(f"ข้อเสนอ {n}").new_id for n in range(3)]
    server.set_stage(stage_of_step(room_workshop, "prioritize"))
    allowance = room_workshop.details().dots_per_group
    assert joined.send("vote", "vote-00001", initiative=initiatives[0], dots=allowance - 1)[0] == 200
    status, body = joined.send("vote", "vote-00002", initiative=initiatives[1], dots=2)
    assert status == 422 and body["error"] == "invalid"  # the same rule as the app: the allowance
    assert joined.send("vote", "vote-00003", initiative=initiatives[1], dots=1)[0] == 200
    assert sorted((v.initiative_id, v.dots) for v in room_workshop.votes()) == [
        (initiatives[0], allowance - 1), (initiatives[1], 1)]


def test_requests_without_a_token_or_with_a_bad_one_are_refused(room_workshop, client):
    q = _question(room_workshop)
    assert client.call("POST", "/api/add", {"key": "no-token-01", "question": q, "text": "x"})[0] == 401
    assert client.call("POST", "/api/add", {"key": "no-token-02", "question": q, "text": "x"},
                       token="made-up-token")[0] == 401
    assert client.call("GET", "/api/state")[0] == 401
    assert client.join("WRONG") == 403
    assert room_workshop.answers() == []


def test_a_group_cannot_change_another_groups_cards_or_the_facilitators(room_workshop, server, codes, joined):
    q = _question(room_workshop)
    other_group, typed_group = sorted(codes)[1], sorted(codes)[0]
    other = Client(server.url)
    assert other.join(codes[other_group], "device-0002") == 200
    theirs = other.send("add", "theirs-001", question=q, text="ของกลุ่มสอง")[1]["id"]
    typed = room_workshop.add_answer(typed_group, q, "วิทยากรพิมพ์").new_id
    for card in (theirs, typed):
        status, body = joined.send("edit", f"edit-{card:06d}", id=card, text="แก้ทับ")
        assert (status, body["error"]) == (403, "not_yours")
        assert joined.send("withdraw", f"wd-{card:07d}", id=card)[0] == 403
    assert {a.text for a in room_workshop.answers()} == {"ของกลุ่มสอง", "วิทยากรพิมพ์"}
    status, view = joined.call("GET", "/api/state")  # another group's drafts stay unseen
    assert [c["text"] for c in view["cards"]] == ["วิทยากรพิมพ์"] and not view["cards"][0]["editable"]


def test_renewing_a_code_shuts_out_the_devices_that_joined_with_it(room_workshop, server, codes, joined):
    group = min(codes)
    old = codes[group]
    renewed = room_settings.renew_code(room_workshop, group)
    server.shut_out(group)
    assert renewed.codes[group] != old
    status, body = joined.send("add", "after-renew", question=_question(room_workshop), text="x")
    assert (status, body["error"]) == (401, "bad_token")
    assert Client(server.url).join(old) == 403
    assert Client(server.url).join(renewed.codes[group].lower()) == 200  # read off a slip, any case
    assert room_workshop.answers() == []


@pytest.mark.parametrize("body, status, error", [
    ({"question": None, "text": "x"}, 400, "malformed"),
    ({"text": "x"}, 400, "malformed"),
    ({"question": "1", "text": "x"}, 400, "malformed"),
    ({"question": 1, "text": ["x"]}, 400, "malformed"),
    ({"question": 1, "text": "   "}, 400, "empty"),
    ({"question": 1, "text": "ก" * 501}, 413, "too_long"),
    ({"question": 99999, "text": "x"}, 409, "step"),
])
def test_malformed_and_oversize_cards_are_refused_with_nothing_written(room_workshop, joined, body, status, error):
    if body.get("question") == 1:
        body["question"] = _question(room_workshop)
    got, answer = joined.send("add", "bad-request", **body)
    assert (got, answer["error"]) == (status, error)
    assert room_workshop.answers() == []


def test_broken_requests_are_refused_with_nothing_written(room_workshop, joined):
    q = _question(room_workshop)
    assert joined.call("POST", "/api/add", raw=b"{not json")[0] == 400
    assert joined.call("POST", "/api/add", raw=b"[1, 2]")[0] == 400
    assert joined.call("POST", "/api/add", raw="\xff".encode("latin-1"))[0] == 400
    assert joined.call("POST", "/api/add", {"key": "form-post-01", "question": q, "text": "x"},
                       content_type="application/x-www-form-urlencoded")[0] == 415
    assert joined.call("POST", "/api/add", {"question": q, "text": "no key"})[0] == 400
    padded = {"key": "big-request", "question": q, "text": "x", "pad": "x" * 20_000}
    assert joined.call("POST", "/api/add", padded)[0] == 413   # over 16 KB
    assert joined.call("POST", "/api/delete", {"key": "no-such-act", "id": 1})[0] == 404
    with pytest.raises(OSError):  # far over: tornado drops the connection before reading it
        status, _ = joined.call("POST", "/api/add", raw=b"x" * 2_000_000)
        assert status in (400, 413)
        raise ConnectionResetError("answered instead of dropped")
    assert room_workshop.answers() == []


def test_html_and_script_in_a_card_stay_text(room_workshop, joined):
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script> & "quotes"'
    card = joined.send("add", "html-card-1", question=_question(room_workshop), text=evil)[1]["id"]
    assert room_workshop.store.answer(card).text == evil  # kept as typed; shown as text everywhere
    status, view = joined.call("GET", "/api/state")
    assert view["cards"][0]["text"] == evil
    assert joined.headers["Content-Type"].startswith("application/json")
    assert "script-src 'self'" in joined.headers["Content-Security-Policy"]
    assert joined.headers["X-Content-Type-Options"] == "nosniff"


def test_a_flood_from_one_token_is_refused_and_writes_only_what_was_allowed(room_workshop, joined):
    q = _question(room_workshop)
    answers = [joined.send("add", f"flood-{n:05d}", question=q, text=f"บัตร {n}")[0] for n in range(60)]
    assert answers.count(429) >= 30 and set(answers) == {200, 429}
    assert len(_device_cards(room_workshop)) == answers.count(200)
    assert [a.text for a in _device_cards(room_workshop)] == [f"บัตร {n}" for n, s in enumerate(answers) if s == 200]


def test_a_request_sent_again_with_its_key_is_done_once(room_workshop, joined):
    q = _question(room_workshop)
    first = joined.send("add", "resent-key-1", question=q, text="ส่งซ้ำเพราะเน็ตหลุด")
    again = joined.send("add", "resent-key-1", question=q, text="ส่งซ้ำเพราะเน็ตหลุด")
    assert first == again and first[0] == 200
    assert len(room_workshop.answers()) == 1


def test_closed_steps_and_questions_refuse_input(room_workshop, joined):
    q = _question(room_workshop)
    room_settings.set_closed(room_workshop, f"question:{q}", True)
    assert joined.send("add", "closed-q-01", question=q, text="x")[1]["error"] == "closed"
    assert joined.send("add", "open-q-0001", question=_question(room_workshop, 1), text="ได้")[0] == 200
    room_settings.set_closed(room_workshop, "step:capture", True)
    assert joined.send("add", "closed-st-1", question=_question(room_workshop, 1), text="x")[1]["error"] == "closed"
    assert [a.text for a in room_workshop.answers()] == ["ได้"]


def test_cards_need_approval_when_the_facilitator_asks_for_it(room_workshop, joined):
    room_settings.set_options(room_workshop, approval=True)
    card = joined.send("add", "approve-me1", question=_question(room_workshop), text="รออนุมัติ")[1]["id"]
    assert room_workshop.store.answer(card).moderation == "pending"


def test_a_card_reaches_the_groups_other_devices_live_and_no_other_group(room_workshop, server, codes, joined):
    groups = sorted(codes)
    teammate, stranger = Client(server.url), Client(server.url)
    assert teammate.join(codes[groups[0]], "device-team") == 200
    assert stranger.join(codes[groups[1]], "device-strange") == 200
    streams = [Listener(server.url, teammate.token), Listener(server.url, stranger.token)]
    for stream in streams:
        stream.start()
        stream.opened.wait(5)
        stream.wait_for(lambda v: isinstance(v, dict) and v.get("step") == "capture")
    try:
        assert server.status().devices == {groups[0]: 1, groups[1]: 1}
        joined.send("add", "live-card-1", question=_question(room_workshop), text="เห็นทันที")
        streams[0].wait_for(lambda v: isinstance(v, dict) and [c["text"] for c in v["cards"]] == ["เห็นทันที"], 1.0)
        room_workshop.add_answer(groups[0], _question(room_workshop), "จากแล็ปท็อป")  # the laptop's edit too
        streams[0].wait_for(lambda v: isinstance(v, dict) and len(v["cards"]) == 2, 1.0)
        assert all(v["cards"] == [] for _, v in streams[1].views if isinstance(v, dict))
    finally:
        for stream in streams:
            stream.close()


def test_only_the_fixed_files_are_served(client):
    assert client.call("GET", "/")[0] == 200
    assert "text/html" in client.headers["Content-Type"]
    assert client.call("GET", "/room.js")[0] == 200 and client.call("GET", "/room.css")[0] == 200
    for path in ("/index.html", "/../pyproject.toml", "/room/room.js", "/%2e%2e/app/cli.py", "/resources/room/room.js",
                 "/api", "/favicon.ico"):
        assert client.call("GET", path)[0] == 404, path


def test_the_page_is_small_and_loads_nothing_from_outside(client):
    from app.resources import read_text

    size = sum(len(client.call("GET", p)[1].get("text", "").encode()) for p in ("/", "/room.js", "/room.css"))
    assert 5_000 < size < 100_000
    page = "".join(read_text(f"room/{name}") for name in ("index.html", "room.js", "room.css"))
    for outside in ("http://", "https://", "//cdn", "@import", "url(", "innerHTML", "document.cookie", "eval("):
        assert outside not in page, outside


def test_it_listens_only_on_the_chosen_address_and_only_while_started(server):
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.2", port), timeout=2).close()  # another loopback address
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
    server.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_it_refuses_an_address_that_is_not_this_computers_or_a_port_in_use(room_workshop, server):
    from app.room.server import RoomServer, RoomStartError

    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    for host, port_ in (("127.0.0.1", port), ("0.0.0.0", 0), ("::", 0), ("example.org", 0), ("192.0.2.1", 0)):
        with pytest.raises(RoomStartError):
            RoomServer(room_workshop).start(host, port_)


def test_this_computers_addresses_are_listed_loopback_last(tmp_path, monkeypatch):
    from app.room import network

    trie = tmp_path / "fib_trie"
    trie.write_text("Main:\n  +-- 0.0.0.0/0 3 0 5\n     |-- 192.168.137.1\n        /32 host LOCAL\n"
                    "     |-- 192.168.137.255\n        /32 link BROADCAST\n     |-- 127.0.0.1\n        /32 host LOCAL\n")
    read_kernel = network._from_kernel
    monkeypatch.setattr(network, "_from_name", lambda: {"10.1.2.3", "169.254.9.9", "not an address"})
    monkeypatch.setattr(network, "_from_kernel", lambda: read_kernel(trie))
    assert network.local_addresses() == ["10.1.2.3", "192.168.137.1", "127.0.0.1"]


def test_requests_committed_together_are_each_done_once_or_refused_alone(room_workshop, codes):
    from app.room.actions import RoomActions, RoomError
    from app.room.sessions import Sessions

    sessions = Sessions()
    actions = RoomActions(room_workshop, sessions, lambda: stage_of_step(room_workshop, "capture"))
    mine = sessions.join(min(codes), "device-batch")
    q = _question(room_workshop)
    heard = []
    room_workshop.subscribe(heard.append)
    answers = actions.run_batch([
        (mine, "add", {"key": "batch-key-01", "question": q, "text": "หนึ่ง"}),
        (mine, "add", {"key": "batch-key-02", "question": 99999, "text": "ผิดคำถาม"}),
        (mine, "add", {"key": "batch-key-01", "question": q, "text": "หนึ่ง"}),  # sent again in the same batch
        (mine, "add", {"key": "batch-key-03", "question": q, "text": "สอง"}),
    ])
    assert isinstance(answers[1], RoomError) and answers[1].code == "step"
    assert answers[0] == answers[2] and answers[3]["ok"]
    assert [a.text for a in room_workshop.answers()] == ["หนึ่ง", "สอง"]
    assert len(heard) == 1  # one commit, one notice
    assert actions.run(mine, "add", {"key": "batch-key-03", "question": q, "text": "สอง"}) == answers[3]


SERVE_WITHOUT_SSL = """
import http.client, json, sys
sys.modules["ssl"] = None  # as in the packaged build, which leaves ssl (and OpenSSL) out
from app.room.server import RoomServer
from app.workshop import Workshop
workshop = Workshop.open(sys.argv[1])
server = RoomServer(workshop)
url = server.start("127.0.0.1", 0)
connection = http.client.HTTPConnection("127.0.0.1", int(url.rsplit(":", 1)[1].strip("/")), timeout=10)
connection.request("GET", "/")
status = connection.getresponse().status
server.stop()
workshop.close()
print(status, type(sys.modules["ssl"]).__name__, sys.modules["ssl"].__doc__[:12])
"""


def test_the_server_runs_where_ssl_is_left_out(workshop_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", SERVE_WITHOUT_SSL, str(workshop_path)], cwd=root, timeout=60,
                         env=dict(os.environ, PYTHONPATH=str(root)), capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["200", "module", "A", "stand-in:"]
