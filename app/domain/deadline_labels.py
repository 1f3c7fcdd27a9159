"""Vietnamese words for deadlines: a name for each kind and a one-line reading of a deadline.

The clerk sees the phrase as printed; next to it the program says how it understood it
(`Cuối quý I hằng năm (năm 2021: quý II)`), so a misreading is caught by eye, not by a late mark.
"""

from __future__ import annotations

from app.domain.dates import ROMAN_QUARTER, format_vn
from app.domain.deadline_impossible import Impossible, days_in, impossible_point
from app.domain.deadlines import Deadline, DeadlineKind
from app.domain.text import fold, nfc

K = DeadlineKind

KIND_LABELS: dict[DeadlineKind, str] = {
    K.DATE: "Ngày cụ thể",
    K.QUARTER: "Trong quý",
    K.YEAR: "Trong năm",
    K.YEAR_ONWARD: "Trong năm và các năm tiếp theo",
    K.YEARLY_IN_QUARTER: "Trong quý, hằng năm",
    K.PERIOD_RANGE: "Giai đoạn",
    K.UNTIL_YEAR: "Đến năm",
    K.FROM_YEAR: "Từ năm",
    K.MONTHLY: "Hằng tháng",
    K.QUARTERLY: "Hằng quý",
    K.HALF_YEARLY: "Định kỳ 6 tháng",
    K.YEARLY: "Hằng năm",
    K.ONGOING: "Thường xuyên",
    K.RELATIVE: "Trong thời hạn kể từ sự kiện",
    K.CONDITIONAL: "Sau khi có sự kiện",
    K.UNKNOWN: "Chưa xác định",
}


def describe(deadline: Deadline) -> str:
    """How the program reads the deadline, in one Vietnamese line (override included)."""
    text = _natural(deadline)
    if deadline.override is None:
        return text
    if deadline.is_recurring:
        return f"{text}; một kỳ được dời sang {format_vn(deadline.override)}"
    return f"Hạn nhập tay {format_vn(deadline.override)} (theo văn bản: {text})"


def _quarter(q: int | None) -> str:
    return ROMAN_QUARTER.get(q or 0, "?")


def _day_month(d: Deadline) -> str:
    if d.day is None:
        return f"cuối tháng {d.month or 12}"
    return f"ngày {d.day:02d}/{d.month or 12:02d}"


def _bounds(d: Deadline) -> str:
    if d.end_year is not None:
        return f" đến năm {d.end_year}"
    return ""


def _natural(d: Deadline) -> str:
    k = d.kind
    due = d.with_override(None).one_off_due()
    if k is K.DATE:
        if d.date is not None:
            return f"Hạn {format_vn(d.date)}"
        if d.day and d.month:
            return f"Ngày {d.day}/{d.month} (chưa rõ năm)"
        return f"Cuối tháng {d.month} (chưa rõ năm)" if d.month else "Chưa rõ ngày"
    if k is K.QUARTER:
        if d.year is None:
            return f"Cuối quý {_quarter(d.quarter)} (chưa rõ năm)"
        return f"Cuối quý {_quarter(d.quarter)}/{d.year} ({format_vn(due)})" if due else "Chưa rõ quý"
    if k in (K.YEAR, K.UNTIL_YEAR):
        return f"Đến hết năm {d.year}" if d.year else "Chưa rõ năm"
    if k is K.PERIOD_RANGE:
        return f"Giai đoạn {d.start_year}-{d.end_year}, hạn cuối năm {d.end_year}"
    if k in (K.YEAR_ONWARD, K.FROM_YEAR):
        return f"Hằng năm từ năm {d.year}, hạn {_day_month(d)}{_bounds(d)}"
    if k is K.YEARLY:
        start = f" từ năm {d.year}" if d.year else ""
        return f"Hằng năm{start}, hạn {_day_month(d)}{_bounds(d)}"
    if k is K.YEARLY_IN_QUARTER:
        text = f"Cuối quý {_quarter(d.quarter)} hằng năm{_bounds(d)}"
        if d.exceptions:
            text += " (" + "; ".join(f"năm {y}: quý {_quarter(q)}" for y, q in d.exceptions) + ")"
        return text
    if k is K.MONTHLY:
        return (f"Ngày {d.day} hằng tháng" if d.day else "Cuối mỗi tháng") + _bounds(d)
    if k is K.QUARTERLY:
        return (f"Ngày {d.day} tháng cuối mỗi quý" if d.day else "Cuối mỗi quý") + _bounds(d)
    if k is K.HALF_YEARLY:
        return (f"Ngày {d.day} tháng 6 và tháng 12 hằng năm" if d.day else "Cuối tháng 6 và cuối năm, hằng năm") \
            + _bounds(d)
    if k is K.ONGOING:
        return "Thường xuyên (không có hạn)"
    if k is K.RELATIVE:
        span = _offset(d)
        if d.trigger is None:
            return f"{span} kể từ sự kiện (chưa nhập ngày sự kiện)"
        return f"{span} kể từ {format_vn(d.trigger)}: hạn {format_vn(due)}" if due else span
    if k is K.CONDITIONAL:
        if d.trigger is None:
            return "Sau khi có sự kiện (chưa nhập ngày sự kiện)"
        return f"Hạn {format_vn(d.trigger)} (ngày sự kiện)"
    slip = impossible_point(fold(nfc(d.phrase)))
    if slip is not None:
        return f"Chưa hiểu thời hạn: {_impossible(slip)} — cần nhập hạn bằng tay"
    return "Chưa hiểu thời hạn: cần nhập hạn bằng tay"


def _impossible(slip: Impossible) -> str:
    """Which point of the phrase does not exist, and why (`ngày 31/02/2025 không có: tháng 2 năm 2025 chỉ có 28
    ngày`)."""
    if slip.quarter is not None:
        return f"không có quý {slip.quarter} (một năm có 4 quý)"
    if slip.day is None or slip.month is None or not 1 <= slip.month <= 12:
        return f"không có tháng {slip.month} (một năm có 12 tháng)"
    if slip.year is not None and not 1 <= slip.year <= 9999:
        return f"năm {slip.year} không hợp lệ"
    day = f"{slip.day:02d}/{slip.month:02d}" + (f"/{slip.year}" if slip.year is not None else "")
    if slip.day < 1:
        return f"không có ngày {day}"
    if slip.year is None:
        most = "có nhiều nhất" if slip.month == 2 else "chỉ có"  # 29/02 is a day of a leap year
        return f"không có ngày {day} (tháng {slip.month} {most} {days_in(slip.month, None)} ngày)"
    return f"không có ngày {day} (tháng {slip.month} năm {slip.year} chỉ có {days_in(slip.month, slip.year)} ngày)"


def _offset(d: Deadline) -> str:
    parts = []
    if d.offset_months:
        parts.append(f"{d.offset_months} tháng")
    if d.offset_days:
        parts.append(f"{d.offset_days} ngày")
    return " ".join(parts) or "0 ngày"
