"""Shared fixtures: every test gets its own data folders, workshop file and a headless Qt."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths  # noqa: E402
from app.demo import create_demo  # noqa: E402
from app.templates import builtin_template  # noqa: E402
from app.workshop import Workshop  # noqa: E402


def pytest_collection_modifyitems(items):
    """Tests that need Qt are marked ``gui`` so ``-m "not gui"`` runs the core alone."""
    for item in items:
        if {"qtbot", "qapp", "main_window"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def data_dirs(tmp_path_factory, monkeypatch) -> paths.BaseDirs:
    """Settings, library and backups live in a fresh temporary folder for each test."""
    root = tmp_path_factory.mktemp("appdata")
    dirs = paths.BaseDirs(data=root / "data", config=root / "config")
    monkeypatch.setattr(paths, "base_dirs", lambda: dirs)
    return dirs


@pytest.fixture(autouse=True)
def english_interface(data_dirs):
    """Tests see the English source strings; tests of the Thai interface switch to it themselves.

    The product starts in Thai (pmqa_th.qm). The translator is application-wide, so the one an
    earlier test left installed is replaced here as well.
    """
    from app import settings

    settings.put("ui_language", "en")
    if "PySide6.QtCore" in sys.modules:  # never load Qt for the core's own tests
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            from ui.common.i18n import install_language

            install_language("en")


@pytest.fixture(autouse=True)
def fail_on_warning_logs(caplog):
    """WARNING+ log records fail the test; a test that expects one asserts on it, then caplog.clear()."""
    yield
    unexpected = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    assert not unexpected, f"unexpected log records: {[r.getMessage() for r in unexpected]}"


@pytest.fixture
def workshop_path(tmp_path) -> Path:
    """A new, empty workshop file made from the built-in template."""
    workshop = Workshop.create(tmp_path / "w.pmqa", builtin_template(), title="Test workshop")
    workshop.close()
    return tmp_path / "w.pmqa"


@pytest.fixture
def workshop(workshop_path):
    opened = Workshop.open(workshop_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.pmqa"
    create_demo(path).close()
    return path


@pytest.fixture
def demo(demo_path):
    opened = Workshop.open(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def main_window(qtbot, qapp):
    from ui.application import make_application
    from ui.main_window import MainWindow

    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    if window.workshop is not None:
        window.close_workshop()
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def laptop_window(main_window, demo_path, qtbot):
    """The demo open in Thai on a 1366×768 laptop screen, the one facilitators bring (issue #19):
    ``laptop_window(step)`` shows a step and returns its panel, laid out."""
    from ui.common.i18n import install_language

    install_language("th")
    main_window.resize(1366, 768)
    assert main_window.open_path(demo_path)

    def show(step: str):
        main_window.workshop_panel.show_step(step)
        panel = main_window.workshop_panel.panels[step]
        qtbot.waitUntil(panel.isVisible)
        qtbot.wait(10)  # the layout settles (scroll bars appear) in the next turns of the event loop
        return panel
    return show


def type_text(widget, text: str) -> None:
    """Type any text, Thai included, as key presses (QTest's keyClicks only handles ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
