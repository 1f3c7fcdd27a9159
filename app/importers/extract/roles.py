"""Who presides and who coordinates where the text prints the roles themselves: `Assignment`, the answer.

A plan states roles in words of their own, apart from any sentence: attribute lines (`Cơ quan chủ trì: …`, the
labels `ATTR_*`), the same labels inside a paragraph (`… Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: …`), a role
in brackets after its bodies (`Sở Y tế (chủ trì), Sở Tài chính (phối hợp)`). Attribute values and annex cells often
carry both roles in one string: `Sở A (chủ trì); Sở B`, `Sở A (chủ trì); Công an tỉnh, Sở C (phối hợp)`, `Vụ A chủ
trì, phối hợp với Vụ B, Cục C`, `Trung tâm A chủ trì; Vụ B, Báo C phối hợp`. Agencies listed after the presiding one
without a role of their own coordinate. Roles read from sentences are `assignments.from_text`'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from app.importers.extract.mention_heads import ABBREVIATIONS, KNOWN_NAMES, head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.textutil import strip_trailing_punct


@dataclass
class Assignment:
    """The lead and support one piece of text names."""

    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    explicit: bool = False   # found by Giao / chủ trì / attribute (overrides an inherited lead)


_BODY = r"(?:Cơ quan|Đơn vị)(?:\s*(?:,|/|và)\s*(?:cơ quan|đơn vị))?"  # `Cơ quan, đơn vị`, `Cơ quan/đơn vị`
# `Cơ quan chủ trì, thực hiện:` (the body that leads and does the item) is one label, as `Cơ quan chủ trì thực hiện:`
ATTR_LEAD = re.compile(
    rf"^(?:{_BODY} (?:chủ trì|thực hiện|chịu trách nhiệm|tham mưu|đầu mối)(?:,? (?:thực hiện|tham mưu|triển khai))?"
    r"|Chủ trì(?:,? thực hiện)?|Trách nhiệm (?:(?:lãnh đạo,? )?chỉ đạo )?(?:thực hiện|chủ trì))\s*:\s*", re.IGNORECASE)
ATTR_SUPPORT = re.compile(rf"^(?:{_BODY} phối hợp(?: thực hiện)?|Phối hợp(?: thực hiện)?)\s*:\s*", re.IGNORECASE)
ATTR_CONTENT = re.compile(r"^(?:Nhiệm vụ,? giải pháp(?: cụ thể)?|Nội dung(?: thực hiện)?|Nội dung công việc)\s*:\s*",
                          re.IGNORECASE)
# what an item produces, costs or gathers: `Thành phần:` lists who attends a meeting, not who does it
ATTR_OTHER = re.compile(r"^(?:Sản phẩm|Kết quả|Dự kiến sản phẩm|Hình thức|Kinh phí|Nguồn kinh phí"
                        r"|Thành phần(?: tham dự)?)"
                        r"(?: đầu ra| dự kiến| thực hiện)?\s*:\s*", re.IGNORECASE)

_INLINE_LEAD = re.compile(r"(?:^|[.;(]\s*)(?:Cơ quan|Đơn vị) (?:chủ trì|thực hiện)(?: thực hiện)?\s*:\s*([^.;:()]+)",
                          re.IGNORECASE)
_INLINE_SUPPORT = re.compile(r"(?:^|[.;(]\s*)(?:Cơ quan|Đơn vị) phối hợp(?: thực hiện)?\s*:\s*([^.;:()]+)",
                             re.IGNORECASE)


def inline_attributes(text: str) -> Assignment | None:
    """`... Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ngành. Thời gian: ...` inside a paragraph."""
    m = _INLINE_LEAD.search(text)
    if not m:
        return None
    result = Assignment(lead=split_mentions(m.group(1)), explicit=True)
    sm = _INLINE_SUPPORT.search(text)
    if sm:
        result.support = split_mentions(sm.group(1))
    return result if result.lead else None


# `Sở Y tế (chủ trì), Sở Tài chính, UBND các huyện (phối hợp)`: each role printed in brackets after its bodies
_ROLE_MARK = re.compile(r"([^().;:]+?)\s*\((chủ trì|phối hợp)\)", re.IGNORECASE)


def role_marked(text: str) -> Assignment | None:
    """`Sở Y tế (chủ trì), Sở Tài chính (phối hợp) tổ chức …`, `… Trách nhiệm thực hiện: Sở Y tế (chủ trì); Sở Tài
    chính (phối hợp).`: the bodies before a bracketed role hold it, back to the previous role, stop or colon; None
    when no body is marked as presiding."""
    if "(chủ trì)" not in text.lower():
        return None  # the cheap test first: the pattern's lazy scan is quadratic in a long unmarked text
    result = Assignment(explicit=True)
    for m in _ROLE_MARK.finditer(text):
        names = m.group(1).strip(" ,;-–")
        if not head_at(names):
            continue
        found = split_mentions(names)
        if m.group(2).lower() == "chủ trì":
            result.lead += [f for f in found if f not in result.lead]
        else:
            result.support += [f for f in found if f not in result.support]
    return result if result.lead else None


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
