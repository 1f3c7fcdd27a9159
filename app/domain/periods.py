"""Reporting periods of Nghị định 09/2019/NĐ-CP (chế độ báo cáo) and their date windows.

A period is named by a short code that is stable in the database and in file names
(`2021-M08`, `2021-Q3`, `2021-H1`, `2021-9M`, `2021-Y`) and shown with a Vietnamese label
(`quý III năm 2021`). Its *window* is the stretch of days whose events it reports:

- `WindowScheme.ND09` — the decree's data cut-off windows: a month runs from the 15th of the
  previous month to the 14th; a quarter from the 15th of the month before it to the 14th of its
  last month; 6 months 15/12 (previous year)–14/6; 9 months 15/12–14/9; a year 15/12–14/12.
  The second half (`H2`, not in the decree, kept for offices that report it) is 15/6–14/12.
- `WindowScheme.CALENDAR` — plain calendar periods (1/1–31/3 ...), for offices that use them.

Default due dates (`Period.default_due_date`):
- ND09: the 25th of the period's last month — the decree's date for reports to the Government,
  which also leaves more than one working day after the cut-off on the 14th.
- CALENDAR: 5 days after the period's last day (the 5th of the next month), the same margin
  after the cut-off that ND09 gives in spirit. A plan's own rule overrides both
  (see `app.domain.reporting`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from app.domain.dates import FIRST_YEAR, LAST_YEAR, ROMAN_QUARTER, month_end, roman_or_int
from app.domain.text import fold
from app.errors import InputError


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    NINE_MONTHS = "nine_months"
    YEAR = "year"


class WindowScheme(StrEnum):
    ND09 = "nd09"
    CALENDAR = "calendar"


_COUNT = {
    PeriodKind.MONTH: 12,
    PeriodKind.QUARTER: 4,
    PeriodKind.HALF: 2,
    PeriodKind.NINE_MONTHS: 1,
    PeriodKind.YEAR: 1,
}
_KIND_NAMES = {
    PeriodKind.MONTH: "tháng",
    PeriodKind.QUARTER: "quý",
    PeriodKind.HALF: "6 tháng",
    PeriodKind.NINE_MONTHS: "9 tháng",
    PeriodKind.YEAR: "năm",
}
_CODE = re.compile(r"^\s*(\d{4})\s*-\s*(?:(M)(\d{1,2})|(Q)([1-4])|(H)([12])|(9M)|(Y))\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of days."""

    start: dt.date
    end: dt.date

    def __iter__(self) -> Iterator[dt.date]:
        """`due_dates(deadline, *period.window())` reads naturally."""
        return iter((self.start, self.end))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, order=True)
