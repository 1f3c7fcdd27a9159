"""Labelled fields of an item and how they are inherited.

A plan prints an item's agencies and time as labelled lines (`Nhiệm vụ:`, `Cơ quan chủ trì:`,
`Đơn vị phối hợp:`, `Thời gian thực hiện:`) on the item itself, as dashes below it, as a heading
with its value underneath, or once for several sibling items; the agencies also as a line naming only
who does the item (`- Sở A chủ trì, phối hợp với Sở B thực hiện.`). This module reads those fields into
`Attrs`, keeps what a section hands down to its items in `Context`, and shares fields between
siblings (`share_fields`, `backfill`); `tasks.TaskBuilder` decides where each applies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.importers.extract import assignments as asg
from app.importers.extract.closing_times import done_line_time, referenced_time
from app.importers.extract.deadline_text import attribute_value, clean_value, find_in_prose, stated_period
from app.importers.extract.event_time import is_event_time
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.milestones import announces_milestones
from app.importers.extract.outline import OutlineNode
from app.importers.extract.roles import ATTR_CONTENT, ATTR_LEAD, ATTR_OTHER, ATTR_SUPPORT, role_line, roles_in_list
from app.importers.extract.textutil import strip_trailing_punct
from app.importers.result import ImportedNode

# the label of a field that specifies an item (where, what, how often, how much), not a duty
_SPEC_LABEL = re.compile(r"^(?:Địa điểm|Địa bàn|Thông số|Chỉ tiêu|Tần suất|Số (?:điểm|lượng|mẫu|đợt)|Đối tượng|"
                         r"Quy mô|Phạm vi|Yêu cầu|Tiêu chuẩn|Kinh phí|Nguồn kinh phí|Dự toán|Sản phẩm|Kết quả|"
                         r"Hình thức|Phương pháp|Vị trí|Mục tiêu|Mục đích)\b", re.IGNORECASE)


# a block's label over its tasks (`a) Nhiệm vụ:` + dashes)
# (`1. Nội dung, biện pháp:` + `a) …` `b) …` beside `2. Cơ quan chủ trì: …`: issue 10's fields after the items)
_TASKS_LABEL = re.compile(r"^(?:Nhiệm vụ|Công việc|Nội dung|Giải pháp|Biện pháp)"
                          r"(?:(?:,| và) (?:nhiệm vụ|giải pháp|biện pháp))?(?: cụ thể| thực hiện)?\s*:?\s*$",
                          re.IGNORECASE)

# a line naming only who does its item (`roles.role_line`) ends with its role words or its time after `;`, or names
# its partners (`… chủ trì, phối hợp với Sở B.`): a cheap test before reading its names
_ROLE_WORDS = re.compile(r"\b(?:chủ trì|chịu trách nhiệm)\b", re.IGNORECASE)
_ROLE_TAIL = re.compile(r"(?:\b(?:chủ trì|chịu trách nhiệm|chính|phối hợp|thực hiện|nhiệm vụ|nội dung|này|trên)\s*[.;]?"
                        r"|;\s*(?:hoàn thành|hoàn tất|thực hiện xong|xong)\b.*)\s*$|\bphối hợp (?:với|cùng)\b",
                        re.IGNORECASE)


def _role_field(text: str) -> tuple[list[str], list[str], str | None] | None:
    """(lead, support, time) of a line that only says who does its item (`Sở A chủ trì, phối hợp với Sở B thực
    hiện.`), and by when after a `;` (`…; hoàn thành trong tháng 6/2026.`), else None."""
    if not (_ROLE_WORDS.search(text) and _ROLE_TAIL.search(text)):
        return None
    if roles := role_line(text):
        return roles[0], roles[1], None
    head, sep, tail = text.rpartition("; ")
    time = done_line_time(tail[:1].upper() + tail[1:]) if sep else None
    return (*roles, time) if time and (roles := role_line(head)) else None


# the units that carry an item out, printed beside the field naming who leads it
_EXECUTORS = re.compile(r"^(?:Cơ quan|Đơn vị|Lực lượng)(?:,? (?:cơ quan|đơn vị))? (?:trực tiếp )?thực hiện\s*:",
                        re.IGNORECASE)

# a field's value is a short phrase; a value this long with its own date inside is a sentence
_SENTENCE_WORDS = 12


@dataclass
class Context:
    """What a section hands down to its items: agencies, deadline, whether it holds no duties."""

    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    deadline: str | None = None
    excluded: bool = False
    # a section's `Thời gian:` printed among its items: the deadline of those that name an actor
    period: str | None = None
    # under a role lead-in (`b) Chủ trì, phối hợp` over items each naming bodies): the bodies an item
    # names first are the partners of `lead`
    partners_named: bool = False


@dataclass
class Attrs:
    """The labelled fields read for one item (None: not printed)."""

    lead: list[str] | None = None
    support: list[str] | None = None
    deadline: str | None = None
    content: str | None = None
    content_node: OutlineNode | None = None
    deadline_node: OutlineNode | None = None


def attr_kind(text: str) -> str | None:
    if is_event_time(text):
        return "other"  # `Thời gian: Vào lúc 08 giờ 00’, ngày …`: when a meeting is held (`event_time`)
    if attribute_value(text) is not None:
        return "deadline"
    if ATTR_LEAD.match(text) or _role_field(text):
        return "lead"
    if ATTR_SUPPORT.match(text):
        return "support"
    if ATTR_CONTENT.match(text):
        return "content"
    if ATTR_OTHER.match(text):
        return "other"
    return None


def field_of_parent(node: OutlineNode) -> str | None:
    """The field kind of a child line, or None when it is an item: `1.1. Nội dung: Hiệp thương ...`
    followed by its own `- Thời gian: ...`, `- Đơn vị chủ trì: ...` is an item named by its content."""
    kind = attr_kind(node.title) or _task_block(node)
    if kind == "lead" and (node.children or node.label and not node.style.startswith("bullet")) \
            and _role_field(node.title):
        return None  # `a) Sở Y tế chủ trì` over items, `1. Sở A chủ trì, phối hợp với Sở B thực hiện.`: an item
    if kind == "content" and not node.style.startswith("bullet") \
            and any(attr_kind(c.title) in ("deadline", "lead") for c in node.children):
        return None
    if kind == "deadline" and node.label and not node.style.startswith("bullet") and _sentence_value(node.title):
        return None
    if kind == "deadline" and announces_milestones(node):
        return None  # `1. Thời gian: … như sau:` over `- Từ ngày …: Ban … họp …`: dated duties, not its value
    if kind == "deadline" and node.style.startswith("bullet") and (attribute_value(node.title) or "").strip() and any(
            c.label and not c.style.startswith("bullet") for c in node.children):
        # `- Thời gian thực hiện: Năm 2026.` over `1. ...`, `2. ...`: the outline hung the numbered items under
        # the dash; the time is theirs, and they are items, not the field's value (`- Thời gian:` with nothing
        # after it has its value below)
        return None
    return kind


def _task_block(node: OutlineNode) -> str | None:
    """`a) Nhiệm vụ:` over a dash list, beside `b) Cơ quan thực hiện: …` (or `1. Nội dung, biện pháp:` over `a)`,
    `b)`, then `2. Cơ quan chủ trì: …`): the block's tasks, each taking the fields printed beside them (without an
    agency field, `- Nhiệm vụ:` lists what an item covers)."""
    if not (_TASKS_LABEL.match(node.title) and node.children and node.parent is not None):
        return None
    return "content" if any(attr_kind(s.title) == "lead" for s in node.parent.children if s is not node) else None


def _sentence_value(text: str) -> bool:
    """`2. Thời gian trình khen thưởng: Hồ sơ … gửi về Sở Nội vụ trước ngày 31/3/2026 …`: a numbered
    item whose value is a sentence that holds its own date and names a body is an item of its own
    (a field carries a time phrase; `Thời gian thực hiện: Đợt thi đua được triển khai từ ngày …`
    only says when)."""
    value = (attribute_value(text) or "").strip()
    date = find_in_prose(value) or ""
    if len(value.split()) < _SENTENCE_WORDS or not date or value.lower().startswith(date.lower()[:8]):
        return False
    words = value.split()
    return any(w[:1].isupper() and head_at(" ".join(words[i:])) for i, w in enumerate(words) if i)


# the next field on the same line: after `;`, a full stop, a comma or a dash, or a capitalised label after a
# space (a tab the export flattened): `Đơn vị thực hiện: Sở Nội vụ. Thời gian: Quý II/2026`, `... - Thời gian: ...`
_NEXT_ATTR = re.compile(r"(?:(?:;|[.,]|\s[-–])\s*|\s(?-i:(?=[CĐTP])))"
                        r"(?=(?:Cơ quan|Đơn vị|Thời gian|Thời hạn|Tiến độ|Phối hợp|Chủ trì)[^:;,.]{0,25}:)",
                        re.IGNORECASE)


def apply_attr(attrs: Attrs, text: str, node: OutlineNode | None = None) -> None:
    parts = _NEXT_ATTR.split(text)
    if len(parts) > 1:  # `Chủ trì: Sở Y tế; phối hợp: Sở Tài chính; thời gian: Quý II/2024`
        for part in parts:
            apply_attr(attrs, part[:1].upper() + part[1:], node)
        return
    kind = attr_kind(text) or (_task_block(node) if node is not None else None)
    value = text.split(":", 1)[1].strip() if ":" in text else ""
    if kind == "deadline" and attrs.deadline is None:
        if not value and node is not None and node.children and not any(c.children for c in node.children):
            # `- Thời gian:` + `+ Đợt 1: tháng 3/2026;` + `+ Đợt 2: tháng 9/2026.`: the value is printed below
            value = " ".join(" ".join(c.paras) for c in node.children)
        # `Thời gian thực hiện: các nội dung nêu trên thực hiện trong năm 2025`, `Thời gian thực hiện: Đợt thi đua
        # được triển khai từ ... đến ...`: the time, not its subject
        cleaned = clean_value(value)
        attrs.deadline = referenced_time(value) or (cleaned and stated_period(cleaned)) or cleaned
        attrs.deadline_node = node
    elif kind == "lead" and attrs.lead is None and ":" not in text and (said := _role_field(text)):
        attrs.lead = said[0]  # `- Sở A chủ trì, phối hợp với Sở B thực hiện.`: the roles, with no label
        if said[1] and attrs.support is None:
            attrs.support = said[1]
        if said[2] and attrs.deadline is None:
            attrs.deadline, attrs.deadline_node = said[2], node
    elif kind == "lead" and attrs.lead is None and _fields_below(value, node):
        # `b) Cơ quan thực hiện:` + `- Đơn vị chủ trì: …` + `- Đơn vị phối hợp: …`: the value is printed as fields;
        # a line beside them naming a body and its part (`+ Sở B đăng tải …`) names another body doing the item
        others: list[str] = []
        for child in node.children if node is not None else []:
            if attr_kind(child.title):
                apply_attr(attrs, child.title, child)
            else:
                others.extend(asg.from_text(child.title).lead)
        lead: list[str] = attrs.lead or []
        attrs.lead = [*lead, *(m for m in dict.fromkeys(others) if m not in lead)] if others else attrs.lead
    elif kind == "lead" and attrs.lead is None:
        roles = roles_in_list(value)  # `Cơ quan thực hiện: Vụ A chủ trì, phối hợp với Vụ B`
        attrs.lead = roles[0] if roles else split_mentions(strip_trailing_punct(value))
        if roles and roles[1] and attrs.support is None:
            attrs.support = roles[1]
    elif kind == "support" and attrs.support is None:
        attrs.support = split_mentions(strip_trailing_punct(value))
    elif kind == "lead" and value.strip(" .;:") and _EXECUTORS.match(text):
        # `a) Cơ quan chủ trì: Ban A; Sở B` + `b) Đơn vị thực hiện: Các đội công tác`: the units that carry the work
        # out under the bodies who lead it take part in it (read as a second lead field they were dropped), beside
        # the partners a `Cơ quan phối hợp:` field printed above them
        known = [*(attrs.lead or []), *(attrs.support or [])]
        attrs.support = [*(attrs.support or []),
                         *(m for m in split_mentions(strip_trailing_punct(value)) if m not in known)]
    elif kind == "content" and attrs.content is None:
        attrs.content = value
        attrs.content_node = node


def _fields_below(value: str, node: OutlineNode | None) -> bool:
    """A field with no value of its own over lines that are fields themselves."""
    return not value.strip(" .;:") and node is not None and any(
        attr_kind(c.title) in ("lead", "support") for c in node.children)


def fold_field_label(node: OutlineNode) -> None:
    """`1. Thời gian thực hiện` (or `Thời gian thực hiện:`) + a paragraph `Từ ngày ... đến ngày ...`, or
    + a single bullet `- Từ tháng 4 đến tháng 8/2026`: a field printed as a heading with its value
    below reads as `Thời gian thực hiện: Từ ngày ...`."""
    title = node.title.strip()
    bare = title[:-1].rstrip() if title.endswith(":") else title
    if ":" in bare or len(bare.split()) > 6:
        return
    value_child = node.children[0] if len(node.children) == 1 and len(node.paras) == 1 else None
    if value_child is not None and (value_child.children or not value_child.style.startswith("bullet")
                                    or attr_kind(f"{bare}: x") != "deadline"):
        return  # only a time is printed as one bullet under its label; agencies may be real items
    if value_child is None and (node.children or len(node.paras) < 2):
        return
    value = " ".join(value_child.paras) if value_child is not None else node.paras[1]
    folded = f"{strip_trailing_punct(bare)}: {value}"
    if attr_kind(folded) in ("deadline", "lead", "support"):
        node.paras[:2] = [folded]
        node.children = []


def field_block(attr_children: list[OutlineNode], content: list[OutlineNode]) -> bool:
    """`1.1.1. Vùng nuôi tôm` + `a) Thời gian thực hiện: ...` + `b) Địa điểm ...` + `c) Thông số ...`:
    labelled fields of one item (a time or an agency among them), not items of their own."""
    if not content or not any(attr_kind(c.title) in ("deadline", "lead") for c in attr_children):
        return False
    return all(_SPEC_LABEL.match(c.title) for c in content)


def has_attr_deadline(c: OutlineNode) -> bool:
    """Does the item print a `Thời gian ...:` field of its own (a later paragraph or a child line)?"""
    return any(attribute_value(p) is not None for p in c.paras[1:]) or any(
        attribute_value(cc.title) is not None for cc in c.children)


def share_fields(before: list[ImportedNode], holder: ImportedNode, node: OutlineNode) -> None:
    """`3.1. Tham gia ...`, `3.2. Tổng hợp ...`, `3.3. Theo dõi ...` + `- Thời gian: ...`, `- Đơn vị chủ
    trì: ...` printed once under the last (with their dashes, or without: a plain text hangs the lines on the last
    item): bare sibling items before it take the same fields."""
    printed = [*node.paras[1:], *(c.title for c in node.children)]  # as dashes, or as lines of its own
    if holder.kind != "task" or not holder.lead or not any(attr_kind(p) == "lead" for p in printed):
        return
    for n in before:
        if n.kind == "text" and not n.children and not n.lead and not n.deadline_text and n.text:
            n.kind, n.lead, n.support = "task", list(holder.lead), list(holder.support)
            n.deadline_text = holder.deadline_text


def dashes_describe(built: list[ImportedNode], fields: Attrs) -> None:
    """`4.2. Tổ chức tiếp công dân …` + `- MTTQ xã phối hợp với UBND xã … để xử lý đơn thư …` + `- Thời gian hoàn thành:
    …`, `- Đơn vị chủ trì: …`: when the fields after an item's dashes say who leads it and by when, a dash with no time
    of its own (or only the fields') and no sub-items tells how the item is done; it is no task of its own (the
    development gold keeps such an item one task)."""
    if not (fields.lead and fields.deadline):
        return
    for n in built:
        if n.kind == "task" and n.label.startswith("•") and not n.children \
                and n.deadline_text in (None, fields.deadline):
            n.kind = "text"


def backfill(nodes: list[ImportedNode], deadline: str | None) -> None:
    """A deadline printed after some items: the tasks among them that have none take it."""
    for n in nodes:
        for m in n.walk():
            if m.kind == "task" and m.deadline_text is None:
                m.deadline_text = deadline
