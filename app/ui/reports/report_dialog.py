"""The report dialog: choose the document, edit the report's text, see the pages, save or print.

Its jobs, each in its own module: the background work (`dialog_jobs`), the clerk's text (`report_text`), the
reports printed before (`report_history`), saving and printing (`report_output`); this module holds the form's
choices and the preview. Every question goes through the injected `Prompter` and the print dialog through
`print_dialog`, so tests drive the dialog without a modal window; `request()` / `set_request()` expose the
choices as a typed value.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.periods import Period, PeriodKind, period_containing
from app.domain.plan_names import plan_choice
from app.errors import AppError
from app.services.reports.narrative import Narrative, narrative_from
from app.ui.reports import report_jobs
from app.ui.reports.printing import PrintDialogFn, ask_printer
from app.ui.reports.report_form import ReportForm
from app.ui.reports.report_jobs import DocKind, ReportRequest, RequestKey, ShownKey
from app.ui.reports.report_output import ReportOutput
from app.ui.reports.unconfirmed_warning import OpenRegister, UnconfirmedWarning
from app.ui.widgets.date_field import to_qdate
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.retranslatable import Retranslatable
from app.ui.widgets.screen_fit import fit_screen
from app.ui.widgets.worker import CancelToken, ProgressFn, Task

if TYPE_CHECKING:
    from app.services.reports import ReportService
    from app.services.views import PlanSummary
    from app.ui.reports.report_jobs import Content


class ReportDialog(Retranslatable, ReportOutput, QDialog):
    def __init__(self, service: ReportService, plans: list[PlanSummary], prompter: Prompter, *, as_of: date,
                 plan_id: int | None = None, kind: DocKind = DocKind.PROGRESS,
                 print_dialog: PrintDialogFn = ask_printer, office_editor: Callable[[], object] | None = None,
                 open_register: OpenRegister | None = None, warned: set[tuple[int, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.service = service
        self.prompter = prompter
        self.print_dialog = print_dialog
        self.office_editor = office_editor
        # the plan's names the directory lacks, said once per plan and period before writing or printing
        self.names_warning = UnconfirmedWarning(service, prompter, open_register, set() if warned is None else warned)
        self.content: Content | None = None  # loaded for `_loaded_for`; reminders: a list of letters
        self._loaded_for: RequestKey | None = None
        self._outside_confirmed: set[RequestKey] = set()  # periods outside the plan the clerk said to produce
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
            f.plan.addItem(plan_choice(plan.number, plan.doc_type, plan.title), plan.id)
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

    def _checked_request(self) -> ReportRequest | None:
        """The form's request if it is complete; otherwise the reason is shown and None returned.
        A period outside the plan's life is produced only when the clerk confirms it, once per document, plan,
        period and data date."""
        try:
            request = self.request()
            request.check()
            problem = self.service.period_problem(request)
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return None
        if problem:
            key = self._key(request)  # asked once: the preview's yes held for Lưu PDF, Lưu Word… (session 16)
            if key not in self._outside_confirmed:
                if not self.prompter.ask_yes_no(self, self.tr("Period outside the plan"),
                                                problem + "\n\n" + self.tr("Produce the document anyway?")):
                    return None
                self._outside_confirmed.add(key)
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

    def _load_pdf(self, path: Path) -> None:
        self.preview_path = path
        self.form.pdf.close()
        self.form.pdf.load(str(path))
        self._show_pages()

    def _show_pages(self) -> None:
        count = self.form.pdf.pageCount()
        self.form.pages_label.setText(self.tr("{count} pages").format(count=count) if count else "")

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
