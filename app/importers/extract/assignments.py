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
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_narrowing import group_name, narrowed
from app.importers.extract.mention_phrase import starts_predicate, take_phrase
from app.importers.extract.obliged import obliged_person
from app.importers.extract.partners import partner_of_other, same_group
from app.importers.extract.textutil import cap_first, sentences

_BODY = r"(?:Cơ quan|Đơn vị)(?:\s*(?:,|/|và)\s*(?:cơ quan|đơn vị))?"  # `Cơ quan, đơn vị`, `Cơ quan/đơn vị`
ATTR_LEAD = re.compile(
    rf"^(?:{_BODY} (?:chủ trì|thực hiện|chịu trách nhiệm|tham mưu|đầu mối)(?: thực hiện| tham mưu| triển khai)?"
    r"|Chủ trì(?: thực hiện)?|Trách nhiệm (?:thực hiện|chủ trì))\s*:\s*", re.IGNORECASE)
ATTR_SUPPORT = re.compile(rf"^(?:{_BODY} phối hợp(?: thực hiện)?|Phối hợp(?: thực hiện)?)\s*:\s*", re.IGNORECASE)
ATTR_CONTENT = re.compile(r"^(?:Nhiệm vụ,? giải pháp(?: cụ thể)?|Nội dung(?: thực hiện)?|Nội dung công việc)\s*:\s*",
                          re.IGNORECASE)
# what an item produces, costs or gathers: `Thành phần:` lists who attends a meeting, not who does it
ATTR_OTHER = re.compile(r"^(?:Sản phẩm|Kết quả|Dự kiến sản phẩm|Hình thức|Kinh phí|Nguồn kinh phí"
                        r"|Thành phần(?: tham dự)?)"
                        r"(?: đầu ra| dự kiến| thực hiện)?\s*:\s*", re.IGNORECASE)

_GIAO = re.compile(r"(?:^|(?<=[.;:]\s))(?:Đồng thời,? )?(?:Giao|giao|Phân công|phân công)(?: cho)?\s+"
                   r"(?!nhiệm vụ|quyền)(?=\S)")
_YEUCAU = re.compile(r"(?:^|\s)(?:[Yy]êu cầu|[Đđ]ề nghị|^[Kk]huyến khích)\s+(?=(?:các|từng|những)?\s*\S)")
_SUPPORT = re.compile(
    r"(?i:phối hợp(?:,| chặt chẽ| tốt| thường xuyên)?(?: [^.;:()]{0,45}?)? với|phối hợp cùng|chủ trì,? cùng(?: với)?"
    r"|cùng với|với sự (?:phối hợp|tham gia) của|có sự (?:phối hợp|tham gia) của|trao đổi với)\s+"
)
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


def _mentions_at(text: str) -> list[str]:
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


_PAREN_ASSIGN = re.compile(r"\(([^()]*\bchủ trì\b[^()]*)\)", re.IGNORECASE)
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
            if inner.lead:
                result.lead, result.support = inner.lead, inner.support or result.support
        elif re.search(r"phối hợp", part) and not result.support:
            phrase = take_phrase(part)
            if head_at(phrase):
                result.support = split_mentions(phrase)
    return result if result.lead else None


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
        if phrase and head_at(phrase) and re.match(r"^phối hợp(?! với)", tail[len(phrase):].strip()):
            out.extend(x for x in split_mentions(phrase) if x not in out)
    for m in _SUPPORT.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        span = text[m.start():m.end()]
        if "giữa" in span or re.search(r"giữa[^.;]*$", before) and "với" in span or partner_of_other(before):
            continue
        for mention in _mentions_at(text[m.end():]):
            if mention not in out:
                out.append(mention)
    return out


def subject_mentions(sentence: str) -> list[str]:
    """Agencies that are the grammatical subject at the start of the sentence."""
    sentence = _PARENS.sub("", sentence)
    if not head_at(sentence):
        return []
    phrase = take_phrase(sentence)
    rest = sentence[len(phrase):].strip(" ,")
    if not rest or not phrase or phrase.lower() in _BARE_HEADS:
        return []
    if rest[:1].isupper() and private_body(phrase):
        return []  # `Doanh nghiệp số Phát triển ...`: a topic heading run into its paragraph
    return narrowed(split_mentions(phrase), sentence[len(phrase):])


def is_specific(mention: str) -> bool:
    """A named body (`Sở Tài chính`, `Ban Tổ chức Tỉnh ủy`), not a collective (`Các cơ quan, đơn vị`, nor one
    narrowed by a clause that names something else: `Cơ quan, đơn vị được phân bổ … đại biểu Quốc hội`)."""
    return any(w[:1].isupper() for w in group_name(mention).split()[1:])


