"""The register of who reported, over a real database (app/services/register.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.periods import Period
from app.domain.reporting import ReportStatus
from app.errors import InputError
from app.models import Assignment, PlanNode
from app.models.database import open_database
from app.services import Services
from app.services.nodes import AssigneeSpec
from app.services.progress import ProgressEntry
from app.services.register import periods_range, task_duties


@pytest.fixture
def plan(services: Services) -> dict[str, int]:
    """A plan issued 10/1/2021 with a group task, an ongoing task and a task done early."""
    ids = {name: services.agencies.create(name, kind="so") for name in
           ("Sở Nội vụ", "Sở Tài chính", "UBND quận Ba Đình", "UBND quận Đống Đa", "Sở Y tế")}
    group = services.agencies.create_group("UBND các quận", [ids["UBND quận Ba Đình"], ids["UBND quận Đống Đa"]])
    plan = services.plans.create_plan("Kế hoạch cải cách hành chính", number="5/KH-UBND", issued_on=date(2021, 1, 10))
    t1 = services.nodes.add(plan, None, None, label="1", text="Rà soát thủ tục hành chính")
    services.nodes.set_assignments(t1, [AssigneeSpec("lead", agency_id=ids["Sở Nội vụ"]),
                                        AssigneeSpec("support", group_id=group)])
    services.nodes.set_deadline(t1, "trong Quý III/2021")
    t2 = services.nodes.add(plan, None, None, label="2", text="Tuyên truyền")
    services.nodes.set_assignments(t2, [AssigneeSpec("lead", agency_id=ids["Sở Tài chính"])])
    services.nodes.set_deadline(t2, "Thường xuyên")
    t3 = services.nodes.add(plan, None, None, label="3", text="Ban hành quy chế")
    services.nodes.set_assignments(t3, [AssigneeSpec("lead", agency_id=ids["Sở Y tế"])])
    services.nodes.set_deadline(t3, "trong năm 2021")
    services.progress.record(ProgressEntry(t3, ids["Sở Y tế"], "2021-Q1", "done", result="Xong"),
                             today=date(2021, 3, 1))
    return {"plan": plan, "t1": t1, "t2": t2, "t3": t3, "group": group, **ids}


def test_expected_follows_groups_and_leaves_out_tasks_done_before_the_period(services: Services, plan) -> None:
    expected = services.register.expected(plan["plan"], Period.parse("2021-Q3"), as_of=date(2021, 10, 1))
    assert expected == {plan["Sở Nội vụ"]: [plan["t1"]], plan["UBND quận Ba Đình"]: [plan["t1"]],
                        plan["UBND quận Đống Đa"]: [plan["t1"]], plan["Sở Tài chính"]: [plan["t2"]]}
    q1 = services.register.expected(plan["plan"], Period.parse("2021-Q1"), as_of=date(2021, 10, 1))
    assert q1[plan["Sở Y tế"]] == [plan["t3"]], "done inside Q1: still owed a Q1 report"


def test_received_from_report_documents_or_first_progress_on_time_or_late(services: Services, plan) -> None:
    q3 = "2021-Q3"
    services.progress.record(ProgressEntry(plan["t1"], plan["Sở Nội vụ"], q3, "in_progress", 40),
                             today=date(2021, 9, 10))
    services.progress.record(ProgressEntry(plan["t1"], plan["Sở Nội vụ"], q3, "in_progress", 60,
                                           reported_on=date(2021, 9, 20)), expected_version=1,
                             today=date(2021, 9, 20))
    services.progress.record(ProgressEntry(plan["t1"], plan["UBND quận Ba Đình"], q3, "in_progress", 10),
                             today=date(2021, 9, 28))
    services.progress.record_agency_report(plan["Sở Tài chính"], plan["plan"], q3, date(2021, 9, 24), "12/BC-STC")
    view = services.register.register(plan["plan"], Period.parse(q3), as_of=date(2021, 10, 5))
    reg = view.register
    assert reg.due["2021-Q3"] == date(2021, 9, 25)  # ND 09 default: the 25th of the last month
    assert reg.cell(plan["Sở Nội vụ"], q3).received_on == date(2021, 9, 20), "the row's reported day counts"
    assert reg.cell(plan["Sở Nội vụ"], q3).status is ReportStatus.ON_TIME
    assert reg.cell(plan["Sở Tài chính"], q3).status is ReportStatus.ON_TIME
    assert reg.cell(plan["UBND quận Ba Đình"], q3).status is ReportStatus.LATE
    assert reg.cell(plan["UBND quận Đống Đa"], q3).status is ReportStatus.MISSING
    assert (reg.total.expected, reg.total.received, reg.total.on_time) == (4, 3, 2)
    assert reg.total.reporting_rate == 0.75 and reg.total.timeliness == 0.5
    assert [view.names[a] for a in view.agencies] == ["Sở Nội vụ", "Sở Tài chính", "UBND quận Ba Đình",
                                                      "UBND quận Đống Đa"]


def test_a_range_of_periods_and_a_plan_rule_for_the_due_date(services: Services, plan, database) -> None:
    from app.models import PlanReportingRule

    with database.session() as s:
        s.add(PlanReportingRule(plan_id=plan["plan"], frequency="Q", day=20, phrase="ngày 20 tháng cuối quý"))
    view = services.register.register(plan["plan"], Period.parse("2021-Q4"), first=Period.parse("2021-Q1"),
                                      as_of=date(2021, 11, 1))
    assert [p.code for p in view.register.periods] == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"]
    assert view.register.due["2021-Q3"] == date(2021, 9, 20)
    assert view.register.cell(plan["Sở Y tế"], "2021-Q1").status is ReportStatus.ON_TIME
    assert view.register.cell(plan["Sở Y tế"], "2021-Q2") is None, "done in Q1: nothing owed after"
    assert view.register.by_period["2021-Q4"].not_due == view.register.by_period["2021-Q4"].expected


def test_period_ranges_are_checked() -> None:
    assert periods_range(Period.parse("2021-Q2")) == [Period.parse("2021-Q2")]
    with pytest.raises(InputError):
        periods_range(Period.parse("2021-Q2"), Period.parse("2021-M01"))
    with pytest.raises(InputError):
        periods_range(Period.parse("2021-Q2"), Period.parse("2021-Q3"))


@pytest.fixture
def demo_services(demo_copy: Path) -> Iterator[Services]:
    db = open_database(demo_copy)
    yield Services(db)
    db.dispose()


def test_the_compiling_office_is_not_expected_to_report_to_itself(demo_services: Services) -> None:
    """Issue 9: the office profile's issuing body (Sở Nội vụ in the demo) leads tasks of
    177/KH-UBND and enters its own progress; it is neither expected nor listed as reporting,
    in the register, the report's reporting sentence and its Phụ lục II alike."""
    from app.services.reports import ReportRequest
    from app.services.reports.request import DocKind

    services = demo_services
    plan_id = services.plans.find("177/KH-UBND")
    office = next(a.id for a in services.agencies.list_agencies() if a.name == "Sở Nội vụ")
    period = Period.parse("2022-Q1")
    reports = services.reports
    content = reports.content(ReportRequest(DocKind.PROGRESS, plan_id, period))
    view = services.register.register(plan_id, period, as_of=content.reports_as_of)  # as the report counts them
    assert office not in view.register.agencies
    assert office not in services.register.expected(plan_id, period, as_of=content.as_of)
    assert "Sở Nội vụ" not in {a.agency for a in content.agencies}
    total = view.register.total
    assert (total.expected, total.received) == (len(content.agencies),
                                                sum(a.submitted_on is not None for a in content.agencies))
    row = next(r for r in content.agency_rows if r.agency == "Sở Nội vụ")
    assert row.led > 0 and row.report == "-"  # its own tasks are shown, no report is owed

    # another compiling office: Sở Nội vụ is then an agency like the others, expected to report
    profile = reports.office()
    profile.issuing_body, profile.short_name = "Sở Tài chính", "Sở Tài chính"
    reports.save_office(profile)
    assert office in services.register.expected(plan_id, period, as_of=content.as_of)
    other = reports.content(ReportRequest(DocKind.PROGRESS, plan_id, period))
    assert "Sở Nội vụ" in {a.agency for a in other.agencies}
    assert "Sở Tài chính" not in {a.agency for a in other.agencies}

    # a Thành ủy (not itself in the directory) compiles through its Văn phòng: that one is left out
    from app.services.demo import party_office
    reports.save_office(party_office())
    vptu = next(a.id for a in services.agencies.list_agencies() if a.name == "Văn phòng Thành ủy")
    party_plan = services.plans.find("tăng cường kỷ luật, kỷ cương và trách nhiệm")
    q4 = Period.parse("2024-Q4")
    assert vptu not in services.register.expected(party_plan, q4, as_of=date(2024, 12, 14))


