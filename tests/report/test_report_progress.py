"""Progress and cancelling while the report is made: the core's progress reports, the Report step's
bar and its Cancel button. A cancelled render leaves no file behind and never touches an existing one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo import create_demo, create_stress
from app.report import render_report


class Stop(Exception):
    pass


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("progress") / "demo.pmqa"
    create_demo(path).close()
    return path


def test_progress_counts_the_layout_and_then_every_page_written(demo_file, tmp_path):
    heard: list[tuple[int, int]] = []
    result = render_report(demo_file, tmp_path / "out.pdf", progress=lambda done, total: heard.append((done, total)))
    totals = {total for _done, total in heard}
    assert len(totals) == 1  # one bar for the whole render
    total = totals.pop()
    done = [d for d, _total in heard]
    assert done == sorted(done) and done[-1] == total
    # The last quarter of the bar is the pages written: one report per page.
    writing = [d for d in done if d > total - total // 4]
    assert len(writing) >= result.pages


def test_a_render_stopped_half_way_leaves_the_existing_file_whole_and_nothing_else(demo_file, tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"%PDF-1.4 the plan printed last week")
    before = target.read_bytes()
    calls = 0

    def stop_in_the_middle(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if done > total // 2:
            raise Stop

    with pytest.raises(Stop):
        render_report(demo_file, target, progress=stop_in_the_middle, overwrite=True)
    assert calls > 1
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_render_stopped_while_writing_pages_leaves_no_file(demo_file, tmp_path):
    def stop_while_writing(done: int, total: int) -> None:
        if done > total - total // 8:
            raise Stop

    with pytest.raises(Stop):
        render_report(demo_file, tmp_path / "out.pdf", progress=stop_while_writing)
    assert list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------- the Report step

@pytest.mark.gui
def test_the_bar_shows_real_progress_up_to_the_end(main_window, qtbot, demo_file, tmp_path):
    path = tmp_path / "demo.pmqa"
    path.write_bytes(demo_file.read_bytes())
    assert main_window.open_path(path)
    main_window.workshop_panel.show_step("report")  # built on first visit, and renders
    panel = main_window.workshop_panel.panels["report"]
    qtbot.waitUntil(lambda: panel.task is None, timeout=30000)
    values: list[int] = []
    panel.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(panel.rendered, timeout=30000):
        panel.render()
    assert len(values) > 10
    assert values == sorted(values) and values[-1] == panel.progress.maximum() > 0
    assert not panel.progress.isVisible() and not panel.cancel_button.isVisible()


@pytest.mark.gui
def test_cancel_stops_the_render_and_leaves_no_file(main_window, qtbot, tmp_path):
    path = tmp_path / "stress.pmqa"
    create_stress(path).close()
    assert main_window.open_path(path)
    main_window.workshop_panel.show_step("report")
    panel = main_window.workshop_panel.panels["report"]
    task = panel.task
    assert task is not None and panel.cancel_button.isVisible() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=30000)  # real progress has started
    rendered: list = []
    panel.rendered.connect(rendered.append)
    panel.cancel_button.click()
    assert panel.task is None and not panel.progress.isVisible() and not panel.cancel_button.isVisible()
    assert panel.render_button.isEnabled() and not panel.save_button.isEnabled()
    assert "Cancelled" in panel.status_label.text()
    qtbot.waitUntil(lambda: task.wait(0), timeout=30000)  # the worker has stopped
    qtbot.wait(50)  # its last signals delivered (and ignored)
    assert rendered == [] and panel.pdf_path is None
    assert list(panel._folder.iterdir()) == []  # no half-written PDF, no temporary file