_CLAUSE_VERB = re.compile(
    r"^(?:chủ động|định kỳ|có trách nhiệm|chủ trì|khẩn trương|tham mưu|rà soát|xây dựng|tổ chức|phản ánh|"
    r"thực hiện|triển khai|báo cáo|đánh giá|kịp thời|tập trung)")
_INTRO_VERB = re.compile(r"^(?:cần|phải|có trách nhiệm|thực hiện|triển khai|tổ chức|tập trung|chủ động|căn cứ|"
                         r"phối hợp|xác định (?:các |những )?(?:nhiệm vụ|nội dung|công việc))")
# `..., các sở theo chức năng, nhiệm vụ, thẩm quyền quy định triển khai ...`: the remit between actor and verb
_REMIT = re.compile(r"^,?\s*(?:theo|căn cứ|trong phạm vi)\s+(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền)"
                    r"(?:[,\s]+(?:và\s+)?(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|được giao|quy định|của mình|"
                    r"của đơn vị|quản lý))*\s*,?\s*")
# a head noun with no name after it (`Cơ quan chủ trì, thành phần … hội nghị`: what is checked, a column's word)
_BARE_HEADS = {"đơn vị", "cơ quan"}
_BARE_GENERIC = _BARE_HEADS | {"địa phương"}
_WEAK_HEADS = ("bộ", "ngành", "sở", "ban", "quận", "huyện", "tỉnh", "thành phố", "xã", "phường", "thị xã")


# a sentence opening with its time limit or its basis (`Chậm nhất là ngày …, Ủy ban … chuyển …`, `Căn cứ vào kết quả
# …, Thường trực … tiến hành …`): its subject comes after those clauses, with any verb
_FRONTED = re.compile(r"^(?:Chậm nhất|Không quá|Trước ngày|Căn cứ|Trên cơ sở|Sau khi|Ngay sau)\b")


