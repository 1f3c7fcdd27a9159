"""Who presides (lead) and who coordinates (support) in a piece of plan text.

Cues, in order: attribute lines (`Cơ quan chủ trì: ...`), `Giao X (chủ trì)`, `Yêu cầu X`,
`X chủ trì`, an agency subject at the start of a sentence or clause; support comes from
`phối hợp với Y`, `chủ trì cùng Y`, `trao đổi với Y` (liaise with). Agencies told what to do (`Chỉ đạo X`)
or receiving reports are neither.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.importers.extract.mention_heads import PRIVATE_HEADS, head_at, holds_post, private_body
from app.importers.extract.mention_lists import ACRONYM, split_mentions
from app.importers.extract.mention_narrowing import narrowed
from app.importers.extract.mention_phrase import starts_predicate, take_phrase
from app.importers.extract.obliged import obliged_person
from app.importers.extract.partners import own_partner_text, partner_of_other, same_group, typed_right
from app.importers.extract.requests import REQUEST, asks_within, required_below
from app.importers.extract.subjects import (
    SUPPORT_CUE,
    after_topic_label,
    clause_subjects,
    is_specific,
    names_in,
    parallel_subjects,
    subject_mentions,
)
from app.importers.extract.textutil import cap_first, sentences

_BODY = r"(?:Cơ quan|Đơn vị)(?:\s*(?:,|/|và)\s*(?:cơ quan|đơn vị))?"  # `Cơ quan, đơn vị`, `Cơ quan/đơn vị`
ATTR_LEAD = re.compile(
    rf"^(?:{_BODY} (?:chủ trì|thực hiện|chịu trách nhiệm|tham mưu|đầu mối)(?: thực hiện| tham mưu| triển khai)?"
    r"|Chủ trì(?: thực hiện)?|Trách nhiệm (?:(?:lãnh đạo,? )?chỉ đạo )?(?:thực hiện|chủ trì))\s*:\s*", re.IGNORECASE)
ATTR_SUPPORT = re.compile(rf"^(?:{_BODY} phối hợp(?: thực hiện)?|Phối hợp(?: thực hiện)?)\s*:\s*", re.IGNORECASE)
ATTR_CONTENT = re.compile(r"^(?:Nhiệm vụ,? giải pháp(?: cụ thể)?|Nội dung(?: thực hiện)?|Nội dung công việc)\s*:\s*",
                          re.IGNORECASE)
# what an item produces, costs or gathers: `Thành phần:` lists who attends a meeting, not who does it
ATTR_OTHER = re.compile(r"^(?:Sản phẩm|Kết quả|Dự kiến sản phẩm|Hình thức|Kinh phí|Nguồn kinh phí"
                        r"|Thành phần(?: tham dự)?)"
                        r"(?: đầu ra| dự kiến| thực hiện)?\s*:\s*", re.IGNORECASE)

_GIAO = re.compile(r"(?:^|(?<=[.;:]\s))(?:Đồng thời,? )?(?:Giao|giao|Phân công|phân công)(?: cho)?\s+"
                   r"(?!nhiệm vụ|quyền)(?=\S)")
# `Việc kiểm tra ... do Vụ A thực hiện`: the body named after `do` performs the item
_DONE_BY = re.compile(r"\bdo\s+(?=\S)")
_DONE_VERB = re.compile(r"^(?:chủ trì(?: thực hiện)?|thực hiện|triển khai|đảm nhiệm|đảm nhận)\b", re.IGNORECASE)


def done_by(sentence: str) -> list[str]:
    """The agencies of a passive `... do X thực hiện` clause, or []."""
    for m in _DONE_BY.finditer(sentence):
        tail = _PARENS.sub("", sentence[m.end():])
        phrase = take_phrase(tail)
        if phrase and head_at(phrase) and _DONE_VERB.match(tail[len(phrase):].strip(" ,")):
            return split_mentions(phrase)
    return []
_HANDS_OVER = re.compile(r"^(?:giao|phân công|ủy quyền)(?: cho)?\s+")
_ROLE_OF = re.compile(r"^(?:Phát huy|Nâng cao|Đề cao) (?:vai trò|trách nhiệm)(?:,? (?:trách nhiệm|vai trò))? của\s+")
_PARENS = re.compile(r"\s*\([^()]*\)")


@dataclass
class Assignment:
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    explicit: bool = False   # found by Giao / chủ trì / attribute (overrides an inherited lead)


# `các nhà mạng (Viettel Nghệ An, VNPT Nghệ An)`: a kind no head word names, the bodies it means in the bracket
_KIND_THEN_NAMES = re.compile(r"^(?:các|những) [a-zđà-ỹ]+(?: [a-zđà-ỹ]+){0,3} \(([^()]+)\)")


def _mentions_at(text: str) -> list[str]:
    listed = _KIND_THEN_NAMES.match(text)
    if listed and not head_at(text):
        names = [p.strip() for p in listed.group(1).split(",")]
        if all(p[:1].isupper() and len(p.split()) <= 6 for p in names):
            return names
    text = _PARENS.sub("", text)
    phrase = take_phrase(text)
    if not phrase or not (head_at(phrase) or _names_then_body(phrase)):
        return []
    return narrowed(split_mentions(phrase), text[len(phrase):])


def _names_then_body(phrase: str) -> bool:
    """`Viettel, VNPT, Bưu điện tỉnh`: bodies known by their own names, listed with a body of a known kind."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", phrase)]
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts) and any(head_at(p) for p in parts[1:])


