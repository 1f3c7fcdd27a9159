"""Headings that name the agency whose duties follow (`1.2. Sở Thông tin và Truyền thông:`).

`agency_heading` turns such a heading (`Giao Sở Tư pháp chủ trì cùng các Sở, ngành thực hiện:`,
`Nhiệm vụ của Tổ tiếp công dân:`, `Các cơ quan đăng ký đầu tư (Sở Tài chính, ...)`) into the
assignment its items inherit, and refuses headings that only name a topic (`9. Doanh nghiệp số`).
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.body_names import body_name
from app.importers.extract.mention_heads import head_at, private_body
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.outline import OutlineNode
from app.importers.extract.subjects import REMIT_ROLE, is_specific, names_in
from app.importers.extract.textutil import is_upper_line, squash, strip_trailing_punct

# a body named by its role in a procedure, heading the duties of that role
_ROLE_HEADING = re.compile(r"^(?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp) (?!với\b|thực hiện$)\S+ \S+", re.IGNORECASE)
_GROUP_WITH_MEMBERS = re.compile(r"^(?:Các|Những|các|những)\s([^()]{2,80}?)\s*\(([^()]+)\)$")


def _members_in_parens(text: str) -> list[str]:
    """`Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …)`: a kind of body, then the
    bodies of that kind by name — the named bodies are the ones addressed."""
    m = _GROUP_WITH_MEMBERS.match(text)
    if not m or any(w[:1].isupper() for w in m.group(1).split()) or not head_at(text):
        return []
    parts = [p.strip() for p in re.split(r"[,;]\s*(?=[A-ZĐÀ-Ỹ])", m.group(2)) if p.strip()]
    if len(parts) < 2 or not all(head_at(p) and is_specific(p) for p in parts):
        return []
    return split_mentions(m.group(2))


# `Nhiệm vụ của ...:`, `Trách nhiệm của ...:`, `Nhiệm vụ chủ yếu của …`: a heading naming whose duties follow
_DUTIES_OF = r"(?:Nhiệm vụ|Trách nhiệm|Nhiệm vụ, quyền hạn)(?: (?:chủ yếu|chính|trọng tâm|cụ thể))? của"
_OWNER = re.compile(rf"^{_DUTIES_OF}\s+\S.*:?$")
# the same heading in capitals (`II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG`): the owner as a sentence
# writes it (`body_name`)
_OWNER_UPPER = re.compile(rf"^(?P<duties>{_DUTIES_OF})\s+(?P<owner>\S.*)$", re.IGNORECASE)


def agency_heading(text: str) -> asg.Assignment | None:
    """The assignment a heading states when the heading is just agencies
    (`1.2. Sở Thông tin và Truyền thông:`, `Giao Sở Tư pháp chủ trì cùng các Sở, ngành thực hiện:`)."""
    t = strip_trailing_punct(squash(text))
    if is_upper_line(t) and (upper := _OWNER_UPPER.match(t)):
        t = f"{upper.group('duties').capitalize()} {body_name(upper.group('owner'), None)}"
    owner = _OWNER.match(t)
    t = re.sub(rf"^(?:Giao(?: cho)?|Yêu cầu|Đề nghị|{_DUTIES_OF}|Đối với)\s+", "", t)
    members = _members_in_parens(t)
    if members:
        return asg.Assignment(lead=members, explicit=True)
    if _ROLE_HEADING.match(t) and not text.rstrip().endswith((":", ".", ";")) and len(t.split()) <= 14:
        return asg.Assignment(lead=[t], explicit=True)  # `3. Cơ quan chủ trì giải quyết thủ tục …` + its duties
    t = re.sub(r"\s+(?:(?:chủ trì,? )?(?:thực hiện|triển khai)(?: các| những)?(?: nội dung| nhiệm vụ)?"
               r"(?: sau(?: đây)?| cụ thể(?: như sau)?)?|có trách nhiệm|chịu trách nhiệm|phối hợp(?: thực hiện)?)$",
               "", t)
    if not t or not head_at(t) or len(t.split()) > 45:
        return None
    if private_body(t) and not re.match(r"(?i:các|những)\s", t) and not text.rstrip().endswith(":"):
        return None  # `9. Doanh nghiệp số`: a topic; `7. Các doanh nghiệp ...`, `Doanh nghiệp, ...:` address them
    m = re.search(r"\s+chủ trì(?:,? (?:cùng|phối hợp với)(?: với)?\s+(?P<sup>.+))?$", t)
    support: list[str] = []
    if m:
        if m.group("sup"):
            if take_phrase(m.group("sup"), max_words=60).strip() != m.group("sup").strip():
                return None
            support = split_mentions(m.group("sup"))
        t = t[:m.start()]
    phrase = take_phrase(t, max_words=60)
    if phrase.strip() != t.strip():
        if not support and head_at(t) and len(t.split()) <= 30 and (
                (owner and "," in t[len(phrase):]) or REMIT_ROLE.match(t)):
            # `Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo:`: the owner's name runs to the colon;
            # `Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội`: the fields the person covers
            return asg.Assignment(lead=[t], support=[], explicit=True)
        return None
    lead = split_mentions(phrase) if support else names_in(phrase)
    return asg.Assignment(lead=lead, support=support, explicit=True) if lead else None


# what an agency's own sentence goes on with: the heading is a duty, not a name
_PREDICATE_AFTER_NAME = re.compile(r"^(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|triển khai|"
                                   r"tham mưu|căn cứ|khẩn trương|chủ động)\b", re.IGNORECASE)


def heading_among_agencies(node: OutlineNode) -> asg.Assignment | None:
    """`5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp` after `1. Sở Khoa học và Công
    nghệ`, `2. Ban Quản lý …`: where most numbered headings of a list name the agency whose duties follow,
    a heading of the same list that opens with an agency head and has items below names one too, its
    whole wording the name — even when the name runs on with what the group does or where
    (`… đang hoạt động trong KCN`), words the name walk reads as a predicate. The list as a whole says
    what its headings are; a heading that goes on with a duty of its own (`… chủ trì …`) is left."""
    title = strip_trailing_punct(squash(node.title))
    parent = node.parent
    if parent is None or not node.label or node.style.startswith("bullet") or not node.children \
            or node.title.rstrip().endswith((":", ".", ";")) or is_upper_line(title) or len(title.split()) > 20 \
            or not head_at(title):
        return None
    if private_body(title) and not re.match(r"(?i:các|những)\s", title):
        return None  # `9. Doanh nghiệp số`: a topic, as `agency_heading` reads it
    rest = title[len(take_phrase(title)):].strip()
    if not rest or _PREDICATE_AFTER_NAME.match(rest) or re.search(r"[.;:]", title):
        return None
    siblings = [c for c in parent.children if c is not node and c.style == node.style and c.label]
    named = sum(1 for c in siblings if agency_heading(c.title) is not None)
    if named < 2 or named * 2 < len(siblings):
        return None
    return asg.Assignment(lead=[title], explicit=True)


def heading_paragraph(text: str, after: str = "") -> asg.Assignment | None:
    """A paragraph among paragraphs that only names the agencies whose duties the paragraphs below it
    state: `Sở Y tế:`, or the name alone (`Ban Thường trực Ủy ban MTTQ cấp xã`) where the list's
    numbering was lost in copying. A name alone is a heading because it has no predicate: a body
    that is given a duty in its own paragraph is followed by the verb (`Sở Y tế chủ trì ...`); right
    after a line ending in a colon (`Cơ quan chủ trì:`, `after`) it is that line's value instead."""
    t = squash(text)
    if not t or len(t) > 200 or t.endswith((".", ";", ",")) or is_upper_line(t):
        return None
    if not t.endswith(":"):
        if len(t.split()) > 25 or take_phrase(t).strip() != t or after.rstrip().endswith(":"):
            return None
    return agency_heading(t)


