"""Starting the application the three ways a facilitator does: with a file, with a bad file, bare."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.application import make_application, start_window


@pytest.fixture
def started(qtbot, qapp):
    make_application()
    windows = []

    def start(file=None):
        window = start_window(file)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.close_workshop()


def test_starting_with_a_file_opens_it_without_building_the_home_screen(started, demo_path):
    window = started(demo_path)
    assert window.isVisible() and window.workshop is not None and window.workshop.path == demo_path
    assert window.stack.currentWidget() is window.workshop_panel
    assert window._home is None


def test_starting_with_a_damaged_file_shows_why_over_the_home_screen(started, tmp_path):
    bad = tmp_path / "bad.pmqa"
    bad.write_bytes(b"not a workshop" * 100)
    window = started(bad)
    assert window.isVisible() and window.workshop is None
    assert window.stack.currentWidget() is window.home
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "bad.pmqa" in boxes[0].informativeText()


def test_starting_bare_shows_the_home_screen_with_the_demo(started):
    window = started()
    assert window.stack.currentWidget() is window.home
    assert window.home.library_model.rowCount() == 1


def test_the_core_loads_before_pyside6_so_its_modules_escape_the_feature_scan():
    """ui/application.py imports the Qt-free core first (see the WORKAROUND there): PySide6 reads the
    source of each module first imported after it. A new process shows the order modules loaded in."""
    import subprocess
    import sys

    code = "import sys, ui.application; print('\\n'.join(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    qt = loaded.index("PySide6.QtCore")
    late = [name for name in ("app.workshop", "app.model", "app.storage.store", "app.library", "app.backups",
                              "app.settings", "platformdirs", "sqlite3", "json") if loaded.index(name) > qt]
    assert late == [], f"loaded after PySide6 (move their import above it in ui/application.py): {late}"


def test_quitting_while_the_report_renders_ends_cleanly(demo_path, tmp_path):
    """The report renders on the thread pool as soon as its step is shown; quitting at once must let
    it finish while the window it reports to still exists (no error from a deleted signal)."""
    import os
    import subprocess
    import sys

    script = tmp_path / "quit_while_rendering.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "import ui.application as ua\n"
        "shown = ua.start_window\n"
        "def start(file=None):\n"
        "    window = shown(file)\n"
        "    window.workshop_panel.show_step('report')\n"
        "    QTimer.singleShot(10, window.close)\n"
        "    return window\n"
        "ua.start_window = start\n"
        "sys.exit(ua.run_gui(sys.argv[1]))\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, str(script), str(demo_path)], capture_output=True, text=True,
                          env=env, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "deleted" not in done.stderr, done.stderr
