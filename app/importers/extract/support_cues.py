"""Who coordinates (support) in a sentence: the bodies after `phối hợp (với)`, `chủ trì cùng`, `trao đổi với`.

A plan names the partners of a duty after the lead: `Sở A chủ trì, phối hợp với Sở B …`, without `với` (`chủ trì,
phối hợp Sở Tài chính …`, `phối hợp: Sở A, Sở B`), or as a clause of their own after the lead's (`…; Sở B phối hợp`,
`Sở A là cơ quan chủ trì, Sở B là cơ quan phối hợp`). Partners of another body the item advises or directs
(`partners.partner_of_other`) and a cooperation `giữa` two bodies are not the item's.
"""
from __future__ import annotations

import re

from app.importers.extract.handed_to import PARENS, mentions_at
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.partners import partner_of_other
from app.importers.extract.subjects import SUPPORT_CUE

# `chủ trì, phối hợp Sở Tài chính ...`, `phối hợp: Sở A, Sở B`: partners named without `với`
_SUPPORT_BARE = re.compile(r"(?i:phối hợp)(?:\s*:)?\s+(?:(?:chặt chẽ|tốt|thường xuyên)\s+(?=(?:với )?(?:các |những )?"
                           r"[A-ZĐÀ-Ỹa-zđà-ỹ]))?(?!với\b|cùng\b|chặt\b|tốt\b|thường\b)(?=\S)")
_THEN_SUPPORT = re.compile(r"(?:chủ trì[,;]|;)\s+(?=\S)")  # `...; Hội A phối hợp tuyên truyền`
# `Phối hợp chặt chẽ với các cơ quan chủ trì trong tổ chức thực hiện …`: the bodies presiding over each duty, whoever
# they are — a role the plan gives elsewhere, no partner named
_PRESIDING = re.compile(r"(?:các |những )?(?:cơ quan|đơn vị)(?: được giao)? chủ trì\b", re.IGNORECASE)


def find_support(text: str) -> list[str]:
    """The partners `text` names, in the order printed, each once."""
    out: list[str] = []
    for m in _SUPPORT_BARE.finditer(text):
        if partner_of_other(text[:m.start()], directed=False):
            continue  # `tham mưu UBND tỉnh phối hợp Bộ Quốc phòng ...`: the partner of the body advised
        if not re.search(r"giữa[^.;]*$", text[max(0, m.start() - 60):m.start()]):
            out.extend(x for x in mentions_at(text[m.end():]) if x not in out)
    for m in _THEN_SUPPORT.finditer(text):
        tail = PARENS.sub("", text[m.end():])
        phrase = take_phrase(tail)
        # `…; Sở B phối hợp`, `Sở A là cơ quan chủ trì, Sở B là cơ quan phối hợp`
        if phrase and head_at(phrase) and re.match(r"^(?:là (?:cơ quan|đơn vị) )?phối hợp(?! với)",
                                                   tail[len(phrase):].strip()):
            out.extend(x for x in split_mentions(phrase) if x not in out)
    for m in SUPPORT_CUE.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        span = text[m.start():m.end()]
        if "giữa" in span or re.search(r"giữa[^.;]*$", before) and "với" in span or partner_of_other(before) \
                or _PRESIDING.match(text[m.end():]):
            continue
        for mention in mentions_at(text[m.end():]):
            if mention not in out:
                out.append(mention)
    return out
