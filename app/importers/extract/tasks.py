"""Outline tree → `ImportedNode` tree with kinds, assignments and deadlines.

A node is a task when it carries an assignment (its own or one inherited from a heading that
names the agency) or a deadline. Purpose, requirement, objective and situation sections are
text; attribute lines (`Thời gian thực hiện:`, `Cơ quan chủ trì:`) belong to their item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app.importers.extract import assignments as asg
from app.importers.extract.agencies import head_at, private_body, split_mentions, starts_predicate, take_phrase
from app.importers.extract.deadline_text import (
    attribute_value,
    clean_value,
    find_in_prose,
    phase_heading,
    phase_label,
)
from app.importers.extract.outline import OutlineNode
from app.importers.extract.roles import roles_in_list
from app.importers.extract.taskcues import drop_deadline_sentence, states_no_duty
from app.importers.extract.textutil import sentences, squash, strip_trailing_punct
from app.importers.result import ImportedNode

_NOT_TASK_SECTION = re.compile(
    r"^(?:(?:CÁC|NHỮNG|MỘT SỐ) )?(?:MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|CHỈ TIÊU|TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ|QUAN ĐIỂM|"
    r"SỰ CẦN THIẾT|CĂN CỨ|THỰC TRẠNG|BỐI CẢNH|PHẠM VI|ĐỐI TƯỢNG|NGUYÊN TẮC|Một số chỉ tiêu|"
    # an emulation movement's contents, criteria, award forms and quotas are rules, not duties
    r"NỘI DUNG THI ĐUA|TIÊU CHÍ|TIÊU CHUẨN|HÌNH THỨC KHEN THƯỞNG|SỐ LƯỢNG|CHỦ ĐỀ|"
    # a forecast of figures is no duty; nor is a heading that only names the plan's time and scope
    r"DỰ BÁO|(?:THỜI GIAN|ĐỊA ĐIỂM)(?:,| VÀ) (?:PHẠM VI|ĐỊA ĐIỂM|ĐỐI TƯỢNG|THÀNH PHẦN))",
    re.IGNORECASE,
)
# words that make a heading a task section even when it opens like a scope heading
_TASK_WORDS = re.compile(r"NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|NỘI DUNG(?! THI ĐUA)|PHƯƠNG ÁN", re.IGNORECASE)


_REPORT_ON = re.compile(r"^(?:(?:[IVX]+|\d+)\.\s*)?(?:TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ)(?: (?:KẾT QUẢ|TÌNH HÌNH))? "
                        r"(?:THỰC HIỆN|TRIỂN KHAI)\b", re.IGNORECASE)


def not_task_section(title: str) -> bool:
    """Purpose, requirement, objective, situation headings (`I. MỤC ĐÍCH, YÊU CẦU`, `2. Yêu cầu`)."""
    title = title.strip()
    if _REPORT_ON.match(title) and not re.search(r"giải pháp|phương hướng|tổ chức thực hiện", title, re.IGNORECASE) \
            and not re.search(r"[;.]", title.rstrip(".")) and len(title.split()) <= 25:
        return True  # `I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ … NĂM 2025`: what was done, not what is to be done
    if not _NOT_TASK_SECTION.match(title) or _TASK_WORDS.search(title):
        return False
    letters = [c for c in title if c.isalpha()]
    # `Các chỉ tiêu cụ thể đến năm 2030`: a short heading, not a sentence naming a duty
    return all(c.isupper() for c in letters) or len(title.split()) <= 6 or (
        len(title.split()) <= 10 and bool(re.search(r"chỉ tiêu|mục tiêu", title, re.IGNORECASE)))


# a full sentence: the item states a duty, it is not a heading or an introduction to a list
_SENTENCE_END = re.compile(r"[.;]\s*$")
# `... tổ chức thực hiện các nhiệm vụ sau:`, `tập trung một số nhiệm vụ cụ thể sau:`
_DUTIES_FOLLOW = re.compile(r"(?:nhiệm vụ|công việc)(?: cụ thể| chủ yếu| trọng tâm)?(?: như)? sau(?: đây)?\s*:$",
                            re.IGNORECASE)
# an item named only by its number (`Hoạt động 1`, `Nhiệm vụ 2`), its fields say what it is
_NUMBERED_NAME = re.compile(r"^(?:Hoạt động|Nhiệm vụ|Nội dung|Công việc|Bước|Dự án|Tiểu dự án|Đề án|Chương trình)"
                            r"\s*(?:thứ\s*)?(?:\d{1,2}|[IVX]{1,4})\s*[.:]?$", re.IGNORECASE)
# the label of a field that specifies an item (where, what, how often, how much), not a duty
_SPEC_LABEL = re.compile(r"^(?:Địa điểm|Địa bàn|Thông số|Chỉ tiêu|Tần suất|Số (?:điểm|lượng|mẫu|đợt)|Đối tượng|"
                         r"Quy mô|Phạm vi|Yêu cầu|Tiêu chuẩn|Kinh phí|Nguồn kinh phí|Dự toán|Sản phẩm|Kết quả|"
                         r"Hình thức|Phương pháp|Vị trí|Mục tiêu)\b", re.IGNORECASE)
# `01 ngày/hội nghị`, `02 buổi`: a duration printed in a `Thời gian:` field
_DURATION = re.compile(r"^\d+\s*(?:ngày|buổi|giờ|tiết)(?:\s*/|\s*$)", re.IGNORECASE)
_LABEL_ONLY = re.compile(r"(?:\S+ ){0,3}\S+:")
_CLOSING = re.compile(r"^(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:triển khai|thực hiện))")
TARGET_SECTION = re.compile(r"^(?:[IVX]+\.\s*)?(?:(?:Các|Những|Một số) )?(?:MỤC TIÊU|CHỈ TIÊU)", re.IGNORECASE)


@dataclass
class Context:
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    deadline: str | None = None
    excluded: bool = False
    # a section's `Thời gian:` printed among its items: the deadline of those that name an actor
    period: str | None = None


@dataclass
class Attrs:
    lead: list[str] | None = None
    support: list[str] | None = None
    deadline: str | None = None
    content: str | None = None
    content_node: OutlineNode | None = None
    deadline_node: OutlineNode | None = None


def attr_kind(text: str) -> str | None:
    if attribute_value(text) is not None:
        return "deadline"
    if asg.ATTR_LEAD.match(text):
        return "lead"
    if asg.ATTR_SUPPORT.match(text):
        return "support"
    if asg.ATTR_CONTENT.match(text):
        return "content"
    if asg.ATTR_OTHER.match(text):
        return "other"
    return None


def _field_of_parent(node: OutlineNode) -> str | None:
    """The field kind of a child line, or None when it is an item: `1.1. Nội dung: Hiệp thương ...`
    followed by its own `- Thời gian: ...`, `- Đơn vị chủ trì: ...` is an item named by its content."""
    kind = attr_kind(node.title)
    if kind == "content" and not node.style.startswith("bullet") \
            and any(attr_kind(c.title) in ("deadline", "lead") for c in node.children):
        return None
    return kind


_NEXT_ATTR = re.compile(r";\s*(?=(?:Cơ quan|Đơn vị|Thời gian|Thời hạn|Tiến độ|Phối hợp|Chủ trì)[^:;]{0,25}:)",
                        re.IGNORECASE)


def _apply_attr(attrs: Attrs, text: str, node: OutlineNode | None = None) -> None:
    parts = _NEXT_ATTR.split(text)
    if len(parts) > 1:  # `Chủ trì: Sở Y tế; phối hợp: Sở Tài chính; thời gian: Quý II/2024`
        for part in parts:
            _apply_attr(attrs, part[:1].upper() + part[1:], node)
        return
    kind = attr_kind(text)
    value = text.split(":", 1)[1].strip() if ":" in text else ""
    if kind == "deadline" and attrs.deadline is None:
        attrs.deadline = clean_value(value)
        attrs.deadline_node = node
    elif kind == "lead" and attrs.lead is None:
        roles = roles_in_list(value)  # `Cơ quan thực hiện: Vụ A chủ trì, phối hợp với Vụ B`
        attrs.lead = roles[0] if roles else split_mentions(strip_trailing_punct(value))
        if roles and roles[1] and attrs.support is None:
            attrs.support = roles[1]
    elif kind == "support" and attrs.support is None:
        attrs.support = split_mentions(strip_trailing_punct(value))
    elif kind == "content" and attrs.content is None:
        attrs.content = value
        attrs.content_node = node


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
    if len(parts) < 2 or not all(head_at(p) and asg.is_specific(p) for p in parts):
        return []
    return split_mentions(m.group(2))


# `Phó chủ tịch phụ trách lĩnh vực ...`: a person named by the fields they cover
_REMIT_ROLE = re.compile(r"^(?:Các |Những )?(?:Đồng chí |đồng chí )?[^,]{0,40}\bphụ trách (?:lĩnh vực|công tác|mảng)\b")
# `Nhiệm vụ của ...:`, `Trách nhiệm của ...:`: a heading naming whose duties follow
_OWNER = re.compile(r"^(?:Nhiệm vụ|Trách nhiệm|Nhiệm vụ, quyền hạn) của\s+\S.*:?$")


def agency_heading(text: str) -> asg.Assignment | None:
    """The assignment a heading states when the heading is just agencies
    (`1.2. Sở Thông tin và Truyền thông:`, `Giao Sở Tư pháp chủ trì cùng các Sở, ngành thực hiện:`)."""
    t = strip_trailing_punct(squash(text))
    owner = _OWNER.match(t)
    t = re.sub(r"^(?:Giao(?: cho)?|Yêu cầu|Đề nghị|Trách nhiệm của|Nhiệm vụ của|Đối với)\s+", "", t)
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
                (owner and "," in t[len(phrase):]) or _REMIT_ROLE.match(t)):
            # `Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo:`: the owner's name runs to the colon;
            # `Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội`: the fields the person covers
            return asg.Assignment(lead=[t], support=[], explicit=True)
        return None
    lead = split_mentions(phrase)
    if len(lead) > 1 and not support and _REMIT_ROLE.search(lead[0]):
        # `Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng`: the fields a person covers, one mention
        lead = [strip_trailing_punct(phrase)]
    return asg.Assignment(lead=lead, support=support, explicit=True) if lead else None


def _title_like(node: OutlineNode, n_body: int) -> bool:
    """A heading whose paragraphs are read one by one (`2.2.2. Nâng cao chất lượng ...` + paragraphs).
    A lettered item with a single following paragraph is one item printed over two paragraphs."""
    title = node.title.strip()
    if not title or node.style.startswith("bullet") or title.endswith((".", ";", ":")) or len(title) >= 220:
        return False
    return n_body >= 2 or node.style in ("roman", "ALPHA", "part") or node.style.startswith("dec")


def _fold_field_label(node: OutlineNode) -> None:
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


def _names_a_thing(item: OutlineNode) -> bool:
    """A bullet that only names something (no actor, no verb, no date): `- Nền tảng truy xuất …`."""
    return item.style.startswith("bullet") and not item.children and not head_at(item.title) \
        and not starts_predicate(item.title.lower()) and not find_in_prose(" ".join(item.paras))


class TaskBuilder:
    """Builds the `ImportedNode` tree; one instance per document."""

    def build(self, node: OutlineNode, ctx: Context) -> ImportedNode:
        out = ImportedNode(label=node.label, kind="text", text=strip_trailing_punct(node.title),
                           path=list(node.path))
        title_up = node.title.strip()
        if not_task_section(title_up) and not re.search(r"có trách nhiệm|chủ trì", title_up):
            ctx = replace(ctx, excluded=True)
        for c in node.children:
            _fold_field_label(c)
        attr_children = [c for c in node.children if _field_of_parent(c)]
        content_children = [c for c in node.children if not _field_of_parent(c)]
        fields = self._field_block(attr_children, content_children)
        descriptive = fields or self._descriptive(node, content_children)
        heading = agency_heading(node.title)
        body = [p for p in node.paras[1:] if not attr_kind(p)]
        own_attrs = Attrs()
        for p in node.paras[1:]:
            if attr_kind(p):
                _apply_attr(own_attrs, p)
        if content_children and not descriptive:
            return self._build_section(node, out, ctx, heading, body, own_attrs)
        # a leaf item
        attrs = own_attrs
        for c in attr_children:
            _apply_attr(attrs, c.title, c)
            for p in c.paras[1:]:
                if attr_kind(p):
                    _apply_attr(attrs, p)
        if heading and not body and not attr_children:
            out.kind = "text"
            return out
        if attrs.content_node is not None and attrs.content_node.children and not attrs.content:
            return self._split_content(node, out, attrs, ctx)
        if body and not (attrs.lead or attrs.deadline) and (heading or _title_like(node, len(body))):
            # a heading followed by plain paragraphs: each paragraph is read on its own
            out.kind = "section" if not ctx.excluded else "text"
            unit_ctx = replace(ctx)
            if heading:
                unit_ctx.lead, unit_ctx.support = heading.lead, heading.support
            for p in body:
                out.children.extend(self.split_units(p, unit_ctx, path=node.path, prefer_own=not heading))
            return out
        text = node.title
        if attrs.content and _NUMBERED_NAME.match(text):
            text = attrs.content  # `a) Hoạt động 1` + `- Nội dung: ...`: the content is the task
        elif attrs.content:
            text = strip_trailing_punct(text) + ": " + attrs.content
        elif body and not descriptive and not heading and _title_like(node, len(body)) \
                and not asg.from_text(node.title).lead and asg.subject_mentions(body[0]):
            # `6. Kiểm tra văn bản` + `Thanh tra Bộ chủ trì rà soát ...` + `- Thời gian ...`: the title
            # names a topic, the paragraph with its actor is the task (as paragraphs are read alone)
            text, body = body[0], body[1:]
        extra: list[ImportedNode] = []
        joined = [text]
        if descriptive and not fields:
            joined.extend(" ".join(c.paras) for c in content_children)
        for p in body:
            if self._different_actor(p, ctx, text):
                extra.extend(self.split_units(p, ctx, path=node.path))
            else:
                joined.append(p)
        unit_text = " ".join(joined)
        # each printed paragraph ends a sentence for the rules, even when its full stop is missing
        analysis = " ".join(p if p.rstrip()[-1:] in ".;:!?" else p.rstrip() + "." for p in joined)
        analysis, split_off = self._split_giao_sentences(analysis, ctx)
        if split_off:
            unit_text = analysis
        self._fill(out, unit_text, ctx, attrs, heading, analysis=analysis)
        for sent in split_off:
            extra.extend(self.split_units(sent, ctx, path=node.path))
        out.children = extra
        return out

    # ------------------------------------------------------------------ helpers
    def _build_section(self, node: OutlineNode, out: ImportedNode, ctx: Context,
                       heading: asg.Assignment | None, body: list[str], own_attrs: Attrs) -> ImportedNode:
        """An item with sub-items: what it states (agencies, deadline) is inherited by them."""
        out.kind = "section"
        child_ctx = replace(ctx)
        if heading:
            child_ctx.lead, child_ctx.support = heading.lead, heading.support
        elif not ctx.excluded and (node.title.rstrip().endswith(":") or _SENTENCE_END.search(node.title)):
            # `c) UBND các huyện căn cứ chức năng, nhiệm vụ:`; `1. Các cơ quan, đơn vị ... xây dựng kế
            # hoạch ... .` + bullets: the actor the item names does the bullets too
            said = asg.from_text(node.title)
            if not said.lead and node.title.rstrip().endswith(":"):
                # `Để ..., Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:` names its actor
                # after the purpose clause, as an intro paragraph does
                said = asg.Assignment(lead=asg.intro_subjects(node.title), explicit=False)
            if said.lead and (said.explicit or not ctx.lead):
                child_ctx.lead, child_ctx.support = said.lead, said.support
        intro_lines: set[str] = set()
        for p in body:
            line = agency_heading(p)
            if not line and p.rstrip().endswith(":"):
                # `UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:`,
                # `Để đạt ..., các bộ, ngành cần tổ chức thực hiện các nhiệm vụ sau đây:`
                said = asg.from_text(p)
                if not (said.explicit and said.lead) and not child_ctx.lead:
                    # `Các cấp ủy, tổ chức đảng cần thực hiện tốt các nội dung sau:` names its actor
                    # first; `Để ..., các bộ, ngành cần ...` names it after the purpose clause
                    said = asg.Assignment(lead=asg.intro_subjects(p), explicit=True)
                line = said if said.explicit and said.lead else None
            if p.rstrip().endswith(":") and not ctx.excluded and child_ctx.deadline is None \
                    and (intro_dl := find_in_prose(p)) and p.startswith(intro_dl):
                child_ctx.deadline = intro_dl  # `Trong giai đoạn 2026 - 2030, tập trung các nhiệm vụ sau:`
            if line and p.rstrip().endswith(":"):
                child_ctx.lead, child_ctx.support = line.lead, line.support
                # `Căn cứ ..., các cơ quan, đơn vị phối hợp thực hiện các hoạt động sau:` assigns the
                # bullets even inside an objectives section
                child_ctx.excluded = False
                intro_lines.add(p)
        leading_attrs = Attrs()
        for c in node.children:
            if not _field_of_parent(c):
                break
            _apply_attr(leading_attrs, c.title, c)
        if own_attrs.deadline or leading_attrs.deadline:
            child_ctx.deadline = own_attrs.deadline or leading_attrs.deadline
        elif not ctx.excluded and not heading and (title_dl := phase_heading(node.title)
                                                    or find_in_prose(node.title)):
            child_ctx.deadline = title_dl  # `2. Nhiệm vụ hoàn thành trong Quý I/2024:`
        if own_attrs.lead or leading_attrs.lead:
            child_ctx.lead = own_attrs.lead or leading_attrs.lead or []
        if own_attrs.support or leading_attrs.support:
            child_ctx.support = own_attrs.support or leading_attrs.support or []
        built: list[ImportedNode] = []
        pending: list[ImportedNode] = []
        for c in node.children:
            if _field_of_parent(c):
                attrs = Attrs()
                _apply_attr(attrs, c.title, c)
                if attrs.deadline and pending:
                    self._backfill(pending, attrs.deadline)
                if attrs.deadline and child_ctx.deadline is None:
                    child_ctx.period = attrs.deadline  # `b) Thời gian: ...` between the items
                continue
            child = self.build(c, child_ctx)
            built.append(child)
            pending.append(child)
            if self._has_attr_deadline(c):
                self._backfill(pending[:-1], child.deadline_text)
                if not ctx.excluded:
                    self._share_fields(pending[:-1], child, c)
                pending = []
            elif child.deadline_text:
                pending = []
        out.children = built
        if not ctx.excluded and self._fields_after_items(node, out, ctx, own_attrs):
            return out
        if not ctx.excluded and not heading and _SENTENCE_END.search(node.title) and len(node.title) >= 60:
            # an item that is a duty of its own (a full sentence), then bullets that add more
            self._fill(out, node.title, ctx, own_attrs, None)
            if out.kind != "task":
                out.kind = "section"
        # intro paragraphs of a section may hold different-actor tasks (e.g. closing clauses)
        for p in body:
            if p not in intro_lines and self._different_actor(p, ctx, ""):
                out.children.extend(self.split_units(p, ctx, path=node.path))
        return out

    def _fields_after_items(self, node: OutlineNode, out: ImportedNode, ctx: Context, own_attrs: Attrs) -> bool:
        """`1.1. Xây dựng Hướng dẫn ...` + `- Bảo đảm thống nhất ...` + `- Thời gian hoàn thành: ...` +
        `- Đơn vị chủ trì: ...`: fields printed after an item's sub-bullets are the item's own, so the
        item is a task with them (when the fields name who leads it, or when no sub-bullet is a task),
        and its sub-items that name no actor take the lead the fields name."""
        first = next((i for i, c in enumerate(node.children) if not _field_of_parent(c)), None)
        if first is None:
            return False
        fields = Attrs()
        for c in node.children[first + 1:]:
            # fields are printed as dashes (`- Thời gian hoàn thành: ...`); a numbered `2. Thời gian trình
            # khen thưởng: Hồ sơ ... gửi về Sở Nội vụ trước ngày ...` is an item of its own
            if _field_of_parent(c) and (c.style.startswith("bullet") or not c.label):
                _apply_attr(fields, c.title, c)
                if attr_kind(c.title) == "deadline" and not fields.deadline and c.children:
                    # `* Thời gian thực hiện:` + `+ Đợt 1: ...`, `+ Đợt 2: ...`: the value is printed below
                    fields.deadline = strip_trailing_punct(" ".join(squash(cc.title) for cc in c.children))
        if fields.deadline and _DURATION.match(fields.deadline):
            fields.deadline = None  # `Thời gian: 01 ngày/hội nghị`: how long, not when
        if not (fields.lead or fields.deadline):
            return False
        sub_tasks = [m for c in out.children for m in c.walk() if m.kind == "task"]
        if sub_tasks and not fields.lead:
            return False
        for m in sub_tasks:
            if not m.lead and fields.lead:
                m.lead, m.support = list(fields.lead), list(fields.support or [])
        attrs = replace(own_attrs, lead=own_attrs.lead or fields.lead, support=own_attrs.support or fields.support,
                        deadline=own_attrs.deadline or fields.deadline)
        content = [c for c in node.children if not _field_of_parent(c)]
        if node.title.rstrip().endswith(":") and len(content) == 1 and not content[0].children:
            # `6.1. Tham gia thực hiện các nhiệm vụ:` + one dash + fields: the dash completes the item
            self._fill(out, f"{node.title.rstrip()} {' '.join(content[0].paras)}", ctx, attrs, None)
            out.children = [c for c in out.children if c.path != content[0].path]
            return out.kind == "task"
        self._fill(out, node.title, ctx, attrs, None)
        return out.kind == "task"

    @staticmethod
    def _field_block(attr_children: list[OutlineNode], content: list[OutlineNode]) -> bool:
        """`1.1.1. Vùng nuôi tôm` + `a) Thời gian thực hiện: ...` + `b) Địa điểm ...` + `c) Thông số ...`:
        labelled fields of one item (a time or an agency among them), not items of their own."""
        if not content or not any(attr_kind(c.title) in ("deadline", "lead") for c in attr_children):
            return False
        return all(_SPEC_LABEL.match(c.title) for c in content)

    @staticmethod
    def _descriptive(node: OutlineNode, content: list[OutlineNode]) -> bool:
        """Sub-bullets that only describe one assignment (`..., cụ thể như sau:` + `+ Quyết định ...`)."""
        title = node.title.strip()
        if content and not title.endswith(":") and starts_predicate(title.lower()) and not agency_heading(title) \
                and all(_names_a_thing(c) for c in content):
            return True  # `c) Triển khai các nền tảng` + `- Nền tảng số …`, `- Nền tảng AI …`: what is deployed
        if not content or agency_heading(title) or not title.endswith(":"):
            return False
        if sum(1 for c in content if find_in_prose(" ".join(c.paras))) >= 2:
            return False  # sub-items with deadlines of their own are tasks of their own
        if all(c.title[:1].islower() and len(c.title.split()) <= 15 and not c.children for c in content):
            return True  # `Rà soát vị trí việc làm:` + `◦ khối hành chính;`
        if all(_names_a_thing(c) for c in content):
            return True  # `... trình HĐND quyết định:` + `- Phương án phân bổ vốn ...`, `- Mức vốn ...`: what, not who
        if not re.search(r"(?:sau|gồm|cụ thể|như sau|sau đây|dưới đây|như|là)\s*:$", title):
            return False
        verb_led = sum(starts_predicate(c.title.lower()) for c in content) * 2 > len(content)
        if verb_led and (_DUTIES_FOLLOW.search(title) or asg.from_text(title).explicit):
            # `..., thực hiện các nhiệm vụ sau:` / `Sở Y tế chủ trì ... các chương trình như:` + `- Tổ chức
            # ...`, `- Tập huấn ...`: one duty per bullet
            return False
        for c in content:
            if not c.style.startswith("bullet") or c.children or any(attr_kind(p) for p in c.paras):
                return False
            if asg.giao_mentions(c.title) or re.search(r"\bchủ trì\b", c.title):
                return False
        return True

    @staticmethod
    def _split_giao_sentences(text: str, ctx: Context) -> tuple[str, list[str]]:
        """A later sentence `Giao X ...` that assigns a different agency is a task of its own."""
        sents = sentences(squash(text))
        if len(sents) < 2:
            return text, []
        has_actor = bool(ctx.lead) or bool(asg.from_text(sents[0]).lead)
        if not has_actor:
            return text, []
        keep: list[str] = [sents[0]]
        off: list[str] = []
        for sent in sents[1:]:
            if asg.giao_mentions(sent) and not off:
                off.append(sent)
            elif off:
                off[-1] += " " + sent
            else:
                keep.append(sent)
        return " ".join(keep), off

    @staticmethod
    def _has_attr_deadline(c: OutlineNode) -> bool:
        return any(attribute_value(p) is not None for p in c.paras[1:]) or any(
            attribute_value(cc.title) is not None for cc in c.children)

    @staticmethod
    def _share_fields(before: list[ImportedNode], holder: ImportedNode, node: OutlineNode) -> None:
        """`3.1. Tham gia ...`, `3.2. Tổng hợp ...`, `3.3. Theo dõi ...` + `- Thời gian: ...`, `- Đơn vị chủ
        trì: ...` printed once under the last: bare sibling items before it take the same fields."""
        if holder.kind != "task" or not holder.lead or not any(attr_kind(c.title) == "lead" for c in node.children):
            return
        for n in before:
            if n.kind == "text" and not n.children and not n.lead and not n.deadline_text and n.text:
                n.kind, n.lead, n.support = "task", list(holder.lead), list(holder.support)
                n.deadline_text = holder.deadline_text

    @staticmethod
    def _backfill(nodes: list[ImportedNode], deadline: str | None) -> None:
        for n in nodes:
            for m in n.walk():
                if m.kind == "task" and m.deadline_text is None:
                    m.deadline_text = deadline

    def _different_actor(self, para: str, ctx: Context, own_text: str) -> bool:
        if asg.giao_mentions(para):
            return True  # a paragraph `Giao X ...` is a task of its own
        subject = asg.subject_mentions(para)
        if subject and own_text:
            current = ctx.lead or asg.from_text(own_text).lead
            specific = [m for m in subject if asg.is_specific(m)]
            if current and specific and not set(subject) & set(current):
                return True
        if re.match(r"^(?:Trên đây là|Trong quá trình)", para):
            return True
        asked = re.match(r"^(?:Yêu cầu|Đề nghị)\s+", para)
        if asked and own_text:
            # `Yêu cầu các sở, ngành ... triển khai thực hiện tốt Kế hoạch này.` after an item: the plan's
            # closing request to other bodies, not more of the item
            named = asg.from_text(para).lead
            current = ctx.lead or asg.from_text(own_text).lead
            if named and not set(named) & set(current):
                return True
        m = re.match(r"^(\S+(?: \S+){0,5}) (?:yêu cầu|đề nghị) ", para)
        return bool(m and head_at(m.group(1)))

    def split_units(self, para: str, ctx: Context, path: list[str] | None = None,
                    prefer_own: bool = True) -> list[ImportedNode]:
        """One paragraph read as a unit of its own (a task when it has an actor or a deadline)."""
        text = para
        if _CLOSING.match(text):  # the plan's closing words: no section's period applies to them
            ctx = replace(ctx, deadline=None, period=None)
        if text.startswith("Trên đây là"):
            parts = sentences(text)
            text = " ".join(parts[1:])
            if not text:
                return []
        node = ImportedNode(label="", kind="text", text=strip_trailing_punct(text), path=list(path or []))
        self._fill(node, text, ctx, Attrs(), None, prefer_own=prefer_own)
        return [node]

    def _split_content(self, node: OutlineNode, out: ImportedNode, attrs: Attrs, ctx: Context) -> ImportedNode:
        """`Nhiệm vụ:` with sub-items and `Thời gian thực hiện:` with as many sub-items: one task each."""
        content = attrs.content_node
        assert content is not None  # only called when the item has a `Nhiệm vụ:` block
        items = content.children
        dls = attrs.deadline_node.children if attrs.deadline_node is not None else []
        holder = ImportedNode(label=content.label, kind="section", text=strip_trailing_punct(content.title),
                              path=list(content.path))
        for i, item in enumerate(items):
            child = ImportedNode(label=item.label, kind="text", text="", path=list(item.path))
            item_attrs = replace(attrs)
            if len(dls) == len(items):
                dl_text = dls[i].title
                value = dl_text.rsplit(":", 1)[1] if ":" in dl_text else None
                item_attrs.deadline = clean_value(value) if value and value.strip() else find_in_prose(dl_text)
            self._fill(child, " ".join(item.paras), ctx, item_attrs, None)
            holder.children.append(child)
        out.kind = "section"
        out.children = [holder]
        return out

    def _fill(self, out: ImportedNode, text: str, ctx: Context, attrs: Attrs,
              heading: asg.Assignment | None, prefer_own: bool = False, analysis: str | None = None) -> None:
        if _LABEL_ONLY.fullmatch(squash(text)) and attrs.lead is None and attrs.deadline is None:
            out.text, out.kind = strip_trailing_punct(squash(text)), "text"
            return  # `Trọng tâm:`, `Cụ thể:`: a label over the items below, no duty of its own
        out.text = strip_trailing_punct(drop_deadline_sentence(squash(text)))
        phase = phase_label(out.text)
        if phase and not ctx.excluded:
            out.text = out.text[len(phase):].lstrip(" :")  # the phase is the deadline, not the wording
        text = squash(analysis or text)
        if ctx.excluded:
            # `Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp ... báo cáo ...`: a named body given a duty
            # is a task even among criteria and quotas
            named = asg.labelled_actor(text)
            if not named:
                out.kind = "text"
                return
            ctx = replace(ctx, excluded=False, lead=named, support=[])
        own = asg.from_text(text, asg.Assignment(ctx.lead, ctx.support) if ctx.lead else None)
        if attrs.lead is not None:
            lead, support = attrs.lead, attrs.support if attrs.support is not None else own.support
        elif heading:
            lead, support = heading.lead, heading.support + own.support
        elif own.explicit or (own.lead and (not ctx.lead or prefer_own)):
            lead, support = own.lead, own.support
        elif ctx.lead:
            lead = ctx.lead
            support = ctx.support + [s for s in own.support if s not in ctx.support]
        else:
            lead, support = own.lead, own.support
        if attrs.support is not None and attrs.lead is None:
            support = attrs.support
        deadline = attrs.deadline or phase or find_in_prose(text) or ctx.deadline or (
            ctx.period if lead else None)
        if attrs.lead is None and not attrs.deadline and states_no_duty(text):
            out.kind = "text"
            return
        out.lead = list(lead)
        out.support = [s for s in support if s not in lead]
        out.deadline_text = deadline
        out.kind = "task" if (out.lead or out.deadline_text) else "text"