def test_the_printed_register_names_a_plan_without_number_by_its_kind(services: Services, plan) -> None:
    """`Kế hoạch số 5/KH-UBND: …` as before; a resolution stored without a number is `Nghị quyết: …`, not
    `Kế hoạch số : …` (window10, `app.domain.plan_names.plan_heading`)."""
    from app.services.register_sheet import register_sheet

    view = services.register.register(plan["plan"], Period.parse("2021-Q3"), as_of=date(2021, 10, 1))
    assert register_sheet(view).subtitle == "Kế hoạch số 5/KH-UBND: Kế hoạch cải cách hành chính"
    resolution = services.plans.create_plan("Về công tác cán bộ", doc_type="NQ", issued_on=date(2021, 1, 10))
    view = services.register.register(resolution, Period.parse("2021-Q3"), as_of=date(2021, 10, 1))
    assert register_sheet(view).subtitle == "Nghị quyết: Về công tác cán bộ"


def test_the_offices_own_bodies_and_the_issuer_owe_no_report(demo_services: Services) -> None:
    """window11: on the Party demo the register listed the Thành ủy's own `Ban Thường vụ Thành ủy` (the body it
    signs for, and the issuer of the plan) as owing reports, and the reminders wrote to it. Neither the office's
    own bodies nor the plan's issuer owe a report: the register, the workbooks' agencies, the reminders and the
    report's "not reported" list leave them out; its leading `Thường trực Thành ủy` neither; its advisory organs
    (`Ban Tổ chức Thành ủy`) still report."""
    from app.services.demo import party_office
    from app.services.reports import ReportRequest
    from app.services.reports.request import DocKind

    services = demo_services
    services.reports.save_office(party_office())
    names = {a.id: a.name for a in services.agencies.list_agencies()}
    btv = next(i for i, n in names.items() if n == "Ban Thường vụ Thành ủy")
    plan_id = services.plans.find("tăng cường kỷ luật, kỷ cương và trách nhiệm")  # issued by the Ban Thường vụ
    q4, as_of = Period.parse("2024-Q4"), date(2025, 1, 20)
    with services.register.db.session() as s:
        assigned = set(s.scalars(select(Assignment.agency_id).join(PlanNode).where(PlanNode.plan_id == plan_id)))
        assert btv in assigned, "the plan gives the Ban Thường vụ tasks"
        assert all(btv not in d.agencies for d in task_duties(s, plan_id, as_of))
    view = services.register.register(plan_id, q4, as_of=as_of)
    assert btv not in view.register.agencies and view.register.agencies
    assert btv not in services.register.expected(plan_id, q4, as_of=as_of)
    letters = [c.agency for c in services.reports.reminders(plan_id, Period.parse("2025-Q1"), date(2025, 3, 30))]
    assert "Ban Tổ chức Thành ủy" in letters  # its advisory organs report
    assert not [name for name in letters if "Thường vụ" in name or "Thường trực" in name], letters
    content = services.reports.content(ReportRequest(DocKind.PROGRESS, plan_id, q4))
    assert "Ban Thường vụ Thành ủy" not in {a.agency for a in content.agencies}

    state = services.plans.find("177/KH-UBND")  # issued by UBND Thành phố: the office's superior reports to nobody
    city = next(i for i, n in names.items() if n == "UBND Thành phố")
    assert city not in services.register.register(state, q4, as_of=as_of).register.agencies
