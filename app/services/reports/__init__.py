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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.periods import Period, PeriodKind, WindowScheme
from app.domain.reporting import period_due_date
from app.domain.roles import Permission
from app.domain.text import sort_key
from app.errors import InputError
from app.exporters.atomic import Cancel, Progress, atomic_path, files_together
from app.exporters.builders.common import plan_citation
from app.exporters.content import (
    CalendarMonthContent,
    Narrative,
    ProgressReportContent,
    ReminderContent,
    TargetsContent,
    TaskListContent,
)
from app.exporters.content_json import dump, load
from app.models import Plan, ReportSnapshot
from app.outputs import check_output, check_output_folder
from app.services.approvals import approval_note
from app.services.base import Service
from app.services.reports import collect, drafts, export
from app.services.reports.letters import reminder_contents
from app.services.reports.listings import calendar_content, targets_content, task_list_content
from app.services.reports.office import OfficeProfile, load_profile, profile_gaps, save_profile, stored_profile
from app.services.reports.progress import ReportOptions, progress_content
from app.services.reports.request import (
    FORMATS,
    DocKind,
    ReportDates,
    ReportRequest,
    cutoff,
    letter_file_name,
    report_dates,
)
from app.services.reports.scope import check_period, period_problem

__all__ = ["DocKind", "OfficeProfile", "ReportDates", "ReportOptions", "ReportRequest", "ReportService",
           "default_as_of"]


def default_as_of(period: Period, profile: OfficeProfile | None = None) -> date:
    """The period's data cut-off (ND09: the 14th of its last month): what the report covers."""
    return cutoff(period, WindowScheme(profile.window) if profile else WindowScheme.ND09)


