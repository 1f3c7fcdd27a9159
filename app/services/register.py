"""The register of who reported (sổ theo dõi báo cáo): set-based loaders around `app.domain.register`.

A handful of queries per plan whatever the number of periods: the plan's tasks with their
deadlines and assignees, the day each task was done, and the received dates grouped by agency
and period. The rules themselves live in the domain module (one definition of "expected").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.own_office import is_own, is_own_leadership, own_keys
from app.domain.periods import Period, PeriodKind, WindowScheme, period_containing
from app.domain.plan_names import plan_heading
from app.domain.register import Register, TaskDuty, build_register, expected_tasks
from app.domain.reporting import ReportingRule, period_due_date
from app.domain.text import fold, sort_key
from app.errors import InputError
from app.models import Agency, AgencyAlias, AgencyReport, Plan, PlanNode, PlanReportingRule, ProgressUpdate
from app.services.agencies import resolve_agency
from app.services.base import Service
from app.services.task_states import load_assignees, load_deadlines, plan_scope

_FREQUENCY = {"M": PeriodKind.MONTH, "Q": PeriodKind.QUARTER, "H": PeriodKind.HALF, "6M": PeriodKind.HALF,
              "9M": PeriodKind.NINE_MONTHS, "Y": PeriodKind.YEAR}
MAX_PERIODS = 240  # 20 years of months: a range beyond that is a typing mistake


@dataclass(frozen=True)
class RegisterView:
    """A plan's register with what a view or a printout needs beside the numbers."""

    plan_id: int
    plan_number: str
    plan_heading: str  # `Kế hoạch số 177/KH-UBND: title` (`app.domain.plan_names.plan_heading`)
    as_of: dt.date
    register: Register
    names: dict[int, str]
    proposed: frozenset[int] = frozenset()  # agencies stored from a plan that the directory lacks (`UBND`)

    @property
    def agencies(self) -> list[int]:
        """Agencies in Vietnamese alphabetical order."""
        return sorted(self.register.agencies, key=lambda a: sort_key(self.names.get(a, "")))


def plan_reporting_rules(s: Session, plan_id: int) -> list[ReportingRule]:
    """The plan's active reporting rules (`trước ngày 15/12 hằng năm`) as domain rules."""
    rules = []
    for row in s.scalars(select(PlanReportingRule).where(PlanReportingRule.plan_id == plan_id,
                                                         PlanReportingRule.active.is_(True))):
        kind = _FREQUENCY.get(row.frequency.upper()) if row.frequency else None
        if kind is None:
            try:
                kind = PeriodKind(row.frequency)
            except ValueError:
                continue
        rules.append(ReportingRule(kind, row.day, row.month, row.phrase))
    return rules


def window_scheme(s: Session) -> WindowScheme:
    """The office's reporting windows (ND 09 cut-offs or calendar), from its stored profile."""
    # Imported here: the reports package reads the register, so a module-level import would loop.
    from app.services.reports.office import load_profile

    return WindowScheme(load_profile(s).window)


def periods_range(last: Period, first: Period | None = None) -> list[Period]:
    """`first` … `last` of the same kind, oldest first (just `last` without `first`)."""
    if first is None:
        return [last]
    if first.kind is not last.kind:
        raise InputError(f"Kỳ đầu {first.code} và kỳ cuối {last.code} phải cùng loại (tháng, quý, năm…).")
    if first > last:
        raise InputError(f"Kỳ đầu {first.code} ở sau kỳ cuối {last.code}.")
    out = [first]
    while out[-1] != last:
        if len(out) >= MAX_PERIODS:
            raise InputError(f"Khoảng kỳ quá dài (quá {MAX_PERIODS} kỳ).")
        out.append(out[-1].next())
    return out


def compiling_office(s: Session, plan_id: int) -> int | None:
    """The agency that receives and compiles the reports: the office profile's issuing body
    (`Sở Nội vụ`) found in the directory by its name or alias, else its drafting unit when that is an
    agency (a Thành ủy's reports are compiled by its `Văn phòng Thành ủy`); with no profile,
    the plan's focal agency (as the report's letterhead takes it). None when neither is in
    the directory."""
    from app.services.reports.office import load_profile  # that package imports this module

    plan = s.get(Plan, plan_id)
    if plan is None:
        return None
    profile = load_profile(s, plan)
    for name in (profile.issuing_body, profile.archive):
        found = resolve_agency(s, fold(name)) if name.strip() else None
        if found is not None:
            return found
    return None


