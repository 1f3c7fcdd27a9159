"""A report day typed without its year (`15/12`) is read in the form's period (window11).

The form was written for one period, so the reader knows the year an agency means: the day nearest the period's
end (`app.domain.exchange.day_in_period`). It was refused: «ngày báo cáo «15/12» không phải là ngày: thiếu năm».
Typed in Calc itself (`helpers.in_calc`): its input parsing leaves `15/12` text in the day's text cell.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain import exchange as x
from app.domain.periods import Period
from app.services import Services
from tests.services.exchange.conftest import AS_OF
from tests.services.exchange.helpers import in_calc

Q4 = Period.parse("2021-Q4")


def test_a_day_without_its_year_is_read_in_the_forms_period_and_said(services: Services, plan,
                                                                      tmp_path: Path) -> None:
    [sent] = services.exchange.export(plan["plan"], Q4, tmp_path / "out", agency_ids=[plan["Sở Nội vụ"]], as_of=AS_OF)
    form = sent.path
    typed = in_calc(form, [("S", "E9", "Đang thực hiện"), ("S", "G9", "Đã rà soát 40 thủ tục"), ("S", "J9", "15/12"),
                           ("S", "E10", "Đang thực hiện"), ("S", "G10", "Đã đăng 5 tin"), ("S", "J10", "ngày 5/1")],
                    tmp_path / "calc")
    [review] = services.exchange.review([typed], today=date(2022, 1, 10))
    assert [(r.line, r.outcome.value) for r in review.rows] == [(9, "new"), (10, "new")], [r.reason
                                                                                           for r in review.rows]
    first, late = review.rows
    assert first.incoming is not None and first.incoming.reported_on == date(2021, 12, 15)
    assert late.incoming is not None and late.incoming.reported_on == date(2022, 1, 5)  # a late report, in January
    assert "«15/12» không ghi năm: đã đọc là 15/12/2021" in first.note
    assert "«ngày 5/1» không ghi năm: đã đọc là 05/01/2022" in late.note
    services.exchange.apply([review])
    assert services.progress.history(plan["t1"])[0].reported_on == date(2021, 12, 15)


def test_the_year_is_the_one_nearest_the_periods_end() -> None:
    assert x.day_in_period("15/12", "2026-Q4") == date(2026, 12, 15)
    assert x.day_in_period("05/01", "2026-Y") == date(2027, 1, 5)  # the year's report sent late
    assert x.day_in_period("20/12", "2027-M01") == date(2026, 12, 20)  # January's window opens 15/12/2026
    assert x.day_in_period("31/4", "2026-Q2") is None  # no such day: refused with what it lacks
    assert x.day_in_period("15/12/2026", "2026-Q4") is None and x.day_in_period("", "2026-Q4") is None
