"""Starting the window where there is no display (a server, an SSH session): one line that says so and
how to use the command line, exit 2; not Qt's abort with a hint about libxcb-cursor0 (issue #16, item 14)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def environment_without_a_display(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    return env


@pytest.mark.skipif(not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")),
                    reason="a display server (X11, Wayland) is a question only there")
@pytest.mark.parametrize("arguments", [[], ["w.pmqa"]], ids=["bare", "with a file"])
def test_without_a_display_the_program_says_so_in_one_line_and_exits_2(tmp_path, workshop_path, arguments):
    arguments = [str(workshop_path) if a == "w.pmqa" else a for a in arguments]
    before = workshop_path.read_bytes()
    done = subprocess.run([sys.executable, "-m", "app", *arguments], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, env=environment_without_a_display(tmp_path))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and done.stdout == ""
    assert "ไม่พบจอภาพ" in lines[0] and "no display found" in lines[0]
    assert lines[0].count("python -m app --help") == 2  # the command to use, in each language
    assert "xcb" not in done.stderr
    assert workshop_path.read_bytes() == before
    assert not (tmp_path / "data").exists()  # nothing set up (no demo, no settings) before the message


@pytest.mark.parametrize(("environ", "missing"), [
    ({}, True),
    ({"DISPLAY": ":0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"DISPLAY": ""}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "minimal"}, False),
    ({"QT_QPA_PLATFORM": "vnc:size=1280x720"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, False),
    ({"QT_QPA_PLATFORM": ""}, True),
])
@pytest.mark.gui  # loads PySide6 (ui.application), though it makes no QApplication
def test_a_display_is_missing_only_when_no_platform_qt_would_try_can_draw(environ, missing):
    from ui.application import display_missing

    assert display_missing(environ, "linux") is missing


@pytest.mark.gui
@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_a_display(platform):
    from ui.application import display_missing

    assert display_missing({}, platform) is False
