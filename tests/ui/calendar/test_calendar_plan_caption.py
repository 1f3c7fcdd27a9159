"""A plan without a number is named in the calendar by its kind and title, not `[]` (window10).

The Party demo's two sample plans (a Ban Thường vụ's plan and a Ban Chấp hành's resolution) are stored without a
number; the agenda wrote `[] • Thường xuyên kiểm tra…` and their report days `[] Năm 2024`.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.models import PlanReportingRule
from app.services.calendar import CalendarService


def test_the_agenda_names_a_plan_without_number_by_its_kind_and_title(window: Any, qtbot: Any, services: Any,
                                                                     database: Any,
                                                                     sample_plan: dict[str, int]) -> None:
    plan = services.plans.create_plan("Về nâng cao chất lượng đội ngũ cán bộ diện Ban Thường vụ quản lý",
                                      doc_type="NQ", issuer="Ban Chấp hành Đảng bộ Thành phố")
    task = services.nodes.add(plan, None, None, label="1", kind="task", text="Rà soát quy hoạch cán bộ")
    services.nodes.set_deadline(task, "xong trước ngày 30/9/2021")
    caption = "Nghị quyết “Về nâng cao chất lượng đội ngũ…”"
    items = CalendarService(database).due_items(dt.date(2021, 9, 1), dt.date(2021, 9, 30), as_of=dt.date(2021, 11, 1))
    assert {i.plan_caption for i in items if i.kind == "task"} == {"177/KH-UBND", caption}
    window.resize(1366, 768)
    window.show_view("calendar")
    cal = window.calendar
    cal.go_to(dt.date(2021, 9, 30))
    qtbot.wait(10)
    rows = [cal.agenda.topLevelItem(i) for i in range(cal.agenda.topLevelItemCount())]
    texts = [r.text(2) for r in rows] + [r.toolTip(2) for r in rows]
    assert not [t for t in texts if "[]" in t], texts
    assert any(caption in t and "Rà soát quy hoạch cán bộ" in t for t in texts), texts
    assert any("177/KH-UBND" in t for t in texts), texts


def test_a_report_day_shows_its_period_before_the_plan(window: Any, qtbot: Any, services: Any, database: Any,
                                                       sample_plan: dict[str, int]) -> None:
    """`Năm 2021 — Nghị quyết “…”`: the period is what a report row is about; a plan named by its kind and title
    put it out of sight in the agenda (the Party demo's `[Nghị quyết “Về nâng cao chất lượng đội …`)."""
    plan = services.plans.create_plan("Về nâng cao chất lượng đội ngũ cán bộ diện Ban Thường vụ quản lý",
                                      doc_type="NQ", issued_on=dt.date(2021, 1, 4))
    with database.session() as s:
        s.add(PlanReportingRule(plan_id=plan, frequency="Y", day=25, month=12, phrase="Hằng năm báo cáo"))
    window.show_view("calendar")
    cal = window.calendar
    cal.go_to(dt.date(2021, 12, 25))
    qtbot.wait(10)
    rows = [cal.agenda.topLevelItem(i) for i in range(cal.agenda.topLevelItemCount())]
    due = [r for r in rows if "Năm 2021" in r.toolTip(2)]
    assert due and all(r.toolTip(2) == "Năm 2021 — Nghị quyết “Về nâng cao chất lượng đội ngũ…”" for r in due)
    assert all(r.text(2).startswith("Năm 2021") for r in due), [r.text(2) for r in due]
