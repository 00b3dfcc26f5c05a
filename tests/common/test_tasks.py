"""Background tasks (ui/common/tasks.py): a cancelled task reports nothing and stops early, and a
task nobody keeps a reference to still reports, raising nothing in its worker (issue #16, item 13)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QThreadPool

from ui.common import tasks


def test_a_cancelled_task_reports_nothing_and_its_job_stops_at_its_next_progress_report(qapp, qtbot):
    go, steps, heard = threading.Event(), [], []

    def job(progress):
        assert go.wait(10)
        for step in range(100):
            progress(step, 100)
            steps.append(step)
        return "done"

    task = tasks.start(job, heard.append, heard.append, lambda done, total: heard.append(done))
    task.cancel()
    go.set()
    assert task.wait(10)
    assert QThreadPool.globalInstance().waitForDone(10000)
    QCoreApplication.sendPostedEvents()  # whatever the worker sent arrives now
    assert steps == [] and heard == []


def test_a_task_nobody_keeps_still_reports_and_its_worker_raises_nothing(qapp, qtbot):
    entered, go, heard = threading.Event(), threading.Event(), []

    def job(progress):
        entered.set()
        assert go.wait(10)
        progress(1, 1)
        return 42

    tasks.start(job, heard.append, heard.append)  # the caller drops the task at once
    assert entered.wait(10)
    gc.collect()
    go.set()
    qtbot.waitUntil(lambda: heard == [42], timeout=10000)


def test_stop_cancels_and_waits_for_the_workers(qapp):
    go = threading.Event()
    left = []

    def job(progress):
        assert go.wait(10)
        try:
            progress(0, 1)
        finally:
            left.append(True)

    started = [tasks.start(job, print, print) for _ in range(2)]
    go.set()
    assert tasks.stop(started, timeout=10)
    assert left == [True, True]  # both had left their jobs when stop() returned
    assert QThreadPool.globalInstance().waitForDone(10000)
