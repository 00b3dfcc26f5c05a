"""The facilitator's side of room input: a card typed on a device appears on the capture board and
the presenter view, marked; undo never takes back a group's later edit; closing stops the server."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtWidgets import QMessageBox

from app.room import settings as room_settings
from tests.room.conftest import Client, free_port


def _device(main_window, room, group_row: int = 0, device: str = "phone-0001") -> Client:
    workshop = main_window.workshop
    group = workshop.groups()[group_row].id
    client = Client(room.url)
    assert client.join(room_settings.load(workshop).codes[group], device) == 200
    return client


def test_a_card_typed_on_a_phone_appears_on_the_board_and_the_projector_marked(main_window, room, qtbot):
    capture = main_window.workshop_panel.panels["capture"]
    question = capture.current_column.question.id
    phone = _device(main_window, room)
    assert phone.send("add", "thai-card-01", question=question, text="ลดเอกสารซ้ำซ้อนด้วยระบบดิจิทัล")[0] == 200

    def on_board():
        rows = [capture.current_column.model.index(r) for r in range(capture.current_column.model.rowCount())]
        return [i.data() for i in rows if "ลดเอกสาร" in (i.data() or "")]

    qtbot.waitUntil(lambda: bool(on_board()), timeout=5000)  # the bar is a second (bench/bench_room.py); a loaded CI machine needs more
    from ui.capture.card_model import GroupLabelRole
    model = capture.current_column.model
    row = next(r for r in range(model.rowCount()) if "ลดเอกสาร" in model.index(r).data())
    assert "from the group's device" in model.index(row).data(GroupLabelRole)
    presenter = main_window.presenter
    qtbot.waitUntil(lambda: any("ลดเอกสาร" in text for _, _, text in (presenter.question.cards if presenter.question else ())),
                    timeout=5000)
    assert "127.0.0.1" in presenter.stage.room_line


def test_undo_refuses_to_take_back_a_groups_later_edit(main_window, room, qtbot):
    capture = main_window.workshop_panel.panels["capture"]
    workshop = main_window.workshop
    question = capture.current_column.question.id
    phone = _device(main_window, room)
    card = phone.send("add", "undo-card-01", question=question, text="ฉบับแรก")[1]["id"]
    qtbot.waitUntil(lambda: capture.current_column.model.row_of(card) >= 0, timeout=5000)
    assert capture.card_actions.edit_card(card, "วิทยากรเกลา")  # the facilitator tidies the wording
    assert phone.send("edit", "undo-card-02", id=card, text="กลุ่มแก้อีกรอบ")[0] == 200  # the group, later
    main_window.undo_stack.undo()
    assert workshop.store.answer(card).text == "กลุ่มแก้อีกรอบ"
    boxes = [box.informativeText() for box in main_window.findChildren(QMessageBox, "errorBox")]
    assert any("changed since this step" in text for text in boxes), boxes


def test_hidden_and_pending_cards_stay_off_the_projector(main_window, room, qtbot):
    capture = main_window.workshop_panel.panels["capture"]
    workshop = main_window.workshop
    question = capture.current_column.question.id
    room.approval_check.setChecked(True)
    assert room_settings.load(workshop).approval
    phone = _device(main_window, room)
    card = phone.send("add", "pending-0001", question=question, text="รออนุมัติก่อน")[1]["id"]
    qtbot.waitUntil(lambda: capture.current_column.model.row_of(card) >= 0, timeout=5000)
    texts = lambda: [text for _, _, text in main_window.presenter.question.cards]  # noqa: E731
    assert "รออนุมัติก่อน" not in texts()
    column = capture.current_column
    column.view.setCurrentIndex(column.proxy.mapFromSource(column.model.index(column.model.row_of(card))))
    capture.card_actions.approve_selected()
    qtbot.waitUntil(lambda: "รออนุมัติก่อน" in texts(), timeout=5000)
    capture.card_actions.toggle_hidden()
    qtbot.waitUntil(lambda: "รออนุมัติก่อน" not in texts(), timeout=5000)
    assert workshop.store.answer(card).moderation == "hidden"
    main_window.undo_stack.undo()
    assert workshop.store.answer(card).moderation == ""


def test_the_room_panel_counts_groups_and_devices(main_window, room, qtbot):
    capture = main_window.workshop_panel.panels["capture"]
    phone = _device(main_window, room)
    from tests.room.conftest import Listener

    stream = Listener(room.url, phone.token)
    stream.start()
    try:
        qtbot.waitUntil(lambda: sum(room.groups_model.devices.values()) == 1, timeout=3000)
        assert "of 4 groups have sent cards" in room.progress_label.text()
        assert room.reached_label.text() == "No phone has reached the laptop yet."  # loopback is not a phone
    finally:
        stream.close()
    assert capture is not None


def test_closing_the_workshop_stops_room_input(main_window, room):
    port = int(room.url.rsplit(":", 1)[1].strip("/"))
    main_window.close_workshop()
    assert not room.controller.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


LOADS = """
import sys
from pathlib import Path
from ui.application import make_application
from ui.main_window import MainWindow
app = make_application()
window = MainWindow()
window.show()
assert window.open_path(Path(sys.argv[1]))
before = {m for m in ("tornado", "segno") if m in sys.modules}
window.show_room()
panel = window.room_dock.panel
shown = {m for m in ("tornado", "segno") if m in sys.modules}
off = not panel.controller.running and not panel.stop_button.isEnabled()
panel.port_spin.setValue(int(sys.argv[2]))
panel.address_combo.setCurrentIndex(panel.address_combo.findData("127.0.0.1"))
panel.start_button.click()
started = {m for m in ("tornado", "segno") if m in sys.modules}
import multiprocessing
server_processes = [p.name for p in multiprocessing.active_children()]
window.close()
print(sorted(before), sorted(shown), off, sorted(started), server_processes, panel.controller.running,
      multiprocessing.active_children())
"""


def test_room_input_is_off_until_started_and_loads_its_libraries_only_then(demo_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", LOADS, str(demo_path), str(free_port())], cwd=root, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root)),
                         capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    # The server (tornado) runs in a process of its own, never in the window's; closing stops it.
    assert out.stdout.split("\n")[-2] == "[] [] True ['segno'] ['pmqa-room'] False []"


def test_code_slips_and_the_it_request_are_written(main_window, demo_path, tmp_path):
    from pypdf import PdfReader

    from ui.room.documents import it_request_text, write_request, write_slips

    assert main_window.open_path(demo_path)
    workshop = main_window.workshop
    assert write_slips(str(tmp_path / "slips.pdf"), workshop, "http://192.168.137.1:8470/") == 4
    text = PdfReader(tmp_path / "slips.pdf").pages[0].extract_text()
    assert all(code in text for code in room_settings.load(workshop).codes.values())
    request = it_request_text()
    assert "netsh advfirewall firewall add rule" in request and "profile=private" in request
    write_request(str(tmp_path / "request.pdf"), request)
    assert len(PdfReader(tmp_path / "request.pdf").pages) == 1  # one page for the IT office
