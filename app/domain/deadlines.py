"""What a task's deadline means, and the due dates (occurrences) it produces.

A plan prints a deadline as a phrase (`trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý
II)`); `app.domain.deadline_phrases.parse_deadline` turns it into a `Deadline`, which keeps the
phrase verbatim next to its meaning. Everything that needs dates — calendar, overdue marks,
reports — asks this module, so a deadline is interpreted in exactly one place.

Fields used by each kind (all others stay None / empty):

| kind | fields |
|---|---|
| DATE | `date` |
| QUARTER | `year`, `quarter` (year None = the phrase gave none and no plan year was known) |
| YEAR, UNTIL_YEAR | `year` → 31/12 of it |
| PERIOD_RANGE | `start_year`, `end_year` → 31/12 of `end_year` |
| YEAR_ONWARD, FROM_YEAR | `year` = first year; optional `month`/`day` (default 31/12); optional `end_year` |
| YEARLY | optional `month`/`day` (default 31/12); optional `year`..`end_year` bounds |
| YEARLY_IN_QUARTER | `quarter`; `exceptions` = ((year, quarter), ...); optional `year`..`end_year` bounds |
| MONTHLY | optional `day` (None = month's last day; clamped in short months); optional bounds |
| QUARTERLY | optional `day` of the quarter's last month (None = quarter's last day); optional bounds |
| HALF_YEARLY | optional `day` of June and December (None = 30/6 and 31/12); optional bounds |
| RELATIVE | `offset_months` and/or `offset_days`; due = `trigger` + offset once a trigger is set |
| CONDITIONAL | due = `trigger` once set |
| ONGOING, UNKNOWN | nothing: no due date |

`override` (the clerk's manual due date):
- one-off kinds (everything not recurring, including ONGOING and UNKNOWN): the override *is* the
  single due date and wins over anything computed;
- recurring kinds: the override moves the one computed occurrence nearest to it (ties: the
  earlier one) to the override date; all other occurrences stay. With no computed occurrence
  within a year of it, the override is an extra occurrence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from app.domain.dates import add_months, clamp_day, month_end, quarter_end, year_end


class DeadlineKind(StrEnum):
    DATE = "date"
    QUARTER = "quarter"
    YEAR = "year"
    YEAR_ONWARD = "year_onward"
    YEARLY_IN_QUARTER = "yearly_in_quarter"
    PERIOD_RANGE = "period_range"
    UNTIL_YEAR = "until_year"
    FROM_YEAR = "from_year"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    ONGOING = "ongoing"
    RELATIVE = "relative"
    CONDITIONAL = "conditional"
    UNKNOWN = "unknown"


RECURRING_KINDS = frozenset(
    {
        DeadlineKind.YEAR_ONWARD,
        DeadlineKind.YEARLY_IN_QUARTER,
        DeadlineKind.FROM_YEAR,
        DeadlineKind.MONTHLY,
        DeadlineKind.QUARTERLY,
        DeadlineKind.HALF_YEARLY,
        DeadlineKind.YEARLY,
    }
)
TRIGGER_KINDS = frozenset({DeadlineKind.RELATIVE, DeadlineKind.CONDITIONAL})

_DATE_FIELDS = ("date", "override", "trigger")
_INT_FIELDS = ("year", "quarter", "month", "day", "start_year", "end_year", "offset_months", "offset_days")


@dataclass(frozen=True)
class Deadline:
    """A deadline phrase as printed plus its meaning; see the module docstring for the fields."""

    kind: DeadlineKind
    phrase: str = ""
    date: dt.date | None = None
    year: int | None = None
    quarter: int | None = None
    month: int | None = None
    day: int | None = None
    start_year: int | None = None
    end_year: int | None = None
    exceptions: tuple[tuple[int, int], ...] = field(default=())
    offset_months: int | None = None
    offset_days: int | None = None
    override: dt.date | None = None
    trigger: dt.date | None = None

    def __post_init__(self) -> None:
        # Callers may pass the kind as its stored string and exceptions as lists (from JSON).
        object.__setattr__(self, "kind", DeadlineKind(self.kind))
        object.__setattr__(self, "exceptions", tuple((int(y), int(q)) for y, q in self.exceptions))
        _check_range("quarter", self.quarter, 1, 4)
        _check_range("month", self.month, 1, 12)
        _check_range("day", self.day, 1, 31)
        for name in ("year", "start_year", "end_year"):
            _check_range(name, getattr(self, name), 1, 9999)
        for year, quarter in self.exceptions:
            _check_range("exception year", year, 1, 9999)
            _check_range("exception quarter", quarter, 1, 4)

    @property
    def is_recurring(self) -> bool:
        """True for kinds that fall due again and again (they expand into many occurrences)."""
        return self.kind in RECURRING_KINDS

    @property
    def needs_trigger(self) -> bool:
        """True while the deadline waits for a clerk to enter the trigger date (and no override)."""
        return self.kind in TRIGGER_KINDS and self.trigger is None and self.override is None

    @property
    def is_flagged(self) -> bool:
        """The phrase was not understood: show it to the clerk instead of guessing a date."""
        return self.kind is DeadlineKind.UNKNOWN and self.override is None

    def one_off_due(self) -> dt.date | None:
        """The single due date of a non-recurring deadline (override first), None if it has none."""
        if self.is_recurring:
            return None
        if self.override is not None:
            return self.override
        return _natural_single(self)

    def with_override(self, override: dt.date | None) -> Deadline:
        return _replace(self, override=override)

    def with_trigger(self, trigger: dt.date | None) -> Deadline:
        return _replace(self, trigger=trigger)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict for storage: `kind` and `phrase` always, other fields only when set.

        Dates are ISO strings, `exceptions` a list of `[year, quarter]` pairs.
        """
        out: dict[str, Any] = {"kind": self.kind.value, "phrase": self.phrase}
        for name in _DATE_FIELDS:
            value = getattr(self, name)
            if value is not None:
                out[name] = value.isoformat()
        for name in _INT_FIELDS:
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.exceptions:
            out["exceptions"] = [[y, q] for y, q in self.exceptions]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Deadline:
        """Inverse of `to_dict`; unknown keys are ignored so older readers survive newer data.

        A kind this version does not know, or fields that make no sense (a stored row edited by
        hand), give UNKNOWN with the phrase and the clerk's override/trigger kept: a listing never
        crashes on one bad row, and the task shows up flagged.
        """
        try:
            kwargs: dict[str, Any] = {"kind": DeadlineKind(d["kind"]), "phrase": d.get("phrase", "")}
            for name in _DATE_FIELDS:
                if d.get(name) is not None:
                    kwargs[name] = dt.date.fromisoformat(d[name])
            for name in _INT_FIELDS:
                if d.get(name) is not None:
                    kwargs[name] = int(d[name])
            if d.get("exceptions"):
                kwargs["exceptions"] = tuple((int(y), int(q)) for y, q in d["exceptions"])
            return cls(**kwargs)
        except (KeyError, ValueError, TypeError):
            return cls(
                DeadlineKind.UNKNOWN,
                str(d.get("phrase", "")),
                override=_iso_or_none(d.get("override")),
                trigger=_iso_or_none(d.get("trigger")),
            )


