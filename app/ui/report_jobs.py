"""What the report dialog asks for, and the work done for it off the GUI thread.

Why apart from the dialog: these functions run in a worker thread and must not touch a widget;
they take a `ReportRequest` (plain values the dialog reads from its form) and the report service,
and return contents or file paths. The dialog only wires them to buttons and progress.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.periods import Period, PeriodKind
from app.domain.text import fold
from app.errors import InputError
from app.exporters.content import Narrative, ProgressReportContent, ReminderContent
from app.services.reports import export
from app.ui.report_narrative import with_narrative

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class DocKind(StrEnum):
    """The documents the dialog prints; values are the report service's kinds."""

    PROGRESS = "progress"
    TASKLIST = "tasklist"
    REMINDER = "reminder"
    CALENDAR = "calendar"
    TARGETS = "targets"

    @property
    def needs_period(self) -> bool:
        return self in (DocKind.PROGRESS, DocKind.REMINDER, DocKind.CALENDAR)

    @property
    def needs_plan(self) -> bool:
        return self is not DocKind.CALENDAR  # a month's calendar may cover every plan


@dataclass(frozen=True)
class ReportRequest:
    """Everything the clerk chose; tests build one instead of clicking through the form."""

    kind: DocKind
    plan_id: int | None
    period: Period | None
    as_of: date
    narrative: Narrative = field(default_factory=Narrative)  # only the sections the clerk changed

    def check(self) -> None:
        if self.kind.needs_plan and self.plan_id is None:
            raise InputError("Hãy chọn một kế hoạch.")
        if self.kind.needs_period and self.period is None:
            raise InputError("Hãy chọn kỳ báo cáo.")
        if self.kind is DocKind.CALENDAR and self.period is not None and self.period.kind is not PeriodKind.MONTH:
            raise InputError("Lịch nhiệm vụ in theo tháng: hãy chọn kỳ là tháng.")

    @property
    def code(self) -> str | None:
        return self.period.code if self.period is not None else None


def load_content(service: Any, request: ReportRequest) -> Any:
    """The content of the chosen document, computed from the database (a list for reminders)."""
    request.check()
    kind, plan_id, period, as_of = request.kind, request.plan_id, request.period, request.as_of
    if kind is DocKind.PROGRESS:
        return service.progress(plan_id, period, as_of)
    if kind is DocKind.REMINDER:
        return service.reminders(plan_id, period, as_of)
    if kind is DocKind.CALENDAR:
        return service.calendar_month(period, plan_id, as_of)
    if kind is DocKind.TARGETS:
        return service.targets(plan_id, as_of)
    return service.task_list(plan_id, as_of)


def apply_narrative(content: Any, narrative: Narrative) -> Any:
    return with_narrative(content, narrative) if isinstance(content, ProgressReportContent) else content


def documents(content: Any) -> list[Any]:
    """One content per file: reminders are one letter per agency, the others a single document."""
    return list(content) if isinstance(content, list) else [content]


def write_preview(content: Any, folder: Path, progress: Progress, cancel: Cancel) -> Path:
    """A PDF of every page, for the preview and the printer; never recorded as a snapshot."""
    docs = documents(content)
    if not docs:
        raise InputError("Không có cơ quan nào cần đôn đốc trong kỳ này.")
    if len(docs) == 1:
        target = folder / "xem-truoc.pdf"
        export.write(docs[0], "pdf", target, progress, cancel)
        return target
    from pypdf import PdfWriter

    merged = PdfWriter()
    for number, doc in enumerate(docs, start=1):
        progress(number - 1, len(docs), getattr(doc, "agency", ""))
        part = folder / f"thu-{number:03d}.pdf"
        export.write(doc, "pdf", part, None, cancel)
        merged.append(str(part))
    target = folder / "xem-truoc.pdf"
    with open(target, "wb") as fh:
        merged.write(fh)
    return target


def letter_name(letter: ReminderContent, file_format: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(letter.agency)).strip("-")[:60] or "co-quan"
    return f"don-doc-{slug}.{file_format}"


def save(service: Any, request: ReportRequest, content: Any, path: Path, file_format: str,
         progress: Progress, cancel: Cancel) -> list[Path]:
    """Write the document (reminders: one file per agency into the folder `path` without suffix)
    through the service, so every file is recorded as a snapshot."""
    docs = documents(content)
    if isinstance(content, list):
        if not docs:
            raise InputError("Không có cơ quan nào cần đôn đốc trong kỳ này.")
        folder = path.with_suffix("")
        written = []
        for number, letter in enumerate(docs, start=1):
            progress(number - 1, len(docs), letter.agency)
            target = folder / letter_name(letter, file_format)
            service.export(letter, file_format, target, plan_id=request.plan_id, period=request.code,
                           as_of=request.as_of, cancel=cancel)
            written.append(target)
        progress(len(docs), len(docs), "")
        return written
    service.export(docs[0], file_format, path, plan_id=request.plan_id, period=request.code, as_of=request.as_of,
                   progress=progress, cancel=cancel)
    return [path]


def suggested_name(request: ReportRequest, file_format: str) -> str:
    stem = {DocKind.PROGRESS: "bao-cao", DocKind.TASKLIST: "danh-muc-nhiem-vu", DocKind.REMINDER: "cong-van-don-doc",
            DocKind.CALENDAR: "lich-thang", DocKind.TARGETS: "bang-chi-tieu"}[request.kind]
    if request.code:
        stem += f"-{request.code}"
    return f"{stem}.{file_format}"
