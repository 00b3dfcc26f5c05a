"""Long work (PDF rendering, exports) on the thread pool, reporting back through Qt signals.

A job is a plain function ``job(progress)`` where ``progress(done, total)`` may be called from the
worker thread. Jobs must never touch widgets, and never share the GUI thread's SQLite connection:
they get a file path and open their own.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self.job = job
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as exc:  # handed to the GUI thread, shown there, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def start(job: Callable, on_finished: Callable[[Any], None], on_failed: Callable[[Exception], None],
          on_progress: Callable[[int, int], None] | None = None) -> Task:
    task = Task(job)
    task.setAutoDelete(False)  # the caller keeps it (and its signals) alive until it reports
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
