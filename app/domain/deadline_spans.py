"""Deadlines that close a span of years: `giai đoạn 2026–2030`, `từ năm 2026`, `đến năm 2030`, `đến hết
nhiệm kỳ 2025-2030`, `trước năm 2025`.

A span is due at its end, never its start; `trước năm 2025` ends the year before (31/12/2024) and
`đến đầu nhiệm kỳ 2025-2030` the year the term opens. They are tried after the recurring rules (`hằng
năm đến năm 2030` is yearly, not a span) and before the points in time (a span names years only).
"""

from __future__ import annotations

import re

from app.domain.deadline_tokens import DASH, FROM_YEAR, UNTIL, day_month, until_year
from app.domain.deadlines import Deadline, DeadlineKind

_RANGE = re.compile(r"giai doan\s+(\d{4})" + DASH + r"(\d{4})(?!\d)")
_FROM_TO = re.compile(r"\btu\s+(?:nam\s+)?(\d{4})\s+den\s+(?:het\s+)?(?:nam\s+)?(\d{4})(?!\d)")
_BARE_RANGE = re.compile(r"(?<![\d/.\-])(\d{4})" + DASH + r"(\d{4})(?!\d)")
_TERM = re.compile(r"den\s+(dau|giua|cuoi|het)?\s*nhiem ky\s+(?:\w+\s+)?(\d{4})" + DASH + r"(\d{4})")
_BEFORE_YEAR = re.compile(r"\btruoc\s+nam\s+(\d{4})(?!\d)")


def period_range(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`giai đoạn 2026-2030`, `từ năm 2026 đến năm 2030`, a bare `2026-2030`: from the first start to the last end."""
    if _TERM.search(text):
        return None  # `đến đầu nhiệm kỳ 2025-2030` is a point in time, see until
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


def from_year(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`từ năm 2026` (with its day and its end year if printed)."""
    m = FROM_YEAR.search(text)
    if not m:
        return None
    month, day = day_month(text)
    return Deadline(
        kind=DeadlineKind.FROM_YEAR,
        phrase=phrase,
        year=int(m.group(1)),
        month=month,
        day=day,
        end_year=until_year(text),
    )


def until(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`đến (hết) năm 2030`, `đến đầu/cuối nhiệm kỳ 2025-2030`, `trước năm 2025`: by the end of that year."""
    term = _TERM.search(text)
    if term:
        year = int(term.group(3)) if term.group(1) in ("cuoi", "het") else int(term.group(2))
        return Deadline(kind=DeadlineKind.UNTIL_YEAR, phrase=phrase, year=year)
    m = UNTIL.search(text)
    if m:
        return Deadline(kind=DeadlineKind.UNTIL_YEAR, phrase=phrase, year=int(m.group(1)))
    m = _BEFORE_YEAR.search(text)
    if m:
        return Deadline(kind=DeadlineKind.UNTIL_YEAR, phrase=phrase, year=int(m.group(1)) - 1)
    return None
