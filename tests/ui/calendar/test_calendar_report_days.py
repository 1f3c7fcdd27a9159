"""A plan that states its period report in several sentences shows each period's report days once (window11).

The demo's 69/KH-UBND states its monthly report four times (`ngày 25 hằng tháng` three times, `ngày 20 hằng tháng`
once) and its quarterly twice: the agenda listed `Tháng 12 năm 2026 — 69/KH-UBND` once per sentence, on 25/12 three
times and on 20/12 too, and each period's cut-off as many times. A period has one due day — the register's, the
letters' and the workbooks' (`app.domain.reporting.period_due_date`) — and one cut-off.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from app.domain.periods import Period
from app.domain.reporting import period_due_date
from app.models import PlanReportingRule
from app.services.calendar import CalendarService
from app.services.register import plan_reporting_rules

_RULES = (("M", 25, "Định kỳ ngày 25 hằng tháng báo cáo Chủ tịch UBND Thành phố"),
          ("M", 25, "Định kỳ báo cáo Thành ủy, UBND Thành phố vào ngày 25 hằng tháng"),
          ("M", 25, "Hàng tháng (định kỳ trước ngày 25 hàng tháng), hàng quý (… ngày 25 của tháng cuối quý)"),
          ("Q", 25, "Hàng tháng (định kỳ trước ngày 25 hàng tháng), hàng quý (… ngày 25 của tháng cuối quý)"),
          ("M", 20, "Định kỳ ngày 20 hằng tháng, ngày 20 của tháng cuối quý, các sở … báo cáo về Sở Nội vụ"),
          ("Q", 20, "Định kỳ ngày 20 hằng tháng, ngày 20 của tháng cuối quý, các sở … báo cáo về Sở Nội vụ"))


def _plan(services: Any, database: Any) -> int:
    plan = services.plans.create_plan("Về việc siết chặt kỷ luật, kỷ cương hành chính", number="69/KH-UBND",
                                      issued_on=dt.date(2026, 3, 1))
    with database.session() as s:
        s.add_all(PlanReportingRule(plan_id=plan, frequency=f, day=d, phrase=p) for f, d, p in _RULES)
    return plan


def test_each_period_is_due_once_on_the_registers_day(services: Any, database: Any) -> None:
    plan = _plan(services, database)
    items = CalendarService(database).due_items(dt.date(2026, 12, 1), dt.date(2026, 12, 31), plan_id=plan,
                                                as_of=dt.date(2026, 12, 1))
    reports = Counter((i.day, i.kind, i.period) for i in items if i.kind != "task")
    assert reports and set(reports.values()) == {1}, reports
    with database.session() as s:
        rules = plan_reporting_rules(s, plan)
    due = {i.period: i.day for i in items if i.kind == "report_due"}
    assert due == {code: period_due_date(rules, Period.parse(code)) for code in ("2026-M12", "2026-Q4")}
    assert due == {"2026-M12": dt.date(2026, 12, 25), "2026-Q4": dt.date(2026, 12, 25)}


def test_the_agenda_lists_the_months_report_once(window: Any, qtbot: Any, services: Any, database: Any) -> None:
    _plan(services, database)
    window.resize(1366, 768)
    window.show_view("calendar")
    cal = window.calendar
    cal.go_to(dt.date(2026, 12, 25))
    qtbot.wait(10)
    rows = [(cal.agenda.topLevelItem(i).text(0), cal.agenda.topLevelItem(i).toolTip(2))
            for i in range(cal.agenda.topLevelItemCount())]
    assert rows.count(("25/12/2026", "Tháng 12 năm 2026 — 69/KH-UBND")) == 1, rows
    assert set(Counter(rows).values()) == {1}, rows
