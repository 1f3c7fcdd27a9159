"""Builders: report content dataclasses in, a neutral `Document` out (FORMATS.md "Report content")."""

from app.exporters.builders.calendar import build_calendar_month
from app.exporters.builders.progress import build_progress_report
from app.exporters.builders.reminder import build_reminder
from app.exporters.builders.targets import build_targets
from app.exporters.builders.tasklist import build_task_list

__all__ = [
    "build_calendar_month",
    "build_progress_report",
    "build_reminder",
    "build_task_list",
    "build_targets",
]
