"""A plan's own reporting rules (clauses from corpus/plans) and the due dates they give."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.periods import Period, PeriodKind, WindowScheme
from app.domain.reporting import (
    ReportingRule,
    ReportStatus,
    due_date,
    parse_reporting_rules,
    period_due_date,
    report_status,
)

P = PeriodKind

# clause, expected (frequency, day, month) in order
CLAUSES: list[tuple[str, list[tuple[PeriodKind, int, int | None]]]] = [
    (
        "Định kỳ báo cáo kết quả thực hiện trước ngày 15/12 hàng năm về Sở Nội vụ để tổng hợp, "
        "báo cáo UBND Thành phố",
        [(P.YEAR, 15, 12)],
    ),
    (
        "Định kỳ ngày 25 hằng tháng báo cáo Chủ tịch UBND Thành phố tình hình triển khai thực hiện",
        [(P.MONTH, 25, None)],
    ),
    ("Định kỳ báo cáo Thành ủy, UBND Thành phố vào ngày 25 hằng tháng", [(P.MONTH, 25, None)]),
    (
        "Hàng tháng (định kỳ trước ngày 25 hàng tháng), hàng quý (định kỳ trước ngày 25 của tháng cuối quý) "
        "tổng hợp "
        "kết quả việc thực hiện Kế hoạch, báo cáo UBND Thành phố",
        [(P.MONTH, 25, None), (P.QUARTER, 25, None)],
    ),
    (
        "Định kỳ ngày 20 hằng tháng, ngày 20 của tháng cuối quý, các sở, ban, ngành, UBND quận, huyện, "
        "thị xã báo cáo "
        "kết quả thực hiện Kế hoạch về Sở nội vụ",
        [(P.MONTH, 20, None), (P.QUARTER, 20, None)],
    ),
    ("báo cáo 6 tháng, năm", [(P.HALF, 25, None), (P.YEAR, 25, None)]),
    (
        "báo cáo 6 tháng (trước ngày 15/6) và báo cáo năm (trước ngày 15/12)",
        [(P.HALF, 15, None), (P.YEAR, 15, 12)],
    ),
    ("báo cáo 9 tháng trước ngày 20 tháng 9", [(P.NINE_MONTHS, 20, None)]),
    ("báo cáo 6 tháng, 9 tháng và năm", [(P.HALF, 25, None), (P.NINE_MONTHS, 25, None), (P.YEAR, 25, None)]),
    ("hằng quý báo cáo UBND tỉnh", [(P.QUARTER, 25, None)]),
    (
        "Hằng năm tổ chức sơ kết và báo cáo Ban Thường vụ Thành ủy (qua Ban Tổ chức) về kết quả thực hiện",
        [(P.YEAR, 25, None)],
    ),
    ("báo cáo trước ngày 10 tháng 12 hằng năm", [(P.YEAR, 10, 12)]),
    ("Định kỳ báo cáo Thường trực Thành ủy, Ban Thường vụ Thành ủy", []),
    ("Thực hiện báo cáo định kỳ, đột xuất việc thực hiện Kế hoạch theo quy định", []),
    ("", []),
]


@pytest.mark.parametrize(("clause", "expected"), CLAUSES, ids=[c[0][:40] or "empty" for c in CLAUSES])
def test_parse_reporting_rules(clause: str, expected: list[tuple[PeriodKind, int, int | None]]) -> None:
    rules = parse_reporting_rules(clause)
    assert [(r.frequency, r.day, r.month) for r in rules] == expected
    assert all(r.phrase == clause for r in rules)


# rule, period code, expected due date
DUE = [
    (ReportingRule(P.YEAR, 15, 12, "trước ngày 15/12 hàng năm"), "2021-Y", date(2021, 12, 15)),
    (ReportingRule(P.MONTH, 25, None, "ngày 25 hằng tháng"), "2021-M08", date(2021, 8, 25)),
    (ReportingRule(P.MONTH, 31, None, "ngày 31 hằng tháng"), "2024-M02", date(2024, 2, 29)),
    (ReportingRule(P.MONTH, 30, None, "ngày 30 hằng tháng"), "2023-M02", date(2023, 2, 28)),
    (ReportingRule(P.QUARTER, 20, None, "ngày 20 của tháng cuối quý"), "2021-Q3", date(2021, 9, 20)),
    (ReportingRule(P.QUARTER, 20, None, "ngày 20 của tháng cuối quý"), "2021-Q1", date(2021, 3, 20)),
    (ReportingRule(P.HALF, 25, None, "6 tháng"), "2021-H1", date(2021, 6, 25)),
    (ReportingRule(P.HALF, 15, None, "trước ngày 15/6"), "2021-H2", date(2021, 12, 15)),
    (ReportingRule(P.YEAR, 15, 12, "trước ngày 15/12 hàng năm"), "2021-Q3", date(2021, 9, 15)),
    (ReportingRule(P.NINE_MONTHS, 25, None, "9 tháng"), "2021-9M", date(2021, 9, 25)),
]


@pytest.mark.parametrize(("rule", "code", "expected"), DUE)
def test_due_date(rule: ReportingRule, code: str, expected: date) -> None:
    assert due_date(rule, Period.parse(code)) == expected


def test_rule_overrides_default() -> None:
    rules = parse_reporting_rules("Định kỳ ngày 20 hằng tháng, ngày 20 của tháng cuối quý")
    assert period_due_date(rules, Period.parse("2021-M08")) == date(2021, 8, 20)
    assert period_due_date(rules, Period.parse("2021-Q3")) == date(2021, 9, 20)
    # no yearly rule: December's monthly (and Q4's) report on the 20th is due when the year ends
    assert period_due_date(rules, Period.parse("2021-Y")) == date(2021, 12, 20)
    assert period_due_date([], Period.parse("2021-Y"), WindowScheme.CALENDAR) == date(2022, 1, 5)
    assert period_due_date([], Period.parse("2021-Q2")) == date(2021, 6, 25)


@pytest.mark.parametrize(
    ("submitted", "as_of", "status"),
    [
        (date(2021, 12, 15), date(2022, 1, 1), ReportStatus.ON_TIME),
        (date(2021, 12, 16), date(2022, 1, 1), ReportStatus.LATE),
        (None, date(2021, 12, 15), ReportStatus.NOT_DUE),
        (None, date(2021, 12, 16), ReportStatus.MISSING),
    ],
)
def test_report_status(submitted: date | None, as_of: date, status: ReportStatus) -> None:
    assert report_status(date(2021, 12, 15), submitted, as_of) is status
    assert status.needs_reminder is (status is ReportStatus.MISSING)
