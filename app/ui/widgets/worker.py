"""Run slow work (parsing a document, building a report, opening a big plan) off the GUI thread.

Why: a frozen window looks crashed to a clerk; `processEvents()` hacks re-enter our own slots.
Here the work function runs in a QThreadPool thread and gets a `progress(done, total, message)`
callback and a cancel token; progress, result, error and `finished` arrive as Qt signals that are
delivered on the GUI thread. The function itself must not touch widgets.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import AppError

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
R = TypeVar("R")  # what the work function returns, handed to `on_result`


class Cancelled(Exception):
    """Raised inside the work function (by `CancelToken.check`) when the user cancelled."""


class CancelToken:
    """Thread-safe flag the work function polls between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Task(QObject):
    """Handle of one background job. Connect to its signals before it starts (it is queued)."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.result: object = None
        self.error: BaseException | None = None
        # set by the worker thread when the work ended, BEFORE the outcome's signal reaches the GUI thread: to wait
        # for the outcome, wait for its callback (a test that waited on `done` read the dialog too early)
        self.done = False

    def cancel(self) -> None:
        self.token.cancel()

    def _report(self, done: int, total: int, message: str) -> None:
        self.token.check()
        self.progress.emit(done, total, message)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn, CancelToken], object], task: Task) -> None:
        super().__init__()
        self._fn = fn
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        try:
            self._run()
        except RuntimeError:
            if shiboken6.isValid(self._task):
                raise
            # the program ended while the work ran (its window closed as the database was still opening): the Task
            # went with the QApplication and nobody waits for the outcome — no "Signal source has been deleted" trace

    def _run(self) -> None:
        task = self._task
        try:
            result = self._fn(task._report, task.token)
        except Cancelled:
            task.done = True
            task.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the GUI thread
            if isinstance(exc, AppError):  # the clerk is told; a refusal is no crash to log with a traceback
                log.info("background task refused: %s", exc.message)
            else:
                log.error("background task failed:\n%s", traceback.format_exc())
            task.error = exc
            task.done = True
            task.failed.emit(exc)
        else:
            if task.token.cancelled:
                task.done = True
                task.cancelled.emit()
            else:
                task.result = result
                task.done = True
                task.succeeded.emit(result)
        task.finished.emit()


_live: set[Task] = set()


def run_in_background(
    fn: Callable[[ProgressFn, CancelToken], R],
    *,
    owner: QObject | None = None,
    on_result: Callable[[R], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start `fn(progress, token)` in the pool; callbacks run on the GUI thread.

    With `owner` (the widget whose parts the callbacks touch) the job is cancelled when the owner is
    destroyed and no callback runs after that: a window closed while its plan list was still loading
    had the list's result land on its deleted status bar (a crash, and a crash box over nothing).
    """
    task = Task()

    def guarded(callback: Callable[..., None]) -> Callable[..., None]:
        if owner is None:
            return callback

        def deliver(*args: Any) -> None:
            if shiboken6.isValid(owner):
                callback(*args)
        return deliver

    if on_result:
        task.succeeded.connect(guarded(on_result))
    if on_error:
        task.failed.connect(guarded(on_error))
    if on_progress:
        task.progress.connect(guarded(on_progress))
    if on_cancelled:
        task.cancelled.connect(guarded(on_cancelled))
    if owner is not None:
        token = task.token  # not the Task: it may be gone before the owner
        owner.destroyed.connect(lambda *_args: token.cancel())
    _live.add(task)  # keep the QObject alive until its signals are delivered
    task.finished.connect(lambda: _live.discard(task))
    (pool or QThreadPool.globalInstance()).start(_Runnable(fn, task))
    return task
