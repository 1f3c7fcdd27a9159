"""The report dialog: choose the document, edit the report's text, see the pages, save or print.

Why a worker for every step: computing a quarter's content and laying out its PDF take seconds on
a big plan; the dialog stays alive, shows progress and can cancel (the exporters poll the cancel
callable and leave no half-written file). Every question goes through the injected `Prompter`
and the print dialog through `print_dialog`, so tests drive the dialog without a modal window;
`request()` / `set_request()` expose the choices as a typed value.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.dates import format_vn
from app.domain.periods import Period, PeriodKind, code_name, period_containing
from app.errors import AppError
from app.services.reports.export import ExportCancelled
from app.services.reports.narrative import Narrative, ProgressReportContent, default_texts, narrative_from
from app.ui.reports import report_jobs
from app.ui.reports.printing import PrintDialogFn, ask_printer, render_pdf
from app.ui.reports.report_form import ReportForm
from app.ui.reports.report_jobs import DocKind, ReportRequest
from app.ui.widgets.date_field import to_qdate
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable
from app.ui.widgets.screen_fit import fit_screen
from app.ui.widgets.worker import CancelToken, ProgressFn, Task, run_in_background

if TYPE_CHECKING:
    from app.services.reports import ReportService
    from app.services.views import PlanSummary
    from app.ui.reports.report_jobs import Content

R = TypeVar("R")  # what a background job of the dialog hands to its `done`
# the choices a loaded content answers (kind, plan, period, as-of date); with the clerk's text, a preview's
RequestKey = tuple[DocKind, int | None, Period | None, date | None]
ShownKey = tuple[DocKind, int | None, Period | None, date | None, Narrative]

HISTORY_SHOWN = 50
FILTERS = {"docx": "Word (*.docx)", "pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


class ReportDialog(Retranslatable, QDialog):
    def __init__(self, service: ReportService, plans: list[PlanSummary], prompter: Prompter, *, as_of: date,
                 plan_id: int | None = None, kind: DocKind = DocKind.PROGRESS,
                 print_dialog: PrintDialogFn = ask_printer, office_editor: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.service = service
        self.prompter = prompter
        self.print_dialog = print_dialog
        self.office_editor = office_editor
        self.content: Content | None = None  # loaded for `_loaded_for`; reminders: a list of letters
        self._loaded_for: RequestKey | None = None
        self._defaults: dict[str, str] = {}
        self.task: Task | None = None
        self.preview_path: Path | None = None
        self._previewed: ShownKey | None = None  # choices and text the preview shows
        self.snapshot_id: int | None = None  # a report printed before, shown as printed
        self.written: list[Path] = []
        self.busy = False  # a worker runs; cleared once its outcome reached the GUI thread
        self._temp = tempfile.TemporaryDirectory(prefix="theodoi-xem-truoc-")
        self.form = ReportForm(self)
        f = self.form
        for plan in plans:
            f.plan.addItem(" ".join(x for x in (plan.number or "", "—", plan.title) if x), plan.id)
            f.plan.setItemData(f.plan.count() - 1, plan.title, Qt.ItemDataRole.ToolTipRole)  # titles run long
        f.as_of.setDate(to_qdate(as_of))
        current = period_containing(PeriodKind.QUARTER, as_of) or Period(PeriodKind.YEAR, as_of.year)
        self.retranslate_ui()
        self._set_period(current)
        f.kind.setCurrentIndex(max(0, f.kind.findData(kind)))
        if plan_id is not None:
            f.plan.setCurrentIndex(max(0, f.plan.findData(plan_id)))
        f.period_kind.currentIndexChanged.connect(f.fill_period_index)
        for signal in (f.period_index.currentIndexChanged, f.year.valueChanged, f.kind.currentIndexChanged,
                       f.plan.currentIndexChanged, f.as_of_auto.toggled):
            signal.connect(self._show_cutoff)
        self._show_cutoff()  # on opening too: the date shown is the one the report will use
        f.kind.currentIndexChanged.connect(self._kind_changed)
        f.preview_button.clicked.connect(lambda: self.refresh())
        f.save_docx.clicked.connect(lambda: self.save("docx"))
        f.save_pdf.clicked.connect(lambda: self.save("pdf"))
        f.save_xlsx.clicked.connect(lambda: self.save("xlsx"))
        f.print_button.clicked.connect(lambda: self.print_document())
        f.cancel_button.clicked.connect(self.cancel)
        f.close_button.clicked.connect(self.reject)
        f.office_button.clicked.connect(self._edit_office)
        f.history_open.clicked.connect(lambda: self.open_snapshot())
        f.plan.currentIndexChanged.connect(lambda _i: self.fill_history())
        self.fill_history()
        self._kind_changed()
        fit_screen(self, 1200, 720)  # smaller on a small screen (1024×600 keeps the buttons visible)

    # -- typed values ---------------------------------------------------------------------------
    def _set_period(self, period: Period) -> None:
        f = self.form
        f.period_kind.setCurrentIndex(max(0, f.period_kind.findData(period.kind)))
        f.fill_period_index()
        f.year.setValue(period.year)
        f.period_index.setCurrentIndex(max(0, f.period_index.findData(period.index)))

    def period(self) -> Period | None:
        f = self.form
        kind, index = f.period_kind.currentData(), f.period_index.currentData()
        if kind is None or index is None:
            return None
        try:
            return Period(kind, f.year.value(), int(index))
        except AppError:
            return None

    def edited_texts(self) -> dict[str, str]:
        return {key: editor.toPlainText() for key, editor in self.form.editors.items()}

    def request(self) -> ReportRequest:
        f = self.form
        kind = DocKind(f.kind.currentData())
        narrative = narrative_from(self.edited_texts(), self._defaults) if self._defaults else Narrative()
        return ReportRequest(kind=kind, plan_id=f.plan.currentData(),
                             period=self.period() if kind.needs_period else None,
                             as_of=None if f.as_of_auto.isChecked() else f.as_of.value(), narrative=narrative)

    def set_request(self, request: ReportRequest) -> None:
        f = self.form
        f.kind.setCurrentIndex(max(0, f.kind.findData(request.kind)))
        if request.plan_id is not None:
            f.plan.setCurrentIndex(max(0, f.plan.findData(request.plan_id)))
        if request.period is not None:
            self._set_period(request.period)
        f.as_of_auto.setChecked(request.as_of is None)
        if request.as_of is not None:
            f.as_of.setDate(to_qdate(request.as_of))

    def _show_cutoff(self, *_args: object) -> None:
        """With `the period's cut-off` checked, the date shown is the one the report will use."""
        f = self.form
        if not f.as_of_auto.isChecked():
            return
        try:
            when = self.service.dates(self.request()).as_of
        except (AppError, AttributeError):
            return
        f.as_of.setDate(to_qdate(when))

    def set_section_text(self, key: str, text: str) -> None:
        self.form.editors[key].setPlainText(text)

    # -- behaviour ------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = DocKind(self.form.kind.currentData())
        f = self.form
        for widget in (f.period_kind, f.period_index, f.year):
            widget.setEnabled(kind.needs_period)
        if kind is DocKind.CALENDAR:
            if f.period_kind.currentData() != PeriodKind.MONTH:
                f.period_kind.setCurrentIndex(f.period_kind.findData(PeriodKind.MONTH))
                f.period_index.setCurrentIndex((f.as_of.value_or_none() or date.today()).month - 1)
            f.period_kind.setEnabled(False)
            f.period_index.setEnabled(True)
        f.narrative_box.setVisible(kind is DocKind.PROGRESS)

    def _key(self, request: ReportRequest) -> RequestKey:
        return request.kind, request.plan_id, request.period, request.as_of

    def _start(self, work: Callable[[ProgressFn, CancelToken], R], done: Callable[[R], None],
               message: str) -> Task | None:
        if self.busy:
            return None
        self._set_busy(True)
        self.form.progress.setRange(0, 0)
        self.form.status.setText(message)
        task = run_in_background(work, on_result=lambda result: self._finish(done, result),
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

    def _checked_request(self) -> ReportRequest | None:
        """The form's request if it is complete; otherwise the reason is shown and None returned.
        A period outside the plan's life is produced only when the clerk confirms it."""
        try:
            request = self.request()
            request.check()
            problem = self.service.period_problem(request)
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return None
        if problem:
            if not self.prompter.ask_yes_no(self, self.tr("Period outside the plan"),
                                            problem + "\n\n" + self.tr("Produce the document anyway?")):
                return None
            request = replace(request, outside_plan=True)
        return request

    def refresh(self) -> Task | None:
        """Load the content when the choices changed (prefilling the text), then lay out the pages."""
        request = self._checked_request()
        if request is None:
            return None
        key = self._key(request)
        reload = key != self._loaded_for
        if reload:
            self.remember_text()  # what was typed for the previous plan and period
        self.snapshot_id = None
        service, content, folder = self.service, self.content, Path(self._temp.name)

        def work(progress: ProgressFn, token: CancelToken) -> tuple[Content, Path]:
            loaded = report_jobs.load_content(service, request) if reload or content is None else content
            shown = report_jobs.apply_narrative(loaded, request.narrative if not reload else Narrative())
            return loaded, report_jobs.write_preview(shown, folder, progress, lambda: token.cancelled)

        def done(result: tuple[Content, Path]) -> None:
            loaded, path = result
            if reload:
                self._set_content(loaded, key)
            self._load_pdf(path)
            self._previewed = self._shown(self.request())

        return self._start(work, done, self.tr("Laying out the pages…"))

    def _set_content(self, content: Content, key: RequestKey) -> None:
        """Prefill each section with the builder's words, or with what the clerk typed for this
        plan and period before (kept in the database)."""
        self.content, self._loaded_for = content, key
        self._defaults = default_texts(content) if isinstance(content, ProgressReportContent) else {}
        saved = self._saved_text(key) if self._defaults else Narrative()
        for name, editor in self.form.editors.items():
            kept = getattr(saved, name)
            text = "\n".join(kept) if isinstance(kept, list) else kept
            editor.setPlainText(text or self._defaults.get(name, ""))

    # -- the clerk's text, kept per plan and period -------------------------------------------------
    def _saved_text(self, key: RequestKey) -> Narrative:
        _kind, plan_id, period, _as_of = key
        if plan_id is None or period is None:
            return Narrative()
        try:
            return self.service.narrative(plan_id, period.code)
        except AppError:
            return Narrative()

    def remember_text(self) -> None:
        """Keep what the clerk typed for the loaded plan and period: reopening restores it."""
        if not isinstance(self.content, ProgressReportContent) or self._loaded_for is None:
            return
        _kind, plan_id, period, _as_of = self._loaded_for
        if plan_id is None or period is None:
            return
        try:
            self.service.save_narrative(plan_id, period.code, narrative_from(self.edited_texts(), self._defaults))
        except AppError as exc:
            self.form.status.setText(exc.message)

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

    def _load_pdf(self, path: Path) -> None:
        self.preview_path = path
        self.form.pdf.close()
        self.form.pdf.load(str(path))
        self._show_pages()

    def _show_pages(self) -> None:
        count = self.form.pdf.pageCount()
        self.form.pages_label.setText(self.tr("{count} pages").format(count=count) if count else "")

    def _content_for(self, request: ReportRequest) -> tuple[bool, Content | None]:
        """(reload?, content): reload when the choices changed since the preview."""
        reload = self._key(request) != self._loaded_for
        return reload, self.content

    def save(self, file_format: str, path: str | None = None) -> Task | None:
        """Ask for the file (unless given), then write it with the clerk's text; returns the task."""
        request = self._checked_request()
        if request is None:
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
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.print_dialog(printer, self):
            return False
        return render_pdf(self.form.pdf, printer)

    def _edit_office(self) -> None:
        if self.office_editor is not None and self.office_editor():
            self._loaded_for = None  # the letterhead changed: reload on the next preview
            self.refresh()

    # -- texts ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reports leaders sign"))
        self.form.retranslate_ui()


    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        """Closing keeps the clerk's text, stops a running export, forgets its outcome and removes
        the preview files."""
        self.remember_text()
        self.cancel()
        if self.task is not None and not self.task.done:
            for signal in (self.task.succeeded, self.task.failed, self.task.progress, self.task.cancelled):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
        self.form.pdf.close()
        self._temp.cleanup()
        super().done(result)


__all__ = ["DocKind", "ReportDialog", "ReportRequest"]