def ends_heading_run(text: str) -> bool:
    """A section heading in capitals (`IV. CHẾ ĐỘ BÁO CÁO`, numbering lost or not) closes the duties of the
    agency named by a heading paragraph above it."""
    t = squash(text)
    return len(t) < 150 and is_upper_line(t)


def heading_runs(paras: list[str]) -> list[tuple[str, asg.Assignment | None, bool]]:
    """Paragraphs read one by one, each with the agency of the heading paragraph above it (None when
    there is none, or a heading in capitals closed it) and whether it is such a heading itself: the
    paragraphs below `Sở Y tế:` are its duties, as the items below a numbered agency heading are."""
    out: list[tuple[str, asg.Assignment | None, bool]] = []
    current: asg.Assignment | None = None
    for prev, p in zip(["", *paras], paras, strict=False):
        named = heading_paragraph(p, after=prev)
        if named is not None:
            current = named
        elif ends_heading_run(p):
            current = None
        out.append((p, current, named is not None))
    return out


_LEVEL = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|xã|phường|trung ương)\b")


def name_run_on(heading: asg.Assignment | None, next_para: str | None) -> str | None:
    """`3. Đề nghị Ủy ban …, Hội Liên hiệp` / `Phụ nữ Thành phố và các tổ chức thành viên của Mặt trận`: a heading whose
    last body is cut right after its kind (`Hội Liên hiệp`, no name yet), and a paragraph below that goes on with a
    proper name and no predicate or stop. Bold once told they were one heading; without it (a web page, a pasted
    text) the words do: the paragraph is the rest of the name. The paragraph to join, or None."""
    if heading is None or not heading.lead or not next_para:
        return None
    last, para = heading.lead[-1], squash(next_para)
    if head_at(last) != last.lower() or not para[:1].isupper() or para.endswith((".", ";", ":")) \
            or len(para.split()) > 20 or not (any(w[:1].isupper() for w in para.split()[1:]) or _LEVEL.search(para)):
        return None  # `Nhiệm vụ chung` under `1. Ủy ban nhân dân`: a sub-heading, no place or name goes on
    return para if take_phrase(f"{last} {para}", max_words=60) == f"{last} {para}" else None
