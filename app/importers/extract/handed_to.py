"""The bodies a cue hands a duty to: the list after `Giao`, after a request, after `do` in `… do X thực hiện`.

Official writing hands work over in a few fixed shapes: `Giao Sở A chủ trì …`, `Phân công các đơn vị: Sở A (…); Sở
B (…)`, the passive `Việc kiểm tra … do Vụ A thực hiện`, a person named with the post held (`Giao đồng chí Nguyễn
Văn A – Phó Chủ tịch UBND xã thực hiện`), a kind of body followed by the bodies it means in brackets (`các nhà
mạng (Viettel Nghệ An, VNPT Nghệ An)`). This module reads the bodies such a cue names; which cue wins, and whether
it overrides the lead a heading hands down, is `assignments.from_text`'s.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import names_of_kind, split_mentions
from app.importers.extract.mention_narrowing import narrowed
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.requests import CIRCUMSTANCE
from app.importers.extract.textutil import cap_first

PARENS = re.compile(r"\s*\([^()]*\)")  # a bracket: an aside, left out before a name is read
_GIAO = re.compile(r"(?:^|(?<=[.;:]\s))(?:Đồng thời,? )?(?:Giao|giao|Phân công|phân công)(?: cho)?\s+"
                   r"(?!nhiệm vụ|quyền)(?=\S)")
# `Đối với các chi phí …, giao Bảo hiểm xã hội Việt Nam thực hiện …`: the hand-over after the case it covers
_CLAUSE_GIAO = re.compile(r",\s+(?:giao|phân công)(?: cho)?\s+(?!nhiệm vụ|quyền)(?=\S)")
# `Việc kiểm tra ... do Vụ A thực hiện`: the body named after `do` performs the item
_DONE_BY = re.compile(r"\bdo\s+(?=\S)")
_DONE_VERB = re.compile(r"^(?:chủ trì(?: thực hiện)?|thực hiện|triển khai|đảm nhiệm|đảm nhận)\b", re.IGNORECASE)
# `các nhà mạng (Viettel Nghệ An, VNPT Nghệ An)`: a kind no head word names, the bodies it means in the bracket
_KIND_THEN_NAMES = re.compile(r"^(?:các|những) [a-zđà-ỹ]+(?: [a-zđà-ỹ]+){0,3} \(([^()]+)\)")
# `Giao đồng chí Nguyễn Văn A – Phó Chủ tịch UBND xã thực hiện ...`: a person named with the role held
_PERSON = re.compile(r"^(?:cho\s+)?((?:đồng chí|Đồng chí|đ/c|Đ/c|ông|bà|Ông|Bà)\s+(?:[A-ZĐÀ-Ỹ]\w*\s*){2,5}"
                     r"\s*[–—-]\s*[^,;.]{3,80}?)\s+(?:thực hiện|chủ trì|làm|phụ trách|theo dõi|tham mưu)\b")
# `Đồng chí Chủ tịch Ủy ban ... chịu trách nhiệm ...`, `Phân công đồng chí Phó Chủ tịch Thường trực ...`: a
# member of the body heading the section, named by post only, shares out that body's duty
_MEMBER_BY_POST = re.compile(r"^(?:(?:Phân công|Giao) )?(?:các )?(?:đồng chí|đ/c)\s+\S", re.IGNORECASE)


def mentions_at(text: str) -> list[str]:
    """The bodies named at the start of `text` (brackets left out), each narrowed by the words after it; []."""
    listed = _KIND_THEN_NAMES.match(text)
    if listed and not head_at(text):
        names = [p.strip() for p in listed.group(1).split(",")]
        if all(p[:1].isupper() and len(p.split()) <= 6 for p in names):
            return names
    text = names_of_kind(PARENS.sub("", text))  # `các Bộ: Xây dựng, Quốc phòng …`
    phrase = take_phrase(text)
    if not phrase or not (head_at(phrase) or _names_then_body(phrase)):
        return []
    return narrowed(split_mentions(phrase), text[len(phrase):])


def _names_then_body(phrase: str) -> bool:
    """`Viettel, VNPT, Bưu điện tỉnh`: bodies known by their own names, listed with a body of a known kind."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", phrase)]
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts) and any(head_at(p) for p in parts[1:])


def after_giao(text: str) -> str:
    """The list after `Giao các đơn vị: Sở A (...); Sở B (...) chủ trì ...`, its lead-in left out."""
    return re.sub(r"^(?:các|những) (?:đơn vị|cơ quan)(?: sau)?\s*:\s*", "", text)


def giao_mentions(sentence: str) -> list[str]:
    """The bodies (or the person) a `Giao` / `Phân công` opening the sentence or a clause hands the work to, or [];
    a sentence opening with the case or circumstance (`Đối với …, giao X …`) hands it over after that clause."""
    m = _GIAO.match(sentence) or (_CLAUSE_GIAO.search(sentence) if CIRCUMSTANCE.match(sentence) else None)
    if not m:
        return []
    return mentions_at(after_giao(sentence[m.end():])) or _named_person(sentence[m.end():])


def _named_person(text: str) -> list[str]:
    m = _PERSON.match(text.strip())
    return [cap_first(m.group(1).strip())] if m else []


def done_by(sentence: str) -> list[str]:
    """The agencies of a passive `... do X thực hiện` clause, or []."""
    for m in _DONE_BY.finditer(sentence):
        tail = PARENS.sub("", sentence[m.end():])
        phrase = take_phrase(tail)
        if phrase and head_at(phrase) and _DONE_VERB.match(tail[len(phrase):].strip(" ,")):
            return split_mentions(phrase)
    return []


def member_by_post(text: str) -> bool:
    """Does the item open with a person named by post only (`Giao đồng chí Nguyễn Văn A – ...` names one)?"""
    return bool(_MEMBER_BY_POST.match(text)) and not _PERSON.match(re.sub(r"^(?:Phân công|Giao)\s+", "", text))