def not_owing(s: Session, plan_id: int) -> frozenset[int]:
    """The agencies that owe the office no report on the plan, found by name or alias: the compiling office, the
    office itself and the body it signs for under any name (`T/M Ban Thường vụ` of `Thành ủy Hà Nội`: the `Ban
    Thường vụ Thành ủy`, `reports.office.signs_for`), its other leading bodies (`Thường trực Thành ủy`,
    `own_office.is_own_leadership`) and the plan's issuer. The one rule the register, the
    reminders, the workbooks and the reports' "not reported" lists count by.

    Why: a plan assigns tasks to the body that issued it (`Ban Thường vụ Thành ủy lãnh đạo, chỉ đạo…`) and to the
    office's own organs; those tasks are done, not reported to the office that compiles the reports — counting
    them as owing listed the office's own Ban Thường vụ in the register and sent it reminder letters."""
    from app.services.reports.office import load_profile, signs_for  # that package imports this module

    plan = s.get(Plan, plan_id)
    if plan is None:
        return frozenset()
    profile = load_profile(s, plan)
    issuer = own_keys([plan.issuer or ""], profile.place)
    office_keys = own_keys((profile.issuing_body, profile.short_name), profile.place)
    names = s.execute(select(Agency.id, Agency.name).union_all(select(AgencyAlias.agency_id, AgencyAlias.alias)))
    own = {agency for agency, name in names if signs_for(profile, name) or is_own(name, issuer, profile.place)
           or is_own_leadership(name, office_keys, profile.place)}
    office = compiling_office(s, plan_id)
    return frozenset(own | ({office} if office is not None else set()))


def task_duties(s: Session, plan_id: int, as_of: dt.date) -> list[TaskDuty]:
    """Every task of the plan (by parent and position) with what decides whether it is owed a report.

    The compiling office, its own bodies and the plan's issuer owe no report (`not_owing`): they are left out of
    the agencies expected to report (they still close the tasks they lead), so the register, the exchange
    workbooks, the reminders, the report's reporting sentence and its Phụ lục II count the same agencies."""
    issued_on, followed_from = s.execute(select(Plan.issued_on, Plan.followed_from)
                                         .where(Plan.id == plan_id)).first() or (None, None)
    exempt = not_owing(s, plan_id)
    scope = plan_scope([plan_id])
    deadlines = load_deadlines(s, scope)
    assignees = load_assignees(s, scope)
    done_by: dict[tuple[int, int], dt.date] = {
        (node, agency): day for node, agency, day in s.execute(
            select(ProgressUpdate.node_id, ProgressUpdate.agency_id,
                   func.min(func.coalesce(ProgressUpdate.done_on, ProgressUpdate.reported_on)))
            .join(PlanNode, PlanNode.id == ProgressUpdate.node_id)
            .where(PlanNode.plan_id == plan_id, ProgressUpdate.status == "done",
                   ProgressUpdate.reported_on <= as_of)
            .group_by(ProgressUpdate.node_id, ProgressUpdate.agency_id))
    }
    tasks = s.execute(select(PlanNode.id).where(PlanNode.plan_id == plan_id, PlanNode.kind == "task")
                      .order_by(PlanNode.parent_id, PlanNode.position, PlanNode.id)).scalars().all()
    duties = []
    for node_id in tasks:
        everyone: dict[int, None] = {}
        leads: dict[int, None] = {}
        for a in assignees.get(node_id, ()):
            for agency in ((a.agency_id,) if a.agency_id is not None else a.member_ids):
                everyone.setdefault(agency, None)
                if a.role == "lead":
                    leads.setdefault(agency, None)
        closers = list(leads or everyone)
        done = [done_by.get((node_id, agency)) for agency in closers]
        done_on = max(d for d in done if d is not None) if closers and all(done) else None  # type: ignore[type-var]
        owing = frozenset(everyone) - exempt
        duties.append(TaskDuty(node_id, deadlines.get(node_id), owing, issued_on, done_on, followed_from))
    return duties


