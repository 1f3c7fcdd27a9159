"""Interpret a deadline phrase as printed in a Vietnamese plan (`xong trước ngày 30/4/2017`).

The importer finds the phrase; this module only says what it means. Matching runs on the
`fold`ed phrase (lowercase, no diacritics, đ→d), so `Hằng năm`/`hàng năm`, `Quý`/`quý` and NFC/NFD
input are all the same to it. Rules are tried from the most specific to the most general; the
first that matches decides the kind. A phrase no rule understands becomes `UNKNOWN` with the
phrase kept: the program shows it to the clerk instead of guessing.

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
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from app.domain.dates import clamp_day, make_date, month_end, roman_or_int
from app.domain.deadlines import Deadline, DeadlineKind
from app.domain.text import fold, nfc
from app.errors import InputError

_Q = r"(iv|i{1,3}|[1-4])\b"
_EVERY = r"\b(?:hang|moi)"
_DASH = r"\s*[-\u2013\u2014]\s*"

_RELATIVE = re.compile(
    r"(?:(?:trong (?:thoi han|vong|khoang)|cham nhat|khong qua|sau|trong)\s+)?"
    r"\b(\d{1,3})\s+(ngay|tuan|thang|nam)"
    r"(?:\s+lam viec)?\s*,?\s*(?:ke tu|tinh tu|sau khi|sau|ke khi)"
)
_YEARLY_IN_Q = re.compile(r"quy\s+" + _Q + r"\s*(?:cua\s+)?" + _EVERY + r"\s+nam")
_EXCEPTION = re.compile(
    r"rieng\s+(?:nam\s+)?(\d{4})\s*[,:]?\s*(?:(?:se\s+)?(?:hoan thanh|thuc hien|xong)\s+)?"
    r"(?:trong\s+|vao\s+)?quy\s+" + _Q
)
_ONGOING = re.compile(r"\bthuong xuyen\b|\blien tuc\b|" + _EVERY + r"\s+ngay\b|\b\d{1,2}\s+lan\s*/\s*ngay\b")
# (`chậm nhất 40 ngày trước ngày bầu cử`: days before an event whose day the phrase does not give)
_CONDITIONAL = re.compile(r"\bsau khi\b|\bkhi co\b|\bngay khi\b|\bkhi (?:van ban|huong dan|trung uong)\b"
                          r"|\b\d{1,3}\s+ngay\s+truoc\s+(?:ngay|khi)\b"
                          r"|\bkhi (?:tong ket|so ket|ket thuc|hoan thanh)\b")
# `Sau hội nghị hiệp thương lần thứ hai`, `Kết thúc cuộc bầu cử`, `Từ ngày thành lập Ủy ban ... đến ngày kết
# thúc ...`: a phrase without a figure that opens with an event is due when the event happens
_AFTER_EVENT = re.compile(r"^(?:ngay\s+)?(?:sau|ket thuc|tu ngay (?=[a-z]))\b")
# hours counted from an emergency: `(0-48 giờ)`, `48-72 giờ`, `trong 24 giờ`; `sau 72 giờ` has no end
_HOURS = re.compile(r"(?:\b\d{1,3}\s*-\s*|\btrong (?:vong )?)(\d{1,3})\s*gio\b")
_AFTER_HOURS = re.compile(r"\bsau\s+\d{1,3}\s*gio\b")
_MONTHLY = re.compile(_EVERY + r"\s+thang")
_MONTHLY_DAY = re.compile(r"ngay\s+(\d{1,2})\s+(?:cua\s+)?" + _EVERY + r"\s+thang")
_QUARTERLY = re.compile(_EVERY + r"\s+quy|dinh ky (?:hang |moi )?quy|thang cuoi (?:cua\s+)?(?:moi\s+|hang\s+)?quy")
_HALF_YEARLY = re.compile(r"dinh ky (?:0?6|sau) thang\b|" + _EVERY + r"\s+(?:0?6|sau) thang\b")
_QUARTERLY_DAY = re.compile(r"ngay\s+(\d{1,2})\s+(?:cua\s+)?thang cuoi (?:cua\s+)?(?:moi\s+|hang\s+)?quy")
_YEAR_ONWARD = re.compile(r"(?:nam\s+)?(\d{4})\s*,?\s+va\s+(?:cac|nhung)\s+nam\s+(?:tiep theo|sau|ke tiep)")
_RANGE = re.compile(r"giai doan\s+(\d{4})" + _DASH + r"(\d{4})(?!\d)")
_FROM_TO = re.compile(r"\btu\s+(?:nam\s+)?(\d{4})\s+den\s+(?:het\s+)?(?:nam\s+)?(\d{4})(?!\d)")
_BARE_RANGE = re.compile(r"(?<![\d/.\-])(\d{4})" + _DASH + r"(\d{4})(?!\d)")
_FROM_YEAR = re.compile(r"\btu\s+nam\s+(\d{4})(?!\d)")
_YEARLY = re.compile(_EVERY + r"\s+nam|dinh ky (?:hang |moi |cuoi )?nam|\bnam nao cung\b")
_TERM = re.compile(r"den\s+(dau|giua|cuoi|het)?\s*nhiem ky\s+(?:\w+\s+)?(\d{4})" + _DASH + r"(\d{4})")
_UNTIL = re.compile(r"\bden\s+(?:het\s+|cuoi\s+)?(?:nam\s+)?(\d{4})(?!\d)")
_BEFORE_YEAR = re.compile(r"\btruoc\s+nam\s+(\d{4})(?!\d)")
# (`tháng 6-7/2025` is two months, not the 6th of July; `quý 3 - 4/2026` two quarters)
_DMY = re.compile(r"(?<![\d/.\-])(?<!thang )(?<!quy )(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")
# a day written out, `ngày` left off after a word of limit: `trước 15 tháng 3 năm 2026`, `chậm nhất 15 tháng 3`
# (a bare `6 tháng 1 lần` is a count of months, not a day)
_DAY_OPENER = r"(?:ngay\s+|(?<=truoc )|(?<=nhat )|(?<=den )|(?<=het )|(?<=vao )|(?<=han ))"
_DMY_WORDS = re.compile(_DAY_OPENER + r"(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:nam\s+|/\s*|-\s*)(\d{4})(?!\d)")
_DEADLINE_LEAD = re.compile(
    r"(?:truoc|xong|han|hoan thanh|den|vao|cham nhat|trong)\s+(?:ngay\s+)?$|^\s*(?:ngay\s+)?$"
    r"|\d{4}\s*[-\u2013]\s*(?:ngay\s+)?$"  # `từ ngày 05/02/2026 - 08/02/2026` ends on the second date
)
_CITATION = re.compile(r"\d+/(?:\d{4}/)?[a-z]+(?:-[a-z]+)*\s+ngay\s+$")
_DM = re.compile(
    r"(?:ngay\s+(\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(\d{1,2})|(?<![\d/.\-])(\d{1,2})\s*/\s*(\d{1,2})"
    r"|" + _DAY_OPENER + r"(\d{1,2})\s+thang\s+(\d{1,2}))(?![\d/.\-])"
)
# (not the month of a day: `trước ngày 15 tháng 3` is the 15th, see _day_month_date)
_MONTH_ONLY = re.compile(r"(?<!\d )\bthang\s+(\d{1,2})\b(?!\s*[/\-.]?\s*\d)")
_QUARTER = re.compile(r"\bquy\s+" + _Q + r"(?:\s*(?:/|-|nam|,\s*nam)\s*(\d{4})(?!\d))?")
# `quý III, IV/2025`, `các quý III và IV năm 2025`: the quarters listed after the first share its `quý`
_MORE_QUARTERS = re.compile(r"\bquy\s+(?:iv|i{1,3}|[1-4])((?:\s*(?:,|va|[-\u2013])\s*(?:iv|i{1,3}|[1-4])\b)+)")
_HALF = re.compile(r"\b0?(6|sau|9|chin)\s+thang\s+(dau|cuoi)?\s*nam\b\s*(\d{4})?(?!\d)")
# `tháng 6/2021`, `tháng 6 năm 2021`, or a bare `6/2025` (a table's time cell): the month of that year
# (`tháng 6-7/2025`, `tháng 6 - 7/2025`: months 6 to 7, due with the last)
_MONTH = re.compile(r"(?:\bthang\s+(\d{1,2})\s*(?:/|-|\s+nam\s+)|(?:(?<![\d/.\-])|(?<=thang \d-)|(?<=thang \d\d-)"
                    r"|(?<=thang \d - )|(?<=thang \d\d - ))(\d{1,2})\s*/)\s*(\d{4})(?!\d)")
_MONTH_YEARLY = re.compile(r"\bthang\s+(\d{1,2})\s+(?:cua\s+)?" + _EVERY + r"\s+nam")
_YEAR = re.compile(r"\b(?:trong|ca|cuoi|het|truoc het)?\s*nam\s+(\d{4})(?!\d)|^(\d{4})$")


def parse_deadline(phrase: str, *, plan_year: int | None = None) -> Deadline:
    """Turn a printed deadline phrase into a `Deadline`; never raises, never guesses.

    The phrase is stored exactly as given (`Deadline.phrase`); matching ignores case, diacritics,
    Unicode form and runs of white space.

    `plan_year` fills in a year the phrase leaves out (`trong quý II`, `trước ngày 30/4`).
    """
    kept = phrase or ""  # verbatim: the clerk compares it with the document
    text = fold(nfc(kept))
    if not text:
        return Deadline(kind=DeadlineKind.UNKNOWN, phrase=kept)
    for rule in _RULES:
        try:
            found = rule(text, kept, plan_year)
        except (InputError, ValueError):
            break  # an impossible date (31/2/2021) is not understood: flag it, don't guess
        if found is not None:
            return found
    return Deadline(kind=DeadlineKind.UNKNOWN, phrase=kept)


# Every rule takes (folded text, verbatim phrase, plan_year) and returns a Deadline or None.
_Rule = Callable[[str, str, int | None], Deadline | None]


def _relative(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    m = _RELATIVE.search(text)
    if not m:
        return None
    amount, unit = int(m.group(1)), m.group(2)
    months = amount * 12 if unit == "nam" else amount if unit == "thang" else None
    days = amount * 7 if unit == "tuan" else amount if unit == "ngay" else None
    return Deadline(kind=DeadlineKind.RELATIVE, phrase=phrase, offset_months=months, offset_days=days)


def _yearly_in_quarter(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    m = _YEARLY_IN_Q.search(text)
    if not m:
        return None
    quarter = _quarter(m.group(1))
    exceptions = tuple(sorted({(int(e.group(1)), _quarter(e.group(2))) for e in _EXCEPTION.finditer(text)}))
    start = _FROM_YEAR.search(text)
    return Deadline(
        kind=DeadlineKind.YEARLY_IN_QUARTER,
        phrase=phrase,
        quarter=quarter,
        exceptions=exceptions,
        year=int(start.group(1)) if start else None,
        end_year=_until_year(text),
    )


def _ongoing(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    return Deadline(kind=DeadlineKind.ONGOING, phrase=phrase) if _ONGOING.search(text) else None


def _conditional(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    event = _AFTER_EVENT.match(text) and not re.search(r"\d", text)
    return Deadline(kind=DeadlineKind.CONDITIONAL, phrase=phrase) if _CONDITIONAL.search(text) or event else None


def _every_period(text: str, phrase: str, kind: DeadlineKind, marker: re.Pattern[str],
                  day_of: re.Pattern[str]) -> Deadline | None:
    """A duty every month or quarter (`marker`), on the day `day_of` finds (its group 1; none:
    the period's end), until the year the text names: the same reading for both periods."""
    if not marker.search(text):
        return None
    m = day_of.search(text)
    return Deadline(kind=kind, phrase=phrase, day=_day(m.group(1)) if m else None, end_year=_until_year(text))


def _monthly(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    return _every_period(text, phrase, DeadlineKind.MONTHLY, _MONTHLY, _MONTHLY_DAY)


def _hours(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    if _AFTER_HOURS.search(text):
        return Deadline(kind=DeadlineKind.CONDITIONAL, phrase=phrase)
    m = _HOURS.search(text)
    if not m:
        return None
    return Deadline(kind=DeadlineKind.RELATIVE, phrase=phrase, offset_days=max(1, -(-int(m.group(1)) // 24)))


def _half_yearly(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    if not _HALF_YEARLY.search(text):
        return None
    found = _find_day_month(text)
    return Deadline(kind=DeadlineKind.HALF_YEARLY, phrase=phrase, day=found[0] if found else None,
                    end_year=_until_year(text))


def _quarterly(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    return _every_period(text, phrase, DeadlineKind.QUARTERLY, _QUARTERLY, _QUARTERLY_DAY)


def _year_onward(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    m = _YEAR_ONWARD.search(text)
    if not m:
        return None
    quarter = _QUARTER.search(text)
    if quarter:  # `quý III năm 2021 và các năm tiếp theo`: end of that quarter, every year from 2021
        return Deadline(
            kind=DeadlineKind.YEARLY_IN_QUARTER,
            phrase=phrase,
            quarter=_quarter(quarter.group(1)),
            year=int(m.group(1)),
        )
    month, day = _day_month(text)
    return Deadline(kind=DeadlineKind.YEAR_ONWARD, phrase=phrase, year=int(m.group(1)), month=month, day=day)


def _period_range(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    if _TERM.search(text):
        return None  # `đến đầu nhiệm kỳ 2025-2030` is a point in time, see _until
    pairs = [(int(a), int(b)) for a, b in _RANGE.findall(text) + _FROM_TO.findall(text)]
    if not pairs:
        pairs = [(int(a), int(b)) for a, b in _BARE_RANGE.findall(text)]
    pairs = [(a, b) for a, b in pairs if a <= b]
    if not pairs:
        return None
    return Deadline(
        kind=DeadlineKind.PERIOD_RANGE,
        phrase=phrase,
        start_year=min(a for a, _ in pairs),
        end_year=max(b for _, b in pairs),
    )


def _from_year(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    m = _FROM_YEAR.search(text)
    if not m:
        return None
    month, day = _day_month(text)
    return Deadline(
        kind=DeadlineKind.FROM_YEAR,
        phrase=phrase,
        year=int(m.group(1)),
        month=month,
        day=day,
        end_year=_until_year(text),
    )


def _yearly(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    if not _YEARLY.search(text):
        return None
    month, day = _day_month(text)
    return Deadline(kind=DeadlineKind.YEARLY, phrase=phrase, month=month, day=day, end_year=_until_year(text))


def _until(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    term = _TERM.search(text)
    if term:
        year = int(term.group(3)) if term.group(1) in ("cuoi", "het") else int(term.group(2))
        return Deadline(kind=DeadlineKind.UNTIL_YEAR, phrase=phrase, year=year)
    m = _UNTIL.search(text)
    if m:
        return Deadline(kind=DeadlineKind.UNTIL_YEAR, phrase=phrase, year=int(m.group(1)))
    m = _BEFORE_YEAR.search(text)
    if m:
        return Deadline(kind=DeadlineKind.UNTIL_YEAR, phrase=phrase, year=int(m.group(1)) - 1)
    return None


def _full_date(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    matches = sorted([*_DMY.finditer(text), *_DMY_WORDS.finditer(text)], key=lambda m: m.start())
    if not matches:
        return None
    # A sentence may cite a document's date (`Nghị định số 150/2013/NĐ-CP ngày 01/11/2013 ...
    # xong trước ngày 31/8/2017`): prefer a date introduced by a deadline word, never a citation.
    marked = [m for m in matches if _DEADLINE_LEAD.search(text[max(0, m.start() - 30) : m.start()])]
    plain = [m for m in matches if not _CITATION.search(text[max(0, m.start() - 40) : m.start()])]
    m = (marked or plain or matches)[0]
    day, month, year = (int(g) for g in m.groups())
    return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=make_date(year, month, day))


def _quarter_rule(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    found = list(_QUARTER.finditer(text))
    if not found:
        return None
    # `trong quý II và quý III/2017`: the year printed once covers both; due at the end of the last.
    years = [int(m.group(2)) for m in found if m.group(2)]
    year = max(years) if years else plan_year
    quarter = max(_quarter(m.group(1)) for m in found)
    for more in _MORE_QUARTERS.finditer(text):
        quarter = max(quarter, *(_quarter(q) for q in re.findall(r"iv|i{1,3}|[1-4]", more.group(1))))
    if len(found) == 1 and re.search(r"\btruoc\s+$", text[: found[0].start()]):
        quarter -= 1  # `trước quý IV/2026`: by the end of the third quarter
        if quarter == 0:
            quarter, year = 4, year - 1 if year else None
    return Deadline(kind=DeadlineKind.QUARTER, phrase=phrase, quarter=quarter, year=year)


def _part_of_year(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    months = list(_MONTH.finditer(text))
    if months:
        # `từ tháng 4/2026 đến tháng 8/2026`: the span ends with its last month
        last = months[-1] if re.search(r"\bden\b|^\s*[-\u2013]", text[months[0].end():]) else months[0]
        span_year, month = int(last.group(3)), int(last.group(1) or last.group(2))
        if re.search(r"\btruoc\s+$", text[: last.start()]):  # `trước tháng 10/2026`
            span_year, month = (span_year, month - 1) if month > 1 else (span_year - 1, 12)
        return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=month_end(span_year, month))
    m = _HALF.search(text)
    if not m or not (m.group(3) or plan_year):
        return _month_only(text, phrase, plan_year)
    year = int(m.group(3)) if m.group(3) else plan_year
    assert year is not None
    if m.group(1) in ("9", "chin"):
        return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=dt.date(year, 9, 30))
    end = dt.date(year, 12, 31) if m.group(2) == "cuoi" else dt.date(year, 6, 30)
    return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=end)


def _month_only(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`trong tháng 12`: the month's last day in the plan's year (no date without a plan year); months listed
    (`trong tháng 6 và tháng 7`, `từ tháng 4 đến tháng 8`) are due with the last, as a list of quarters is."""
    found = list(_MONTH_ONLY.finditer(text))
    m = found[-1] if found else None
    if not m or not 1 <= int(m.group(1)) <= 12:
        return None
    month = int(m.group(1))
    end = month_end(plan_year, month) if plan_year else None
    return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=end, month=month)


def _day_month_date(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    found = _find_day_month(text)
    if found is None:
        return None
    day, month = found
    if plan_year is None:
        return Deadline(kind=DeadlineKind.DATE, phrase=phrase, day=day, month=month)
    return Deadline(
        kind=DeadlineKind.DATE, phrase=phrase, date=make_date(plan_year, month, day), day=day, month=month
    )


def _year(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    if re.search(r"\bdau nam\b", text):
        return None  # `đầu năm 2022` has no agreed day: flag it
    years = [int(m.group(1) or m.group(2)) for m in _YEAR.finditer(text)]
    if not years:
        return None
    return Deadline(kind=DeadlineKind.YEAR, phrase=phrase, year=max(years))  # `năm 2022 và năm 2023`


_RULES: tuple[_Rule, ...] = (
    _relative,
    _yearly_in_quarter,
    _ongoing,
    _conditional,
    _hours,
    _monthly,
    _quarterly,
    _half_yearly,
    _year_onward,
    _period_range,
    _from_year,
    _yearly,
    _until,
    _full_date,
    _quarter_rule,
    _part_of_year,
    _day_month_date,
    _year,
)


def _quarter(token: str) -> int:
    value = roman_or_int(token)
    if value is None or not 1 <= value <= 4:
        raise ValueError(f"not a quarter: {token!r}")
    return value


def _day(token: str) -> int:
    value = int(token)
    if not 1 <= value <= 31:
        raise ValueError(f"not a day of month: {token!r}")
    return value


def _day_month(text: str) -> tuple[int | None, int | None]:
    """(month, day) of a yearly date such as `trước ngày 15/12 hàng năm`; (None, None) if absent."""
    found = _find_day_month(text)
    if found is None:
        only_month = _MONTH_YEARLY.search(text)
        if only_month and 1 <= int(only_month.group(1)) <= 12:
            return int(only_month.group(1)), None  # `trong tháng 6 hằng năm`: the month's last day
        return None, None
    day, month = found
    return month, day


def _find_day_month(text: str) -> tuple[int, int] | None:
    """(day, month) of `ngày 15/12`, `ngày 15 tháng 12` or `15/12`; ValueError if impossible."""
    m = _DM.search(text)
    if not m:
        return None
    day, month = int(m.group(1) or m.group(3) or m.group(5)), int(m.group(2) or m.group(4) or m.group(6))
    if not (1 <= month <= 12 and 1 <= day <= 31) or clamp_day(2000, month, day).day != day:
        raise ValueError("impossible day/month")  # 2000 is a leap year, so 29/2 passes
    return day, month


def _until_year(text: str) -> int | None:
    m = _UNTIL.search(text)
    return int(m.group(1)) if m else None
