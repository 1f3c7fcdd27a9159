"""Overdue work said above the calendar, with a step to it (window9).

clerk8: a plan whose deadlines (08/02/2026) had all passed while eight tasks ran overdue opened the calendar on
an empty December, with no hint; the clerk had to know to type February.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.task_state import TaskState
from app.services.calendar import CalendarService
from app.services.progress import ProgressEntry
from app.ui.calendar.calendar_view import ITEM_ROLE


def test_the_overdue_tasks_are_counted_and_dated_by_the_deadline_they_missed(services: Any, database: Any,
                                                                            sample_plan: dict[str, int]) -> None:
    """The same tasks the calendar shows overdue, the earliest first; filtered as the calendar is; a task done
    leaves the count at once."""
    cal = CalendarService(database)
    as_of = dt.date(2022, 3, 1)
    shown = {i.node_id: i.day for i in cal.due_items(dt.date(2021, 1, 1), as_of, as_of=as_of)
             if i.kind == "task" and i.state is TaskState.IN_PROGRESS_OVERDUE}
    work = cal.overdue(as_of)
    assert work.count == len(shown) >= 1
    assert (work.first_day, work.first_node) == min((day, node) for node, day in shown.items())
    assert (work.first_day, work.first_node, work.first_plan) == (dt.date(2021, 9, 30), sample_plan["t1"],
                                                                 sample_plan["plan"])
    assert cal.overdue(dt.date(2021, 9, 30)).count == 0  # due that very day: not overdue yet
    assert cal.overdue(as_of, agency_id=sample_plan["other"]).count == 1  # it supports t1 only
    assert cal.overdue(as_of, plan_id=sample_plan["plan"] + 1).count == 0
    services.progress.record(ProgressEntry(sample_plan["t1"], sample_plan["agency"], "2021-Q4", "done", None,
                                           "Xong", done_on=dt.date(2021, 12, 1)), today=dt.date(2021, 12, 1))
    after = cal.overdue(as_of)
    assert after.count == work.count - 1 and after.first_node != sample_plan["t1"]


def test_the_calendar_says_it_above_the_month_and_goes_to_the_first(window: Any, qtbot: Any,
                                                                   sample_plan: dict[str, int]) -> None:
    """Seen on 1 November 2021 (the window's day), t1 (due 30/09/2021) runs overdue: the empty-handed month opens
    with the line and its button; the button shows September with t1 current in the agenda."""
    window.show_view("calendar")
    cal = window.calendar
    qtbot.wait(10)
    assert (cal.year, cal.month) == (2021, 11)  # the calendar still opens on the current month
    assert cal.overdue_note.isVisible() and cal.overdue_button.isVisible()
    assert cal.overdue_note.text() == "⚠ Nhiệm vụ quá hạn: 1; sớm nhất có hạn ngày 30/09/2021."
    cal.overdue_button.click()
    assert (cal.year, cal.month) == (2021, 9)
    current = cal.agenda.currentItem()
    assert current is not None and cal.agenda_items[current.data(0, ITEM_ROLE)].node_id == sample_plan["t1"]
    window.state.set_as_of(dt.date(2021, 9, 1))  # nothing overdue yet: no line
    qtbot.wait(10)
    assert not cal.overdue_note.isVisible() and not cal.overdue_button.isVisible()
