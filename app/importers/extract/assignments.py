"""Who presides (lead) and who coordinates (support) in a piece of plan text: `from_text`.

The cues are asked in a fixed order, the first that names a body deciding the lead (`from_text`):
1. roles the text prints itself: `Sở A (chủ trì)`, a bracket `(Sở A chủ trì, …)` or `(Sở A; Quý II)` closing the
   item, `Cơ quan chủ trì: …` inside a paragraph (`roles`, and `paren_assignment` here);
2. a sentence handing the work over: `Giao X …`, `Phân công X …` (`handed_to`);
3. a request opening the sentence, `Yêu cầu X …`, `Đề nghị X …` (`requests` says whose duty it gives);
4. the body made responsible in a case: `Đối với … thì X có trách nhiệm …`;
5. the agency subject opening the sentence (`subjects`), which overrides the heading's lead only when
   `lead_override` says so;
6. a passive `… do X thực hiện`; 7. `Phát huy vai trò của X`; 8. with no heading naming the actor, the
   subjects of the sentence's clauses or a person obliged to act (`obliged`).
Support comes from `phối hợp với Y`, `chủ trì cùng Y`, `trao đổi với Y` (`support_cues`). Agencies told what to do
(`Chỉ đạo X`) or receiving reports are neither. `Assignment` (the answer) is defined in `roles`.
"""
from __future__ import annotations

import re

from app.importers.extract.handed_to import PARENS, after_giao, done_by, giao_mentions, mentions_at
from app.importers.extract.lead_override import takes_lead
from app.importers.extract.mention_heads import head_at, private_body
from app.importers.extract.mention_lists import ACRONYM, split_mentions
from app.importers.extract.mention_phrase import starts_predicate, take_phrase
from app.importers.extract.obliged import obliged_person
from app.importers.extract.partners import own_partner_text, same_group, typed_right
from app.importers.extract.requests import REQUEST, asks_within, required_below
from app.importers.extract.roles import ATTR_LEAD, ATTR_SUPPORT, Assignment, inline_attributes, role_marked
from app.importers.extract.subjects import (
    after_topic_label,
    clause_subjects,
    names_in,
    parallel_subjects,
    subject_mentions,
)
from app.importers.extract.support_cues import find_support
from app.importers.extract.textutil import sentences

_HANDS_OVER = re.compile(r"^(?:giao|phân công|ủy quyền)(?: cho)?\s+")
_ROLE_OF = re.compile(r"^(?:Phát huy|Nâng cao|Đề cao) (?:vai trò|trách nhiệm)(?:,? (?:trách nhiệm|vai trò))? của\s+")
_CONDITION_THEN = re.compile(r"^(?:Đối với|Trường hợp|Riêng)\b[^.;:]{3,150}? thì ")


def from_text(text: str, inherited: Assignment | None = None) -> Assignment:
    """Lead and support of one task unit (its text without attribute lines); `inherited`: the lead and support
    the headings above hand down."""
    text = typed_right(text)
    printed = role_marked(text) or paren_assignment(text) or inline_attributes(text)
    if printed:
        return printed
    sents = sentences(text) or [text]
    first = sents[0]
    result = _handed_over(sents) or _requested(first, inherited) or _requested_therefore(sents[1:], inherited) \
        or _responsible_in_case(first) \
        or _opening_subject(first, inherited) or _performed_by(sents, first, inherited) or _role_of(first) \
        or _unheaded(text, first, inherited) or Assignment()
    result.support = [s for s in find_support(own_partner_text(text)) if not same_group(s, result.lead)]
    return result


def _handed_over(sents: list[str]) -> Assignment | None:
    """`Giao X …` / `Phân công X …` in any sentence of the unit."""
    found = next((found for sent in sents if (found := giao_mentions(sent))), None)
    return Assignment(lead=found, explicit=True) if found else None


def _requested(first: str, inherited: Assignment | None) -> Assignment | None:
    """`Yêu cầu X …`, `Đề nghị X …` near the start of the first sentence: the bodies asked do the work, unless
    the heading's body requires it of those it manages (its own duty, inherited) or the request stands inside the
    sentence without asking the bodies after it."""
    m = REQUEST.search(first[:130])
    if m and m.start() > 0 and not asks_within(first, m.start()):
        m = None
    if m and m.start() == 0 and inherited is not None and inherited.lead \
            and required_below(m.group(0), mentions_at(first[m.end():])):
        m = None  # the heading's body requires it: its own duty, inherited
    if m and not (m.group(0).strip().lower().startswith("khuyến") and private_body(first[m.end():])):
        # `Khuyến khích các doanh nghiệp ...`: a policy towards businesses, nobody is assigned
        found = mentions_at(first[m.end():])
        if found:
            return Assignment(lead=found, explicit=True)
    return None


