"""Who owes a period report for a plan, who sent it, on time or late: the register (sổ theo dõi).

The ONE definition of "expected to report", shared by the register, the exchange workbooks (which
tasks go into an agency's workbook) and the progress report's reporting sentence.

An agency is **expected** to report for a plan and a period when it leads or supports — directly
or as a member of an assigned group — at least one task that is *open* in the period's window
[start, end] (Nghị định 09 cut-offs, or calendar windows, see `app.domain.periods`):

- the task has *started* by the window's end: the plan was issued on or before `end` (a plan
  without an issue date has always started) and the office follows it by then (a plan stored long
  after its issue is followed from the day the clerk said, `followed_from`: the periods before
  were not the office's to chase), a `Giai đoạn 2023-2024` task starts on 1/1/2023, a
  relative or conditional deadline only once its trigger date is set (and reached);
- and it is *not finished* at the window's start:
  - `Thường xuyên` (ongoing) tasks never finish;
  - recurring tasks (`hằng năm`, `hằng quý`, `trong năm 2021 và các năm tiếp theo`) finish when
    they have no occurrence left on or after `start`;
  - one-off tasks (a date, a quarter, a year, a range, no date at all) finish on the day every
    lead agency has reported them done (`done_on`); a task done before `start` is not owed,
    a task done inside the window still is (its report says so). A one-off task past its due
    date and not done stays open: agencies report on overdue work.

The compiling office itself (the office profile's issuing body, to whom the reports are sent)
is never expected to report: its own tasks are recorded by its staff, not reported to it.

A name the plan gave that the directory does not know yet (an *unconfirmed*, proposed agency:
`Ủy ban nhân dân xã`, `Trưởng thôn`, `Tổ kiểm phiếu`) is listed with the tasks it would owe but is
never expected: it may be a person or a meeting's role, or an agency the directory holds under
another name, and nobody is chased under a name the clerk has not confirmed. So the register, the
report's reporting sentence and its Phụ lục II count only the directory's agencies, and the
report says once how many such names it left out (`Register.unconfirmed_in`).

So "due in the period" (an occurrence in the window), "ongoing" and "deadline after the period
but started and not done" all fall under one rule. Suspension is not modelled: a suspended
task stays open until it is reported done.

A report is **received** on the day of the agency's period report document (`AgencyReport`), or
else on the day of the first progress update it entered for that plan and period; a date after
the as-of date does not count yet. It is **on time** when received on or before the plan's due
date for the period (`app.domain.reporting.period_due_date`, the one the calendar and the
letters show), **late** after it; an expected report not received is **missing** once the due
date has passed, **not due yet** before.

Rates as DHIS2 defines them: reporting rate = received ÷ expected, timeliness = on time ÷
expected, counted over expected reports whose due date has passed or that were received (a
period still open does not drag the rates down); received reports of agencies that were not
expected are shown but not counted, so a rate never exceeds 100%.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from app.domain.deadlines import Deadline, DeadlineKind, next_due
from app.domain.periods import DateRange, Period
from app.domain.reporting import ReportStatus, report_status


@dataclass(frozen=True)
class TaskDuty:
    """What decides whether a task is open in a window, and who owes reports on it."""

    node_id: int
    deadline: Deadline | None
    agencies: frozenset[int]  # lead and support agencies, group members included, but not the
    # compiling office, its own bodies or the plan's issuer (`services.register.not_owing`: they owe none)
    issued_on: dt.date | None = None  # the plan's issue date: nothing is owed before it
    done_on: dt.date | None = None  # every lead reported it done by this day (None: not done)
    followed_from: dt.date | None = None  # the office follows the plan from this day (None: from its issue)


def started_on(duty: TaskDuty) -> dt.date | None:
    """The first day the task can be owed; None when it cannot start yet (no trigger set)."""
    start = max(duty.issued_on or dt.date.min, duty.followed_from or dt.date.min)
    deadline = duty.deadline
    if deadline is None:
        return start
    if deadline.needs_trigger:
        return None
    if deadline.trigger is not None:
        start = max(start, deadline.trigger)
    if deadline.kind is DeadlineKind.PERIOD_RANGE and deadline.start_year:
        start = max(start, dt.date(deadline.start_year, 1, 1))
    return start


def is_open(duty: TaskDuty, window: DateRange) -> bool:
    """The task is owed a report in this window (see the module docstring)."""
    start = started_on(duty)
    if start is None or start > window.end:
        return False
    deadline = duty.deadline
    if deadline is not None and deadline.kind is DeadlineKind.ONGOING and deadline.override is None:
        return True
    if deadline is not None and deadline.is_recurring:
        return _runs_from(deadline, window.start)
    return duty.done_on is None or duty.done_on >= window.start


def suggested_follow_from(issued_on: dt.date | None, stored_on: dt.date) -> dt.date | None:
    """When a clerk stores a plan, the day the office starts following its reports unless the clerk
    says otherwise: the first day of the storing quarter for a plan issued before it (the quarter in
    hand, and every longer period that holds it, is still chased; the quarters before, gone by while
    nobody here followed the plan, are not), else None (from its issue date, the plain rule)."""
    quarter_start = dt.date(stored_on.year, 3 * ((stored_on.month - 1) // 3) + 1, 1)
    return quarter_start if issued_on is not None and issued_on < quarter_start else None


@lru_cache(maxsize=16384)
def _runs_from(deadline: Deadline, day: dt.date) -> bool:
    """A recurring deadline still has an occurrence on or after `day`; memoised because plans
    repeat the same phrases (`hằng năm`) and the register asks for every period."""
    return next_due(deadline, day - dt.timedelta(days=1)) is not None


def expected_tasks(duties: Iterable[TaskDuty], window: DateRange) -> dict[int, list[int]]:
    """Per agency, the tasks (node ids, in the given order) it is expected to report on."""
    out: dict[int, list[int]] = {}
    for duty in duties:
        if duty.agencies and is_open(duty, window):
            for agency in duty.agencies:
                out.setdefault(agency, []).append(duty.node_id)
    return out


@dataclass(frozen=True)
class Cell:
    """One agency × one period of the register."""

    expected: bool
    tasks: int  # open tasks the agency owes a report on
    due: dt.date
    received_on: dt.date | None
    status: ReportStatus | None  # None: not expected and nothing received


@dataclass
class Rates:
    """Counts over a set of cells and the DHIS2 rates computed from them."""

    expected: int = 0
    received: int = 0
    on_time: int = 0
    late: int = 0
    missing: int = 0
    not_due: int = 0

    def add(self, cell: Cell) -> None:
        if not cell.expected:
            return
        self.expected += 1
        if cell.status is ReportStatus.ON_TIME:
            self.received += 1
            self.on_time += 1
        elif cell.status is ReportStatus.LATE:
            self.received += 1
            self.late += 1
        elif cell.status is ReportStatus.MISSING:
            self.missing += 1
        else:
            self.not_due += 1

    @property
    def assessed(self) -> int:
        """The denominator: expected reports whose due date has passed or that came in."""
        return self.expected - self.not_due

    @property
    def reporting_rate(self) -> float | None:
        return self.received / self.assessed if self.assessed else None

    @property
    def timeliness(self) -> float | None:
        return self.on_time / self.assessed if self.assessed else None


@dataclass
class Register:
    """Agencies × periods with the rates per agency, per period and for the plan."""

    periods: list[Period]
    due: dict[str, dt.date]
    cells: dict[tuple[int, str], Cell]
    agencies: list[int]  # every agency with an expected or received cell
    by_agency: dict[int, Rates] = field(default_factory=dict)
    by_period: dict[str, Rates] = field(default_factory=dict)
    total: Rates = field(default_factory=Rates)

    unconfirmed: frozenset[int] = frozenset()  # names from the plan the directory lacks: listed, never expected

    def cell(self, agency_id: int, period: str) -> Cell | None:
        return self.cells.get((agency_id, period))

    def unconfirmed_in(self, period: str) -> list[int]:
        """The unconfirmed names that hold open tasks in the period: those a count of the period leaves out."""
        return [a for a in self.agencies if a in self.unconfirmed and (cell := self.cell(a, period)) and cell.tasks]


def build_register(
    duties: Sequence[TaskDuty],
    periods: Sequence[tuple[Period, DateRange, dt.date]],
    received: Mapping[tuple[int, str], dt.date],
    as_of: dt.date,
    unconfirmed: frozenset[int] = frozenset(),
) -> Register:
    """The register from task duties, each period with its window and due date, and the day
    each (agency, period code) report was received (already restricted to the plan);
    `unconfirmed`: the proposed agencies, listed but never expected (module docstring)."""
    cells: dict[tuple[int, str], Cell] = {}
    due_by_code = {period.code: due for period, _window, due in periods}
    agencies: set[int] = set()
    for period, window, due in periods:
        code = period.code
        owed = {agency: len(tasks) for agency, tasks in expected_tasks(duties, window).items()}
        arrived = {agency: day for (agency, p), day in received.items() if p == code and day <= as_of}
        for agency in owed.keys() | arrived.keys():
            day = arrived.get(agency)
            expected = agency in owed and agency not in unconfirmed
            status = report_status(due, day, as_of) if expected or day is not None else None
            cells[(agency, code)] = Cell(expected, owed.get(agency, 0), due, day, status)
            agencies.add(agency)
    register = Register(list(p for p, _w, _d in periods), due_by_code, cells, sorted(agencies),
                        unconfirmed=frozenset(unconfirmed) & agencies)
    for (agency, code), cell in cells.items():
        register.by_agency.setdefault(agency, Rates()).add(cell)
        register.by_period.setdefault(code, Rates()).add(cell)
        register.total.add(cell)
    for period, _window, _due in periods:
        register.by_period.setdefault(period.code, Rates())
    return register
