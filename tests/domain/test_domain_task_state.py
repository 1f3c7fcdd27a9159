"""derive_state and summarize: one-off, recurring, ongoing, untriggered and suspended tasks."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.deadlines import Deadline, DeadlineKind
from app.domain.task_state import (
    AgencyProgress,
    ProgressStatus,
    StateCounts,
    TaskState,
    derive_state,
    summarize,
)

K = DeadlineKind
S = ProgressStatus
T = TaskState
D = date

ONE_OFF = Deadline(K.DATE, "xong trước ngày 30/4/2017", date=D(2017, 4, 30))
YEARLY = Deadline(K.YEARLY, "trước ngày 15/12 hàng năm", month=12, day=15)
MONTHLY = Deadline(K.MONTHLY, "ngày 25 hằng tháng", day=25)
Q1_YEARLY = Deadline(
    K.YEARLY_IN_QUARTER,
    "trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý II)",
    quarter=1,
    exceptions=((2021, 2),),
)


def rep(
    status: ProgressStatus,
    reported: date,
    done: date | None = None,
    percent: int | None = None,
    agency: int = 1,
) -> AgencyProgress:
    return AgencyProgress(
        agency_id=agency, status=status, percent=percent, reported_on=reported, done_on=done
    )


CASES: list[tuple[str, Deadline, list[AgencyProgress | None], date, TaskState]] = [
    # one-off
    ("never reported, before due", ONE_OFF, [None], D(2017, 4, 1), T.NOT_DUE),
    (
        "not started reported, before due",
        ONE_OFF,
        [rep(S.NOT_STARTED, D(2017, 3, 1))],
        D(2017, 4, 1),
        T.NOT_DUE,
    ),
    (
        "percent only counts as work",
        ONE_OFF,
        [rep(S.NOT_STARTED, D(2017, 3, 1), percent=10)],
        D(2017, 4, 1),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "in progress before due",
        ONE_OFF,
        [rep(S.IN_PROGRESS, D(2017, 3, 1), percent=40)],
        D(2017, 4, 1),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "due day itself is on time",
        ONE_OFF,
        [rep(S.IN_PROGRESS, D(2017, 3, 1))],
        D(2017, 4, 30),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "day after due is overdue",
        ONE_OFF,
        [rep(S.IN_PROGRESS, D(2017, 3, 1))],
        D(2017, 5, 1),
        T.IN_PROGRESS_OVERDUE,
    ),
    ("never reported after due", ONE_OFF, [None], D(2017, 5, 1), T.IN_PROGRESS_OVERDUE),
    (
        "a report after as_of is not yet received",
        ONE_OFF,
        [rep(S.DONE, D(2017, 4, 20))],
        D(2017, 4, 10),
        T.NOT_DUE,
    ),
    (
        "done on due day",
        ONE_OFF,
        [rep(S.DONE, D(2017, 5, 3), done=D(2017, 4, 30))],
        D(2017, 6, 1),
        T.DONE_ON_TIME,
    ),
    ("done late", ONE_OFF, [rep(S.DONE, D(2017, 5, 3), done=D(2017, 5, 2))], D(2017, 6, 1), T.DONE_LATE),
    (
        "done without done_on uses reported_on",
        ONE_OFF,
        [rep(S.DONE, D(2017, 5, 3))],
        D(2017, 6, 1),
        T.DONE_LATE,
    ),
    ("done early before due", ONE_OFF, [rep(S.DONE, D(2017, 3, 3))], D(2017, 4, 1), T.DONE_ON_TIME),
    (
        "two leads, one done, before due",
        ONE_OFF,
        [rep(S.DONE, D(2017, 3, 3)), rep(S.NOT_STARTED, D(2017, 3, 3), agency=2)],
        D(2017, 4, 1),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "two leads, one never reported, after due",
        ONE_OFF,
        [rep(S.DONE, D(2017, 3, 3)), None],
        D(2017, 5, 1),
        T.IN_PROGRESS_OVERDUE,
    ),
    (
        "two leads, last done late",
        ONE_OFF,
        [rep(S.DONE, D(2017, 3, 3)), rep(S.DONE, D(2017, 5, 9), done=D(2017, 5, 8), agency=2)],
        D(2017, 6, 1),
        T.DONE_LATE,
    ),
    (
        "two leads both on time",
        ONE_OFF,
        [rep(S.DONE, D(2017, 3, 3)), rep(S.DONE, D(2017, 4, 30), agency=2)],
        D(2017, 6, 1),
        T.DONE_ON_TIME,
    ),
    ("no leads at all", ONE_OFF, [], D(2017, 5, 1), T.IN_PROGRESS_OVERDUE),
    (
        "override moves the due date",
        ONE_OFF.with_override(D(2017, 5, 31)),
        [rep(S.IN_PROGRESS, D(2017, 5, 1))],
        D(2017, 5, 15),
        T.IN_PROGRESS_ON_TIME,
    ),
    # suspended wins over everything
    ("suspended", ONE_OFF, [rep(S.SUSPENDED, D(2017, 3, 1))], D(2017, 6, 1), T.SUSPENDED),
    (
        "one of two suspended",
        ONE_OFF,
        [rep(S.DONE, D(2017, 3, 1)), rep(S.SUSPENDED, D(2017, 3, 1), agency=2)],
        D(2017, 6, 1),
        T.SUSPENDED,
    ),
    (
        "suspended ongoing",
        Deadline(K.ONGOING, "Thường xuyên"),
        [rep(S.SUSPENDED, D(2017, 3, 1))],
        D(2017, 6, 1),
        T.SUSPENDED,
    ),
    # ongoing
    ("ongoing, nothing reported", Deadline(K.ONGOING, "Thường xuyên"), [None], D(2021, 6, 1), T.ONGOING),
    (
        "ongoing, reported done",
        Deadline(K.ONGOING, "Thường xuyên"),
        [rep(S.DONE, D(2021, 6, 1))],
        D(2021, 6, 1),
        T.ONGOING,
    ),
    (
        "ongoing with an override is dated",
        Deadline(K.ONGOING, "Thường xuyên", override=D(2021, 5, 1)),
        [None],
        D(2021, 6, 1),
        T.IN_PROGRESS_OVERDUE,
    ),
    # no computable date: judged as not due unless reported
    ("unknown, nothing", Deadline(K.UNKNOWN, "Theo lộ trình"), [None], D(2030, 1, 1), T.NOT_DUE),
    (
        "unknown, in progress",
        Deadline(K.UNKNOWN, "Theo lộ trình"),
        [rep(S.IN_PROGRESS, D(2029, 1, 1))],
        D(2030, 1, 1),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "unknown, done",
        Deadline(K.UNKNOWN, "Theo lộ trình"),
        [rep(S.DONE, D(2029, 1, 1))],
        D(2030, 1, 1),
        T.DONE_ON_TIME,
    ),
    (
        "relative untriggered",
        Deadline(K.RELATIVE, "3 tháng kể từ", offset_months=3),
        [None],
        D(2030, 1, 1),
        T.NOT_DUE,
    ),
    (
        "relative triggered, overdue",
        Deadline(K.RELATIVE, "3 tháng kể từ", offset_months=3, trigger=D(2021, 1, 10)),
        [rep(S.IN_PROGRESS, D(2021, 2, 1))],
        D(2021, 4, 11),
        T.IN_PROGRESS_OVERDUE,
    ),
    (
        "relative triggered, due day",
        Deadline(K.RELATIVE, "3 tháng kể từ", offset_months=3, trigger=D(2021, 1, 10)),
        [rep(S.IN_PROGRESS, D(2021, 2, 1))],
        D(2021, 4, 10),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "conditional triggered, done after",
        Deadline(K.CONDITIONAL, "sau khi có văn bản", trigger=D(2023, 5, 2)),
        [rep(S.DONE, D(2023, 5, 20))],
        D(2023, 6, 1),
        T.DONE_LATE,
    ),
    (
        "quarter without a year",
        Deadline(K.QUARTER, "trong quý II", quarter=2),
        [None],
        D(2030, 1, 1),
        T.NOT_DUE,
    ),
    # recurring: judged on the latest occurrence strictly before as_of
    (
        "yearly, before first occurrence of a bounded rule",
        Deadline(K.YEAR_ONWARD, "trong năm 2021 và các năm tiếp theo", year=2021),
        [None],
        D(2021, 6, 1),
        T.NOT_DUE,
    ),
    (
        "yearly, before first, in progress",
        Deadline(K.YEAR_ONWARD, "x", year=2021),
        [rep(S.IN_PROGRESS, D(2021, 5, 1))],
        D(2021, 6, 1),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "yearly, on the due day nothing is late",
        YEARLY,
        [rep(S.DONE, D(2020, 12, 10))],
        D(2021, 12, 15),
        T.DONE_ON_TIME,
    ),
    ("yearly, done in the cycle", YEARLY, [rep(S.DONE, D(2021, 12, 10))], D(2022, 3, 1), T.DONE_ON_TIME),
    (
        "yearly, done late after the occurrence",
        YEARLY,
        [rep(S.DONE, D(2021, 12, 20))],
        D(2022, 3, 1),
        T.DONE_LATE,
    ),
    (
        "yearly, done only in the previous cycle",
        YEARLY,
        [rep(S.DONE, D(2020, 12, 10))],
        D(2022, 3, 1),
        T.IN_PROGRESS_OVERDUE,
    ),
    ("yearly, never reported", YEARLY, [None], D(2022, 3, 1), T.IN_PROGRESS_OVERDUE),
    (
        "yearly, in progress before occurrence",
        YEARLY,
        [rep(S.IN_PROGRESS, D(2021, 11, 1))],
        D(2022, 3, 1),
        T.IN_PROGRESS_OVERDUE,
    ),
    (
        "yearly, moved on to the next cycle",
        YEARLY,
        [rep(S.IN_PROGRESS, D(2022, 2, 1))],
        D(2022, 3, 1),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "yearly, moved on but not started",
        YEARLY,
        [rep(S.NOT_STARTED, D(2022, 2, 1))],
        D(2022, 3, 1),
        T.NOT_DUE,
    ),
    (
        "yearly, two leads, one moved on, one done",
        YEARLY,
        [rep(S.IN_PROGRESS, D(2022, 2, 1)), rep(S.DONE, D(2021, 12, 1), agency=2)],
        D(2022, 3, 1),
        T.IN_PROGRESS_ON_TIME,
    ),
    (
        "yearly, two leads, one overdue",
        YEARLY,
        [rep(S.DONE, D(2021, 12, 1)), None],
        D(2022, 3, 1),
        T.IN_PROGRESS_OVERDUE,
    ),
    ("monthly, done for august", MONTHLY, [rep(S.DONE, D(2021, 8, 24))], D(2021, 9, 10), T.DONE_ON_TIME),
    (
        "monthly, august report before july's date",
        MONTHLY,
        [rep(S.DONE, D(2021, 7, 20))],
        D(2021, 9, 10),
        T.IN_PROGRESS_OVERDUE,
    ),
    (
        "quý I hằng năm: 2021 exception, done in Q2",
        Q1_YEARLY,
        [rep(S.DONE, D(2021, 5, 20))],
        D(2021, 7, 1),
        T.DONE_ON_TIME,
    ),
    (
        "quý I hằng năm, unbounded: Q1/2020 still unanswered",
        Q1_YEARLY,
        [None],
        D(2021, 4, 1),
        T.IN_PROGRESS_OVERDUE,
    ),
    (
        "override moves the occurrence judged",
        YEARLY.with_override(D(2022, 1, 15)),
        [rep(S.DONE, D(2022, 1, 10))],
        D(2022, 3, 1),
        T.DONE_ON_TIME,
    ),
]


@pytest.mark.parametrize(
    ("name", "deadline", "progress", "as_of", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_derive_state(
    name: str, deadline: Deadline, progress: list[AgencyProgress | None], as_of: date, expected: TaskState
) -> None:
    assert derive_state(deadline, progress, as_of) is expected


@pytest.mark.parametrize(
    ("since", "as_of", "expected"),
    [
        (None, D(2021, 4, 1), T.IN_PROGRESS_OVERDUE),  # unbounded: Q1/2020 counts
        (D(2021, 1, 1), D(2021, 4, 1), T.NOT_DUE),  # plan issued in 2021: first occurrence 30/6/2021
        (D(2021, 1, 1), D(2021, 7, 1), T.IN_PROGRESS_OVERDUE),
    ],
)
def test_since_ignores_occurrences_before_the_task_existed(
    since: date | None, as_of: date, expected: TaskState
) -> None:
    assert derive_state(Q1_YEARLY, [None], as_of, since=since) is expected


@pytest.mark.parametrize(
    ("state", "done", "overdue"),
    [
        (T.NOT_DUE, False, False),
        (T.IN_PROGRESS_ON_TIME, False, False),
        (T.IN_PROGRESS_OVERDUE, False, True),
        (T.DONE_ON_TIME, True, False),
        (T.DONE_LATE, True, False),
        (T.ONGOING, False, False),
        (T.SUSPENDED, False, False),
    ],
)
def test_state_flags(state: TaskState, done: bool, overdue: bool) -> None:
    assert state.is_done is done and state.is_overdue is overdue
    assert state.label == state.value


def test_state_words_are_the_official_ones() -> None:
    assert [s.value for s in TaskState] == [
        "Chưa đến hạn",
        "Đang thực hiện trong hạn",
        "Đang thực hiện quá hạn",
        "Hoàn thành đúng hạn",
        "Hoàn thành quá hạn",
        "Thường xuyên",
        "Không thực hiện / tạm dừng",
    ]
    assert ProgressStatus.DONE.label == "Đã hoàn thành"


@pytest.mark.parametrize(
    ("states", "expected", "rate"),
    [
        ([], StateCounts(0, 0, 0, 0, 0, 0, 0, 0, 0), None),
        (
            [T.NOT_DUE, T.ONGOING, T.SUSPENDED, T.IN_PROGRESS_ON_TIME],
            StateCounts(4, 0, 0, 0, 1, 0, 1, 1, 1),
            None,
        ),
        (
            [T.DONE_ON_TIME, T.DONE_LATE, T.IN_PROGRESS_OVERDUE, T.IN_PROGRESS_OVERDUE],
            StateCounts(4, 4, 1, 1, 0, 2, 0, 0, 0),
            0.5,
        ),
        ([T.DONE_ON_TIME] * 3 + [T.ONGOING], StateCounts(4, 3, 3, 0, 0, 0, 1, 0, 0), 1.0),
        (["Hoàn thành đúng hạn", "Đang thực hiện quá hạn"], StateCounts(2, 2, 1, 0, 0, 1, 0, 0, 0), 0.5),
    ],
)
def test_summarize(states: list[TaskState], expected: StateCounts, rate: float | None) -> None:
    counts = summarize(states)
    assert counts == expected
    assert counts.completion_rate == rate


@pytest.mark.parametrize(("state", "day", "shown"), [
    (TaskState.IN_PROGRESS_OVERDUE, date(2027, 3, 31), TaskState.NOT_DUE),  # issue 13 bug 5
    (TaskState.IN_PROGRESS_OVERDUE, date(2026, 9, 30), TaskState.IN_PROGRESS_OVERDUE),
    (TaskState.IN_PROGRESS_OVERDUE, date(2026, 12, 4), TaskState.IN_PROGRESS_OVERDUE),
    (TaskState.DONE_ON_TIME, date(2027, 3, 31), TaskState.DONE_ON_TIME),
])
def test_occurrence_ahead_is_not_overdue(state: TaskState, day: date, shown: TaskState) -> None:
    from app.domain.task_state import occurrence_state

    assert occurrence_state(state, day, date(2026, 12, 4)) is shown


def test_completion_figures_serve_any_counts_that_declare_them() -> None:
    from dataclasses import dataclass

    from app.domain.task_state import CompletionFigures

    @dataclass
    class Figures(CompletionFigures):
        done_on_time: int
        done_late: int
        due: int

    assert (Figures(2, 1, 4).done, Figures(2, 1, 4).completion_rate) == (3, 0.75)
    assert Figures(0, 0, 0).completion_rate is None  # nothing due yet: no rate, not 0 %
    assert Figures(3, 0, 3).completion_rate == 1.0