# `Do đó, đề nghị …`, `Vì vậy, yêu cầu …`: a request drawn from what the sentence before it stated
_THEREFORE = re.compile(r"^(?:Do đó|Vì vậy|Vì thế|Theo đó|Từ đó),\s*(?=(?:đề nghị|yêu cầu)\s)", re.IGNORECASE)


def _requested_therefore(later: list[str], inherited: Assignment | None) -> Assignment | None:
    """`Các nội dung … là khá rõ và cụ thể. Do đó, đề nghị Đảng uỷ UBND xã, … khẩn trương xây dựng …`: a first
    sentence that only states a ground, then the request drawn from it names the bodies asked."""
    for sent in later:
        if m := _THEREFORE.match(sent):
            return _requested(sent[m.end():], inherited)
    return None


def _responsible_in_case(first: str) -> Assignment | None:
    """`Đối với vụ việc ở khu dân cư thì cơ quan … giới thiệu người ứng cử có trách nhiệm …`: the case, then the body
    made responsible in it (a body that only acts in a case is a procedure's rule)."""
    cond = _CONDITION_THEN.match(first)
    if not cond:
        return None
    then = first[cond.end():]
    if re.match(r"^(?:có|chịu) trách nhiệm|^chủ trì", then[len(take_phrase(then)):].lstrip(" ,")):
        lead = subject_mentions(then)
        return Assignment(lead=lead, explicit=True) if lead else None
    return None


def _opening_subject(first: str, inherited: Assignment | None) -> Assignment | None:
    """The agency subject opening the sentence (or opening it after the item's topic label), with the subjects of
    the clauses after it; it overrides the heading's lead only as `lead_override.takes_lead` says."""
    opening = first
    subj = subject_mentions(first)
    labelled = None if subj else after_topic_label(first)
    if labelled is not None and starts_predicate(_after_subject(labelled).strip(" ,").lower()):
        # `Tổ chức Đoàn kiểm tra, giám sát: Ban Thường trực … thành lập …`: the subject after the item's topic,
        # and those of the clauses after it (`…; Chủ tịch UBND cấp huyện định kỳ …`)
        opening, subj = labelled, subject_mentions(labelled)
        subj += [m for m in clause_subjects(_after_subject(labelled)) if m not in subj]
    if not subj:
        return None
    rest = _after_subject(opening).strip(" ,-–:")
    handed = _HANDS_OVER.match(rest)
    if handed and mentions_at(after_giao(rest[handed.end():])):
        # `Ban Thường vụ Huyện ủy giao UBND huyện bố trí ...`: the body handed the task leads
        subj = mentions_at(after_giao(rest[handed.end():]))
        rest = "chủ trì"
    # `Sở A kiểm tra …; Sở B kiểm soát …`: each clause's own subject does its part
    subj += [m for m in parallel_subjects(rest) if m not in subj]
    return Assignment(lead=subj, explicit=takes_lead(subj, rest, inherited))


def _after_subject(sentence: str) -> str:
    """The words after the agency phrase that opens `sentence` (brackets dropped)."""
    bare = PARENS.sub("", sentence)
    return bare[len(take_phrase(bare)):]


def _performed_by(sents: list[str], first: str, inherited: Assignment | None) -> Assignment | None:
    """A passive `… do X thực hiện` in any sentence. Under a heading that names the actor, an item opening with its
    verb is that actor's: its `… các dự án do Bộ Công an chủ trì` says who runs the projects, not who does the item."""
    if inherited and inherited.lead and starts_predicate(first.lower()):
        return None
    found = next((found for sent in sents if (found := done_by(sent))), None)
    return Assignment(lead=found, explicit=True) if found else None


def _role_of(first: str) -> Assignment | None:
    """`Phát huy vai trò của Mặt trận …`: the body whose role the item raises acts, though nobody hands it over."""
    m = _ROLE_OF.match(first)
    found = mentions_at(first[m.end():]) if m else []
    return Assignment(lead=found) if found else None