def _after_giao(text: str) -> str:
    # `Giao các đơn vị: Sở A (...); Sở B (...) chủ trì ...`
    return re.sub(r"^(?:các|những) (?:đơn vị|cơ quan)(?: sau)?\s*:\s*", "", text)


def giao_mentions(sentence: str) -> list[str]:
    m = _GIAO.match(sentence)
    if not m:
        return []
    return _mentions_at(_after_giao(sentence[m.end():])) or _named_person(sentence[m.end():])


# `Giao đồng chí Nguyễn Văn A – Phó Chủ tịch UBND xã thực hiện ...`: a person named with the role held
_PERSON = re.compile(r"^(?:cho\s+)?((?:đồng chí|Đồng chí|đ/c|Đ/c|ông|bà|Ông|Bà)\s+(?:[A-ZĐÀ-Ỹ]\w*\s*){2,5}"
                     r"\s*[–—-]\s*[^,;.]{3,80}?)\s+(?:thực hiện|chủ trì|làm|phụ trách|theo dõi|tham mưu)\b")


def _named_person(text: str) -> list[str]:
    m = _PERSON.match(text.strip())
    return [cap_first(m.group(1).strip())] if m else []


# a bracket may hold a bracket of its own (`…; thời gian: ngày 05/12/2025 (chậm nhất ngày 10/12/2025))`)
_PAREN_ASSIGN = re.compile(r"\(((?:[^()]|\([^()]*\))*?\bchủ trì\b(?:[^()]|\([^()]*\))*)\)", re.IGNORECASE)
_THEN_SUPPORT = re.compile(r"(?:chủ trì[,;]|;)\s+(?=\S)")  # `...; Hội A phối hợp tuyên truyền`


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


def paren_assignment(text: str) -> Assignment | None:
    """`... (Sở Nội vụ chủ trì, các sở, ngành phối hợp; hoàn thành trong Quý II/2024)`."""
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


# `chủ trì, phối hợp Sở Tài chính ...`, `phối hợp: Sở A, Sở B`: partners named without `với`
_SUPPORT_BARE = re.compile(r"(?i:phối hợp)(?:\s*:)?\s+(?:(?:chặt chẽ|tốt|thường xuyên)\s+(?=(?:với )?(?:các |những )?"
                           r"[A-ZĐÀ-Ỹa-zđà-ỹ]))?(?!với\b|cùng\b|chặt\b|tốt\b|thường\b)(?=\S)")


