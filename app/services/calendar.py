"""What falls due in a date window: task occurrences and reporting-period dates (read-only).

Why here and not in the UI: the calendar view, its printout and the benchmarks need the same
expansion of recurring deadlines (`domain.deadlines.due_dates`) and the same task states
(`domain.task_state.derive_state`), computed with a few set-based queries for the whole window
rather than one query per day or per node.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from app.domain.deadlines import Deadline, DeadlineKind, due_dates
from app.domain.periods import Period, PeriodKind, periods_between
from app.domain.reporting import ReportingRule, due_date
from app.domain.task_state import AgencyProgress, ProgressStatus, TaskState, derive_state
from app.models import (
    Agency,
    AgencyGroup,
    AgencyGroupMember,
    Assignment,
    NodeDeadline,
    Plan,
    PlanNode,
    PlanReportingRule,
    ProgressUpdate,
)
from app.models.database import Database

CHUNK = 800  # SQLite's bound-parameter limit is 999 on old builds
_FREQUENCY = {"M": PeriodKind.MONTH, "Q": PeriodKind.QUARTER, "H": PeriodKind.HALF, "6M": PeriodKind.HALF,
              "9M": PeriodKind.NINE_MONTHS, "Y": PeriodKind.YEAR}


@dataclass(frozen=True)
class DueItem:
    """One thing due on `day`: a task occurrence (`kind == "task"`) or a reporting date of a plan
    (`"report_cutoff"`: the period's data cut-off, `"report_due"`: agencies' reports due)."""

    day: date
    kind: str
    plan_id: int
    plan_number: str
    node_id: int | None
    label: str
    text: str
    lead_names: tuple[str, ...] = ()
    state: TaskState | None = None
    recurring: bool = False
    ongoing: bool = False
    period: str | None = None


def deadline_of(row: NodeDeadline | None) -> Deadline | None:
    """The domain deadline of a stored row: its parsed meaning plus the clerk's override/trigger."""
    if row is None:
        return None
    data = dict(row.params) if row.params else {"kind": row.kind, "phrase": row.phrase}
    data["override"] = row.override_date.isoformat() if row.override_date else None
    data["trigger"] = row.trigger_date.isoformat() if row.trigger_date else None
    return Deadline.from_dict(data)


def _frequency(value: str) -> PeriodKind | None:
    try:
        return PeriodKind(value)
    except ValueError:
        return _FREQUENCY.get(value.upper())


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


