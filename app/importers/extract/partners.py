"""Whose partners a `phối hợp` names: the item's own, or those of another body the item advises or directs.

`tham mưu UBND tỉnh phối hợp với Bộ Quốc phòng …`, `chỉ đạo các ban, ngành chủ động phối hợp với lực
lượng Công an …`: the partners named belong to the body advised or directed, so they do not coordinate
the item; `Chỉ đạo lực lượng các cấp, phối hợp với Công an tỉnh …` (after a comma) resumes the item's
own clause. An item whose whole duty is to work with the plan's own issuer (`Phối hợp chặt chẽ với Ban Thường
trực Ủy ban MTTQ xã …` in a plan that Ban Thường trực issues) is the addressee's share in the issuer's own work:
the issuer asks it, and is no partner to track (`Chủ trì phối hợp UBND tỉnh …` keeps it: the item presides).
"""
from __future__ import annotations

import re

from app.domain.text import canonical
from app.importers.extract.mention_phrase import take_phrase
from app.importers.result import ImportedNode

# `... tham mưu Ủy ban nhân dân tỉnh phối hợp ...`: what follows is the advised body's cooperation
_ADVISED = re.compile(r"tham mưu(?: cho)? (?:Ủy ban|UBND|Chủ tịch|Hội đồng|HĐND|Thường trực)[^.;,]*$", re.IGNORECASE)
_DIRECTS = re.compile(r"(?<![Bb]an )\b(?:[Cc]hỉ đạo|[Hh]ướng dẫn|[Đđ]ôn đốc)\s+(?!và\b|hoặc\b|cùng\b)(?=\S)")
_MANNER = re.compile(r"^(?:(?:chủ động|tích cực|thường xuyên|kịp thời)\s*,?\s*)*$")


def partner_of_other(before: str, directed: bool = True) -> bool:
    """Is the `phối hợp` that follows `before` the cooperation of another body the item advises or
    directs (`tham mưu UBND tỉnh phối hợp …`, `chỉ đạo các ban, ngành chủ động phối hợp với …`)? Its
    partners are that body's, not the item's; after a comma (`Chỉ đạo lực lượng, phối hợp với …`) the
    item's own clause resumes. `directed=False`: only the advised body is asked about (a bare `chỉ đạo
    các đơn vị phối hợp chặt chẽ lực lượng Công an` keeps the partner: the one gold that has the bare
    form counts it, the two with `phối hợp với` do not)."""
    before = before[-80:]
    if _ADVISED.search(before):
        return True
    if not directed:
        return False
    m = next(iter(reversed(list(_DIRECTS.finditer(before)))), None)
    if m is None:
        return False
    tail = before[m.end():]
    phrase = take_phrase(tail)
    return bool(phrase) and bool(_MANNER.match(tail[len(phrase):].strip())) and not tail.rstrip().endswith(",")


def same_group(partner: str, leads: list[str]) -> bool:
    """Is `partner` one of the `leads`, or a lead's own group named again with more words (`Các thành viên khác
    trong tiểu ban … phối hợp với các thành viên khác trong tiểu ban thông tin …`)? The group works among
    itself: that is no partner of the duty."""
    low = partner.lower()
    return any(low == lead.lower() or low.startswith(lead.lower() + " ") for lead in leads)


# the place closing a body's name: a level word, then the place's proper name (`… xã Lương Minh`, `… tỉnh Gia Lai`)
_OWN_PLACE = re.compile(r"(\s(?:xã|phường|tỉnh|huyện|quận|thị xã|thị trấn|thành phố|đặc khu))\s+[A-ZĐÀ-Ỹ0-9]\S*"
                        r"(?:\s+[A-ZĐÀ-Ỹ0-9-]\S*)*$")


def _own_names(issuer: str) -> set[str]:
    """The keys the issuer goes by in its own plan: its name, and its name without the place it is of
    (`Ban Thường trực Ủy ban MTTQ xã` for `… xã Lương Minh`), both without `Việt Nam` (`Ủy ban MTTQ xã`)."""
    return {canonical(name).replace(" viet nam", "") for name in (issuer, _OWN_PLACE.sub(r"\1", issuer))}


_WORKS_WITH = re.compile(r"^(?:(?:chủ động|tích cực|thường xuyên),? )?phối hợp\b", re.IGNORECASE)


def drop_issuer_partners(tasks: list[ImportedNode], issuer: str | None) -> None:
    """Remove the plan's own issuer from the partners of every task that opens with `Phối hợp …`."""
    if not issuer:
        return
    own = _own_names(issuer)
    for task in tasks:
        if _WORKS_WITH.match(task.text):
            task.support = [s for s in task.support if canonical(s).replace(" viet nam", "") not in own]
