"""Deadlines counted from an event, or with no due date at all: `trong 30 ngày kể từ …`, `sau khi …`,
`thường xuyên`, `(0-48 giờ)`.

These rules come first in `deadline_phrases`: such a phrase often also prints a date or a year (`trong
30 ngày kể từ ngày 01/7/2026`, `thường xuyên, năm 2026`), and reading that date as the deadline would
put a due date on the calendar that the plan never set.
"""

from __future__ import annotations

import re

from app.domain.deadline_tokens import EVERY
from app.domain.deadlines import Deadline, DeadlineKind

_RELATIVE = re.compile(
    r"(?:(?:trong (?:thoi han|vong|khoang)|cham nhat|khong qua|sau|trong)\s+)?"
    r"\b(\d{1,3})\s+(ngay|tuan|thang|nam)"
    r"(?:\s+lam viec)?\s*,?\s*(?:ke tu|tinh tu|sau khi|sau|ke khi)"
)
_ONGOING = re.compile(r"\bthuong xuyen\b|\blien tuc\b|" + EVERY + r"\s+ngay\b|\b\d{1,2}\s+lan\s*/\s*ngay\b")
# (`chậm nhất 40 ngày trước ngày bầu cử`: days before an event whose day the phrase does not give; `trong thời gian
# phục vụ công tác bầu cử`, `trong thời gian diễn ra Đại hội`: while the event lasts, due when it ends; `tại Kỳ họp thứ
# 12`: at a session of a council whose day the plan does not print — a year printed with either is its date)
_CONDITIONAL = re.compile(r"\bsau khi\b|\bkhi co\b|\bngay khi\b|\bkhi (?:van ban|huong dan|trung uong)\b"
                          r"|\b\d{1,3}\s+ngay\s+truoc\s+(?:ngay|khi)\b"
                          r"|\bkhi (?:tong ket|so ket|ket thuc|hoan thanh)\b"
                          r"|(?:\btrong (?:suot )?thoi gian (?:dien ra|to chuc|phuc vu)|^tai (?:ky|phien) hop)\b"
                          r"(?!.*\d{4})"
                          # `Từ ngày 15/3/2026 đến ngày bầu cử`: a span closing on an event's day it does not print
                          r"|\bden (?:het )?ngay (?=[a-z])(?!.*\d)")
# an aside in parentheses: `Tháng 11/2025 (sau khi Ban Thường trực … ban hành Hướng dẫn)`
_ASIDE = re.compile(r"\([^()]*\)")
# `Sau hội nghị hiệp thương lần thứ hai`, `Kết thúc cuộc bầu cử`, `Từ ngày thành lập Ủy ban ... đến ngày kết
# thúc ...`: a phrase without a figure that opens with an event is due when the event happens
_AFTER_EVENT = re.compile(r"^(?:ngay\s+)?(?:sau|ket thuc|tu ngay (?=[a-z]))\b")
# hours counted from an emergency: `(0-48 giờ)`, `48-72 giờ`, `trong 24 giờ`; `sau 72 giờ` has no end
_HOURS = re.compile(r"(?:\b\d{1,3}\s*-\s*|\btrong (?:vong )?)(\d{1,3})\s*gio\b")
_AFTER_HOURS = re.compile(r"\bsau\s+\d{1,3}\s*gio\b")


def relative(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`trong 30 ngày (làm việc) kể từ …`, `02 tháng sau khi …`: an offset from the event."""
    m = _RELATIVE.search(text)
    if not m:
        return None
    amount, unit = int(m.group(1)), m.group(2)
    months = amount * 12 if unit == "nam" else amount if unit == "thang" else None
    days = amount * 7 if unit == "tuan" else amount if unit == "ngay" else None
    return Deadline(kind=DeadlineKind.RELATIVE, phrase=phrase, offset_months=months, offset_days=days)


def ongoing(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`thường xuyên`, `liên tục`, a daily duty: continuous work, no due date."""
    return Deadline(kind=DeadlineKind.ONGOING, phrase=phrase) if _ONGOING.search(text) else None


def conditional(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`sau khi có hướng dẫn …`, `Kết thúc cuộc bầu cử`: due when an event whose day is not printed happens.

    An event in an aside after a dated time (`Dự kiến tháng 11/2025 (sau khi … ban hành Hướng dẫn)`) says what the
    time waits for: the plan still sets the time, so the phrase is read without the aside."""
    outside = _ASIDE.sub(" ", text)
    if re.search(r"\d{4}", outside):
        text = outside
    event = _AFTER_EVENT.match(text) and not re.search(r"\d", text)
    return Deadline(kind=DeadlineKind.CONDITIONAL, phrase=phrase) if _CONDITIONAL.search(text) or event else None


def hours(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`(0-48 giờ)`: due at the phase's end rounded up to whole days; `sau 72 giờ` (no end) is conditional."""
    if _AFTER_HOURS.search(text):
        return Deadline(kind=DeadlineKind.CONDITIONAL, phrase=phrase)
    m = _HOURS.search(text)
    if not m:
        return None
    return Deadline(kind=DeadlineKind.RELATIVE, phrase=phrase, offset_days=max(1, -(-int(m.group(1)) // 24)))