class CalendarService:
    """`due_items(start, end, ...)`: every due item in [start, end], sorted by day then plan."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def due_items(self, start: date, end: date, *, plan_id: int | None = None, agency_id: int | None = None,
                  states: set[TaskState] | None = None, as_of: date | None = None,
                  include_reporting: bool = True) -> list[DueItem]:
        as_of = as_of or date.today()
        items: list[DueItem] = []
        with self._db.session() as s:
            stmt = (select(PlanNode.id, PlanNode.plan_id, PlanNode.label, PlanNode.text, Plan.number, NodeDeadline)
                    .join(NodeDeadline, NodeDeadline.node_id == PlanNode.id)
                    .join(Plan, Plan.id == PlanNode.plan_id)
                    .where(PlanNode.kind == "task", Plan.status != "archived"))
            if plan_id is not None:
                stmt = stmt.where(PlanNode.plan_id == plan_id)
            if agency_id is not None:
                groups = select(AgencyGroupMember.group_id).where(AgencyGroupMember.agency_id == agency_id)
                assigned = select(Assignment.node_id).where(
                    or_(Assignment.agency_id == agency_id, Assignment.group_id.in_(groups)))
                stmt = stmt.where(PlanNode.id.in_(assigned))
            hits: list[tuple[date, int, int, str, str, str, bool, bool]] = []
            ongoing: dict[int, list[tuple[int, str, str, str]]] = defaultdict(list)
            for node_id, node_plan, label, text, number, row in s.execute(stmt):
                deadline = deadline_of(row)
                if deadline is None:
                    continue
                if deadline.kind is DeadlineKind.ONGOING and deadline.override is None:
                    ongoing[node_plan].append((node_id, label, text, number or ""))
                    continue
                for day in due_dates(deadline, start, end):
                    hits.append((day, node_plan, node_id, label, text, number or "", deadline.is_recurring, False))
            rules = self._rules(s, plan_id) if include_reporting or ongoing else {}
            report_days: dict[int, list[tuple[date, str, str]]] = defaultdict(list)
            numbers = dict(s.execute(select(Plan.id, Plan.number)).all()) if rules else {}
            for rule_plan, plan_rules in rules.items():
                for rule in plan_rules:
                    for period in periods_between(rule.frequency, start, end):
                        cutoff, due = period.window().end, due_date(rule, period)
                        if start <= cutoff <= end:
                            report_days[rule_plan].append((cutoff, "report_cutoff", period.code))
                        if start <= due <= end:
                            report_days[rule_plan].append((due, "report_due", period.code))
            for rule_plan, days in report_days.items():
                for day, kind, code in days:
                    if include_reporting:
                        items.append(DueItem(day, kind, rule_plan, numbers.get(rule_plan) or "", None,
                                             "", "", period=code))
                    if kind == "report_due":
                        for node_id, label, text, number in ongoing.get(rule_plan, []):
                            hits.append((day, rule_plan, node_id, label, text, number, True, True))
            node_ids = sorted({h[2] for h in hits})
            leads, lead_names = self._leads(s, node_ids)
            latest = self._latest(s, node_ids, as_of)
            deadlines = {n: deadline_of(d) for n, d in self._deadlines(s, node_ids).items()}
        state_cache: dict[int, TaskState | None] = {}
        for day, node_plan, node_id, label, text, number, recurring, is_ongoing in hits:
            if node_id not in state_cache:
                deadline = deadlines.get(node_id)
                progress = [latest.get((node_id, a)) for a in leads.get(node_id, [])]
                state_cache[node_id] = derive_state(deadline, progress, as_of) if deadline else None
            state = state_cache[node_id]
            if states is not None and state not in states:
                continue
            items.append(DueItem(day, "task", node_plan, number, node_id, label, text,
                                 tuple(lead_names.get(node_id, ())), state, recurring, is_ongoing))
        order = {"report_cutoff": 0, "task": 1, "report_due": 2}
        items.sort(key=lambda i: (i.day, order[i.kind], i.plan_number, i.node_id or 0))
        return items

    # -- set-based lookups -------------------------------------------------------------------
    def _rules(self, s, plan_id: int | None) -> dict[int, list[ReportingRule]]:  # noqa: ANN001
        stmt = select(PlanReportingRule).where(PlanReportingRule.active.is_(True))
        if plan_id is not None:
            stmt = stmt.where(PlanReportingRule.plan_id == plan_id)
        out: dict[int, list[ReportingRule]] = defaultdict(list)
        for row in s.scalars(stmt):
            kind = _frequency(row.frequency)
            if kind is not None:
                out[row.plan_id].append(ReportingRule(kind, row.day, row.month, row.phrase))
        return out

    def _deadlines(self, s, node_ids: list[int]) -> dict[int, NodeDeadline]:  # noqa: ANN001
        out = {}
        for chunk in _chunks(node_ids):
            for row in s.scalars(select(NodeDeadline).where(NodeDeadline.node_id.in_(chunk))):
                out[row.node_id] = row
        return out

    def _leads(self, s, node_ids: list[int]) -> tuple[dict[int, list[int]], dict[int, list[str]]]:  # noqa: ANN001
        members: dict[int, list[int]] = defaultdict(list)
        for group_id, agency in s.execute(select(AgencyGroupMember.group_id, AgencyGroupMember.agency_id)):
            members[group_id].append(agency)
        agency_names = dict(s.execute(select(Agency.id, Agency.name)).all())
        group_names = dict(s.execute(select(AgencyGroup.id, AgencyGroup.name)).all())
        leads: dict[int, list[int]] = defaultdict(list)
        names: dict[int, list[str]] = defaultdict(list)
        for chunk in _chunks(node_ids):
            stmt = (select(Assignment.node_id, Assignment.agency_id, Assignment.group_id)
                    .where(Assignment.node_id.in_(chunk), Assignment.role == "lead")
                    .order_by(Assignment.node_id, Assignment.position))
            for node_id, agency, group in s.execute(stmt):
                ids = [agency] if agency is not None else members.get(group, [])
                leads[node_id].extend(a for a in ids if a not in leads[node_id])
                name = agency_names.get(agency, "") if agency is not None else group_names.get(group, "")
                names[node_id].append(name)
        return leads, names

    def _latest(self, s, node_ids: list[int], as_of: date) -> dict[tuple[int, int], AgencyProgress]:  # noqa: ANN001
        latest: dict[tuple[int, int], AgencyProgress] = {}
        for chunk in _chunks(node_ids):
            stmt = (select(ProgressUpdate.node_id, ProgressUpdate.agency_id, ProgressUpdate.status,
                           ProgressUpdate.percent, ProgressUpdate.reported_on, ProgressUpdate.done_on)
                    .where(ProgressUpdate.node_id.in_(chunk), ProgressUpdate.reported_on <= as_of)
                    .order_by(ProgressUpdate.reported_on, ProgressUpdate.id))
            for node_id, agency, status, percent, reported_on, done_on in s.execute(stmt):
                latest[(node_id, agency)] = AgencyProgress(agency, ProgressStatus(status), percent, reported_on,
                                                           done_on)
        return latest


__all__ = ["CalendarService", "DueItem", "Period"]
