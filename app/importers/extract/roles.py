"""Who presides and who coordinates inside one printed list of agencies.

Attribute values and annex cells often carry both roles in one string: `Sở A (chủ trì); Sở B`,
`Sở A (chủ trì); Công an tỉnh, Sở C (phối hợp)`, `Vụ A chủ trì, phối hợp với Vụ B, Cục C`,
`Trung tâm A chủ trì; Vụ B, Báo C phối hợp`. Agencies listed after the presiding one without a
role of their own coordinate.
"""
from __future__ import annotations

import re
from functools import lru_cache

from app.importers.extract.mention_heads import ABBREVIATIONS, KNOWN_NAMES, head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.textutil import strip_trailing_punct

_MARK = re.compile(r"\s*\((chủ trì|phối hợp)\)", re.IGNORECASE)
_SUFFIX = re.compile(
    r"^(?P<lead>[^;()]+?)\s+chủ trì(?: thực hiện)?\s*(?:$|[,;]\s*(?:phối hợp(?: với| cùng)?\s+(?P<sup>.+)"
    r"|(?P<sup2>[^;]+?)(?:\s+phối hợp(?: thực hiện)?)?)$)", re.IGNORECASE)


def _names(text: str) -> list[str]:
    text = strip_trailing_punct(text.strip(" ,;\n"))
    return split_mentions(text) if text and head_at(text) else []


def roles_in_list(value: str) -> tuple[list[str], list[str]] | None:
    """(lead, support) when the list marks who presides, else None."""
    lines = (" ".join(ln.split()).strip(" ;,") for ln in value.split("\n"))
    value = strip_trailing_punct("; ".join(ln for ln in lines if ln))  # one cell line per agency
    if _MARK.search(value):
        lead: list[str] = []
        support: list[str] = []
        pos = 0
        for m in _MARK.finditer(value):
            names = _names(value[pos:m.start()])
            (lead if m.group(1).lower() == "chủ trì" else support).extend(names)
            pos = m.end()
        rest = _names(value[pos:])
        if rest:  # unmarked agencies after the presiding one coordinate
            (support if lead else lead).extend(rest)
        return (lead, support) if lead else None
    suffix = _SUFFIX.match(value)
    if suffix and head_at(suffix.group("lead")):
        lead = _names(suffix.group("lead"))
        support = _names(suffix.group("sup") or suffix.group("sup2") or "")
        return (lead, support) if lead else None
    return None


# `- Sở A chủ trì, phối hợp với Sở B thực hiện.` under an item: who does it, with no work of its own (the verb
# after the bodies is only the role, `thực hiện` at most)
_PRESIDE = re.compile(r"^\s+(?:chủ trì(?:\s+thực hiện)?|chịu trách nhiệm(?:\s+(?:chính|thực hiện))?)", re.IGNORECASE)
# a kind with no name (`Cơ quan chủ trì`, `Các đơn vị chủ trì`): a column's or a field's word, nobody named
_BARE_KIND = re.compile(r"^(?:các\s+)?(?:cơ quan|đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị))?$", re.IGNORECASE)
_PARTNER_FIRST = re.compile(r"^\s*[,;]?\s*phối hợp\s+(?:với|cùng)\s+", re.IGNORECASE)
_PARTNER_AFTER = re.compile(r"^\s+phối hợp(?:\s+thực hiện)?", re.IGNORECASE)
_ROLE_END = re.compile(r"^(?:\s+(?:triển khai|tổ chức)?\s*thực hiện"
                       r"(?:\s+(?:nhiệm vụ|nội dung)(?:\s+(?:này|trên))?)?)?$", re.IGNORECASE)


def role_line(text: str) -> tuple[list[str], list[str]] | None:
    """(lead, support) when the line only says who does the item it stands under — `Sở A chủ trì, phối hợp với
    Sở B thực hiện.`, `Giao Sở A chủ trì; Sở B phối hợp.`, `Sở A chịu trách nhiệm chính.` — else None (a line going on
    to a duty of its own, `Sở A chủ trì, phối hợp với Sở B kiểm tra …`, is a task)."""
    roles = _role_line(text, ABBREVIATIONS.get(), KNOWN_NAMES.get())
    return (list(roles[0]), list(roles[1])) if roles else None


@lru_cache(maxsize=4096)
def _role_line(text: str, _abbreviations: frozenset[str], _names_known: frozenset[str]) \
        -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """`role_line`, read once per line and document (the names a document defines are part of the key): the fields
    of an item are asked about again and again while its tree is built."""
    if text.rstrip().endswith(":"):
        return None  # `c) UBND các huyện chủ trì:` over its duties: a lead-in
    rest = strip_trailing_punct(re.sub(r"^Giao\s+", "", text.strip()))
    who = take_phrase(rest)
    presides = _PRESIDE.match(rest[len(who):]) if who and head_at(who) and not _BARE_KIND.match(who) else None
    if presides is None:
        return None
    rest = rest[len(who) + presides.end():]
    partners = ""
    if m := _PARTNER_FIRST.match(rest):
        partners = take_phrase(rest[m.end():])
        rest = rest[m.end() + len(partners):]
    elif rest[:1] in (",", ";") and (named := take_phrase(rest[1:].lstrip())) and head_at(named):
        after = rest[1:].lstrip()[len(named):]
        if (m := _PARTNER_AFTER.match(after)) is None:
            return None
        partners, rest = named, after[m.end():]
    if not _ROLE_END.match(rest) or (partners and not head_at(partners)):
        return None
    return tuple(_names(who)), tuple(_names(partners)) if partners else ()


# `Chủ trì, phối hợp`, `Các sở, ngành chủ trì, phối hợp với:` printed alone over items: the roles,
# with no work of their own
_ROLE_LEAD_IN = re.compile(r"^(?P<who>.*?)\s*chủ trì\s*(?:,|và)?\s*phối hợp(?:\s+(?:với|cùng))?\s*[:.]?$",
                           re.IGNORECASE)


def role_lead_in(title: str, current: list[str]) -> list[str] | None:
    """The presiding bodies of a role lead-in over items (`b) Chủ trì, phối hợp` under `2.3. Công an
    tỉnh` → the heading's body; `Các sở, ngành chủ trì, phối hợp:` → the bodies it names), or None.

    The items below each name the bodies the presiding one works with: they are its partners."""
    m = _ROLE_LEAD_IN.match(title.strip())
    if not m:
        return None
    who = m.group("who").strip(" ,")
    if not who:
        return list(current) or None
    return _names(who) or None
