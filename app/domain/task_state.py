"""A task's state, derived from its deadline and its lead agencies' latest progress reports.

State is never typed by hand (DESIGN.md §3): it follows from the deadline, the latest
`AgencyProgress` of each lead agency and the as-of date. The rules, in order:

1. Any lead agency reports SUSPENDED → `Không thực hiện / tạm dừng`.
2. ONGOING kind (without an override) → `Thường xuyên`.
3. No due date can be computed (UNKNOWN, RELATIVE/CONDITIONAL without trigger, a quarter
   without a year) → judged as not due: `Hoàn thành đúng hạn` if every lead reports DONE,
   `Đang thực hiện trong hạn` if any lead has reported work, else `Chưa đến hạn`.
4. One-off deadline with due date D (a due date is inclusive: on D itself nothing is late):
   every lead DONE → `Hoàn thành đúng hạn` if the last completion (done_on, else reported_on)
   is on or before D, else `Hoàn thành quá hạn`; otherwise as_of > D → `Đang thực hiện quá hạn`;
   otherwise any lead reported IN_PROGRESS/DONE or a percent > 0 → `Đang thực hiện trong hạn`;
   otherwise `Chưa đến hạn`.
5. Recurring deadline: the occurrence judged is D = the latest due date strictly before as_of
   (and not before `since`, the plan's or assignment's start, so occurrences before the task
   existed are ignored). Its cycle starts the day after the occurrence before D (P).
   If there is no such D, the task is judged as a one-off against the next occurrence (rule 4).
   Otherwise, per lead agency, from its latest report:
   - DONE with completion date after P: it answered D — on time if the date <= D, else late;
   - any other status reported after D: the agency has moved on to the next occurrence (we only
     see the latest report, so we assume D was answered) → working on it (or idle if it reports
     NOT_STARTED with no percent);
   - DONE on or before P, anything else reported on or before D, or no report → overdue for D.
   Combined: any lead overdue → `Đang thực hiện quá hạn`; every lead answered D → done on time
   (or late if any answered late); every lead idle in the next cycle → `Chưa đến hạn`;
   else `Đang thực hiện trong hạn`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.deadlines import Deadline, DeadlineKind, last_due_on_or_before, next_due


class ProgressStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SUSPENDED = "suspended"

    @property
    def label(self) -> str:
        return _PROGRESS_LABELS[self]


_PROGRESS_LABELS = {
    ProgressStatus.NOT_STARTED: "Chưa triển khai",
    ProgressStatus.IN_PROGRESS: "Đang thực hiện",
    ProgressStatus.DONE: "Đã hoàn thành",
    ProgressStatus.SUSPENDED: "Không thực hiện / tạm dừng",
}


class TaskState(StrEnum):
    NOT_DUE = "Chưa đến hạn"
    IN_PROGRESS_ON_TIME = "Đang thực hiện trong hạn"
    IN_PROGRESS_OVERDUE = "Đang thực hiện quá hạn"
    DONE_ON_TIME = "Hoàn thành đúng hạn"
    DONE_LATE = "Hoàn thành quá hạn"
    ONGOING = "Thường xuyên"
    SUSPENDED = "Không thực hiện / tạm dừng"

    @property
    def label(self) -> str:
        return self.value

    @property
    def is_done(self) -> bool:
        return self in (TaskState.DONE_ON_TIME, TaskState.DONE_LATE)

    @property
    def is_overdue(self) -> bool:
        """Overdue now (work still owed past its due date); a late completion is not overdue."""
        return self is TaskState.IN_PROGRESS_OVERDUE


@dataclass(frozen=True)
class AgencyProgress:
    """The latest report of one lead agency on one task."""

    agency_id: int
    status: ProgressStatus
    percent: int | None
    reported_on: dt.date
    done_on: dt.date | None = None

    @property
    def completed_on(self) -> dt.date:
        """When the work was done: `done_on` if given, else the day it was reported."""
        return self.done_on or self.reported_on

    @property
    def shows_work(self) -> bool:
        return self.status in (ProgressStatus.IN_PROGRESS, ProgressStatus.DONE) or bool(self.percent)


def derive_state(
    deadline: Deadline,
    lead_progress: Sequence[AgencyProgress | None],
    as_of: dt.date,
    *,
    since: dt.date | None = None,
) -> TaskState:
    """The task's state on `as_of` (see the module docstring for the rules and their reasons).

    `lead_progress` has one entry per lead agency (None = never reported): the latest report of
    each on or before `as_of`. A report dated after `as_of` is treated as not yet received, so a
    past period's report can be recomputed. An empty sequence counts as one lead that never
    reported. `since` (the plan's or assignment's start) ignores recurring occurrences before it.
    """
    progress: list[AgencyProgress | None] = [
        p if p is not None and p.reported_on <= as_of else None for p in lead_progress
    ] or [None]
    if any(p is not None and p.status is ProgressStatus.SUSPENDED for p in progress):
        return TaskState.SUSPENDED
    if deadline.kind is DeadlineKind.ONGOING and deadline.override is None:
        return TaskState.ONGOING
    if deadline.is_recurring:
        return _recurring(deadline, progress, as_of, since)
    return _one_off(deadline.one_off_due(), progress, as_of)


def occurrence_state(state: TaskState, day: dt.date, as_of: dt.date) -> TaskState:
    """The state shown on one dated occurrence of a task (the calendar).

    A recurring task is overdue because an occurrence already passed was missed; an occurrence
    still ahead of `as_of` is not overdue itself: it is not yet due.
    """
    if state is TaskState.IN_PROGRESS_OVERDUE and day > as_of:
        return TaskState.NOT_DUE
    return state


def _one_off(due: dt.date | None, progress: list[AgencyProgress | None], as_of: dt.date) -> TaskState:
    reports = [p for p in progress if p is not None]
    all_done = len(reports) == len(progress) and all(p.status is ProgressStatus.DONE for p in reports)
    if all_done:
        if due is None or max(p.completed_on for p in reports) <= due:
            return TaskState.DONE_ON_TIME
        return TaskState.DONE_LATE
    if due is not None and as_of > due:
        return TaskState.IN_PROGRESS_OVERDUE
    if any(p.shows_work for p in reports):
        return TaskState.IN_PROGRESS_ON_TIME
    return TaskState.NOT_DUE


def _recurring(
    deadline: Deadline, progress: list[AgencyProgress | None], as_of: dt.date, since: dt.date | None
) -> TaskState:
    yesterday = as_of - dt.timedelta(days=1)
    judged = last_due_on_or_before(deadline, yesterday)
    if judged is not None and since is not None and judged < since:
        judged = None
    if judged is None:
        upcoming = next_due(deadline, yesterday)
        return _one_off(upcoming, progress, as_of)
    cycle_start = last_due_on_or_before(deadline, judged - dt.timedelta(days=1))
    if cycle_start is not None and since is not None and cycle_start < since:
        cycle_start = None

    outcomes: list[str] = []
    for p in progress:
        if p is None:
            outcomes.append("overdue")
        elif p.status is ProgressStatus.DONE and (cycle_start is None or p.completed_on > cycle_start):
            outcomes.append("on_time" if p.completed_on <= judged else "late")
        elif p.status is not ProgressStatus.DONE and p.reported_on > judged:
            outcomes.append("working" if p.shows_work else "idle")
        else:
            outcomes.append("overdue")
    if "overdue" in outcomes:
        return TaskState.IN_PROGRESS_OVERDUE
    if all(o in ("on_time", "late") for o in outcomes):
        return TaskState.DONE_LATE if "late" in outcomes else TaskState.DONE_ON_TIME
    if all(o == "idle" for o in outcomes):
        return TaskState.NOT_DUE
    return TaskState.IN_PROGRESS_ON_TIME


class CompletionFigures:
    """`done` and the completion rate from a count's `done_on_time`, `done_late` and `due`.

    One rule for the figures `summarize` computes (`StateCounts`) and the ones a report prints
    from its content or an old snapshot (`exporters.content.SummaryCounts`), so the printed rate
    can never be computed differently from the domain's. Subclasses declare the three counts.
    """

    done_on_time: int
    done_late: int
    due: int

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def completion_rate(self) -> float | None:
        """done ÷ due, as a fraction 0..1; None when nothing is due (the rate never exceeds 1
        because `due` counts every done task)."""
        return self.done / self.due if self.due else None


@dataclass(frozen=True)
class StateCounts(CompletionFigures):
    """The summary figures of a report's `I. TÌNH HÌNH TRIỂN KHAI`.

    `due` = done (on time or late) + overdue: every task that has been answered or is past its
    date. A task done early counts as due, so the completion rate never exceeds 100 %.
    Ongoing, suspended and not-yet-due tasks are outside `due`.
    """

    total: int
    due: int
    done_on_time: int
    done_late: int
    in_progress_on_time: int
    overdue: int
    ongoing: int
    not_due: int
    suspended: int


def summarize(states: Iterable[TaskState]) -> StateCounts:
    counts = dict.fromkeys(TaskState, 0)
    for state in states:
        counts[TaskState(state)] += 1
    done_on_time, done_late = counts[TaskState.DONE_ON_TIME], counts[TaskState.DONE_LATE]
    overdue = counts[TaskState.IN_PROGRESS_OVERDUE]
    return StateCounts(
        total=sum(counts.values()),
        due=done_on_time + done_late + overdue,
        done_on_time=done_on_time,
        done_late=done_late,
        in_progress_on_time=counts[TaskState.IN_PROGRESS_ON_TIME],
        overdue=overdue,
        ongoing=counts[TaskState.ONGOING],
        not_due=counts[TaskState.NOT_DUE],
        suspended=counts[TaskState.SUSPENDED],
    )
