"""Closing a workshop, or the window, while its report preview renders (issue #16, item 13): the
render stops, nothing of it reaches the screen, and no worker writes into a folder that is gone or
signals an object that is gone. pytest-qt fails a test on an exception in a slot or a worker's
override, and ``filterwarnings = error`` on an unraisable or thread exception."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtPdf import QPdfDocument

import app.report
import ui.report.panel
from app.demo import create_stress

ROOT = Path(__file__).resolve().parents[2]
# A script (or a program) that closes the workshop while its report renders and then ends at once:
# the interpreter deletes every object it owns while the worker is still running.
ENDS_AT_ONCE = """
import sys
from pathlib import Path
from ui.application import make_application
from ui.main_window import MainWindow
app = make_application()
window = MainWindow()
window.show()
window.open_path(Path(sys.argv[1]))
window.workshop_panel.show_step("report")
print(window.workshop_panel.panels["report"]._folder, flush=True)
window.close_workshop()
sys.exit(0)
"""

@pytest.fixture
def stress_path(tmp_path):
    create_stress(tmp_path / "stress.pmqa").close()
    return tmp_path / "stress.pmqa"


@pytest.fixture
def errors_shown(monkeypatch) -> list:
    shown: list = []
    monkeypatch.setattr(ui.report.panel, "show_error", lambda parent, exc: shown.append(exc))
    return shown


def start_rendering(window, path):
    assert window.open_path(path)
    window.workshop_panel.show_step("report")
    panel = window.workshop_panel.panels["report"]
    assert panel.task is not None  # the stress workshop takes over a second: still rendering
    return panel


def deliver_what_the_workers_sent() -> None:
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def test_closing_the_workshop_while_its_report_renders_stops_the_render(main_window, stress_path, errors_shown):
    panel = start_rendering(main_window, stress_path)
    main_window.close_workshop()
    assert QThreadPool.globalInstance().waitForDone(60000)
    deliver_what_the_workers_sent()
    assert panel.pdf_path is None and panel.document.pageCount() == 0  # the closed workshop's report never shows
    assert panel.task is None and not panel.progress.isVisible() and panel.status_label.text() == ""
    assert list(panel._folder.iterdir()) == []  # stopped before writing the PDF
    assert errors_shown == []


def test_a_workshop_opened_while_the_last_one_rendered_shows_its_own_report(main_window, stress_path, demo_path,
                                                                            qtbot):
    panel = start_rendering(main_window, stress_path)
    main_window.close_workshop()
    assert main_window.open_path(demo_path)
    with qtbot.waitSignal(panel.rendered, timeout=60000):
        main_window.workshop_panel.show_step("report")
    title = panel.document.metaData(QPdfDocument.MetaDataField.Title)
    assert main_window.workshop.details().title in title and "(stress)" not in title
    assert QThreadPool.globalInstance().waitForDone(60000)
    deliver_what_the_workers_sent()
    assert "(stress)" not in panel.document.metaData(QPdfDocument.MetaDataField.Title)


def test_a_window_deleted_while_its_report_renders_waits_for_the_render_before_removing_its_folder(
        qtbot, qapp, stress_path, errors_shown, monkeypatch):
    from ui.application import make_application
    from ui.main_window import MainWindow

    rendering: list[int] = []  # one entry per render under way
    real_render = app.report.render_report

    def render_report(*args, **kwargs):
        rendering.append(1)
        try:
            return real_render(*args, **kwargs)
        finally:
            rendering.pop()

    monkeypatch.setattr(app.report, "render_report", render_report)
    removed_while_rendering = []
    real_rmtree = ui.report.panel.shutil.rmtree

    def rmtree(path, **kwargs):
        removed_while_rendering.append((Path(path), len(rendering)))
        real_rmtree(path, **kwargs)

    monkeypatch.setattr(ui.report.panel.shutil, "rmtree", rmtree)
    make_application()
    window = MainWindow()
    window.show()
    folder = start_rendering(window, stress_path)._folder
    window.close()
    window.deleteLater()
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    # The panel's folder went only once its render had stopped.
    assert [count for path, count in removed_while_rendering if path == folder] == [0]
    assert QThreadPool.globalInstance().waitForDone(60000)
    deliver_what_the_workers_sent()
    assert not folder.exists() and errors_shown == []


def test_a_program_that_ends_while_its_report_renders_ends_quietly(stress_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", ENDS_AT_ONCE, str(stress_path)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0
    noise = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert noise == []  # was: "RuntimeError: Signal source has been deleted" from the worker
    assert not Path(done.stdout.strip()).exists()  # the preview folder went with the window