class Period:
    """One reporting period: `index` is the month (1–12), quarter (1–4), half (1–2), or 1."""

    kind: PeriodKind
    year: int
    index: int = 1

    def __post_init__(self) -> None:
        kind = PeriodKind(self.kind)
        object.__setattr__(self, "kind", kind)
        if not FIRST_YEAR <= self.year <= LAST_YEAR + 1:  # one more than typed: a report looks a period ahead
            raise InputError(
                f"Kỳ báo cáo không hợp lệ: năm {self.year} nằm ngoài khoảng {FIRST_YEAR} đến {LAST_YEAR}."
            )
        if not 1 <= self.index <= _COUNT[kind]:
            raise InputError(
                f"Kỳ báo cáo không hợp lệ: {_KIND_NAMES[kind]} thứ {self.index} không có "
                f"(từ 1 đến {_COUNT[kind]})."
            )

    @classmethod
    def parse(cls, code: str) -> Period:
        """Read `2021-Q3`, `2021-M08`, `2021-H1`, `2021-9M` or `2021-Y` (case-insensitive)."""
        m = _CODE.match(code or "")
        if not m:
            raise InputError(
                f"Mã kỳ báo cáo «{(code or '').strip()}» không hợp lệ: dùng dạng 2021-M08 (tháng), "
                "2021-Q3 (quý), 2021-H1 (6 tháng), 2021-9M (9 tháng) hoặc 2021-Y (năm)."
            )
        year = int(m.group(1))
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise InputError(
                f"Mã kỳ báo cáo «{code.strip()}» không hợp lệ: năm phải từ {FIRST_YEAR} đến {LAST_YEAR}."
            )
        if m.group(2):
            month = int(m.group(3))
            if not 1 <= month <= 12:
                raise InputError(f"Mã kỳ báo cáo «{code.strip()}» không hợp lệ: tháng phải từ 01 đến 12.")
            return cls(PeriodKind.MONTH, year, month)
        if m.group(4):
            return cls(PeriodKind.QUARTER, year, int(m.group(5)))
        if m.group(6):
            return cls(PeriodKind.HALF, year, int(m.group(7)))
        if m.group(8):
            return cls(PeriodKind.NINE_MONTHS, year, 1)
        return cls(PeriodKind.YEAR, year, 1)

    @property
    def code(self) -> str:
        suffix = {
            PeriodKind.MONTH: f"M{self.index:02d}",
            PeriodKind.QUARTER: f"Q{self.index}",
            PeriodKind.HALF: f"H{self.index}",
            PeriodKind.NINE_MONTHS: "9M",
            PeriodKind.YEAR: "Y",
        }[self.kind]
        return f"{self.year}-{suffix}"

    @property
    def label(self) -> str:
        """Vietnamese name as it appears in a report title: `quý III năm 2021`."""
        name = self._name()
        return f"{name} năm {self.year}" if name else f"năm {self.year}"

    @property
    def short_label(self) -> str:
        """The name in a printed table's column or a chart's axis: `Quý III/2021`, `Tháng 8/2021`,
        `6 tháng đầu/2021`; never the code (`2021-Q3`), which a leader does not read."""
        name = self._name()
        return f"{name[0].upper()}{name[1:]}/{self.year}" if name else f"Năm {self.year}"

    def _name(self) -> str:
        """The period's name without its year (`quý III`, `6 tháng đầu`); empty for a whole year."""
        if self.kind is PeriodKind.MONTH:
            return f"tháng {self.index}"
        if self.kind is PeriodKind.QUARTER:
            return f"quý {ROMAN_QUARTER[self.index]}"
        if self.kind is PeriodKind.HALF:
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'}"
        if self.kind is PeriodKind.NINE_MONTHS:
            return "9 tháng"
        return ""

    def __str__(self) -> str:
        return self.code

    @property
    def first_month(self) -> int:
        """First calendar month the period covers (1 for the cumulative 6-, 9- and 12-month ones)."""
        if self.kind is PeriodKind.MONTH:
            return self.index
        if self.kind is PeriodKind.QUARTER:
            return 3 * self.index - 2
        if self.kind is PeriodKind.HALF:
            return 6 * self.index - 5
        return 1

    @property
    def last_month(self) -> int:
        if self.kind is PeriodKind.MONTH:
            return self.index
        if self.kind is PeriodKind.QUARTER:
            return 3 * self.index
        if self.kind is PeriodKind.HALF:
            return 6 * self.index
        return 9 if self.kind is PeriodKind.NINE_MONTHS else 12

    def next(self) -> Period:
        count = _COUNT[self.kind]
        if self.index < count:
            return Period(self.kind, self.year, self.index + 1)
        return Period(self.kind, self.year + 1, 1)

    def previous(self) -> Period:
        if self.index > 1:
            return Period(self.kind, self.year, self.index - 1)
        return Period(self.kind, self.year - 1, _COUNT[self.kind])

    def window(self, scheme: WindowScheme = WindowScheme.ND09) -> DateRange:
        """The days this period's report covers under the chosen scheme."""
        if WindowScheme(scheme) is WindowScheme.CALENDAR:
            return DateRange(dt.date(self.year, self.first_month, 1), month_end(self.year, self.last_month))
        if self.first_month == 1:
            start = dt.date(self.year - 1, 12, 15)
        else:
            start = dt.date(self.year, self.first_month - 1, 15)
        return DateRange(start, dt.date(self.year, self.last_month, 14))

    def default_due_date(self, scheme: WindowScheme = WindowScheme.ND09) -> dt.date:
        """When a report for this period is due when the plan sets no rule (see module doc)."""
        if WindowScheme(scheme) is WindowScheme.CALENDAR:
            return month_end(self.year, self.last_month) + dt.timedelta(days=5)
        return dt.date(self.year, self.last_month, 25)


def _periods_of_year(kind: PeriodKind, year: int) -> Iterator[Period]:
    for index in range(1, _COUNT[kind] + 1):
        yield Period(kind, year, index)


