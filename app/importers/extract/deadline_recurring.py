"""A time in parentheses that goes on with how the work recurs after it: `(Quý IV/2013, Quý I/2014 và thường xuyên)`,
`(năm 2013 và kiện toàn thường xuyên hàng năm)`.

A plan closing an item with its time in parentheses often prints the first points of the work and then that it goes
on (`và thường xuyên`, `và … hằng năm`), as its field lines do (`Thời gian thực hiện: Tháng 12/2013 và thường
xuyên`). The whole parenthesis is the item's time: cut at its first points it says the work ends there.
"""
from __future__ import annotations

import re

from app.importers.extract.deadline_patterns import FREQ, POINT

# the points (`năm 2013`, `Quý IV/2013, Quý I/2014`), then `và` + at most three words of what is done again
# (`kiện toàn`, `bổ sung, sửa đổi` has a comma: not taken) + `thường xuyên` and/or a frequency
_RECURRING = re.compile(rf"{POINT}(?:\s*,\s*{POINT})*\s+và\s+(?:[^\s,.;()]+\s+){{0,3}}?"
                        rf"(?:thường xuyên(?:\s+{FREQ})?|{FREQ})", re.IGNORECASE)


def recurring_time(inner: str) -> bool:
    """Is the parenthesis's text (`inner`) wholly the item's first points and how the work recurs after them?"""
    return bool(_RECURRING.fullmatch(inner.strip()))