def find_support(text: str) -> list[str]:
    out: list[str] = []
    for m in _SUPPORT_BARE.finditer(text):
        if partner_of_other(text[:m.start()], directed=False):
            continue  # `tham mưu UBND tỉnh phối hợp Bộ Quốc phòng ...`: the partner of the body advised
        if not re.search(r"giữa[^.;]*$", text[max(0, m.start() - 60):m.start()]):
            out.extend(x for x in _mentions_at(text[m.end():]) if x not in out)
    for m in _THEN_SUPPORT.finditer(text):
        tail = _PARENS.sub("", text[m.end():])
        phrase = take_phrase(tail)
        # `…; Sở B phối hợp`, `Sở A là cơ quan chủ trì, Sở B là cơ quan phối hợp`
        if phrase and head_at(phrase) and re.match(r"^(?:là (?:cơ quan|đơn vị) )?phối hợp(?! với)",
                                                   tail[len(phrase):].strip()):
            out.extend(x for x in split_mentions(phrase) if x not in out)
    for m in SUPPORT_CUE.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        span = text[m.start():m.end()]
        if "giữa" in span or re.search(r"giữa[^.;]*$", before) and "với" in span or partner_of_other(before):
            continue
        for mention in _mentions_at(text[m.end():]):
            if mention not in out:
                out.append(mention)
    return out


def _narrower(subjects: list[str], inherited: list[str]) -> bool:
    """`Doanh nghiệp viễn thông, bưu chính …` under `Các doanh nghiệp công nghệ số`: the item names a
    narrower group of the same kind of body than its heading, so it is the item's actor."""
    heads = {head_at(m) for m in inherited}
    # `Chuyên viên phụ trách tổng hợp …` under `Chuyên viên Cơ quan …`: persons of the same post, named narrower
    return bool(subjects) and set(subjects) != set(inherited) and all(
        head_at(m) in heads and (head_at(m) in PRIVATE_HEADS or holds_post(m)) for m in subjects)


def _one_of_partners(subjects: list[str], inherited: Assignment) -> bool:
    """`- UBND các huyện bố trí vốn đối ứng.` under `Giao Sở X chủ trì, phối hợp với Sở Y, UBND các huyện
    thực hiện:`: the item opens with one of the partners the lead-in named, so that partner is its actor."""
    return bool(subjects) and set(subjects) <= set(inherited.support) and not set(subjects) & set(inherited.lead)


def _after_subject(sentence: str) -> str:
    """The words after the agency phrase that opens `sentence` (brackets dropped)."""
    bare = _PARENS.sub("", sentence)
    return bare[len(take_phrase(bare)):]


def _remainder(inherited: list[str]) -> bool:
    """`h) Các đơn vị khác` over `Cơ quan đăng ký đầu tư có trách nhiệm …`: a heading of the other bodies, those no
    heading above named, owns no duty itself; an item under it naming its own subject names which body it means."""
    return bool(inherited) and all(m.lower().endswith(" khác") for m in inherited)


_CONDITION_THEN = re.compile(r"^(?:Đối với|Trường hợp|Riêng)\b[^.;:]{3,150}? thì ")


