"""The work the report dialog does off the GUI thread, through the report service's one entry.

Why apart from the dialog: these functions run in a worker thread and must not touch a widget;
they take the `ReportRequest` the dialog reads from its form (the same typed request the command
line builds) and the report service, and return contents or file paths. What to compute for a
kind, the dating rule and the file names live in `app.services.reports`, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.periods import Period
from app.errors import InputError
from app.services.reports import export
from app.services.reports.narrative import Narrative, ProgressReportContent
from app.services.reports.request import DocKind, ReportRequest

if TYPE_CHECKING:
    from app.services.reports import (
        CalendarMonthContent,
        ReminderContent,
        ReportService,
        TargetsContent,
        TaskListContent,
    )

    # one document the service computes, and what `ReportService.content` returns for a request:
    # that document, or for reminders one letter per agency
    Document = ProgressReportContent | ReminderContent | TaskListContent | TargetsContent | CalendarMonthContent
    Content = Document | list[ReminderContent]

# the choices a loaded content answers (kind, plan, period, as-of date); with the clerk's text, a preview's
RequestKey = tuple[DocKind, int | None, Period | None, date | None]
ShownKey = tuple[DocKind, int | None, Period | None, date | None, Narrative]

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

__all__ = ["DocKind", "ReportRequest", "apply_narrative", "documents", "load_content", "save", "suggested_name",
           "write_preview"]


def load_content(service: ReportService, request: ReportRequest) -> Content:
    """The content of the chosen document, computed from the database (a list for reminders)."""
    return service.content(request)


def apply_narrative(content: Content, narrative: Narrative) -> Content:
    return content.with_narrative(narrative) if isinstance(content, ProgressReportContent) else content


def documents(content: object) -> list[object]:
    """One content per file: reminders are one letter per agency, the others a single document
    (a content recorded with a printed report comes back untyped: the writers dispatch on it)."""
    return list(content) if isinstance(content, list) else [content]


def write_preview(content: object, folder: Path, progress: Progress, cancel: Cancel) -> Path:
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


def save(service: ReportService, request: ReportRequest, content: Content, path: Path, file_format: str,
         progress: Progress, cancel: Cancel) -> list[Path]:
    """Write the document through the service (reminders: one file per agency into the folder
    `path` without suffix), so every file is recorded as a snapshot. The clerk already agreed to
    replace an existing file in the save dialog."""
    if isinstance(content, list) and not content:
        raise InputError("Không có cơ quan nào cần đôn đốc trong kỳ này.")
    out = path.with_suffix("") if isinstance(content, list) else path
    return list(service.produce(request, out, file_format, content=content, force=True, progress=progress,
                                cancel=cancel))


def suggested_name(request: ReportRequest, file_format: str) -> str:
    return request.suggested_name(file_format)
