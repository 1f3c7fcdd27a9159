"""Printable lists: the plan's task list, its targets, and a month of due items.

A list has no date line: it is issued the day it is printed, so that day (not the data's as-of
date) picks the Party format, HD 36 or HD 05.
"""

from __future__ import annotations

import calendar as _cal
from datetime import date

from sqlalchemy.orm import Session

from app.domain.periods import Period
from app.exporters.content import CalendarEntry, CalendarMonthContent, TargetsContent, TaskListContent
from app.exporters.layouts import format_for
from app.models import Plan
from app.models.database import Database
from app.services.calendar import CalendarService
from app.services.reports import collect
from app.services.reports.office import OfficeProfile


def task_list_content(s: Session, plan: Plan, as_of: date) -> TaskListContent:
    """The printed task list: every task with its state and result as of `as_of`, in the plan's format of today."""
    views = collect.node_views(s, plan.id, as_of)
    fmt = format_for(plan.format or "state", date.today())
    return TaskListContent(fmt, collect.plan_ref(plan), collect.result_items(views, None))


def targets_content(s: Session, plan: Plan, as_of: date, profile: OfficeProfile) -> TargetsContent:
    """The printed targets table of the plan as of `as_of`, under the office's letterhead."""
    return TargetsContent(profile.format_on(date.today()), collect.plan_ref(plan), as_of,
                          collect.target_rows(s, plan.id, as_of), profile.issuing_body)


def calendar_content(database: Database, plan_id: int | None, year: int, month: int, as_of: date,
                     profile: OfficeProfile) -> CalendarMonthContent:
    """Task occurrences and the agencies' report due days of the month (one plan or all)."""
    first, last = date(year, month, 1), date(year, month, _cal.monthrange(year, month)[1])
    entries = []
    for item in CalendarService(database).due_items(first, last, plan_id=plan_id, as_of=as_of):
        if item.kind == "task":
            entries.append(CalendarEntry(item.day, item.text, "; ".join(item.lead_names), item.plan_caption,
                                         item.state.value if item.state else ""))
        elif item.kind == "report_due" and item.period:
            label = Period.parse(item.period).label
            entries.append(CalendarEntry(item.day, f"Hạn các cơ quan gửi báo cáo kết quả thực hiện {label}",
                                         "", item.plan_caption, ""))
    return CalendarMonthContent(profile.format_on(date.today()), profile.issuing_body, year, month, entries, as_of)