def from_text(text: str, inherited: Assignment | None = None) -> Assignment:
    """Lead and support of one task unit (its text without attribute lines)."""
    result = Assignment()
    text = typed_right(text)
    found_paren = role_marked(text) or paren_assignment(text) or inline_attributes(text)
    if found_paren:
        return found_paren
    sents = sentences(text) or [text]
    first = sents[0]
    # `Giao X ...` / `X chủ trì ...`
    for sent in sents:
        found = giao_mentions(sent)
        if found:
            result.lead = found
            result.explicit = True
            break
    if not result.lead:
        m = REQUEST.search(first[:130])
        if m and m.start() > 0 and not asks_within(first, m.start()):
            m = None
        if m and m.start() == 0 and inherited is not None and inherited.lead \
                and required_below(m.group(0), _mentions_at(first[m.end():])):
            m = None  # the heading's body requires it: its own duty, inherited
        if m and not (m.group(0).strip().lower().startswith("khuyến") and private_body(first[m.end():])):
            # `Khuyến khích các doanh nghiệp ...`: a policy towards businesses, nobody is assigned
            found = _mentions_at(first[m.end():])
            if found:
                result.lead = found
                result.explicit = True
    if not result.lead and (cond := _CONDITION_THEN.match(first)):
        # `Đối với vụ việc ở khu dân cư thì cơ quan … giới thiệu người ứng cử có trách nhiệm …`: the case,
        # then the body made responsible in it (a body that only acts in a case is a procedure's rule)
        then = first[cond.end():]
        if re.match(r"^(?:có|chịu) trách nhiệm|^chủ trì", then[len(take_phrase(then)):].lstrip(" ,")):
            result.lead = subject_mentions(then)
            result.explicit = bool(result.lead)
    if not result.lead:
        opening = first
        subj = subject_mentions(first)
        labelled = None if subj else after_topic_label(first)
        if labelled is not None and starts_predicate(_after_subject(labelled).strip(" ,").lower()):
            # `Tổ chức Đoàn kiểm tra, giám sát: Ban Thường trực … thành lập …`: the subject after the item's topic,
            # and those of the clauses after it (`…; Chủ tịch UBND cấp huyện định kỳ …`)
            opening, subj = labelled, subject_mentions(labelled)
            subj += [m for m in clause_subjects(_after_subject(labelled)) if m not in subj]
        if subj:
            rest = _after_subject(opening).strip(" ,-–:")
            handed = _HANDS_OVER.match(rest)
            if handed and _mentions_at(_after_giao(rest[handed.end():])):
                # `Ban Thường vụ Huyện ủy giao UBND huyện bố trí ...`: the body handed the task leads
                subj = _mentions_at(_after_giao(rest[handed.end():]))
                rest = "chủ trì"
            # `Sở A kiểm tra …; Sở B kiểm soát …`: each clause's own subject does its part
            subj += [m for m in parallel_subjects(rest) if m not in subj]
            result.lead = subj
            # `X chủ trì ...`, or a list naming a body other than the inherited one (`Báo X, Cổng Y và hệ
            # thống truyền thanh cơ sở tuyên truyền …`), takes the lead
            result.explicit = bool(re.match(r"^chủ trì", rest)) or (
                inherited is not None and any(is_specific(m) for m in subj) and not set(subj) & set(inherited.lead)) \
                or (inherited is not None and _narrower(subj, inherited.lead)) \
                or (inherited is not None and _one_of_partners(subj, inherited)) \
                or (inherited is not None and _remainder(inherited.lead) and not set(subj) & set(inherited.lead))
    if not result.lead and not (inherited and inherited.lead and starts_predicate(first.lower())):
        # under a heading that names the actor, an item opening with its verb is that actor's: its
        # `… các dự án do Bộ Công an chủ trì` says who runs the projects, not who does the item
        result.lead = next((found for sent in sents if (found := done_by(sent))), [])
        result.explicit = bool(result.lead)
    if not result.lead:
        m = _ROLE_OF.match(first)
        if m:
            result.lead = _mentions_at(first[m.end():])
    if not result.lead and not (inherited and inherited.lead):
        result.lead = clause_subjects(text) or obliged_person(first)
    result.support = find_support(own_partner_text(text))
    result.support = [s for s in result.support if not same_group(s, result.lead)]
    return result


# `Đồng chí Chủ tịch Ủy ban ... chịu trách nhiệm ...`, `Phân công đồng chí Phó Chủ tịch Thường trực ...`: a
# member of the body heading the section, named by post only, shares out that body's duty
_MEMBER_BY_POST = re.compile(r"^(?:(?:Phân công|Giao) )?(?:các )?(?:đồng chí|đ/c)\s+\S", re.IGNORECASE)


def member_by_post(text: str) -> bool:
    """Does the item open with a person named by post only (`Giao đồng chí Nguyễn Văn A – ...` names one)?"""
    return bool(_MEMBER_BY_POST.match(text)) and not _PERSON.match(re.sub(r"^(?:Phân công|Giao)\s+", "", text))
