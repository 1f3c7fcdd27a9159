"""Whether a period can be reported on for a plan: not before the plan existed, not after it ended.

A report for 2021-Q1 of a plan issued on 02/8/2021 would cite a plan that did not yet exist; a
report for a quarter after the plan's last task fell due reports on nothing — unless a task is still overdue
then: that is what a leader most needs reported and the agencies reminded of. Both are refused
with one line; the window lets the clerk confirm and go on (`ReportRequest.outside_plan`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.domain.deadlines import DeadlineKind
from app.domain.periods import Period, WindowScheme
from app.domain.task_state import TaskState
from app.errors import InputError
from app.exporters.layouts import short_date
from app.models import Plan
from app.services.reports import collect
from app.services.task_states import load_deadlines, load_node_views, plan_scope


def plan_end(s: Session, plan_id: int) -> date | None:
    """The last due date of the plan's tasks; None when a task recurs, is ongoing or has none
    (such a plan has no end to report past)."""
    last: date | None = None
    for deadline in load_deadlines(s, plan_scope([plan_id])).values():
        if deadline.is_recurring or deadline.kind in (DeadlineKind.ONGOING, DeadlineKind.UNKNOWN):
            return None
        due = deadline.one_off_due()
        if due is None:
            return None
        last = due if last is None or due > last else last
    return last


def _overdue_at(s: Session, plan_id: int, day: date) -> bool:
    """Whether a task of the plan is overdue on the day (only asked of a plan past its last deadline)."""
    return any(v.state is TaskState.IN_PROGRESS_OVERDUE for v in load_node_views(s, plan_id, day))


def period_problem(s: Session, plan: Plan, period: Period, scheme: WindowScheme) -> str | None:
    """One line saying why the period is outside the plan's life, or None."""
    window = period.window(scheme)
    name = collect.plan_name(plan)
    if plan.issued_on is not None and window.end < plan.issued_on:
        return (f"Kỳ {period.label} kết thúc (số liệu đến {short_date(window.end)}) trước khi ban hành "
                f"{name} ngày {short_date(plan.issued_on)}: không có gì để báo cáo.")
    end = plan_end(s, plan.id)
    if end is not None and window.start > end and not _overdue_at(s, plan.id, window.start):
        return (f"Kỳ {period.label} bắt đầu sau thời hạn cuối cùng của {name} ({short_date(end)}): "
                "không có nhiệm vụ nào để báo cáo.")
    return None


def check_period(s: Session, plan: Plan, period: Period, scheme: WindowScheme) -> None:
    """Refuse a period the plan cannot be reported for (before it was issued, after it ended), with the reason in
    Vietnamese."""
    problem = period_problem(s, plan, period, scheme)
    if problem:
        raise InputError(problem)
