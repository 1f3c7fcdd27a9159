"""What falls due in a date window: task occurrences and reporting-period dates (read-only).

Why here and not in the UI: the calendar view, its printout and the benchmarks need the same
expansion of recurring deadlines (`domain.deadlines.due_dates`) and the same task states
(`domain.task_state.derive_state`), computed with a few set-based queries for the whole window
rather than one query per day or per node.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.deadlines import Deadline, DeadlineKind, due_dates, last_due_on_or_before
from app.domain.periods import Period, PeriodKind, periods_between
from app.domain.plan_names import plan_caption
from app.domain.reporting import ReportingRule, period_due_date
from app.domain.task_state import TaskState, occurrence_state
from app.models import (
    AgencyGroupMember,
    Assignment,
    AuditEntry,
    NodeDeadline,
    Plan,
    PlanNode,
    PlanReportingRule,
)
from app.models.database import Database
from app.services.task_states import (
    PARAMS_TEXT,
    load_assignees,
    load_latest_progress,
    make_deadline,
    node_scope,
    task_state,
)

_FREQUENCY = {"M": PeriodKind.MONTH, "Q": PeriodKind.QUARTER, "H": PeriodKind.HALF, "6M": PeriodKind.HALF,
              "9M": PeriodKind.NINE_MONTHS, "Y": PeriodKind.YEAR}


@dataclass(frozen=True)
class DueItem:
    """One thing due on `day`: a task occurrence (`kind == "task"`) or a reporting date of a plan
    (`"report_cutoff"`: the period's data cut-off, `"report_due"`: agencies' reports due)."""

    day: date
    kind: str
    plan_id: int
    plan_caption: str  # `177/KH-UBND`, or the kind and title of a plan without a number (`plan_caption`)
    node_id: int | None
    label: str
    text: str
    lead_names: tuple[str, ...] = ()
    state: TaskState | None = None
    recurring: bool = False
    ongoing: bool = False
    period: str | None = None


@dataclass(frozen=True)
class OverdueWork:
    """The tasks running overdue in the calendar's scope: how many, and the earliest deadline they missed (the
    day the calendar shows it on), with that task. Why: a plan whose deadlines have all passed leaves the current
    month empty, and the clerk must see at once that work is overdue and where."""

    count: int = 0
    first_day: date | None = None
    first_plan: int | None = None
    first_node: int | None = None


def _frequency(value: str) -> PeriodKind | None:
    try:
        return PeriodKind(value)
    except ValueError:
        return _FREQUENCY.get(value.upper())


@dataclass
class _Index:
    """Every task occurrence in [first_year, last_year], sorted by day, for one database state."""

    stamp: tuple[object, ...]
    first_year: int
    last_year: int
    days: list[date] = field(default_factory=list)
    nodes: list[int] = field(default_factory=list)
    info: dict[int, tuple[int, str, str, str, bool, bool]] = field(default_factory=dict)  # plan, label, text,
    #                                                                            number, recurring, archived
    deadlines: dict[int, Deadline] = field(default_factory=dict)
    ongoing: dict[int, list[int]] = field(default_factory=dict)  # plan id -> ongoing task ids
    issued: dict[int, date | None] = field(default_factory=dict)  # plan id -> date of issue


class CalendarService:
    """`due_items(start, end, ...)`: every due item in [start, end], sorted by day then plan.

    Expanding 30,000 deadlines takes about a second, so the expansion is kept in an index that is
    rebuilt only when the stored outline or deadlines change (a cheap aggregate "stamp" query
    tells) or when a window falls outside the years it covers; a month then costs a bisect and
    the states of the tasks it shows.
    """

    def __init__(self, database: Database) -> None:
        self._db = database
        self._index: _Index | None = None
        self._overdue: tuple[tuple[object, ...], OverdueWork] | None = None  # the last answer, by data and scope

    def due_items(self, start: date, end: date, *, plan_id: int | None = None, agency_id: int | None = None,
                  states: set[TaskState] | None = None, as_of: date | None = None,
                  include_reporting: bool = True) -> list[DueItem]:
        """The due dates between `start` and `end` (tasks and, with `include_reporting`, the plans' reporting
        deadlines), filtered by plan, agency (its own or its groups' tasks) and state as of `as_of`; read from a
        day index so a month of a large office is quick."""
        as_of = as_of or date.today()
        if end < start:
            return []
        items: list[DueItem] = []
        with self._db.session() as s:
            index = self._ensure_index(s, start.year, end.year)
            lo, hi = bisect_left(index.days, start), bisect_right(index.days, end)
            allowed = self._agency_tasks(s, agency_id)
            hits: list[tuple[date, int, bool]] = []
            ongoing_days: set[tuple[date, int]] = set()  # an ongoing task is due at each report of its plan
            for i in range(lo, hi):
                node_id = index.nodes[i]
                node_plan, _label, _text, _number, recurring, archived = index.info[node_id]
                if archived or (plan_id is not None and node_plan != plan_id) or (
                        allowed is not None and node_id not in allowed):
                    continue
                hits.append((index.days[i], node_id, False))
            rules = self._rules(s, plan_id)
            captions = {row.id: plan_caption(row.number, row.doc_type, row.title)
                        for row in s.execute(select(Plan.id, Plan.number, Plan.doc_type, Plan.title))}
            for rule_plan, plan_rules in rules.items():
                # A plan may state one period's report in several sentences (69/KH-UBND: `ngày 25 hằng tháng`
                # three times, `ngày 20 hằng tháng` once): each period is shown once, due on the day the register,
                # the letters and the workbooks take (`period_due_date`), not once per sentence.
                for kind in dict.fromkeys(rule.frequency for rule in plan_rules):
                    for period in periods_between(kind, start, end):
                        cutoff, due = period.window().end, period_due_date(plan_rules, period)
                        if include_reporting and start <= cutoff <= end:
                            items.append(DueItem(cutoff, "report_cutoff", rule_plan, captions[rule_plan],
                                                 None, "", "", period=period.code))
                        if start <= due <= end:
                            if include_reporting:
                                items.append(DueItem(due, "report_due", rule_plan, captions[rule_plan],
                                                     None, "", "", period=period.code))
                            for node_id in index.ongoing.get(rule_plan, []):
                                if (allowed is None or node_id in allowed) and (due, node_id) not in ongoing_days:
                                    ongoing_days.add((due, node_id))  # once, however many reports fall due
                                    hits.append((due, node_id, True))
            scope = node_scope(sorted({h[1] for h in hits}))
            assignees = load_assignees(s, scope)
            latest = load_latest_progress(s, scope, as_of)
        state_cache: dict[int, TaskState] = {}
        for day, node_id, is_ongoing in hits:
            node_plan, label, text, _number, recurring, _archived = index.info[node_id]
            node_assignees = assignees.get(node_id, [])
            if node_id not in state_cache:
                state_cache[node_id] = task_state(index.deadlines.get(node_id), node_assignees, latest, node_id,
                                                  as_of, index.issued.get(node_plan))[0]
            state = occurrence_state(state_cache[node_id], day, as_of)
            if states is not None and state not in states:
                continue
            lead_names = tuple(a.name for a in node_assignees if a.role == "lead")
            items.append(DueItem(day, "task", node_plan, captions[node_plan], node_id, label, text,
                                 lead_names, state, recurring or is_ongoing, is_ongoing))
        order = {"report_cutoff": 0, "task": 1, "report_due": 2}
        items.sort(key=lambda i: (i.day, order[i.kind], i.plan_caption, i.node_id or 0))
        return items

    def overdue(self, as_of: date, *, plan_id: int | None = None, agency_id: int | None = None) -> OverdueWork:
        """The tasks overdue at `as_of` among the plans (one plan, or every plan not archived) and the agency's
        tasks (its own or its groups'), as the calendar filters them; each task is dated by the last deadline it
        missed (a recurring task's too), so the first is where the calendar shows overdue work first."""
        with self._db.session() as s:
            index = self._ensure_index(s, as_of.year, as_of.year)
            key = (index.stamp, as_of, plan_id, agency_id)  # a month step asks again: nothing changed
            if self._overdue is not None and self._overdue[0] == key:
                return self._overdue[1]
            allowed = self._agency_tasks(s, agency_id)
            missed: dict[int, date] = {}
            for node_id, (node_plan, *_rest, archived) in index.info.items():
                if archived or (plan_id is not None and node_plan != plan_id) or (
                        allowed is not None and node_id not in allowed):
                    continue
                day = last_due_on_or_before(index.deadlines[node_id], as_of - timedelta(days=1))
                if day is not None:  # nothing has fallen due yet: not overdue
                    missed[node_id] = day
            scope = node_scope(sorted(missed))
            assignees = load_assignees(s, scope)
            latest = load_latest_progress(s, scope, as_of)
        overdue = sorted((day, index.info[node_id][3], node_id) for node_id, day in missed.items()
                         if task_state(index.deadlines[node_id], assignees.get(node_id, []), latest, node_id, as_of,
                                       index.issued.get(index.info[node_id][0]))[0] is TaskState.IN_PROGRESS_OVERDUE)
        first = overdue[0] if overdue else None
        work = OverdueWork(len(overdue), first[0], index.info[first[2]][0], first[2]) if first else OverdueWork()
        self._overdue = (key, work)
        return work

    @staticmethod
    def _agency_tasks(s: Session, agency_id: int | None) -> set[int] | None:
        """The tasks an agency leads or supports, itself or through its groups; None: every task."""
        if agency_id is None:
            return None
        groups = select(AgencyGroupMember.group_id).where(AgencyGroupMember.agency_id == agency_id)
        return set(s.scalars(select(Assignment.node_id).where(
            or_(Assignment.agency_id == agency_id, Assignment.group_id.in_(groups)))))

    # -- the occurrence index ----------------------------------------------------------------
    @staticmethod
    def _stamp(s: Session) -> tuple[object, ...]:
        """Changes whenever a service writes (each write adds an audit entry) or rows appear
        behind the services' back (bulk loads): three indexed lookups in one statement."""
        row = s.execute(select(select(func.max(AuditEntry.id)).scalar_subquery(),
                               select(func.max(NodeDeadline.id)).scalar_subquery(),
                               select(func.max(PlanNode.id)).scalar_subquery())).one()  # one round trip
        return tuple(row)

    def _ensure_index(self, s: Session, first_year: int, last_year: int) -> _Index:
        stamp = self._stamp(s)
        index = self._index
        if index is not None and index.stamp == stamp and index.first_year <= first_year and (
                last_year <= index.last_year):
            return index
        if index is not None and index.stamp == stamp:
            first_year, last_year = min(first_year, index.first_year), max(last_year, index.last_year)
        else:
            first_year, last_year = first_year - 1, last_year + 1  # neighbouring months come next
        self._index = self._build(s, stamp, first_year, last_year)
        return self._index

    @staticmethod
    def _build(s: Session, stamp: tuple[object, ...], first_year: int, last_year: int) -> _Index:
        index = _Index(stamp, first_year, last_year)
        index.issued = {k: v for k, v in s.execute(select(Plan.id, Plan.issued_on))}
        stmt = (select(PlanNode.id, PlanNode.plan_id, PlanNode.label, PlanNode.text, Plan.number, Plan.status,
                       NodeDeadline.kind, NodeDeadline.phrase, PARAMS_TEXT, NodeDeadline.override_date,
                       NodeDeadline.trigger_date)
                .join(NodeDeadline, NodeDeadline.node_id == PlanNode.id)
                .join(Plan, Plan.id == PlanNode.plan_id)
                .where(PlanNode.kind == "task"))
        start, end = date(first_year, 1, 1), date(last_year, 12, 31)
        occurrences: list[tuple[date, int]] = []
        ongoing: dict[int, list[int]] = defaultdict(list)
        for node_id, node_plan, label, text, number, status, kind, phrase, params, override, trigger in s.execute(stmt):
            deadline = make_deadline(kind, phrase, params, override, trigger)
            index.deadlines[node_id] = deadline
            index.info[node_id] = (node_plan, label or "", text or "", number or "", deadline.is_recurring,
                                   status == "archived")
            if deadline.kind is DeadlineKind.ONGOING and deadline.override is None:
                if status != "archived":
                    ongoing[node_plan].append(node_id)
                continue
            occurrences.extend((day, node_id) for day in due_dates(deadline, start, end))
        occurrences.sort()
        index.days = [d for d, _ in occurrences]
        index.nodes = [n for _, n in occurrences]
        index.ongoing = dict(ongoing)
        return index

    # -- set-based lookups -------------------------------------------------------------------
    def _rules(self, s: Session, plan_id: int | None) -> dict[int, list[ReportingRule]]:
        stmt = select(PlanReportingRule).where(PlanReportingRule.active.is_(True))
        if plan_id is not None:
            stmt = stmt.where(PlanReportingRule.plan_id == plan_id)
        out: dict[int, list[ReportingRule]] = defaultdict(list)
        for row in s.scalars(stmt):
            kind = _frequency(row.frequency)
            if kind is not None:
                out[row.plan_id].append(ReportingRule(kind, row.day, row.month, row.phrase))
        return out


__all__ = ["CalendarService", "DueItem", "OverdueWork", "Period"]
