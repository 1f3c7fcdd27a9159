"""The two read-only services the window relies on: due items in a window (recurring deadlines
expanded, ongoing tasks at report dates, reporting cut-off/due dates, filters) and search without
diacritics. (They live with the UI tests because the UI engineer owns them.)"""

from __future__ import annotations

import datetime as dt

from app.domain.task_state import TaskState
from app.models import PlanReportingRule
from app.services.calendar import CalendarService
from app.services.nodes import AssigneeSpec
from app.services.search import SearchService

AS_OF = dt.date(2021, 11, 1)


def test_due_items_expand_recurring_and_follow_domain(services, database, sample_plan) -> None:
    t4 = services.nodes.add(sample_plan["plan"], sample_plan["s2"], None, label="4", kind="task",
                            text="Báo cáo định kỳ hằng tháng")
    services.nodes.set_deadline(t4, "định kỳ ngày 25 hằng tháng")
    cal = CalendarService(database)
    items = [i for i in cal.due_items(dt.date(2021, 9, 1), dt.date(2021, 12, 31), as_of=AS_OF) if i.kind == "task"]
    days = [(i.day, i.node_id) for i in items]
    assert (dt.date(2021, 9, 30), sample_plan["t1"]) in days
    assert (dt.date(2021, 12, 31), sample_plan["t2"]) in days
    assert [d for d, n in days if n == t4] == [dt.date(2021, m, 25) for m in (9, 10, 11, 12)]
    t1 = next(i for i in items if i.node_id == sample_plan["t1"])
    assert t1.state is TaskState.IN_PROGRESS_OVERDUE and t1.lead_names == ("Sở Nội vụ",)
    assert next(i for i in items if i.node_id == t4).recurring


def test_filters_by_agency_plan_and_state(services, database, sample_plan) -> None:
    cal = CalendarService(database)
    window = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    by_agency = cal.due_items(*window, agency_id=sample_plan["agency"], as_of=AS_OF)
    assert {i.node_id for i in by_agency} == {sample_plan["t1"]}
    group = services.agencies.create_group("Các sở", [sample_plan["other"]])
    services.nodes.set_assignments(sample_plan["t2"], [AssigneeSpec("lead", group_id=group)])
    by_group_member = cal.due_items(*window, agency_id=sample_plan["other"], as_of=AS_OF)
    assert {i.node_id for i in by_group_member} == {sample_plan["t1"], sample_plan["t2"]}
    overdue = cal.due_items(*window, states={TaskState.IN_PROGRESS_OVERDUE}, as_of=AS_OF)
    assert {i.node_id for i in overdue} == {sample_plan["t1"]}
    other_plan = services.plans.create_plan("Kế hoạch khác")
    assert cal.due_items(*window, plan_id=other_plan, as_of=AS_OF) == []


def test_reporting_dates_and_ongoing_tasks(services, database, sample_plan) -> None:
    with database.session() as s:
        s.add(PlanReportingRule(plan_id=sample_plan["plan"], frequency="Q", day=20, month=None,
                                phrase="định kỳ ngày 20 của tháng cuối quý"))
    items = CalendarService(database).due_items(dt.date(2021, 12, 1), dt.date(2021, 12, 31), as_of=AS_OF)
    kinds = [(i.day, i.kind, i.period) for i in items if i.kind != "task"]
    assert (dt.date(2021, 12, 14), "report_cutoff", "2021-Q4") in kinds
    assert (dt.date(2021, 12, 20), "report_due", "2021-Q4") in kinds
    ongoing = [i for i in items if i.ongoing]
    assert [(i.day, i.node_id) for i in ongoing] == [(dt.date(2021, 12, 20), sample_plan["t3"])]


def test_search_ignores_diacritics_and_case(services, database, sample_plan) -> None:
    search = SearchService(database)
    hits = search.search("RA SOAT doi ngu")
    assert [h.node_id for h in hits] == [sample_plan["t2"]]
    plan_hits = [h for h in search.search("nghi quyet 04") if h.node_id is None]
    assert [h.plan_id for h in plan_hits] == [sample_plan["plan"]]
    assert search.search("177/KH")[0].plan_id == sample_plan["plan"]
    assert search.search("   ") == [] and search.search("100%_") == []
    assert [h.node_id for h in search.search("quán triệt", plan_id=sample_plan["plan"])] == [sample_plan["t1"]]