def _iso_or_none(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _check_range(name: str, value: int | None, low: int, high: int) -> None:
    if value is not None and not low <= value <= high:
        raise ValueError(f"Deadline {name} must be {low}..{high}, got {value}")


def _replace(deadline: Deadline, **changes: Any) -> Deadline:
    return replace(deadline, **changes)


def _natural_single(d: Deadline) -> dt.date | None:
    k = d.kind
    if k is DeadlineKind.DATE:
        return d.date
    if k is DeadlineKind.QUARTER:
        return quarter_end(d.year, d.quarter) if d.year and d.quarter else None
    if k in (DeadlineKind.YEAR, DeadlineKind.UNTIL_YEAR):
        return year_end(d.year) if d.year else None
    if k is DeadlineKind.PERIOD_RANGE:
        last = d.end_year or d.start_year
        return year_end(last) if last else None
    if k is DeadlineKind.RELATIVE:
        if d.trigger is None:
            return None
        due = add_months(d.trigger, d.offset_months or 0)
        return due + dt.timedelta(days=d.offset_days or 0)
    if k is DeadlineKind.CONDITIONAL:
        return d.trigger
    return None  # ONGOING, UNKNOWN


def _natural_in_year(d: Deadline, year: int) -> list[dt.date]:
    """Computed occurrences of a recurring deadline in one calendar year (before any override)."""
    if not 1 <= year <= 9999:
        return []
    if d.year is not None and year < d.year:
        return []
    if d.end_year is not None and year > d.end_year:
        return []
    k = d.kind
    if k in (DeadlineKind.YEARLY, DeadlineKind.YEAR_ONWARD, DeadlineKind.FROM_YEAR):
        return [clamp_day(year, d.month or 12, d.day or 31)]
    if k is DeadlineKind.YEARLY_IN_QUARTER:
        quarter = dict(d.exceptions).get(year, d.quarter or 4)
        return [quarter_end(year, quarter)]
    if k is DeadlineKind.MONTHLY:
        return [clamp_day(year, m, d.day) if d.day else month_end(year, m) for m in range(1, 13)]
    if k is DeadlineKind.QUARTERLY:
        return [clamp_day(year, 3 * q, d.day) if d.day else quarter_end(year, q) for q in range(1, 5)]
    if k is DeadlineKind.HALF_YEARLY:
        return [clamp_day(year, m, d.day) if d.day else month_end(year, m) for m in (6, 12)]
    return []


def _occurrences(d: Deadline, first_year: int, last_year: int) -> list[dt.date]:
    """Occurrences in whole calendar years [first_year, last_year], override applied, sorted."""
    if not d.is_recurring:
        due = d.one_off_due()
        return [due] if due is not None and first_year <= due.year <= last_year else []
    dates: list[dt.date] = []
    for year in range(first_year, last_year + 1):
        dates.extend(_natural_in_year(d, year))
    if d.override is not None:
        moved = _overridden_occurrence(d)
        if moved is not None and moved in dates:
            dates.remove(moved)
        if first_year <= d.override.year <= last_year:
            dates.append(d.override)
    return sorted(set(dates))


def _overridden_occurrence(d: Deadline) -> dt.date | None:
    """The computed occurrence the override replaces: the nearest to it, the earlier on a tie."""
    override = d.override
    assert override is not None
    candidates: list[dt.date] = []
    for year in range(override.year - 1, override.year + 2):
        candidates.extend(_natural_in_year(d, year))
    near = [c for c in candidates if abs((c - override).days) <= 366]
    if not near:
        return None
    return min(near, key=lambda c: (abs((c - override).days), c))


def due_dates(deadline: Deadline, start: dt.date, end: dt.date) -> list[dt.date]:
    """Every due date within [start, end] inclusive, sorted. Ongoing/unknown/untriggered → []."""
    if end < start:
        return []
    # One year of margin each side so an override moved across a year boundary is seen.
    found = _occurrences(deadline, start.year - 1, end.year + 1)
    return [x for x in found if start <= x <= end]


def next_due(deadline: Deadline, after: dt.date) -> dt.date | None:
    """The first due date strictly after `after`, or None when there is none."""
    if not deadline.is_recurring:
        due = deadline.one_off_due()
        return due if due is not None and due > after else None
    first = after.year
    if deadline.year is not None:
        first = max(first, deadline.year)
    if deadline.override is not None:
        first = min(first, max(after.year, deadline.override.year))
    for year in range(first, first + 4):
        later = [x for x in _occurrences(deadline, year - 1, year + 1) if x > after]
        if later:
            return later[0]
    return None


def last_due_on_or_before(deadline: Deadline, day: dt.date) -> dt.date | None:
    """The latest due date on or before `day`, or None when there is none."""
    if not deadline.is_recurring:
        due = deadline.one_off_due()
        return due if due is not None and due <= day else None
    last = day.year
    if deadline.end_year is not None:
        last = min(last, deadline.end_year + 1)
    if deadline.override is not None and deadline.override <= day:
        last = max(last, deadline.override.year)
    floor = deadline.year - 1 if deadline.year is not None else last - 4
    for year in range(last, floor - 1, -1):
        earlier = [x for x in _occurrences(deadline, year - 1, year + 1) if x <= day]
        if earlier:
            return earlier[-1]
    return None
