"""How the exchange workbook's cells are read as an agency's clerk types them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import exchange as x
from app.domain.task_state import ProgressStatus
from app.errors import InputError


@pytest.mark.parametrize("typed", ["15/3/2025", "15/03/2025", "15-03-25", "15/3/25", "15.03.2025", "ngày 15/3/2025",
                                   "Ngày 15-3-2025", " 15 / 3 / 2025 ", "2025-03-15"])
def test_a_day_is_read_as_the_agency_types_it(typed: str) -> None:
    """A busy clerk types `15-03-25` or `ngày 15/3/2025` as on paper: both were refused (`không phải là ngày`)
    and the whole row sent back."""
    assert x.parse_date(typed) == dt.date(2025, 3, 15)


@pytest.mark.parametrize("typed", ["3/15/2025", "31/02/2025", "hôm qua", "15/3/202", "ngày mai 15/3/2025"])
def test_what_is_no_day_is_refused_with_the_form_to_use(typed: str) -> None:
    with pytest.raises(InputError, match=r"không phải là ngày \(dùng dạng dd/mm/yyyy\)"):
        x.parse_date(typed)


@pytest.mark.parametrize(("typed", "lacks"), [("15/3", "thiếu năm"), ("ngày 15-03", "thiếu năm"),
                                              ("tháng 3/2026", "chỉ có tháng, thiếu ngày"),
                                              ("Tháng 12.2026", "chỉ có tháng, thiếu ngày"),
                                              ("03/2026", "chỉ có tháng, thiếu ngày")])
def test_a_day_typed_short_is_refused_saying_what_it_lacks(typed: str, lacks: str) -> None:
    """`15/3` and `tháng 3/2026` (session 17's walk) were refused as «không phải là ngày» alone."""
    with pytest.raises(InputError) as refused:
        x.parse_date(typed)
    assert refused.value.message == f"ngày báo cáo «{typed}» không phải là ngày: {lacks} (dùng dạng dd/mm/yyyy)"


@pytest.mark.parametrize(("pasted", "day"), [(46307, dt.date(2026, 10, 12)), (46307.5, dt.date(2026, 10, 12)),
                                             (36526, dt.date(2000, 1, 1))])
def test_a_day_pasted_as_a_value_is_read_from_its_serial_number(pasted: float, day: dt.date) -> None:
    """A date copied from the agency's own sheet and pasted as a value into the day's text cell keeps its serial
    number: the row was refused as «ngày báo cáo «46307» không phải là ngày» — a number the agency never typed."""
    assert x.parse_date(pasted) == day


@pytest.mark.parametrize("typed", [15, 2026, 36525, 73051])
def test_a_number_that_is_no_days_serial_is_no_day(typed: int) -> None:
    with pytest.raises(InputError, match="không phải là ngày"):
        x.parse_date(typed)


@pytest.mark.parametrize("typed", ["khoảng 80", "80-90", "120", "-5"])
def test_a_percent_that_is_no_percent_says_what_to_write_instead(typed: str) -> None:
    """`khoảng 80` (about 80) typed in the percent cell: the row came back with only "không phải là số"; the
    clerk passing it on to the agency had nothing to say about what to write instead."""
    with pytest.raises(InputError) as refused:
        x.read_percent(typed)
    assert refused.value.message.endswith("(chỉ ghi một số từ 0 đến 100, ví dụ 80 — lời giải thích ghi ở cột "
                                          "Kết quả thực hiện)")


@pytest.mark.parametrize(("typed", "read"), [("50%", (50, "")), ("0,5", (50, "")), ("0.5", (50, "")),
                                             ("0,5%", (1, "tỷ lệ hoàn thành 0,5% làm tròn thành 1%")),
                                             ("0,4 %", (1, "tỷ lệ hoàn thành 0,4% làm tròn thành 1%"))])
def test_a_percent_sign_means_the_number_is_the_percent(typed: str, read: tuple[int, str]) -> None:
    """A bare `0,5` is a fraction (Calc's `50%` stored without its format), but `0,5%` typed as text (Calc in an
    English locale keeps `0,5%` as text) is half a percent: it was read as 50 %."""
    assert x.read_percent(typed) == read


@pytest.mark.parametrize("pasted", ["Dòng một\r\nDòng hai", "Dòng một\vDòng hai", "Dòng một\u2028Dòng hai",
                                    "Dòng một\rDòng hai", "Dòng một\fDòng hai", "Dòng\x07 một\nDòng hai\x01"],
                         ids=["crlf", "word-shift-enter", "line-separator", "cr", "page-break", "control"])
def test_every_line_break_a_pasted_reply_brings_is_a_new_line(pasted: str) -> None:
    """Word's Shift+Enter comes into a cell as a vertical tab, which Excel shows as a line break: it was kept as a
    control character in the stored result, which no XML may hold: the next form prefilled with it, or the report,
    could not be written."""
    assert x.cell_text(pasted) == "Dòng một\nDòng hai"


@pytest.mark.parametrize("typed", ["Đang thực hiện.", "đang thực hiện;", "Dang thuc hien ."])
def test_a_status_ended_as_a_sentence_is_read(typed: str) -> None:
    """`Đang thực hiện.` typed over the drop-down (Calc warns and keeps it) was refused as no status in the list."""
    assert x.parse_status(typed) is ProgressStatus.IN_PROGRESS
