"""A plan stored long after its issue is followed from the day the clerk says (`plans.followed_from`,
migration 0008): the register, the exchange and the reports chase no period that ended before it."""

from __future__ import annotations

from datetime import date

from app.domain.periods import Period
from app.domain.register import suggested_follow_from
from app.domain.reporting import ReportStatus
from app.services import Services
from app.services.nodes import AssigneeSpec

AS_OF = date(2026, 12, 5)


def _older_plan(services: Services) -> tuple[int, int]:
    """Session 12's walk: a plan issued 10/12/2025 with an ongoing task, stored on 05/12/2026."""
    agency = services.agencies.create("Sở Nội vụ")
    plan = services.plans.create_plan("Kế hoạch chuyển đổi số", number="12/KH-UBND", issued_on=date(2025, 12, 10))
    task = services.nodes.add(plan, None, None, label="1", text="Tuyên truyền chuyển đổi số")
    services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=agency)])
    services.nodes.set_deadline(task, "Thường xuyên")
    return plan, agency


def test_the_suggested_day_is_the_storing_quarter_for_an_older_plan() -> None:
    assert suggested_follow_from(date(2025, 12, 10), AS_OF) == date(2026, 10, 1)
    assert suggested_follow_from(date(2026, 10, 20), AS_OF) is None  # issued this quarter: from its issue
    assert suggested_follow_from(None, AS_OF) is None  # no issue date: the plain rule


def test_periods_before_the_day_followed_are_not_owed(services: Services) -> None:
    plan, agency = _older_plan(services)
    before = services.register.register(plan, Period.parse("2026-Q4"), first=Period.parse("2026-Q1"), as_of=AS_OF)
    assert [before.register.cell(agency, f"2026-Q{q}").status for q in (1, 2, 3)] == [ReportStatus.MISSING] * 3

    version = services.plans.plan(plan).version
    services.plans.update_plan(plan, version, followed_from=date(2026, 10, 1))
    assert services.plans.plan(plan).followed_from == date(2026, 10, 1)
    view = services.register.register(plan, Period.parse("2026-Q4"), first=Period.parse("2026-Q1"), as_of=AS_OF)
    assert [view.register.cell(agency, f"2026-Q{q}") for q in (1, 2, 3)] == [None] * 3
    assert view.register.cell(agency, "2026-Q4").expected  # the quarter in hand is still chased
    assert view.register.total.missing == 0
    assert services.register.expected(plan, Period.parse("2026-Q3"), as_of=AS_OF) == {}  # no Q3 workbook
    assert agency in services.register.expected(plan, Period.parse("2026-Y"), as_of=AS_OF)  # the year holds Q4


def test_the_reports_count_the_same_agencies(services: Services) -> None:
    """The report's Phụ lục II and its reporting sentence read `agency_reporting`, the same rule."""
    from app.domain.periods import WindowScheme
    from app.services.reports.collect import agency_reporting

    plan, _agency = _older_plan(services)
    q3 = Period.parse("2026-Q3")
    with services.database.session() as s:
        assert [r.status for r in agency_reporting(s, plan, q3, AS_OF, WindowScheme.ND09)] == [ReportStatus.MISSING]
    services.plans.update_plan(plan, services.plans.plan(plan).version, followed_from=date(2026, 10, 1))
    with services.database.session() as s:
        assert agency_reporting(s, plan, q3, AS_OF, WindowScheme.ND09) == []