def period_containing(
    kind: PeriodKind, day: dt.date, scheme: WindowScheme = WindowScheme.ND09
) -> Period | None:
    """The period of `kind` whose window holds `day`.

    Under ND09, 20/12/2021 belongs to 2022's first month, quarter, half and year. None only for
    NINE_MONTHS days outside every 9-month window (15/9–14/12 under ND09, October–December
    under CALENDAR).
    """
    for year in (day.year, day.year + 1):
        for period in _periods_of_year(PeriodKind(kind), year):
            if day in period.window(scheme):
                return period
    return None


def periods_between(
    kind: PeriodKind, start: dt.date, end: dt.date, scheme: WindowScheme = WindowScheme.ND09
) -> list[Period]:
    """Every period of `kind` whose window overlaps [start, end], oldest first."""
    if end < start:
        return []
    wanted = DateRange(start, end)
    return [
        period
        for year in range(start.year, end.year + 2)
        for period in _periods_of_year(PeriodKind(kind), year)
        if period.window(scheme).overlaps(wanted)
    ]


# -- Vietnamese names in the window ------------------------------------------------------------
# The clerk reads and types periods as the reports print them (`Quý IV năm 2026`, `6 tháng đầu
# năm 2026`, `Tháng 8/2026`); the code (`2026-Q4`) stays the stored and file-name form. Offices also
# write the short forms of their spreadsheets and registers (`Q4/2026`, `Q.IV/2026`, `T8/2026`) and
# a plain space before the year (`quy 4 2026`, typed without diacritics).
_YEAR = r"(?:\s*(?:nam|/|-)\s*|\s+)(\d{4})"
_NAMES = (
    (re.compile(rf"^6 thang (dau|cuoi){_YEAR}$"), PeriodKind.HALF),
    (re.compile(rf"^9 thang{_YEAR}$"), PeriodKind.NINE_MONTHS),
    (re.compile(rf"^(?:quy |q\.?\s*)([ivx]+|\d){_YEAR}$"), PeriodKind.QUARTER),
    (re.compile(rf"^(?:thang |t\.?\s*)(\d{{1,2}}){_YEAR}$"), PeriodKind.MONTH),
    (re.compile(r"^nam (\d{4})$"), PeriodKind.YEAR),
)


def period_name(period: Period) -> str:
    """`Quý IV năm 2026`, `6 tháng đầu năm 2026`, `Tháng 8 năm 2026`, `Năm 2026`."""
    label = period.label
    return label[:1].upper() + label[1:]


def code_name(code: str | None) -> str:
    """A stored period code (`2026-Q4`) by its name (`Quý IV năm 2026`), as every screen shows one;
    text that is no code is shown as stored, nothing as nothing."""
    try:
        return period_name(Period.parse(code)) if code else ""
    except InputError:
        return code or ""


def parse_period_name(text: str) -> Period:
    """Read a period as a clerk types it: its Vietnamese name (diacritics and case optional,
    `Quý IV năm 2026`, `quy 4/2026`, `6 tháng đầu năm 2026`, `Tháng 8/2026`, `Năm 2026`) or its
    code (`2026-Q4`). InputError (Vietnamese) for anything else."""
    folded = fold(text or "").replace("thang sau", "6 thang").replace("thang chin", "9 thang")
    for pattern, kind in _NAMES:
        m = pattern.match(folded)
        if not m:
            continue
        year = int(m.groups()[-1])
        if kind is PeriodKind.HALF:
            return _checked(kind, year, 1 if m.group(1) == "dau" else 2, text)
        if kind in (PeriodKind.QUARTER, PeriodKind.MONTH):
            index = roman_or_int(m.group(1))
            return _checked(kind, year, index or 0, text)
        return _checked(kind, year, 1, text)
    if _CODE.match(text or ""):
        return Period.parse(text)
    raise InputError(
        f"Không đọc được kỳ báo cáo «{(text or '').strip()}»: hãy ghi như «Quý IV năm 2026», "
        "«6 tháng đầu năm 2026», «9 tháng năm 2026», «Tháng 8 năm 2026» hoặc «Năm 2026»."
    )


def _checked(kind: PeriodKind, year: int, index: int, text: str) -> Period:
    if not 1 <= index <= _COUNT[kind] or not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(f"Kỳ báo cáo «{text.strip()}» không có thật: "
                         f"{_KIND_NAMES[kind]} phải từ 1 đến {_COUNT[kind]}, năm từ {FIRST_YEAR} đến {LAST_YEAR}.")
    return Period(kind, year, index)
