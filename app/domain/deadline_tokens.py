"""The pieces every deadline reading shares: a quarter, a day of month, a day/month, the year a duty runs to.

`deadline_phrases` tries its rules in order; the rule modules (`deadline_events`, `deadline_recurring`,
`deadline_spans`, `deadline_points`) each read one kind of phrase, and all of them name a quarter, a day
or an end year the same way, so those readings live here once. Every pattern runs on `fold`ed text
(lowercase, no diacritics, đ→d). A reader raises ValueError for an impossible value (`quý V`, `31/2`):
`parse_deadline` then flags the phrase instead of guessing.
"""

from __future__ import annotations

import re

from app.domain.dates import clamp_day, roman_or_int

Q = r"(iv|i{1,3}|[1-4])\b"
EVERY = r"\b(?:hang|moi)"
DASH = r"\s*[-\u2013\u2014]\s*"

FROM_YEAR = re.compile(r"\btu\s+nam\s+(\d{4})(?!\d)")
UNTIL = re.compile(r"\bden\s+(?:het\s+|cuoi\s+)?(?:nam\s+)?(\d{4})(?!\d)")
QUARTER = re.compile(r"\bquy\s+" + Q + r"(?:\s*(?:/|-|nam|,\s*nam)\s*(\d{4})(?!\d))?")
# a day written out, `ngày` left off after a word of limit: `trước 15 tháng 3 năm 2026`, `chậm nhất 15 tháng 3`
# (a bare `6 tháng 1 lần` is a count of months, not a day)
DAY_OPENER = r"(?:ngay\s+|(?<=truoc )|(?<=nhat )|(?<=den )|(?<=het )|(?<=vao )|(?<=han ))"
_DM = re.compile(
    r"(?:ngay\s+(\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(\d{1,2})|(?<![\d/.\-])(\d{1,2})\s*/\s*(\d{1,2})"
    r"|" + DAY_OPENER + r"(\d{1,2})\s+thang\s+(\d{1,2}))(?![\d/.\-])"
)
# a span of days written without spaces around its dash (`26/02-14/3`, `từ 26/02-14/3/2026`, `05/02/2026-08/02/2026`,
# `26/02–14/3`): both sides a day and month, so no date (`26/02/2026`, `26-02-2026`) nor range of years (`2026-2030`)
_TIGHT_SPAN = re.compile(r"(?<![\d/.\-])(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*[-\u2013\u2014]\s*"
                         r"(?=\d{1,2}\s*/\s*\d{1,2}(?!\d))")
_MONTH_YEARLY = re.compile(r"\bthang\s+(\d{1,2})\s+(?:cua\s+)?" + EVERY + r"\s+nam")


# days of one month, the month printed once after the last (`từ ngày 01-15/3/2026`, `ngày 01–15/3`): the first day
# after `ngày` or `từ`, so no date (`30-6-2026`) nor number (`Quyết định số 01-15/QĐ`) is read as one
_TIGHT_DAYS = re.compile(r"(\b(?:ngay|tu)\s+\d{1,2})\s*[-\u2013\u2014]\s*(?=\d{1,2}\s*/\s*\d{1,2}(?!\d))")


def spaced_spans(text: str) -> str:
    """`26/02-14/3`, `26/02—14/3`, `ngày 01-15/3` as `26/02 - 14/3`, `ngày 01 - 15/3`: a span of days reads the same
    whatever its dash and its spaces (a day touching a dash is otherwise no day: `30-6-2026` is a Party document's
    date)."""
    return _TIGHT_DAYS.sub(r"\1 - ", _TIGHT_SPAN.sub(r"\1 - ", text))


def quarter_number(token: str) -> int:
    """1–4 from `III` or `3`; ValueError otherwise."""
    value = roman_or_int(token)
    if value is None or not 1 <= value <= 4:
        raise ValueError(f"not a quarter: {token!r}")
    return value


def day_number(token: str) -> int:
    """A day of month 1–31; ValueError otherwise."""
    value = int(token)
    if not 1 <= value <= 31:
        raise ValueError(f"not a day of month: {token!r}")
    return value


def day_month(text: str) -> tuple[int | None, int | None]:
    """(month, day) of a yearly date such as `trước ngày 15/12 hàng năm`; (None, None) if absent."""
    found = find_day_month(text)
    if found is None:
        only_month = _MONTH_YEARLY.search(text)
        if only_month and 1 <= int(only_month.group(1)) <= 12:
            return int(only_month.group(1)), None  # `trong tháng 6 hằng năm`: the month's last day
        return None, None
    day, month = found
    return month, day


