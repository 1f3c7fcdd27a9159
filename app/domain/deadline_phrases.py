"""Interpret a deadline phrase as printed in a Vietnamese plan (`xong trước ngày 30/4/2017`).

The importer finds the phrase; this module only says what it means. Matching runs on the
`fold`ed phrase (lowercase, no diacritics, đ→d), so `Hằng năm`/`hàng năm`, `Quý`/`quý` and NFC/NFD
input are all the same to it. Rules are tried from the most specific to the most general; the
first that matches decides the kind. A phrase no rule understands becomes `UNKNOWN` with the
phrase kept: the program shows it to the clerk instead of guessing.

This module holds the order of the rules; each kind of reading lives in its own module:
`deadline_events` (from an event, or no date: `sau khi …`, `thường xuyên`), `deadline_recurring`
(`hằng tháng`, `định kỳ 6 tháng`, `hằng năm`), `deadline_spans` (`giai đoạn 2026-2030`, `đến năm
2030`), `deadline_points` (a date, quarter, month or year) and `deadline_tokens` (a quarter, a day,
an end year, as all of them read it).

Choices worth knowing:
- A quarter or a day/month without a year (`trong quý II`, `trước ngày 30/4`) takes `plan_year`
  (the year the plan was issued); without `plan_year` the kind is kept but no year is set, so the
  deadline has no due date until the clerk sets an override.
- `Đến đầu nhiệm kỳ 2025-2030` is due by the end of 2025 (the congress opens the term);
  `đến hết/cuối nhiệm kỳ 2025-2030` by the end of 2030. `trước năm 2025` means by 31/12/2024.
- `6 tháng đầu năm 2021` → 30/6/2021, `9 tháng năm 2021` → 30/9/2021, `tháng 6/2021` → 30/6/2021,
  all as DATE. `ngày làm việc` offsets are counted as calendar days (earlier, never later).
- A day written out keeps its day whether or not `ngày` is printed after the word of limit (`trước 15 tháng 3
  năm 2026`, `trước ngày 15 tháng 3` are the 15th, not the month's end); a count (`6 tháng 1 lần`) is no day.
  Quarters listed in figures (`quý 3, 4/2026`, `quý 3 - 4/2026`) end with the last, as roman ones do.
- `Thực hiện thường xuyên, sau khi có hướng dẫn ...` is ONGOING: it has no date either way.
- A phrase with both a monthly and a quarterly day (`hàng tháng (... ngày 25 hàng tháng), hàng
  quý (... ngày 25 của tháng cuối quý)`) is MONTHLY: the monthly dates include the quarterly ones;
  likewise `định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)` is HALF_YEARLY.
- A daily duty (`trước 19h00 hằng ngày`, `02 lần/ngày`) is ONGOING: the office follows it as
  continuous work, it does not put 365 due dates a year on the calendar (`hằng tuần` stays UNKNOWN).
- An emergency phase counted in hours from the event (`Giai đoạn khẩn cấp (0-48 giờ)`) is
  RELATIVE, due at its end rounded up to whole days; `sau 72 giờ` (no end) is CONDITIONAL.
- `Từ tháng 4/2026 đến tháng 8/2026` is due at the end of the span (31/8/2026). Like `trước năm
  2025`, `trước tháng 10/2026` is due at the end of the month before (30/9/2026) and `trước quý
  IV/2026` at the end of the quarter before (30/9/2026).
- A span of days is due on its last day, whether or not the hour of that day is printed before it: `từ ngày
  26/02/2026 đến 05 giờ 00 ngày 14/3/2026` (or `17h00`, `17:00`, `16 giờ 30 phút`) is due 14/3/2026, as `… đến
  ngày 14/3/2026` is; the hour itself is not kept (a due date is a day). Without its years too: `từ ngày 26/02
  đến (hết) ngày 14/3` is due 14/3 of the plan's year; its dash spaced or not (`26/02-14/3`, `26/02 - 14/3`, `từ
  26/02-14/3/2026`), the phrase opening with the first day or not. A yearly window (`từ ngày 26/02 đến ngày 14/3
  hằng năm`) is due on its last day each year: the clerk tracks by when the work must be done.
- Quarters of two years end with the latest in time: `Quý IV/2025 và Quý I/2026` at the end of quý I/2026; a year
  printed once after a list (`quý III, IV/2025`) is every listed quarter's.
- A point the calendar has not (`quý 5/2025`, `Quý V năm 2025`, `31/02/2025`, `tháng 13/2025`) is not understood:
  no nearby reading (May, the year 2025) is put on the calendar, and the review says which point does not exist
  (`deadline_impossible`).
- A dated time keeps its date beside the event it waits for in an aside (`Tháng 11/2025 (sau khi … ban hành Hướng
  dẫn)` is due 30/11/2025); a span closing on an event's day it does not print (`Từ ngày 15/3/2026 đến ngày bầu cử`)
  is due at the event, not at its start.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain import deadline_events as events
from app.domain import deadline_points as points
from app.domain import deadline_recurring as recurring
from app.domain import deadline_spans as spans
from app.domain.deadline_impossible import NO_QUARTER
from app.domain.deadline_tokens import spaced_spans
from app.domain.deadlines import Deadline, DeadlineKind
from app.domain.text import fold, nfc
from app.errors import InputError

# Every rule takes (folded text, verbatim phrase, plan_year) and returns a Deadline or None.
_Rule = Callable[[str, str, int | None], Deadline | None]

_RULES: tuple[_Rule, ...] = (
    events.relative,
    recurring.yearly_in_quarter,
    events.ongoing,
    events.conditional,
    events.hours,
    recurring.monthly,
    recurring.quarterly,
    recurring.half_yearly,
    recurring.year_onward,
    spans.period_range,
    spans.from_year,
    recurring.yearly,
    spans.until,
    points.full_date,
    points.quarter_rule,
    points.part_of_year,
    points.day_month_date,
    points.year,
)


def parse_deadline(phrase: str, *, plan_year: int | None = None) -> Deadline:
    """Turn a printed deadline phrase into a `Deadline`; never raises, never guesses.

    The phrase is stored exactly as given (`Deadline.phrase`); matching ignores case, diacritics,
    Unicode form and runs of white space.

    `plan_year` fills in a year the phrase leaves out (`trong quý II`, `trước ngày 30/4`).
    """
    kept = phrase or ""  # verbatim: the clerk compares it with the document
    text = spaced_spans(fold(nfc(kept)))
    if not text or NO_QUARTER.search(text):
        return Deadline(kind=DeadlineKind.UNKNOWN, phrase=kept)  # `quý 5/2025` is no May, nor the year 2025
    for rule in _RULES:
        try:
            found = rule(text, kept, plan_year)
        except (InputError, ValueError):
            break  # an impossible date (31/2/2021) is not understood: flag it, don't guess
        if found is not None:
            return found
    return Deadline(kind=DeadlineKind.UNKNOWN, phrase=kept)