def unconfirmed_agencies(s: Session) -> frozenset[int]:
    """The proposed agencies (names a plan gave that the directory lacks): the register lists them, never
    expects them (`app.domain.register`)."""
    return frozenset(s.scalars(select(Agency.id).where(Agency.proposed.is_(True))))


def received_dates(s: Session, plan_id: int, codes: Sequence[str]) -> dict[tuple[int, str], dt.date]:
    """The day each agency's report for each period arrived: the report document's day, else the
    day of its first progress update for that period. The entries of the office, its own bodies and the plan's
    issuer are not a report (`not_owing`)."""
    received: dict[tuple[int, str], dt.date] = {}
    for agency, period, day in s.execute(
        select(ProgressUpdate.agency_id, ProgressUpdate.period, func.min(ProgressUpdate.reported_on))
        .join(PlanNode, PlanNode.id == ProgressUpdate.node_id)
        .where(PlanNode.plan_id == plan_id, ProgressUpdate.period.in_(list(codes)))
        .group_by(ProgressUpdate.agency_id, ProgressUpdate.period)
    ):
        received[(agency, period)] = day
    for agency, period, day in s.execute(
        select(AgencyReport.agency_id, AgencyReport.period, AgencyReport.received_on)
        .where(AgencyReport.plan_id == plan_id, AgencyReport.period.in_(list(codes)))
    ):
        received[(agency, period)] = day
    exempt = not_owing(s, plan_id)
    return {key: day for key, day in received.items() if key[0] not in exempt}


def register_in(s: Session, plan_id: int, periods: Sequence[Period], as_of: dt.date) -> Register:
    """The register inside a caller's session (the reports read it in their own transaction)."""
    scheme = window_scheme(s)
    rules = plan_reporting_rules(s, plan_id)
    spans = [(p, p.window(scheme), period_due_date(rules, p, scheme)) for p in periods]
    duties = task_duties(s, plan_id, as_of)
    return build_register(duties, spans, received_dates(s, plan_id, [p.code for p in periods]), as_of,
                          unconfirmed_agencies(s))


def expected_in(s: Session, plan_id: int, period: Period, as_of: dt.date) -> dict[int, list[int]]:
    """Per agency, the tasks it must report on for the period (the exchange workbook's rows)."""
    return expected_tasks(task_duties(s, plan_id, as_of), period.window(window_scheme(s)))


class RegisterService(Service):
    def register(self, plan_id: int, period: Period, *, first: Period | None = None,
                 as_of: dt.date | None = None) -> RegisterView:
        """Agencies × periods (`first` … `period`, or the one period) at `as_of` (default: today)."""
        periods = periods_range(period, first)
        day = as_of or dt.date.today()
        with self.db.session() as s:
            plan = self.get(s, Plan, plan_id)
            register = register_in(s, plan_id, periods, day)
            rows = s.execute(select(Agency.id, Agency.name, Agency.proposed)
                             .where(Agency.id.in_(register.agencies))).all()
            return RegisterView(plan.id, plan.number or "", plan_heading(plan.number, plan.doc_type, plan.title), day,
                                register,
                                {a: name for a, name, _p in rows}, frozenset(a for a, _n, p in rows if p))

    def expected(self, plan_id: int, period: Period, as_of: dt.date | None = None) -> dict[int, list[int]]:
        """Which agencies owe a report on which tasks of the plan for `period` as of `as_of`: the register's
        expected cells."""
        with self.db.session() as s:
            self.get(s, Plan, plan_id)
            return expected_in(s, plan_id, period, as_of or dt.date.today())

    def current_period(self, kind: PeriodKind, day: dt.date | None = None) -> Period | None:
        """The period of `kind` that holds `day` (today) under the office's reporting windows: the register opens on
        it."""
        with self.db.session() as s:
            return period_containing(kind, day or dt.date.today(), window_scheme(s))