class ReportService(Service):
    # ---- office profile -----------------------------------------------------------------------
    def office(self, plan_id: int | None = None) -> OfficeProfile:
        """The office profile reports are signed with (letterhead, signer, recipients), for `plan_id`'s issuer when
        given."""
        with self.db.session() as s:
            return load_profile(s, self.get(s, Plan, plan_id) if plan_id is not None else None)

    def stored_office(self) -> OfficeProfile:
        """The profile as the clerk saved it, without the defaults `office` fills in: a form that does not show
        the number codes must not store the ones derived from the name it had (the assistant froze `CQ`, the
        code of no name, and every report was numbered `/BC-CQ`)."""
        with self.db.session() as s:
            return stored_profile(s)

    def save_office(self, profile: OfficeProfile) -> None:
        """Store the office profile for every later report (settings permission)."""
        self.require(Permission.SETTINGS)
        with self.db.session() as s:
            save_profile(s, profile)

    def office_needs_asking(self) -> bool:
        """True once per database while the profile is incomplete: the window asks at first start
        (the clerk may skip; then the question is not repeated, the export names what is missing)."""
        with self.db.session() as s:
            return bool(profile_gaps(stored_profile(s))) and not drafts.office_asked(s)

    def mark_office_asked(self) -> None:
        """Remember, per database, that the first-start question about the office profile was asked, so it is not
        asked again."""
        with self.db.session() as s:
            drafts.mark_office_asked(s)

    # ---- the clerk's text, per plan and period ----------------------------------------------
    def narrative(self, plan_id: int, period: str) -> Narrative:
        """What the clerk last typed into the report of `plan_id` for `period` (empty sections when nothing was
        kept)."""
        with self.db.session() as s:
            return drafts.load_narrative(s, plan_id, period)

    def save_narrative(self, plan_id: int, period: str, narrative: Narrative) -> None:
        """Keep the sections the clerk typed for the plan and period, so a report written over days survives the
        dialog closing."""
        self.require(Permission.PRINT)
        with self.db.session() as s:
            self.get(s, Plan, plan_id)
            drafts.store_narrative(s, plan_id, period, narrative)

    def office_gaps(self) -> list[str]:
        """What the stored office profile still lacks for a document to be signed (empty: complete)."""
        with self.db.session() as s:
            return profile_gaps(stored_profile(s))

    # ---- the one entry: a request in, contents or files out ---------------------------------
    def dates(self, request: ReportRequest) -> ReportDates:
        """The data date and the document date of a request (`request.report_dates`)."""
        with self.db.session() as s:
            plan = self.get(s, Plan, request.plan_id) if request.plan_id is not None else None
            return self._dates(s, plan, request)

    def _dates(self, s: Session, plan: Plan | None, request: ReportRequest) -> ReportDates:
        profile = load_profile(s, plan)
        scheme = WindowScheme(profile.window)
        due = None
        if request.period is not None:
            rules = collect.reporting_rules(s, plan.id) if plan is not None else []
            due = period_due_date(rules, request.period, scheme)
        return report_dates(request.period, scheme, due, date.today(), request.as_of, request.issued_on,
                            request.kind)

    def period_problem(self, request: ReportRequest) -> str | None:
        """Why the request's period is outside its plan's life (one line), or None; the window
        asks the clerk before going on (`ReportRequest.outside_plan`)."""
        if request.plan_id is None or request.period is None:
            return None
        with self.db.session() as s:
            plan = self.get(s, Plan, request.plan_id)
            return period_problem(s, plan, request.period, WindowScheme(load_profile(s, plan).window))

    def unconfirmed_names(self, request: ReportRequest) -> list[str]:
        """The names the plan gave that the directory lacks and that hold tasks of the request's period, in
        Vietnamese order: the progress report counts no report from them and no reminder goes to them
        (`Register.unconfirmed_in`, the one rule), so the window warns before printing. Empty for the other kinds."""
        period = request.period
        if request.kind not in (DocKind.PROGRESS, DocKind.REMINDER) or request.plan_id is None or period is None:
            return []
        with self.db.session() as s:
            plan = self.get(s, Plan, request.plan_id)
            as_of = self._dates(s, plan, request).as_of
            register = collect.period_register(s, plan.id, period, as_of, WindowScheme(load_profile(s, plan).window))
            names = collect.agency_names(s)
            return sorted((names.get(a, "?") for a in register.unconfirmed_in(period.code)), key=sort_key)

    def content(self, request: ReportRequest) -> Any:
        """The document(s) the request describes, computed from the database: one content, or
        for reminders the list of letters (each with its own number when numbered)."""
        request.check()
        with self.db.session() as s:
            plan = self.get(s, Plan, request.plan_id) if request.plan_id is not None else None
            if plan is not None and request.period is not None and not request.outside_plan:
                check_period(s, plan, request.period, WindowScheme(load_profile(s, plan).window))
            when = self._dates(s, plan, request)
            options = ReportOptions(number=request.number, issued_on=when.issued_on)
        kind, period = request.kind, request.period
        if kind is DocKind.PROGRESS:
            assert plan is not None and period is not None
            content = self.progress(plan.id, period, when.as_of, options)
            with self.db.session() as s:  # an approved period's report says so (issue 14)
                content.approval = approval_note(s, plan.id, period.code)
            return content
        if kind is DocKind.REMINDER:
            assert plan is not None and period is not None
            return self.reminders(plan.id, period, when.as_of, options)
        if kind is DocKind.CALENDAR:
            assert period is not None
            return self.calendar_month(period, request.plan_id, when.as_of)
        assert plan is not None
        if kind is DocKind.TARGETS:
            return self.targets(plan.id, when.as_of)
        return self.task_list(plan.id, when.as_of)

    def produce(self, request: ReportRequest, out: str | os.PathLike[str], file_format: str, *,
                content: Any = None, force: bool = False, progress: Progress | None = None,
                cancel: Cancel | None = None) -> list[Path]:
        """Write the request's document(s) and record each as a snapshot; returns the files.

        `out` is the file, or for reminders the folder that receives one letter per agency.
        `content` (already loaded, e.g. with the clerk's narrative) skips the computation. Every
        target is checked before anything is written: an incomplete office profile, the open
        database, an existing file without `force` are refused with one line.
        """
        self.require(Permission.PRINT)
        if file_format not in FORMATS:
            raise InputError(f"Định dạng tệp «{file_format}» không được hỗ trợ: chọn docx, pdf hoặc xlsx.")
        gaps = self.office_gaps()
        if gaps:
            raise InputError("Chưa đủ thông tin cơ quan ban hành để in văn bản: thiếu " + ", ".join(gaps)
                             + ". Hãy khai báo ở Báo cáo → Thông tin cơ quan ban hành.")
        if content is None:
            content = self.content(request)
        if request.narrative != Narrative() and isinstance(content, ProgressReportContent):
            content = content.with_narrative(request.narrative)
        docs = list(content) if isinstance(content, list) else [content]
        if isinstance(content, list):
            if not docs:
                return []  # nobody owes anything: not an error, the caller says so
            folder = check_output_folder(out)
            targets = [folder / letter_file_name(d.agency, file_format, d.letterhead.number.seq) for d in docs]
        else:
            targets = [Path(out)]
        protected = [self.db.url]
        targets = [check_output(t, force=force, protected=protected) for t in targets]
        dates = self.dates(request)
        if not isinstance(content, list):
            self.export(content, file_format, targets[0], plan_id=request.plan_id, period=request.code,
                        as_of=dates.as_of, progress=progress, cancel=cancel)
            return targets
        # every letter and its record, or none (a full disk at the fifth), and no folder left empty
        with files_together(targets[0].parent) as written:
            for number, (doc, target) in enumerate(zip(docs, targets, strict=True)):
                if progress is not None:
                    progress(number, len(docs), getattr(doc, "agency", ""))
                with atomic_path(target) as tmp:
                    export.write(doc, file_format, tmp, None, cancel)
                written.append(target)
            with self.db.session() as s:
                for doc, target in zip(docs, targets, strict=True):
                    self._record(s, doc, file_format, target, request.plan_id, request.code, dates.as_of)
        if progress is not None:
            progress(len(docs), len(docs), "")
        return targets

    # ---- contents -----------------------------------------------------------------------------
    def progress(self, plan_id: int, period: Period, as_of: date | None = None,
                 options: ReportOptions | None = None) -> ProgressReportContent:
        """The content of the periodic progress report (sections I–VI and the annexes) for `period`, counted as of
        `as_of` (by default the period's cut-off)."""
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            profile = load_profile(s, plan)
            return progress_content(s, plan, period, as_of or default_as_of(period, profile), profile,
                                    options or ReportOptions())

    def reminders(self, plan_id: int, period: Period, as_of: date | None = None,
                  options: ReportOptions | None = None) -> list[ReminderContent]:
        """One reminder letter per agency with overdue tasks or a missing report for `period`, as of `as_of`."""
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            profile = load_profile(s, plan)
            return reminder_contents(s, plan, period, as_of or default_as_of(period, profile), profile,
                                     options or ReportOptions())

    def task_list(self, plan_id: int, as_of: date | None = None) -> TaskListContent:
        """The plan's tasks with their state and latest result as of `as_of`, for the printed task list."""
        with self.db.session() as s:
            return task_list_content(s, self.get(s, Plan, plan_id), as_of or date.today())

    def targets(self, plan_id: int, as_of: date | None = None) -> TargetsContent:
        """The plan's targets with their latest measurement and assessment as of `as_of`, for the printed targets
        table. A plan without targets has no table to print: refused, as a page of one line saying so is no
        document a leader signs or files (its reports leave the targets part out)."""
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            content = targets_content(s, plan, as_of or date.today(), load_profile(s, plan))
        if not content.rows:
            raise InputError(f"{plan_citation(content.plan, with_subject=False)} không đặt chỉ tiêu định lượng: "
                             "không có bảng chỉ tiêu để in.")
        return content

    def calendar_month(self, period: Period, plan_id: int | None = None,
                       as_of: date | None = None) -> CalendarMonthContent:
        """The month's due items (of one plan or all) as a printable calendar; only a month period is accepted."""
        if period.kind is not PeriodKind.MONTH:
            raise InputError("Lịch nhiệm vụ in theo tháng: dùng kỳ dạng 2021-M08.")
        with self.db.session() as s:
            profile = load_profile(s, self.get(s, Plan, plan_id) if plan_id is not None else None)
        return calendar_content(self.db, plan_id, period.year, period.index,
                                as_of or default_as_of(period, profile), profile)

    # ---- export and snapshots -----------------------------------------------------------------
    def export(self, content: object, file_format: str, path: str | os.PathLike[str], *,
               plan_id: int | None = None, period: str | None = None, as_of: date | None = None,
               progress: Progress | None = None, cancel: Cancel | None = None) -> int:
        """Write the file and record it with its content; returns the snapshot id.

        The file is written beside the target, the snapshot is committed, and only then does the
        file take its name: a database that is busy (or read-only, or full) leaves no file behind.
        """
        self.require(Permission.PRINT)
        with atomic_path(path) as written:
            export.write(content, file_format, written, progress, cancel)
            with self.db.session() as s:
                snapshot_id = self._record(s, content, file_format, path, plan_id, period, as_of)
        return snapshot_id

    def _record(self, s: Session, content: object, file_format: str, path: str | os.PathLike[str],
                plan_id: int | None, period: str | None, as_of: date | None) -> int:
        """Record a written file with its content (the report history), audited; returns the snapshot id."""
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
        """(id, kind, period, as_of, format, file name), newest first: the report history."""
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
            content = load(row.content)
            if isinstance(content, ProgressReportContent) and row.plan_id is not None and row.period:
                # printed again after the leader approved it: the copy names the approval
                content.approval = approval_note(s, row.plan_id, row.period, snapshot_id) or content.approval
            return content

    def reproduce(self, snapshot_id: int, file_format: str, path: str | os.PathLike[str]) -> None:
        """Write the recorded report again, exactly as it was (no new snapshot)."""
        self.require(Permission.PRINT)
        export.write(self.snapshot_content(snapshot_id), file_format, path)
