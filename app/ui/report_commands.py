"""The Reports menu: ask for the period and the file, build the document off the GUI thread.

Why a worker: a quarterly report of a 1,000-task plan takes seconds to lay out (DOCX/PDF); the
window stays usable and shows where the file went. The documents come from the report service
(`app.services.reports.ReportService`), the same code the `report` subcommand uses.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.errors import AppError
from app.ui.worker import Task, run_in_background

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

FORMATS = {".docx": "docx", ".pdf": "pdf", ".xlsx": "xlsx"}


def _report_service(window: MainWindow) -> Any | None:
    service = getattr(window.services, "reports", None)
    if service is not None:
        return service
    try:
        from app.services.reports import ReportService  # type: ignore[import-not-found]
    except ImportError:
        return None
    return ReportService(window.services.database)


class ReportCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.task: Task | None = None

    def _period(self) -> Any | None:
        from app.domain.periods import Period, PeriodKind, period_containing

        today = self.w.as_of()
        current = period_containing(PeriodKind.QUARTER, today)
        text = self.w.prompter.get_text(self.w, self.tr("Reporting period"),
                                        self.tr("Period (2021-Q3, 2021-M08, 2021-H1, 2021-9M, 2021-Y):"),
                                        current.code if current else f"{today.year}-Y")
        if not text:
            return None
        try:
            return Period.parse(text.strip())
        except AppError as exc:
            self.w.prompter.error(self.w, exc.message)
            return None

    def _target(self, suggested: str) -> tuple[Path, str] | None:
        path = self.w.prompter.save_file(self.w, self.tr("Save report"),
                                         self.tr("Word (*.docx);;PDF (*.pdf);;Excel (*.xlsx)"), suggested)
        if not path:
            return None
        out = Path(path)
        fmt = FORMATS.get(out.suffix.lower())
        if fmt is None:
            out, fmt = out.with_suffix(".docx"), "docx"
        return out, fmt

    def run(self, kind: str) -> Task | None:
        """`kind`: progress, tasklist or reminder. Returns the background task (tests wait on it)."""
        service = _report_service(self.w)
        plan_id = self.w.tree.plan_id
        if service is None:
            self.w.prompter.inform(self.w, self.tr("Reports"), self.tr(
                "Reports are printed from the command line in this version:\n"
                "python -m app report --plan NUMBER --period 2021-Q3 --kind progress --format docx --out FILE"))
            return None
        if plan_id is None:
            self.w.prompter.error(self.w, self.tr("Open a plan first."))
            return None
        period = self._period() if kind in ("progress", "reminder") else None
        if kind in ("progress", "reminder") and period is None:
            return None
        slug = re.sub(r"[^0-9A-Za-z]+", "-", kind + "-" + (period.code if period else "")).strip("-")
        target = self._target(slug + ".docx")
        if target is None:
            return None
        out, fmt = target
        as_of: date = self.w.as_of()
        code = period.code if period else None

        def work(progress: Any, _token: Any) -> list[Path]:
            if kind == "reminder":
                letters = service.reminders(plan_id, period, as_of, None)
                folder = out.with_suffix("")
                folder.mkdir(parents=True, exist_ok=True)
                written = []
                for number, letter in enumerate(letters, start=1):
                    progress(number, len(letters), letter.agency)
                    path = folder / f"don-doc-{number:03d}.{fmt}"
                    service.export(letter, fmt, path, plan_id=plan_id, period=code, as_of=as_of)
                    written.append(path)
                return written
            content = service.progress(plan_id, period, as_of, None) if kind == "progress" else (
                service.task_list(plan_id, as_of))
            service.export(content, fmt, out, plan_id=plan_id, period=code, as_of=as_of)
            return [out]

        self.w.statusBar().showMessage(self.tr("Writing the report…"))
        self.task = run_in_background(work, on_result=self._done, on_error=self._failed)
        return self.task

    def _done(self, paths: list[Path]) -> None:
        if not paths:
            self.w.statusBar().showMessage(self.tr("No agency needs a reminder."), 10000)
            return
        self.w.statusBar().showMessage(self.tr("Written: {path}").format(path=str(paths[0].parent if len(
            paths) > 1 else paths[0])), 15000)

    def _failed(self, exc: BaseException) -> None:
        self.w.statusBar().clearMessage()
        message = exc.message if isinstance(exc, AppError) else self.tr("The report could not be written.")
        self.w.prompter.error(self.w, message)


__all__ = ["ReportCommands"]
