"""The one definition of "expected to report" and the DHIS2 rates (app/domain/register.py)."""

from __future__ import annotations

from datetime import date

from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import Deadline, DeadlineKind
from app.domain.periods import Period, WindowScheme
from app.domain.register import TaskDuty, build_register, expected_tasks, is_open
from app.domain.reporting import ReportStatus

Q3 = Period.parse("2021-Q3")
W3 = Q3.window()  # 15/6/2021 – 14/9/2021


def duty(phrase: str | None, *, issued: date | None = date(2021, 1, 10), done: date | None = None,
         agencies: tuple[int, ...] = (1,)) -> TaskDuty:
    deadline = parse_deadline(phrase, plan_year=2021) if phrase else None
    return TaskDuty(1, deadline, frozenset(agencies), issued, done)


def test_due_in_the_window_ongoing_and_started_later_tasks_are_open() -> None:
    assert is_open(duty("trong Quý III/2021"), W3)
    assert is_open(duty("Thường xuyên"), W3)
    assert is_open(duty("Hằng năm"), W3)
    assert is_open(duty("trong năm 2022"), W3), "deadline after the period, started, not done"
    assert is_open(duty(None), W3), "no deadline: open from the plan's issue until done"


def test_done_before_the_window_is_not_owed_but_done_inside_it_is() -> None:
    assert not is_open(duty("trong năm 2022", done=date(2021, 6, 1)), W3)
    assert is_open(duty("trong năm 2022", done=date(2021, 7, 1)), W3)
    assert is_open(duty("Thường xuyên", done=date(2021, 1, 1)), W3), "ongoing tasks never finish"


def test_overdue_undone_tasks_stay_open_and_finished_recurring_ones_close() -> None:
    assert is_open(duty("trong Quý I/2021"), W3), "overdue and not done: agencies still report on it"
    yearly_until_2020 = TaskDuty(1, Deadline(DeadlineKind.YEARLY, "hằng năm 2019-2020", year=2019, end_year=2020),
                                 frozenset({1}), date(2019, 1, 1))
    assert not is_open(yearly_until_2020, W3)
    assert is_open(yearly_until_2020, Period.parse("2020-Q3").window())


def test_not_started_tasks_are_not_owed() -> None:
    assert not is_open(duty("trong Quý III/2021", issued=date(2021, 10, 1)), W3), "plan issued after the window"
    assert not is_open(duty("Giai đoạn 2023-2024"), W3), "a later stage has not started"
    assert not is_open(duty("sau khi có văn bản hướng dẫn của Trung ương"), W3), "no trigger date yet"


def test_expected_tasks_lists_each_agency_once_per_open_task() -> None:
    duties = [TaskDuty(10, parse_deadline("trong Quý III/2021", plan_year=2021), frozenset({1, 2})),
              TaskDuty(11, parse_deadline("Thường xuyên"), frozenset({2})),
              TaskDuty(12, parse_deadline("trong Quý III/2021", plan_year=2021), frozenset({3}), None,
                       date(2021, 1, 1)),
              TaskDuty(13, None, frozenset())]
    assert expected_tasks(duties, W3) == {1: [10], 2: [10, 11]}


def test_register_statuses_and_rates_as_dhis2_defines_them() -> None:
    duties = [TaskDuty(10, parse_deadline("Thường xuyên"), frozenset({1, 2, 3, 4}), date(2021, 1, 1))]
    q2, q3 = Period.parse("2021-Q2"), Period.parse("2021-Q3")
    spans = [(q2, q2.window(), date(2021, 6, 20)), (q3, q3.window(), date(2021, 9, 20))]
    received = {(1, "2021-Q2"): date(2021, 6, 18), (2, "2021-Q2"): date(2021, 6, 25),
                (1, "2021-Q3"): date(2021, 9, 1), (9, "2021-Q2"): date(2021, 6, 1),
                (2, "2021-Q3"): date(2021, 9, 30)}
    reg = build_register(duties, spans, received, as_of=date(2021, 9, 10))
    assert reg.cell(1, "2021-Q2").status is ReportStatus.ON_TIME
    assert reg.cell(2, "2021-Q2").status is ReportStatus.LATE
    assert reg.cell(3, "2021-Q2").status is ReportStatus.MISSING
    assert reg.cell(1, "2021-Q3").status is ReportStatus.ON_TIME, "received early in an open period"
    assert reg.cell(2, "2021-Q3").status is ReportStatus.NOT_DUE, "received after the as-of date: not yet"
    unexpected = reg.cell(9, "2021-Q2")
    assert unexpected is not None and not unexpected.expected and unexpected.status is ReportStatus.ON_TIME
    q2_rates = reg.by_period["2021-Q2"]
    assert (q2_rates.expected, q2_rates.received, q2_rates.on_time, q2_rates.late, q2_rates.missing) == (4, 2, 1, 1, 2)
    assert q2_rates.reporting_rate == 0.5 and q2_rates.timeliness == 0.25
    q3_rates = reg.by_period["2021-Q3"]
    assert (q3_rates.expected, q3_rates.not_due, q3_rates.assessed) == (4, 3, 1)
    assert q3_rates.reporting_rate == 1.0
    assert reg.total.expected == 8 and reg.total.received == 3 and reg.total.assessed == 5
    assert reg.by_agency[1].reporting_rate == 1.0 and 9 not in reg.by_agency or reg.by_agency[9].expected == 0
    assert reg.agencies == [1, 2, 3, 4, 9]


def test_a_name_the_directory_lacks_is_listed_but_never_expected() -> None:
    """A proposed agency (a name from the plan the clerk has not confirmed) holds its tasks in the register,
    owes no report, and no count includes it; a report it sent anyway is shown, not counted."""
    period = Period.parse("2024-Q3")
    window = period.window(WindowScheme.ND09)
    duties = [TaskDuty(1, None, frozenset({10, 20}), date(2024, 1, 1)),
              TaskDuty(2, None, frozenset({30}), date(2024, 1, 1))]
    received = {(20, "2024-Q3"): date(2024, 9, 10)}
    register = build_register(duties, [(period, window, date(2024, 9, 20))], received, date(2024, 9, 30),
                              unconfirmed=frozenset({20, 30, 99}))
    assert register.agencies == [10, 20, 30] and register.unconfirmed == frozenset({20, 30})
    assert register.unconfirmed_in("2024-Q3") == [20, 30]
    assert register.cell(10, "2024-Q3").expected
    assert [register.cell(a, "2024-Q3").expected for a in (20, 30)] == [False, False]
    assert register.cell(30, "2024-Q3").status is None and register.cell(30, "2024-Q3").tasks == 1
    assert (register.total.expected, register.total.received, register.total.missing) == (1, 0, 1)
