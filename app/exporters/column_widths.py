"""A data table's column widths from what its cells hold.

Why: fixed shares made a 17 mm `Thời hạn` column wrap `Hằng năm, trước ngày 15 tháng 12` over five
lines while `Cơ quan chủ trì` kept 50 mm for one short name, and a row is as tall as its tallest
cell. The composer (the one place both writers read) gives each column what lowers the table's
height most: every column keeps at least its longest word and a part of its nominal share, then
the room left goes, a step at a time, where it takes the most lines off the rows (a line off a
row's tallest cell counts most, a line off a shorter cell a little: a short column is not broken
for nothing). What no step improves is shared in proportion to the nominal widths.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from app.exporters import fonts
from app.exporters.layouts import TextStyle

SAMPLE_ROWS = 80  # rows measured (spread over the table): enough to judge, cheap on 1,000 rows
ROUNDS = 120  # widenings tried at most (each takes one column to where some cell loses a line)
CANDIDATES = 8  # widths tried per column and round: its next few line breaks, then a spread of the rest
# A row's height is its tallest cell; the search weighs a row by the NORM-norm of its cells' lines,
# which is about the tallest and still counts a line off a shorter cell a little (two 2-line cells
# are then made one line each, where the tallest alone would never see a gain from either).
NORM = 4
FILL = 0.92  # a wrapped line holds about this share of its width (words do not fill it exactly)
NOMINAL_FLOOR = 0.7  # a column of long texts keeps 70 % of its nominal share


def fit_widths(nominal: Sequence[float], minimum: Sequence[float], cells: Sequence[Sequence[str]],
               style: TextStyle, padding: float) -> list[float]:
    """Column widths (mm, summing to `sum(nominal)`) for a table whose rows hold `cells` (one list of
    texts per row, one text per column). `minimum` is each column's least width (its longest word);
    `padding` the mm inside a cell on each side."""
    total = sum(nominal)
    rows = _sample(cells)
    if not rows:
        return list(nominal)
    ncols = len(nominal)
    paragraphs = [[_paragraph_widths(row[c], style) for row in rows] for c in range(ncols)]
    natural = [max((max(p) for p in col), default=0.0) + 2 * padding for col in paragraphs]
    if sum(minimum) >= total:  # the words alone fill the page: nothing to choose
        return list(nominal)
    longest = [max((" ".join(p.split()) for row in rows for p in row[c].split("\n")),
                   key=lambda t: fonts.text_width_mm(t, style.size, style.bold, style.italic), default="")
               for c in range(ncols)]
    width = [max(minimum[c], min(_floor(nominal[c], longest[c], style, padding), natural[c])) for c in range(ncols)]
    if sum(width) >= total:
        width = list(minimum)
    left = total - sum(width)
    cache: dict[tuple[int, float], list[int]] = {}

    def lines(c: int, w: float) -> list[int]:
        key = (c, round(w, 2))
        got = cache.get(key)
        if got is None:
            inner = max(w - 2 * padding, 1.0)
            got = cache[key] = [sum(_lines(p, inner) for p in cell) for cell in paragraphs[c]]
        return got

    breaks = [_breaks(paragraphs[c], width[c], width[c] + left, padding) for c in range(ncols)]
    current = [lines(c, width[c]) for c in range(ncols)]
    power = [sum(current[c][r] ** NORM for c in range(ncols)) for r in range(len(rows))]
    for _ in range(ROUNDS):
        best, best_rate = None, 0.0
        for c in range(ncols):
            for w in _candidates(breaks[c], width[c], width[c] + left):
                new = lines(c, w)
                gain = sum(p ** (1 / NORM) - (p - old ** NORM + n ** NORM) ** (1 / NORM)
                           for p, old, n in zip(power, current[c], new, strict=True) if n != old)
                if gain / (w - width[c]) > best_rate + 1e-9:
                    best, best_rate = (c, w), gain / (w - width[c])
        if best is None:
            break
        c, w = best
        left -= w - width[c]
        width[c] = w
        new = lines(c, w)
        power = [p - old ** NORM + n ** NORM for p, old, n in zip(power, current[c], new, strict=True)]
        current[c] = new
    if left > 0:  # nothing gains from it: shared as the nominal widths share the page
        width = [w + left * n / total for w, n in zip(width, nominal, strict=True)]
    out = [round(w, 1) for w in width]
    widest = out.index(max(out))
    out[widest] = round(out[widest] + total - sum(out), 1)
    return out


def _floor(nominal: float, longest: str, style: TextStyle, padding: float) -> float:
    """What a column keeps before the room is shared out: a column of short phrases (a status, a
    date, a name) as much of its nominal share as puts its longest phrase on two lines (`Đang thực
    hiện / trong hạn`, never three), a column of long texts NOMINAL_FLOOR of its share."""
    if _lines_at(longest, nominal, style, padding) > 2:
        return nominal * NOMINAL_FLOOR
    return two_line_width(longest, nominal, style, padding)


def two_line_width(text: str, most: float, style: TextStyle, padding: float) -> float:
    """The narrowest width (to 0.1 mm, at most `most`) that puts `text` on two lines. The composer
    keeps a column's title so: `Kết quả mới nhất` over a column of `-` read one word a line."""
    low, high = 2 * padding + 1.0, most
    while high - low > 0.1:
        middle = (low + high) / 2
        low, high = (low, middle) if _lines_at(text, middle, style, padding) <= 2 else (middle, high)
    return high


