"""`Thời gian: Vào lúc 08 giờ 00’, ngày 18/10/2025`: when a meeting is held, not when a duty is due.

An invitation (giấy mời, a công văn calling a meeting or a conference) prints the event's particulars as fields —
`1. Thời gian: Bắt đầu lúc 14 giờ 30”, ngày …`, `2. Địa điểm: …`, `3. Thành phần: …` — beside the duties it hands out
to prepare it (`6. Tổ chức thực hiện:` + `6.1. Văn phòng … kiểm tra đường truyền trước 15 giờ 00, ngày …`). The time
of the event is told by the clock hour it opens at (`lúc 08 giờ`): a time limit is a day, a month or a period
(`trước ngày …`, `trong tháng …`), and when it names an hour it says `trước` it, never `lúc`. Read as a deadline, the
event's time dated every duty of the section and made the event's heading a task of its own.
"""
from __future__ import annotations

import re

from app.importers.extract.deadline_text import attribute_value

# the value opens on the hour the event starts, after at most two words (`Vào lúc`, `Bắt đầu lúc`)
_AT_HOUR = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}lúc\s+\d{1,2}\s*(?:giờ|h\b|:\d\d)", re.IGNORECASE)


def is_event_time(text: str) -> bool:
    """Is `text` a `Thời gian:` field giving the clock hour an event is held at?"""
    value = attribute_value(text)
    return value is not None and bool(_AT_HOUR.match(value))
