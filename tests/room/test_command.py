"""``python -m app room FILE.pmqa``: the join URL first, a line per group, exit 0 when interrupted;
one line and exit 2 when it cannot start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.room.conftest import Client

ROOT = Path(__file__).resolve().parents[2]


def _start(path: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "app", "room", str(path), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


def test_the_command_prints_the_url_and_codes_serves_and_exits_0_on_interrupt(demo_path):
    process = _start(demo_path, "--host", "127.0.0.1", "--port", "0", "--step", "capture")
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        lines = [process.stdout.readline().rstrip("\n") for _ in range(4)]
        codes = dict(line.split("\t") for line in lines)
        assert all(len(code) == 5 for code in codes) and all(name.startswith("กลุ่มที่") for name in codes.values())
        device = Client(url)
        assert device.join(next(iter(codes))) == 200
        status, view = device.call("GET", "/api/state")
        assert status == 200 and view["step"] == "capture"
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert err == ""


def test_a_port_in_use_is_one_line_and_exit_2(demo_path):
    first = _start(demo_path, "--port", "0")
    try:
        port = first.stdout.readline().strip().rsplit(":", 1)[1].strip("/")
        copy = demo_path.with_name("copy.pmqa")
        from app.workshop import Workshop

        original = Workshop.open(demo_path, readonly=True)
        original.save_copy(copy)
        original.close()
        second = subprocess.run([sys.executable, "-m", "app", "room", str(copy), "--port", port], cwd=ROOT,
                                capture_output=True, text=True, encoding="utf-8", timeout=60,
                                env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert second.returncode == 2 and len(second.stderr.strip().splitlines()) == 1
        assert "cannot listen there" in second.stderr
        locked = subprocess.run([sys.executable, "-m", "app", "room", str(demo_path), "--port", "0"], cwd=ROOT,
                                capture_output=True, text=True, encoding="utf-8", timeout=60,
                                env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert locked.returncode == 2 and len(locked.stderr.strip().splitlines()) == 1, locked.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=20)
    assert first.returncode == 0


def test_an_address_not_on_this_computer_is_one_line_and_exit_2(demo_path):
    result = subprocess.run([sys.executable, "-m", "app", "room", str(demo_path), "--host", "192.0.2.1"],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "192.0.2.1" in result.stderr