def _lines_at(text: str, width: float, style: TextStyle, padding: float) -> int:
    return len(fonts.split_lines(text, width - 2 * padding, style.size, style.bold, style.italic))


def _lines(width: float, inner: float) -> int:
    """Lines a paragraph `width` mm long takes in a cell `inner` mm wide: one when it fits, else
    about its length over the filled part of a line."""
    return 1 if width <= inner else math.ceil(width / (inner * FILL))


def _breaks(paragraphs: list[list[float]], least: float, most: float, padding: float) -> list[float]:
    """Every width between `least` and `most` at which a cell of the column takes a line less
    (rounded up to 0.1 mm), in order: where `_lines` changes."""
    found: set[float] = set()
    for cell in paragraphs:
        for p in cell:
            for m in range(_lines(p, max(least - 2 * padding, 1.0)) - 1, 0, -1):
                w = math.ceil(((p if m == 1 else p / (m * FILL)) + 2 * padding) * 10 + 1e-6) / 10
                if w > most + 1e-9:
                    break
                if w > least + 1e-9:
                    found.add(w)
    return sorted(found)


def _candidates(breaks: list[float], now: float, most: float) -> list[float]:
    """The widths to try above `now` (up to `most`): the next few breaks, then a spread of the
    farther ones."""
    ordered = breaks[bisect.bisect_right(breaks, now + 1e-9) : bisect.bisect_right(breaks, most + 1e-9)]
    if len(ordered) <= CANDIDATES:
        return ordered
    near = ordered[: CANDIDATES // 2]
    far = ordered[CANDIDATES // 2 :]
    stride = len(far) / (CANDIDATES - len(near))
    return near + [far[int(i * stride)] for i in range(CANDIDATES - len(near))]


def _sample(cells: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """At most SAMPLE_ROWS rows, evenly spread over the table."""
    if len(cells) <= SAMPLE_ROWS:
        return list(cells)
    stride = len(cells) / SAMPLE_ROWS
    return [cells[int(i * stride)] for i in range(SAMPLE_ROWS)]


def _paragraph_widths(text: str, style: TextStyle) -> list[float]:
    """mm of each line the cell's text holds before wrapping."""
    return [fonts.text_width_mm(" ".join(p.split()), style.size, style.bold, style.italic) for p in text.split("\n")]
