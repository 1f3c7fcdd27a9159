"""Reports printed before, listed in the dialog for the chosen plan and shown exactly as they were printed.
Its `self.tr` texts are in the `ReportDialog` context of the catalog: PySide6 looks a text up under the
class of the object, the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.dates import format_vn
from app.domain.periods import code_name
from app.errors import AppError
from app.ui.reports import report_jobs
from app.ui.reports.dialog_jobs import DialogJobs
from app.ui.widgets.worker import CancelToken, ProgressFn, Task

if TYPE_CHECKING:
    import tempfile

    from app.services.reports import ReportService
    from app.ui.reports.report_jobs import ShownKey

HISTORY_SHOWN = 50


class PrintedReports(DialogJobs):
    """The history list of the form and opening one of its reports."""

    service: ReportService
    snapshot_id: int | None
    _previewed: ShownKey | None
    _temp: tempfile.TemporaryDirectory[str]

    if TYPE_CHECKING:
        def _load_pdf(self, path: Path) -> None: ...  # the dialog's preview

    # -- reports printed before -------------------------------------------------------------------
    def fill_history(self) -> None:
        f = self.form
        f.history.clear()
        plan_id = f.plan.currentData()
        try:
            rows = self.service.snapshots(plan_id) if plan_id is not None else []
        except AppError:
            rows = []
        for snapshot_id, kind, period, as_of, file_format, name in rows[:HISTORY_SHOWN]:
            when = format_vn(as_of) if as_of else ""
            f.history.addItem(f"{name or kind} ({code_name(period) or kind}, {when}, {file_format})", snapshot_id)
        f.history_open.setEnabled(bool(rows))

    def open_snapshot(self, snapshot_id: int | None = None) -> Task | None:
        """Show a report printed before exactly as it was printed; saving it writes it again."""
        chosen = snapshot_id if snapshot_id is not None else self.form.history.currentData()
        if chosen is None:
            return None
        service, folder = self.service, Path(self._temp.name)

        def work(progress: ProgressFn, token: CancelToken) -> Path:
            return report_jobs.write_preview(service.snapshot_content(chosen), folder, progress,
                                             lambda: token.cancelled)

        def done(path: Path) -> None:
            self._load_pdf(path)
            self.snapshot_id = chosen
            self._previewed = None  # printing asks for a fresh preview of the current choices
            self.form.status.setText(self.tr("Showing a report printed before, as it was printed."))

        return self._start(work, done, self.tr("Laying out the pages…"))
