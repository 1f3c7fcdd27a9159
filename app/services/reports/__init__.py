"""Reports leaders sign: contents computed from the database, exported, and snapshotted.

`ReportService` is the one entry point for the window and the command line: it computes the
content dataclasses of `app.exporters.content` for a plan, a period and an as-of date, writes
them through `export.write`, and records every exported file with its content as JSON so that
the same report can be produced again later, whatever changed in the data since.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.domain.periods import Period, PeriodKind, WindowScheme
from app.domain.roles import Permission
from app.errors import InputError
from app.exporters.atomic import Cancel, Progress
from app.exporters.content import (
    CalendarMonthContent,
    ProgressReportContent,
    ReminderContent,
    TargetsContent,
    TaskListContent,
)
from app.exporters.content_json import dump, load
from app.models import Plan, ReportSnapshot
from app.services.base import Service
from app.services.reports import export
from app.services.reports.letters import reminder_contents
from app.services.reports.listings import calendar_content, targets_content, task_list_content
from app.services.reports.office import OfficeProfile, load_profile, save_profile
from app.services.reports.progress import ReportOptions, progress_content

__all__ = ["OfficeProfile", "ReportOptions", "ReportService", "default_as_of"]


def default_as_of(period: Period, profile: OfficeProfile | None = None) -> date:
    """The period's data cut-off (ND09: the 14th of its last month): what the report covers."""
    return period.window(WindowScheme(profile.window) if profile else WindowScheme.ND09).end


class ReportService(Service):
    # ---- office profile -----------------------------------------------------------------------
    def office(self, plan_id: int | None = None) -> OfficeProfile:
        with self.db.session() as s:
            return load_profile(s, self.get(s, Plan, plan_id) if plan_id is not None else None)

    def save_office(self, profile: OfficeProfile) -> None:
        self.require(Permission.SETTINGS)
        with self.db.session() as s:
            save_profile(s, profile)

    # ---- contents -----------------------------------------------------------------------------
    def progress(self, plan_id: int, period: Period, as_of: date | None = None,
                 options: ReportOptions | None = None) -> ProgressReportContent:
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            profile = load_profile(s, plan)
            return progress_content(s, plan, period, as_of or default_as_of(period, profile), profile,
                                    options or ReportOptions())

    def reminders(self, plan_id: int, period: Period, as_of: date | None = None,
                  options: ReportOptions | None = None) -> list[ReminderContent]:
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            profile = load_profile(s, plan)
            return reminder_contents(s, plan, period, as_of or date.today(), profile, options or ReportOptions())

    def task_list(self, plan_id: int, as_of: date | None = None) -> TaskListContent:
        with self.db.session() as s:
            return task_list_content(s, self.get(s, Plan, plan_id), as_of or date.today())

    def targets(self, plan_id: int, as_of: date | None = None) -> TargetsContent:
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            return targets_content(s, plan, as_of or date.today(), load_profile(s, plan))

    def calendar_month(self, period: Period, plan_id: int | None = None,
                       as_of: date | None = None) -> CalendarMonthContent:
        if period.kind is not PeriodKind.MONTH:
            raise InputError("Lịch nhiệm vụ in theo tháng: dùng kỳ dạng 2021-M08.")
        with self.db.session() as s:
            profile = load_profile(s, self.get(s, Plan, plan_id) if plan_id is not None else None)
        return calendar_content(self.db, plan_id, period.year, period.index, as_of or date.today(), profile)

    # ---- export and snapshots -----------------------------------------------------------------
    def export(self, content: object, file_format: str, path: str | os.PathLike[str], *,
               plan_id: int | None = None, period: str | None = None, as_of: date | None = None,
               progress: Progress | None = None, cancel: Cancel | None = None) -> int:
        """Write the file, then record it with its content; returns the snapshot id."""
        self.require(Permission.PRINT)
        export.write(content, file_format, path, progress, cancel)
        with self.db.session() as s:
            row = ReportSnapshot(
                plan_id=plan_id, kind=export.kind_of(content), period=period,
                as_of=as_of or getattr(content, "as_of", None) or date.today(), file_format=file_format,
                file_name=Path(path).name, content=dump(content), created_by=self.user,
            )
            s.add(row)
            s.flush()
            self.audit(s, "create", row, "report", None, f"{row.kind} {period or ''} {row.file_name}")
            return row.id

    def snapshots(self, plan_id: int | None = None) -> list[tuple[int, str, str | None, date, str, str | None]]:
        """(id, kind, period, as_of, format, file name), newest first."""
        with self.db.session() as s:
            query = select(ReportSnapshot.id, ReportSnapshot.kind, ReportSnapshot.period, ReportSnapshot.as_of,
                           ReportSnapshot.file_format, ReportSnapshot.file_name).order_by(ReportSnapshot.id.desc())
            if plan_id is not None:
                query = query.where(ReportSnapshot.plan_id == plan_id)
            return [tuple(r) for r in s.execute(query)]  # type: ignore[misc]

    def snapshot_content(self, snapshot_id: int) -> object:
        """The content recorded with an exported report, ready to be written again."""
        with self.db.session() as s:
            row = s.get(ReportSnapshot, snapshot_id)
            if row is None:
                raise InputError(f"Không có bản lưu báo cáo mã {snapshot_id}.")
            return load(row.content)

    def reproduce(self, snapshot_id: int, file_format: str, path: str | os.PathLike[str]) -> None:
        """Write the recorded report again, exactly as it was (no new snapshot)."""
        self.require(Permission.PRINT)
        export.write(self.snapshot_content(snapshot_id), file_format, path)
