"""Dated lines of a schedule: `- Từ ngày 04/02/2026: Ban Thường trực … họp với …`, `- Tháng 6/2026: Sở Y tế
tổ chức …`.

A line that opens with a time and a colon and goes on with a duty (a body and its verb, a verb, or a wording that
names who does it: `… (Sở Y tế chủ trì)`) is a milestone: a task of its own, dated by that time, its wording as
printed (the development gold keeps both: real2 34e1b68dd42b9936 V/1), its lead the subject of its duty (not of the
line, which opens with the time). Printed under a `Thời gian:` field (`1. Thời gian: … như sau:`), such lines are
not the field's value — the field only announces the schedule — while lines that are only times (`+ Đợt 1: Trong
khoảng thời gian từ …`) still are.
"""
from __future__ import annotations

import re

from app.importers.extract.assignments import from_text
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_predicate import opens_duty
from app.importers.extract.outline import OutlineNode

# a time opening the line, then its colon: `Từ ngày 05/02/2026 - 08/02/2026:`, `Trước ngày 30/9:`, `Quý II/2026:`
_TIME_LABEL = re.compile(
    r"^((?:Từ|Trước|Đến|Trong|Sau|Chậm nhất|Ngày|Tháng|Quý|Tuần)\b[^:;.]{0,64}?)\s*:\s*(?=\S)", re.IGNORECASE)
# a figure or a quarter's numeral makes the label a time (`Trong quá trình thực hiện:` is none)
_TIME_FIGURE = re.compile(r"\d|\bquý\s+[IV]{1,3}\b", re.IGNORECASE)


def milestone_time(text: str) -> str | None:
    """The time a dated line opens with when a duty follows it (`Từ ngày 04/02/2026: Ban Thường trực …
    họp …` → `Từ ngày 04/02/2026`), else None."""
    m = _TIME_LABEL.match(text.strip())
    if not m or not _TIME_FIGURE.search(m.group(1)):
        return None
    rest = text.strip()[m.end():]
    if not (head_at(rest) or opens_duty(rest)
            or from_text(rest).explicit):  # `Tháng 6/2026: Phát hành tài liệu … (Sở Y tế chủ trì)`: one is named
        return None
    return m.group(1).strip()


def milestone_duty(text: str) -> str:
    """A dated line's duty without the time it opens with (`Tháng 12/2026: Địa phương được lựa chọn chủ trì …` →
    `Địa phương được lựa chọn chủ trì …`): who does it is the subject of that duty, not of the line; any other
    text as it is."""
    m = _TIME_LABEL.match(text.strip())
    return text.strip()[m.end():] if m and milestone_time(text) else text


def names_actor(text: str) -> bool:
    """Does the dated line's duty open with the body that does it (`Từ ngày …: Ban Thường trực … họp …`)?"""
    m = _TIME_LABEL.match(text.strip())
    return bool(m and milestone_time(text) and head_at(text.strip()[m.end():]))


def announces_milestones(node: OutlineNode) -> bool:
    """A `Thời gian:` line over dated lines that each carry a duty: a heading of the schedule below it,
    not a field whose value they are."""
    return len(node.children) >= 1 and all(
        not c.children and milestone_time(" ".join(c.paras)) for c in node.children)
