"""Long work (PDF rendering, exports) on the thread pool, reporting back through Qt signals.

A job is a plain function ``job(progress)`` where ``progress(done, total)`` may be called from the
worker thread. Jobs must never touch widgets, and never share the GUI thread's SQLite connection:
they get a file path and open their own.

A task the window no longer wants (its workshop was closed, its panel is going away) is
``cancel()``-ed: from then on nothing it does reaches the callbacks, and its job stops at its next
``progress`` call. No worker outlives the objects it reports to: the worker only ever signals an
object this module keeps alive until the worker is done, and the callbacks hear from it in the GUI
thread, where a cancelled or deleted receiver is simply not called.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set["Task"] = set()  # started and not yet delivered: kept alive whoever else lets go
_running_guard = threading.Lock()


class TaskCancelled(Exception):
    """Raised inside a cancelled job by its ``progress`` callback, to stop it early."""


class TaskSignals(QObject):
    """What a task reports, in the GUI thread. The ``_from_worker_*`` signals are emitted by the
    worker and arrive here queued; only a task that was not cancelled passes them on."""
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    _from_worker_progress = Signal(int, int)
    _from_worker_done = Signal(bool, object)  # (succeeded, result or exception)

    def __init__(self, task: "Task"):
        super().__init__()
        self._task = task
        self._from_worker_progress.connect(self._on_worker_progress)
        self._from_worker_done.connect(self._on_worker_done)

    def _on_worker_progress(self, done: int, total: int) -> None:
        if not self._task.cancelled:
            self.progress.emit(done, total)

    def _on_worker_done(self, succeeded: bool, value: object) -> None:
        task, self._task = self._task, None
        # Deleted by Qt, in this thread, once this slot has returned: never from the worker's
        # thread, nor inside its own slot, whichever reference to it happens to go last.
        self.deleteLater()
        with _running_guard:
            _running.discard(task)
        if not task.cancelled:
            (self.finished if succeeded else self.failed).emit(value)


class Task(QRunnable):
    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self.job = job
        self.signals = TaskSignals(self)
        self._cancel = threading.Event()
        self._done = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Nothing more reaches the callbacks; the job stops at its next progress report."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has left the job (True), or ``timeout`` seconds passed (False)."""
        return self._done.wait(timeout)

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set() or not self._tell(self.signals._from_worker_progress, done, total):
            raise TaskCancelled

    def _tell(self, signal, *args) -> bool:
        """Emit, unless Qt's side of the signals is gone: only when the program is exiting with the
        worker still running (the interpreter deletes every object it owns), and nobody is left to
        tell. Returns whether it was emitted."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted", raised into this thread
            if shiboken6.isValid(self.signals):
                raise
            return False
        return True

    def run(self) -> None:
        done = self.signals._from_worker_done
        try:
            result = self.job(self._progress)
        except TaskCancelled:
            self._tell(done, False, None)
        except Exception as exc:  # handed to the GUI thread, shown there, never swallowed
            self._tell(done, False, exc)
        else:
            self._tell(done, True, result)
        finally:
            self._done.set()


def start(job: Callable, on_finished: Callable[[Any], None], on_failed: Callable[[Exception], None],
          on_progress: Callable[[int, int], None] | None = None) -> Task:
    task = Task(job)
    task.setAutoDelete(False)  # this module keeps it (and its signals) alive until it has reported
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    with _running_guard:
        _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def stop(started: list[Task], timeout: float = 10.0) -> bool:
    """Cancel the tasks and wait until their workers have left them (the caller is about to remove
    what they write into); False if one was still running when ``timeout`` seconds had passed."""
    for task in started:
        task.cancel()
    return all(task.wait(timeout) for task in started)
