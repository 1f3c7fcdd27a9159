"""Phases that date the items they label or head: `Giai đoạn khẩn cấp (0-48 giờ): ...`, `Năm 2026: ...`,
a heading `Giai đoạn 2025 - 2030` or `Đợt 2: Từ ngày ... đến ngày ...` over its items (the phase is their
deadline, and not part of an item's wording)."""
from __future__ import annotations

import re

from app.importers.extract.textutil import strip_trailing_punct
from app.importers.readers.lines import STEP_COUNT

# `Giai đoạn khẩn cấp (0-48 giờ): Tổ chức ...`, `Năm 2026: ...`, `Bước 2 (tháng 3/2026): ...`: an
# item opened by the phase it belongs to
_PHASE_LABEL = re.compile(
    r"^((?:Giai đoạn|Bước|Đợt)\b[^:.;()]{0,40}?(?:\s*\([^()]{1,40}\))?"
    r"|(?:Năm|Từ năm|Đến năm|Trong năm|Trước năm)\s+\d{4}[^:.;()]{0,30}?(?:\s*\([^()]{1,40}\))?)\s*:\s*\S")
# a heading that is a phase (`Giai đoạn 2025 - 2030`, `Giai đoạn 1 (2026 - 2027)`), or only a year of a roadmap
# (`1. Năm 2025:` over the items done that year): its items' deadline
# (a day without its year dates a phase too: `Đợt 3: Từ ngày 15/3 đến ngày bầu cử`)
_PHASE_HEADING = re.compile(r"^(?:(?:Giai đoạn|Đợt|Bước|Lần)\b.{0,60}(?:\d{4}|\d+\s*(?:giờ|ngày|tháng)|\d{1,2}/\d{1,2})"
                            r"|(?:Trong )?năm (?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$)", re.IGNORECASE)


def phase_label(text: str) -> str | None:
    """The phase an item opens with (`Giai đoạn 48-72 giờ: ...` → `Giai đoạn 48-72 giờ`), or None."""
    m = _PHASE_LABEL.match(text)
    return m.group(1).strip() if m else None


def names_phase(label: str) -> bool:
    """Is an item's opening label a phase's name (`Giai đoạn khẩn cấp (0-48 giờ)`, `Bước 2`, `Đợt 1`) rather than
    a time on the calendar (`Năm 2026`, `Trong năm 2021 và các năm tiếp theo`)? A named phase is no part of the
    item's wording (real/62f25a030c183151's gold); a time opening the line dates it as a schedule does, and its
    wording keeps it, as a dated line keeps `Từ ngày 04/02/2026:` (real2/34e1b68dd42b9936's gold)."""
    return bool(_NAMED.match(label))


_NAMED = re.compile(r"(?:Giai đoạn|Bước|Đợt)\b", re.IGNORECASE)


def phase_heading(title: str) -> str | None:
    """A heading naming a phase, as the deadline of its items, or None."""
    title = strip_trailing_punct(title.strip().rstrip(":"))
    if not _PHASE_HEADING.match(title):
        return None
    period = _phase_period(title)
    return period or (title if len(title) <= 80 else None)


_NUMBERED = rf"(?:Giai đoạn|Đợt|Bước|Lần)\s+{STEP_COUNT}"
# `Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026 gồm các nội dung trọng tâm`, `Giai đoạn 1: Quý II/2026`: label,
# period, what it holds; `Giai đoạn 1 (từ tháng 01 đến tháng 6/2026)`: label, the period in brackets
_LABELLED_PERIOD = re.compile(
    rf"^{_NUMBERED}\s*(?::\s*(?P<period>(?=[^:]*\d).+?)(?:\s*,?\s+(?:gồm|bao gồm|với|tập trung|thực hiện)\b.*)?"
    r"|\((?P<inner>[^()]*\d[^()]*)\))$", re.IGNORECASE)
# a numbered phase or step that states no time of its own (`Bước 2`, `Đợt 1`)
_COUNT_ONLY = re.compile(rf"^{_NUMBERED}$", re.IGNORECASE)


def _phase_period(title: str) -> str | None:
    """The period a numbered phase heading states after its label, without the label and the
    words announcing its contents; None when the heading is not `label: period ...`."""
    m = _LABELLED_PERIOD.match(title)
    return strip_trailing_punct(m.group("period") or m.group("inner")) if m else None


def phase_time(label: str | None) -> str | None:
    """The time an item's phase label gives it: the label, unless it only counts the phase (`Bước 2: Lập …` is
    the second step, no time)."""
    return None if label is None or _COUNT_ONLY.match(label.strip()) else label
