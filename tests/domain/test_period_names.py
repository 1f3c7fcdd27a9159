"""Periods by their Vietnamese names: shown as the reports print them, typed as a clerk writes them."""

import pytest

from app.domain.periods import Period, PeriodKind, parse_period_name, period_name
from app.errors import InputError


@pytest.mark.parametrize(("period", "name"), [
    (Period(PeriodKind.QUARTER, 2026, 4), "Quý IV năm 2026"),
    (Period(PeriodKind.HALF, 2026, 1), "6 tháng đầu năm 2026"),
    (Period(PeriodKind.HALF, 2026, 2), "6 tháng cuối năm 2026"),
    (Period(PeriodKind.NINE_MONTHS, 2026, 1), "9 tháng năm 2026"),
    (Period(PeriodKind.MONTH, 2026, 8), "Tháng 8 năm 2026"),
    (Period(PeriodKind.YEAR, 2026, 1), "Năm 2026"),
])
def test_name_round_trip(period: Period, name: str) -> None:
    assert period_name(period) == name
    assert parse_period_name(name) == period
    assert parse_period_name(name.lower()) == period


@pytest.mark.parametrize(("typed", "code"), [
    ("Quý IV/2026", "2026-Q4"), ("quy 4 nam 2026", "2026-Q4"), ("QUÝ iv năm 2026", "2026-Q4"),
    ("  Quý  II  năm 2021 ", "2021-Q2"), ("6 thang dau nam 2026", "2026-H1"), ("6 tháng cuối/2026", "2026-H2"),
    ("Tháng 08/2026", "2026-M08"), ("thang 12 - 2026", "2026-M12"), ("9 tháng/2026", "2026-9M"),
    ("năm 2026", "2026-Y"), ("2026-Q4", "2026-Q4"), ("2021-m08", "2021-M08"),
])
def test_typed_forms(typed: str, code: str) -> None:
    assert parse_period_name(typed).code == code


@pytest.mark.parametrize("typed", ["Quý V năm 2026", "Tháng 13/2026", "Quý IV", "kỳ này", "", "2021-X9",
                                   "Tháng 0 năm 2026"])
def test_refused_with_a_vietnamese_message(typed: str) -> None:
    with pytest.raises(InputError) as err:
        parse_period_name(typed)
    assert "kỳ báo cáo" in err.value.message.lower() or "Mã kỳ" in err.value.message
