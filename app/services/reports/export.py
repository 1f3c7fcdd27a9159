"""From content to file: the builder of each kind, the writer of each format, and the snapshot.

The user interface and the command line both export through here, so every file written is
recorded with the content it was made from (`report_snapshots`) and can be made again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from app.errors import InputError
from app.exporters import docx_writer, pdf_writer, xlsx_writer
from app.exporters.atomic import Cancel, Progress
from app.exporters.builders import (
    build_calendar_month,
    build_progress_report,
    build_reminder,
    build_targets,
    build_task_list,
)
from app.exporters.content import (
    CalendarMonthContent,
    ProgressReportContent,
    ReminderContent,
    TargetsContent,
    TaskListContent,
)
from app.exporters.document import Document
from app.exporters.errors import ExportCancelled as ExportCancelled  # raised by `write` when cancelled

KINDS = ("progress", "tasklist", "reminder", "calendar", "targets")
FORMATS = ("docx", "pdf", "xlsx")

_BUILDERS: dict[type, tuple[str, Callable[[Any], Document]]] = {
    ProgressReportContent: ("progress", build_progress_report),
    TaskListContent: ("tasklist", build_task_list),
    ReminderContent: ("reminder", build_reminder),
    CalendarMonthContent: ("calendar", build_calendar_month),
    TargetsContent: ("targets", build_targets),
}
_WRITERS = {"docx": docx_writer.write, "pdf": pdf_writer.write, "xlsx": xlsx_writer.write}


def kind_of(content: object) -> str:
    """The document kind (file stem) of a report content, for naming the file and the printed-report snapshot."""
    return _BUILDERS[type(content)][0]


def build(content: object) -> Document:
    """The neutral `Document` for a report content, through the builder of its type; an unknown type is a bug
    (TypeError)."""
    try:
        return _BUILDERS[type(content)][1](content)
    except KeyError:
        raise TypeError(f"no builder for {type(content).__name__}") from None


def write(content: object, file_format: str, path: str | os.PathLike[str], progress: Progress | None = None,
          cancel: Cancel | None = None) -> None:
    """Build the document and write it in `file_format` (docx, pdf, xlsx) atomically."""
    writer = _WRITERS.get(file_format)
    if writer is None:
        raise InputError(f"Định dạng tệp «{file_format}» không được hỗ trợ: chọn docx, pdf hoặc xlsx.")
    writer(build(content), path, progress, cancel)
