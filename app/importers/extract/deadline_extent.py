"""Where a deadline phrase found in running text begins and ends: as printed, however many points it lists.

A pattern matches one point in time; a plan often prints a time as a list or with words around it that belong to
it: `trong quý I và quý II năm 2026`, `vào Quý I, quý III hằng năm` (bare points before the one carrying the year
or frequency they share), `… và các năm tiếp theo`, `từ nay đến hết năm 2025`, and a qualifier the clerk must see
(`cơ bản hoàn thành trong năm 2025`: how far, by when). The phrase is cut as printed, where the text goes on.
"""
from __future__ import annotations

import re

from app.importers.extract.deadline_patterns import DATE, FREQ, POINT, Q

# bare points (a quarter, a month, a day) listed before the point that carries their shared year or
# frequency, with the preposition that opens the list
_BARE_POINT = rf"(?:{Q}|[Tt]háng \d{{1,2}}|(?:ngày )?\d{{1,2}}/\d{{1,2}}(?![\d/]))"
_EARLIER_POINTS = re.compile(rf"(?:(?<=\s)|^)(?:(?:[Tt]rong|[Tt]rước|[Vv]ào|[Cc]hậm nhất)\s+)?"
                             rf"(?:{_BARE_POINT}(?:,\s*|\s+và\s+|\s+hoặc\s+))+$")
_FROM_NOW = re.compile(r"\b[Tt]ừ nay (?:cho )?$")
_ONWARDS = re.compile(r"\s+(?:và (?:các|những) năm tiếp theo|trở đi)\b")
# a yearly time and the year it starts (`trước ngày 30 tháng 6 hằng năm kể từ năm 2027`): one schedule
_YEARLY_END = re.compile(r"\b(?:hằng|hàng) năm$", re.IGNORECASE)
_FROM_YEAR = re.compile(r",?\s+(?:kể từ|bắt đầu từ|bắt đầu) năm \d{4}(?:\s+trở đi)?")
# (a comma joins a quarter, a month or a day only: `trong quý II, quý III/2026`, not `năm 2025, năm 2026 ...`)
# (the second point may say its preposition again: `trước ngày 15 tháng 6 và trước ngày 01 tháng 12`)
_AGAIN = r"(?:(?:trước|chậm nhất|đến hết|đến) )?"
_AND_POINT = re.compile(rf"\s+(?:và|hoặc)\s+(?={_AGAIN}(?:{POINT}|{DATE}))|,\s*(?=(?:[Qq]uý|[Tt]háng|ngày) \S)")
# a second point: `... và tháng 4/2026`, or a second date with the frequency both share (`trước ngày 15/6 và
# 15/12 hằng năm`)
_POINT_RE = re.compile(rf"{_AGAIN}(?:{POINT}|{DATE}(?![\d/]))(?: {FREQ})?")
# `cơ bản hoàn thành` before a time: the task is to be mostly done by then, which the clerk must see
_QUALIFIED = re.compile(r"(?:[Cc]ơ bản|[Cc]ăn bản) (?:hoàn thành|xong)\s+")


def whole_phrase(text: str, pos: int, phrase: str) -> str:
    """The time `phrase` found at `pos` of `text`, with what the text prints of it around it."""
    phrase = phrase.strip()
    if text.startswith(phrase, pos):
        phrase += _continuation(text, pos + len(phrase))
        earlier = _EARLIER_POINTS.search(text, max(0, pos - 120), pos)
        if earlier:
            # `vào Quý I, quý III hằng năm`, `tháng 6 và tháng 12 hằng năm`: bare points before the one
            # that carries the year or frequency they share are part of the same time
            pos, phrase = earlier.start(), text[earlier.start():pos] + phrase
        elif phrase[:3].lower() == "đến" and (now := _FROM_NOW.search(text, max(0, pos - 20), pos)):
            pos, phrase = now.start(), text[now.start():pos] + phrase  # `từ nay đến hết năm 2025`
    qualified = _QUALIFIED.search(text, 0, pos)
    if qualified and qualified.end() == pos:
        phrase = qualified.group(0) + phrase  # `cơ bản hoàn thành trong năm 2025`: how far, by when
    return phrase


def _continuation(text: str, end: int) -> str:
    """What the phrase ending at `end` goes on with: `... và các năm tiếp theo`, `... trở đi`, or a second
    point joined by `và` (`trong quý I và quý II năm 2026`, `trong tháng 3 và tháng 4/2026`)."""
    m = _ONWARDS.match(text, end) or (_FROM_YEAR.match(text, end) if _YEARLY_END.search(text, 0, end) else None)
    if m:
        return m.group(0)
    m = _AND_POINT.match(text, end)
    if m:
        point = _POINT_RE.match(text, m.end())
        if point:
            return text[end:point.end()] + _continuation(text, point.end())
    return ""
