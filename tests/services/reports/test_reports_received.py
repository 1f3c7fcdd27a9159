"""The progress report counts the agencies' reports received by the day it is signed, not by the data cut-off.

Session 16's walk: agencies' quarterly reports are due after the cut-off (ND 09: data to the 14th, the report due
later — 25/9 for a third quarter), so most arrive between the two days. The report dated 25/9/2026 said `Đến ngày
14/9/2026, 1/19 cơ quan, đơn vị phải báo cáo đã gửi báo cáo quý III năm 2026` and, in section III, `18/19 cơ quan,
đơn vị chưa gửi báo cáo quý III năm 2026 đến ngày chốt số liệu: …` — naming agencies whose reports had come in on
time, on the 20th, as the register printed the same day showed."""

from __future__ import annotations

from datetime import date

from app.domain.periods import Period
from app.models.database import Database
from app.services import Services
from app.services.reports.progress import ReportOptions

Q3 = Period.parse("2024-Q3")


def test_a_report_received_after_the_cut_off_counts_when_the_report_is_signed(demo_db: Database) -> None:
    services = Services(demo_db, user="tester")
    plan = services.plans.find("177/KH-UBND")
    options = ReportOptions(issued_on=date(2024, 9, 25))
    before = services.reports.progress(plan, Q3, date(2024, 9, 14), options)
    agency = services.agencies.find_one("Ban Tổ chức Thành ủy")  # no report stored for the quarter
    assert agency.name in before.shortcomings[2]  # not reported by then …
    services.progress.record_agency_report(agency.id, plan, Q3.code, date(2024, 9, 20))  # … but before the due day
    after = services.reports.progress(plan, Q3, date(2024, 9, 14), options)
    assert after.as_of == date(2024, 9, 14)  # the tasks' figures: still the cut-off's
    assert after.reports_as_of == date(2024, 9, 25)
    assert not any(agency.name in line for line in after.shortcomings)
    assert [a.submitted_on for a in after.agencies if a.agency == agency.name] == [date(2024, 9, 20)]
    assert sum(a.submitted_on is not None for a in after.agencies) == sum(
        a.submitted_on is not None for a in before.agencies) + 1
