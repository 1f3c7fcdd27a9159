"""Whose partners a `phối hợp` names: the item's own, or those of another body the item advises or directs.

`tham mưu UBND tỉnh phối hợp với Bộ Quốc phòng …`, `chỉ đạo các ban, ngành chủ động phối hợp với lực
lượng Công an …`: the partners named belong to the body advised or directed, so they do not coordinate
the item; `Chỉ đạo lực lượng các cấp, phối hợp với Công an tỉnh …` (after a comma) resumes the item's
own clause. An item whose whole duty is to work with the plan's own issuer (`Phối hợp chặt chẽ với Ban Thường
trực Ủy ban MTTQ xã …` in a plan that Ban Thường trực issues) is the addressee's share in the issuer's own work:
the issuer asks it, and is no partner to track (`Chủ trì phối hợp UBND tỉnh …` keeps it: the item presides).
A partner works with the body that presides: an item nobody presides over (a phase's step, `Hỗ trợ … ; phối hợp với
chính quyền địa phương …` under a heading that names no body) has no partner to track either.
"""
from __future__ import annotations

import re

from app.domain.body_kinds import ADMIN_UNIT
from app.domain.text import canonical
from app.importers.extract.mention_phrase import take_phrase
from app.importers.result import ImportedNode

# `... tham mưu Ủy ban nhân dân tỉnh phối hợp ...`: what follows is the advised body's cooperation
_ADVISED = re.compile(r"tham mưu(?: cho)? (?:Ủy ban|UBND|Chủ tịch|Hội đồng|HĐND|Thường trực)[^.;,]*$", re.IGNORECASE)
# (`định hướng các cơ quan thông tin đại chúng phối hợp với …`: the bodies it steers are directed too)
_DIRECTS = re.compile(r"(?<![Bb]an )\b(?:[Cc]hỉ đạo|[Hh]ướng dẫn|[Đđ]ôn đốc|[Đđ]ịnh hướng)\s+"
                      r"(?!và\b|hoặc\b|cùng\b)(?=\S)")
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


# a sentence that states what to do in a case (`Trường hợp … thì X phối hợp với Y …`, `Nếu …`), up to its first `;`
_CASE = re.compile(r"(?<=[.!?…])\s+(?:Trường hợp|Trong trường hợp|Nếu)\b[^.;]*(?:;|(?=\.\s|\.?$))")
# `phối họp` (to meet) for `phối hợp`: one tone mark typed wrong, and `phối` goes with no other word
_MISTYPED = re.compile(r"\b([Pp])hối họp\b")


def typed_right(text: str) -> str:
    """`phối họp` read as the `phối hợp` it was meant to be (the actor before it and the partners after it)."""
    return _MISTYPED.sub(r"\1hối hợp", text)


def own_partner_text(text: str) -> str:
    """The item's text where its partners are named: without the case sentences that follow its duty (`… lập
    danh sách. Trường hợp … chưa có tổ dân phố thì Trưởng ban phối hợp với Ban quản trị nhà chung cư …`): the
    partner of a contingency is not the item's (the golds of real and real2 that add such a case never count it).
    An item that opens with its case (`Trường hợp … có ý kiến khác nhau, cơ quan chủ trì có trách nhiệm phối hợp
    với …`) has it for its duty and keeps it."""
    return _CASE.sub(" ", text)


def same_group(partner: str, leads: list[str]) -> bool:
    """Is `partner` one of the `leads`, or a lead's own group named again with more words (`Các thành viên khác
    trong tiểu ban … phối hợp với các thành viên khác trong tiểu ban thông tin …`)? The group works among
    itself: that is no partner of the duty."""
    low = partner.lower()
    return any(low == lead.lower() or low.startswith(lead.lower() + " ") for lead in leads)


# the place closing a body's name: a level word, then the place's proper name (`… xã Lương Minh`, `… tỉnh Gia Lai`)
_OWN_PLACE = re.compile(rf"(\s{ADMIN_UNIT})\s+[A-ZĐÀ-Ỹ0-9]\S*"
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


def drop_partners_of_nobody(tasks: list[ImportedNode]) -> None:
    """Clear the partners of every task that has no lead once inheritance is done: `phối hợp với X` says whom
    the presiding body works with, and with no body presiding there is no one X coordinates with (no gold of
    real, real2, genre, genre2 or corpus/plans gives a task without a lead a support: 0 of 78)."""
    for task in tasks:
        if not task.lead:
            task.support = []
