"""Writing the report the dialog shows to a file, and printing its preview.

Its `self.tr` texts are in the `ReportDialog` context of the catalog: PySide6 looks a text up under the
class of the object, the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrinter

from app.errors import AppError
from app.services.reports.narrative import Narrative
from app.ui.reports import report_jobs
from app.ui.reports.printing import PrintDialogFn, render_pdf
from app.ui.reports.report_history import PrintedReports
from app.ui.reports.report_jobs import ReportRequest
from app.ui.reports.report_text import ClerkText
from app.ui.reports.unconfirmed_warning import UnconfirmedWarning
from app.ui.widgets.worker import CancelToken, ProgressFn, Task

if TYPE_CHECKING:
    from app.ui.reports.report_jobs import Content, RequestKey, ShownKey

FILTERS = {"docx": "Word (*.docx)", "pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


class ReportOutput(ClerkText, PrintedReports):
    """Save as DOCX, PDF or XLSX with the clerk's text; print exactly the pages the preview shows."""

    print_dialog: PrintDialogFn
    preview_path: Path | None
    written: list[Path]
    names_warning: UnconfirmedWarning

    if TYPE_CHECKING:  # the dialog's, read from its form
        def _checked_request(self) -> ReportRequest | None: ...
        def request(self) -> ReportRequest: ...
        def _key(self, request: ReportRequest) -> RequestKey: ...

    def _content_for(self, request: ReportRequest) -> tuple[bool, Content | None]:
        """(reload?, content): reload when the choices changed since the preview."""
        reload = self._key(request) != self._loaded_for
        return reload, self.content

    def save(self, file_format: str, path: str | None = None) -> Task | None:
        """Ask for the file (unless given), then write it with the clerk's text; returns the task."""
        request = self._checked_request()
        if request is None:
            return None
        if self.snapshot_id is None and not self.names_warning.may_go_on(self, request):
            return None
        if path is None:
            caption = self.tr("Save report")
            path = self.prompter.save_file(self, caption, FILTERS[file_format],
                                           report_jobs.suggested_name(request, file_format))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != f".{file_format}":
            target = target.with_name(target.name + f".{file_format}")
        service = self.service
        if self.snapshot_id is not None:  # the report printed before, written again as it was
            snapshot_id = self.snapshot_id

            def again(_progress: ProgressFn, _token: CancelToken) -> list[Path]:
                service.reproduce(snapshot_id, file_format, target)
                return [target]

            def written(paths: list[Path]) -> None:
                self.written = paths
                self.form.status.setText(self.tr("Written: {path}").format(path=str(paths[0])))

            return self._start(again, written, self.tr("Writing the report…"))
        reload, content = self._content_for(request)

        def work(progress: ProgressFn, token: CancelToken) -> tuple[Content, list[Path]]:
            loaded = report_jobs.load_content(service, request) if reload or content is None else content
            shown = report_jobs.apply_narrative(loaded, request.narrative if not reload else Narrative())
            cancel = lambda: token.cancelled  # noqa: E731 - the exporters poll a callable
            return loaded, report_jobs.save(service, request, shown, target, file_format, progress, cancel)

        def done(result: tuple[Content, list[Path]]) -> None:
            loaded, paths = result
            if reload:
                self._set_content(loaded, self._key(request))
            self.written = paths
            where = paths[0].parent if len(paths) > 1 else paths[0]
            self.form.status.setText(self.tr("Written: {path}").format(path=str(where)))
            self.remember_text()
            self.fill_history()

        return self._start(work, done, self.tr("Writing the report…"))

    def _shown(self, request: ReportRequest) -> ShownKey:
        return (*self._key(request), request.narrative)

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print exactly the pages of the preview, so it must show the current choices and text."""
        try:
            current = self._shown(self.request())
        except AppError:  # a data date typed since the preview that is no date: not what is shown
            current = None
        if self.preview_path is None or current != self._previewed:
            self.prompter.inform(self, self.tr("Print"), self.tr("Update the preview first; the pages shown are "
                                                                 "the pages printed."))
            return False
        if self.snapshot_id is None and not self.names_warning.may_go_on(self, self.request()):
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.print_dialog(printer, self):
            return False
        return render_pdf(self.form.pdf, printer)