def _unheaded(text: str, first: str, inherited: Assignment | None) -> Assignment | None:
    """With no heading naming the actor: the subjects of the sentence's clauses, or a person obliged to act."""
    if inherited and inherited.lead:
        return None
    found = clause_subjects(text) or obliged_person(first)
    return Assignment(lead=found) if found else None


# a bracket may hold a bracket of its own (`…; thời gian: ngày 05/12/2025 (chậm nhất ngày 10/12/2025))`)
_PAREN_ASSIGN = re.compile(r"\(((?:[^()]|\([^()]*\))*?\bchủ trì\b(?:[^()]|\([^()]*\))*)\)", re.IGNORECASE)


def paren_assignment(text: str) -> Assignment | None:
    """`... (Sở Nội vụ chủ trì, các sở, ngành phối hợp; hoàn thành trong Quý II/2024)`: the bracket's parts read as
    labels or sentences of their own; without `chủ trì` in a bracket, the agency closing the item."""
    m = _PAREN_ASSIGN.search(text)
    if not m:
        return _trailing_agency(text)
    result = Assignment(explicit=True)
    for part in re.split(r"\s*;\s*", m.group(1)):
        if ATTR_LEAD.match(part):
            result.lead = split_mentions(ATTR_LEAD.sub("", part))
        elif ATTR_SUPPORT.match(part):
            result.support = split_mentions(ATTR_SUPPORT.sub("", part))
        elif not result.lead:
            inner = from_text(part)
            named = named_before_presiding(part)
            if len(" ".join(named)) > len(" ".join(inner.lead)):
                inner.lead = named
            if inner.lead:
                result.lead, result.support = inner.lead, inner.support or result.support
        elif re.search(r"phối hợp", part) and not result.support:
            phrase = take_phrase(part)
            if head_at(phrase):
                result.support = split_mentions(phrase)
    return result if result.lead else None


_HANDED_TO = re.compile(r"^(?:giao|phân công)(?: cho)?\s+", re.IGNORECASE)
_PRESIDES = re.compile(r"\s+chủ trì\b")
# a word that hands work over or names another role: the words before `chủ trì` are then no single name
_NO_NAME = re.compile(r"\b(?:giao|phân công|yêu cầu|đề nghị|chỉ đạo|phối hợp|chủ trì)\b|[:(]", re.IGNORECASE)


def named_before_presiding(part: str) -> list[str]:
    """`Giao Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội chủ trì, phối hợp với …`, `Tổ tiếp công dân, xử
    lý khiếu nại, tố cáo chủ trì`: inside an assignment's brackets the words between `Giao` (or the bracket) and
    `chủ trì` say only who presides — the name however long, none of it is work — so they are read whole, the
    list split only where each part is a body ([] when they hold no body, or hand work over)."""
    m = _PRESIDES.search(part)
    if not m:
        return []
    span = _HANDED_TO.sub("", part[:m.start()].strip())
    if not span or len(span.split()) > 30 or _NO_NAME.search(span):
        return []
    parts = [p for p in re.split(r"\s*,\s*|\s+và\s+", span) if p]
    if not (head_at(span) or all(head_at(p) or ACRONYM.fullmatch(p) for p in parts)):
        return []
    return names_in(span)


_TRAILING_PAREN = re.compile(r"\(([^()]+)\)\s*[.;]?\s*$")


def _trailing_agency(text: str) -> Assignment | None:
    """`1. Xây dựng đề án ... (Ban Tổ chức Tỉnh ủy; Quý II/2024)`: the agency closing the item."""
    m = _TRAILING_PAREN.search(text)
    if not m:
        return None
    parts = [p.strip() for p in re.split(r"\s*;\s*", m.group(1)) if p.strip()]
    first = parts[0] if parts else ""
    handed = re.match(r"^(?:giao|do)\s+(?:cho\s+)?", first, re.IGNORECASE)
    if handed and (first[:1] in "gG" or done_by(first)):  # `(giao Sở A thực hiện)`, `(do Sở A thực hiện)`
        first = first[handed.end():]
    if not head_at(first) or len(first.split()) > 25:
        return None
    if take_phrase(first).strip() == first.rstrip(" ."):
        return Assignment(lead=split_mentions(first), explicit=True)
    subject = subject_mentions(first)  # `(Sở Nội vụ tổng hợp)`
    return Assignment(lead=subject, explicit=True) if subject else None