def clause_subjects(text: str, intro: bool = False) -> list[str]:
    """Subjects that open a clause after `:`, `;` or `,` (`…, cấp ủy các cấp chủ động rà soát`).
    `intro`: the paragraph introduces a list (`..., các bộ, ngành cần thực hiện các nhiệm vụ sau:`)."""
    verbs = _INTRO_VERB if intro else _CLAUSE_VERB
    fronted = not intro and bool(_FRONTED.match(text))
    out: list[str] = []
    text = _PARENS.sub("", text)
    covered = 0
    for m in re.finditer(r"(?:[:;,.]\s+)(?=\S)", text):
        if m.start() < covered:
            continue
        tail = text[m.end():]
        head = head_at(tail)
        if not head:
            continue
        phrase = take_phrase(tail)
        rest = _REMIT.sub("", tail[len(phrase):].strip())
        words = phrase.split()
        if head in PRIVATE_HEADS and words[0].lower() not in ("các", "những"):
            continue  # `..., hỗ trợ doanh nghiệp, cơ sở sản xuất thực hiện ...`: those helped, not the actor
        if head in _WEAK_HEADS and words[0].lower() not in ("các", "những") \
                and (len(words) < 2 or not words[1][:1].isupper()):
            continue
        # after a colon (`Kiểm soát tài sản, thu nhập: Thanh tra huyện hướng dẫn ...`) a named body
        # followed by any predicate is the actor
        after_colon = not intro and m.group(0).startswith(":") and starts_predicate(rest.lower()) \
            and (is_specific(phrase) or bool(re.search(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã)$", phrase)))
        # `…; đồng thời, ngành Thuế phối hợp …`: a clause that adds another actor
        also = not intro and bool(re.search(r"\bđồng thời,?\s*$", text[max(0, m.start() - 12):m.end()],
                                            re.IGNORECASE)) and starts_predicate(rest.lower())
        # after the clauses a sentence opens with (`_FRONTED`), the first body acting in the active voice
        acts = fronted and not out and starts_predicate(rest.lower()) and not re.match(r"(?:được|bị)\b", rest)
        if not phrase or not rest or phrase.endswith(" và") or not (verbs.match(rest) or after_colon or also or acts):
            continue
        if phrase.lower().strip() in _BARE_GENERIC:
            continue  # `..., đơn vị chủ trì, phối hợp ...`: names a column, not an actor
        clause = re.split(r"[.;:]\s", text[:m.start() + 1])[-1]
        if _SUPPORT.search(clause):
            continue  # `... phối hợp với Sở A, Sở B tổ chức ...`: still the partners' list
        covered = m.end() + len(phrase)
        for mention in split_mentions(phrase):
            if mention not in out:
                out.append(mention)
    return out


def labelled_actor(text: str) -> list[str]:
    """`Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với ... báo cáo ...`: the named bodies that act
    right after a topic label, or []."""
    m = re.match(r"^[^:;.()]{3,60}:\s*(?=\S)", text)
    if not m:
        return []
    rest = _PARENS.sub("", text[m.end():])
    phrase = take_phrase(rest)
    after = rest[len(phrase):].strip(" ,")
    if not phrase or not head_at(phrase) or not _CLAUSE_VERB.match(after) and not after.startswith("phối hợp"):
        return []
    found = split_mentions(phrase)
    return found if found and all(is_specific(f) for f in found) else []


def intro_subjects(text: str) -> list[str]:
    """The actor of a paragraph introducing a list: its opening subject when a duty verb
    follows (`Các cấp ủy, tổ chức đảng cần ...`), else a clause subject (`Để ..., các sở cần ...`)."""
    subject = subject_mentions(text)
    if subject:
        bare = _PARENS.sub("", text)
        rest = _REMIT.sub("", bare[len(take_phrase(bare)):].strip(" ,"))
        if _INTRO_VERB.match(rest):
            return subject
    return clause_subjects(text, intro=True)


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


# a request inside a sentence asks the bodies it names when the sentence opens with the circumstance
# (`Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan …`) or with the body asking
_ASKER = re.compile(r"^(?:Trong|Để|Nếu|Khi|Căn cứ|Trên cơ sở|Thực hiện|Nhằm|Đồng thời|Quá trình)\b")


def _asked_by_subject(before: str) -> bool:
    """`UBND Thành phố yêu cầu …`: the words before the request are the body that asks."""
    return bool(head_at(before)) and take_phrase(before).strip(" ,") == before.strip(" ,")


_CONDITION_THEN = re.compile(r"^(?:Đối với|Trường hợp|Riêng)\b[^.;:]{3,150}? thì ")


def from_text(text: str, inherited: Assignment | None = None) -> Assignment:
    """Lead and support of one task unit (its text without attribute lines)."""
    result = Assignment()
    found_paren = paren_assignment(text) or inline_attributes(text)
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
        m = _YEUCAU.search(first[:130])
        if m and m.start() > 0 and not _ASKER.match(first) and not _asked_by_subject(first[:m.start()]):
            m = None  # `Hồ sơ trình, đề nghị Thủ tướng …`, `Nghiên cứu, đề nghị …`: a verb among verbs, nobody asked
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
        subj = subject_mentions(first)
        if subj:
            rest = _PARENS.sub("", first)[len(take_phrase(_PARENS.sub("", first))):].strip(" ,-–:")
            handed = _HANDS_OVER.match(rest)
            if handed and _mentions_at(_after_giao(rest[handed.end():])):
                # `Ban Thường vụ Huyện ủy giao UBND huyện bố trí ...`: the body handed the task leads
                subj = _mentions_at(_after_giao(rest[handed.end():]))
                rest = "chủ trì"
            result.lead = subj
            # `X chủ trì ...`, or a named body other than the inherited one, takes the lead
            result.explicit = bool(re.match(r"^chủ trì", rest)) or (
                inherited is not None and all(is_specific(m) for m in subj) and not set(subj) & set(inherited.lead)) \
                or (inherited is not None and _narrower(subj, inherited.lead)) \
                or (inherited is not None and _one_of_partners(subj, inherited))
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
    result.support = find_support(text)
    result.support = [s for s in result.support if not same_group(s, result.lead)]
    return result


# `Đồng chí Chủ tịch Ủy ban ... chịu trách nhiệm ...`, `Phân công đồng chí Phó Chủ tịch Thường trực ...`: a
# member of the body heading the section, named by post only, shares out that body's duty
_MEMBER_BY_POST = re.compile(r"^(?:(?:Phân công|Giao) )?(?:các )?(?:đồng chí|đ/c)\s+\S", re.IGNORECASE)


def member_by_post(text: str) -> bool:
    """Does the item open with a person named by post only (`Giao đồng chí Nguyễn Văn A – ...` names one)?"""
    return bool(_MEMBER_BY_POST.match(text)) and not _PERSON.match(re.sub(r"^(?:Phân công|Giao)\s+", "", text))