def find_day_month(text: str) -> tuple[int, int] | None:
    """(day, month) of the day a phrase is due among its `ngày 15/12`, `ngày 15 tháng 12` or `15/12`; ValueError
    if impossible.

    A yearly duty prints its day once (`trước ngày 15/12 hằng năm`); one written as a span (`từ ngày 26/02 đến ngày
    14/3 hằng năm`) is due on its last day each year, as the span is in one year (`due_day`): a clerk tracks the
    end of the window by which the work must be done."""
    found = day_months(text)
    return read_day_month(due_day(text, found)) if found else None


def day_months(text: str) -> list[re.Match[str]]:
    """Every day/month the text prints (`từ ngày 26/02 đến ngày 14/3`: both), for a reader that picks one."""
    return list(_DM.finditer(text))


def day_month_figures(m: re.Match[str]) -> tuple[int, int]:
    """(day, month) as a match of `day_months` prints them, possible or not."""
    return int(m.group(1) or m.group(3) or m.group(5)), int(m.group(2) or m.group(4) or m.group(6))


def read_day_month(m: re.Match[str]) -> tuple[int, int]:
    """(day, month) of a match of `day_months`; ValueError if impossible."""
    day, month = day_month_figures(m)
    if not (1 <= month <= 12 and 1 <= day <= 31) or clamp_day(2000, month, day).day != day:
        raise ValueError("impossible day/month")  # 2000 is a leap year, so 29/2 passes
    return day, month


# the hour of the last day, printed between the word of limit and the day (`đến 05 giờ 00 ngày 14/3/2026`,
# `trước 16 giờ 30 phút ngày …`, `chậm nhất là 17h00 ngày …`, `đến 17:00, ngày …`): it does not hide the date it
# closes, so a span written `từ ngày A đến 05 giờ 00 ngày B` ends on B as `từ ngày A đến ngày B` does
_HOUR = r"(?:\d{1,2}\s*(?:gio|h|g|:)\s*(?:\d{2}\s*(?:phut\s*)?)?,?\s+)?"
_DEADLINE_LEAD = re.compile(
    r"(?:truoc|xong|han|hoan thanh|den|het|vao|cham nhat(?:\s+la)?|trong)\s+" + _HOUR + r"(?:ngay\s+)?$"
    r"|^\s*(?:ngay\s+)?$"
    # `từ ngày 05/02/2026 - 08/02/2026`, `từ ngày 05/02 - 08/02` end on the second date
    r"|(?:\d{4}|\d{1,2}\s*/\s*\d{1,2})\s*[-\u2013\u2014]\s*(?:ngay\s+)?$"
)
# what joins a span's first day to its last: a dash, `đến (hết)` with the hour of the last day or not
_SPAN_LINK = re.compile(r"^\s*(?:[-\u2013\u2014]\s*|den\s+(?:het\s+)?" + _HOUR + r")(?:ngay\s+)?$")
_CITATION = re.compile(r"\d+/(?:\d{4}/)?[a-z]+(?:-[a-z]+)*\s+ngay\s+$")


def due_day(text: str, matches: list[re.Match[str]]) -> re.Match[str]:
    """The day among `matches` (dates in `text`, in order) a phrase is due: the first introduced by a word of limit
    (`đến`, `trước`, `chậm nhất` …) that opens no span, else the first that is no document's date, else the first.

    A sentence may cite a document's date (`Nghị định số 150/2013/NĐ-CP ngày 01/11/2013 ... xong trước ngày
    31/8/2017`) and a span names its start first (`từ ngày 26/02 đến ngày 14/3`, a bare `26/02 - 14/3`): neither
    is the due day, with the year printed or not. The window ends where the day's figures start (a match may open
    with `ngày`)."""
    def before(m: re.Match[str]) -> str:
        return text[max(0, figures_at(m) - 40) : figures_at(m)]

    marked = [m for m, after in zip(matches, [*matches[1:], None], strict=True)
              if _DEADLINE_LEAD.search(before(m)) and not (after and span_link(text, m, after))]
    plain = [m for m in matches if not _CITATION.search(before(m))]
    return (marked or plain or matches)[0]


def span_link(text: str, first: re.Match[str], last: re.Match[str]) -> bool:
    """Do two dates of `text` open and close one span (`26/02 - 14/3`, `26/02/2026 đến 17 giờ ngày 14/3/2026`)?"""
    return bool(_SPAN_LINK.search(text[first.end() : figures_at(last)]))


def figures_at(m: re.Match[str]) -> int:
    """Where a date match's figures start (the match may open with `ngày`)."""
    return min(m.start(g) for g in range(1, len(m.groups()) + 1) if m.group(g) is not None)


def until_year(text: str) -> int | None:
    """The year of `đến năm 2025`, `đến hết 2030` (a recurring duty's last year); None if absent."""
    m = UNTIL.search(text)
    return int(m.group(1)) if m else None
