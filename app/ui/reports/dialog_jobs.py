"""The report dialog's background jobs: one at a time, the form busy while it runs, its progress, outcome,
failure or cancellation shown in the dialog.

Why a worker for every step: computing a quarter's content and laying out its PDF take seconds on a big plan; the
dialog stays alive, shows progress and can cancel (the exporters poll the cancel callable and leave no half-written
file). Its `self.tr` texts are in the `ReportDialog` context of the catalog: PySide6 looks a text up under the
class of the object, the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from app.errors import AppError
from app.services.reports.export import ExportCancelled
from app.ui.reports.report_form import ReportForm
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.worker import CancelToken, ProgressFn, Task, run_in_background

if TYPE_CHECKING:  # type-checked as the dialog it is mixed into; at run time a plain class (Qt's MRO)
    from PySide6.QtWidgets import QDialog as _DialogBase
else:
    _DialogBase = object

R = TypeVar("R")  # what a background job of the dialog hands to its `done`


class DialogJobs(_DialogBase):
    """Runs the dialog's work off the GUI thread; `busy` until its outcome reached the GUI thread."""

    form: ReportForm
    prompter: Prompter
    task: Task | None
    busy: bool

    def _start(self, work: Callable[[ProgressFn, CancelToken], R], done: Callable[[R], None],
               message: str) -> Task | None:
        if self.busy:
            return None
        self._set_busy(True)
        self.form.progress.setRange(0, 0)
        self.form.status.setText(message)
        task = run_in_background(work, owner=self, on_result=lambda result: self._finish(done, result),
                                 on_error=self._failed, on_progress=self._progress,
                                 on_cancelled=self._cancelled)
        self.task = task
        return task

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.form.set_busy(busy)

    def _finish(self, done: Callable[[R], None], result: R) -> None:
        self._set_busy(False)
        self.form.status.clear()
        done(result)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.form.progress.setRange(0, max(total, 1))
        self.form.progress.setValue(done)
        if message:
            self.form.status.setText(message)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ExportCancelled):
            self._cancelled()
            return
        self.form.status.clear()
        message = exc.message if isinstance(exc, AppError) else self.tr("The report could not be written.")
        self.prompter.error(self, message)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.form.status.setText(self.tr("Cancelled; no file was written."))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
