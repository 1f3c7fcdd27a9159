"""An item opening with the case it covers picks its addressee among those of the lead-in above it.

`3. Các cơ quan, tổ chức, đơn vị và Ban Công tác Mặt trận thôn tổ chức hội nghị …:` + `3.1. Đối với cơ quan, tổ
chức, đơn vị: …` + `3.2. Đối với thôn dân cư: …`: the lead-in names two addressees and each item says, by its
case, which of them it is for. A mention that shares a word of the case (`cơ quan`, `thôn`) is the item's; when the
case shares words with none, or with all, the item keeps every addressee (nothing tells them apart).
"""
from __future__ import annotations

import re

from app.domain.text import fold

# `Đối với cơ quan, tổ chức, đơn vị:`, `Đối với thôn, tổ dân phố:`: the case, up to its colon
_CASE = re.compile(r"^(?:Đối với|Riêng)\s+(?P<case>[^:;.()]{2,80}):")
# words every mention of a body may hold, that tell no addressee from another
_COMMON = {"cac", "cua", "va", "cap", "xa", "tinh", "huyen", "co", "lien", "quan", "nhung", "moi", "ban", "uy"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text).lower()) if w not in _COMMON and len(w) > 1}


def addressees_of_case(text: str, lead: list[str]) -> list[str]:
    """The mentions of `lead` (a lead-in's addressees) that the item's opening case names, else `lead`."""
    m = _CASE.match(text)
    if not m or len(lead) < 2:
        return lead
    case = _words(m.group("case"))
    picked = [name for name in lead if case & _words(name)]
    return picked if picked and len(picked) < len(lead) else lead
