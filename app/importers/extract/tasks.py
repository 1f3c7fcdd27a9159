"""Outline tree → `ImportedNode` tree with kinds, assignments and deadlines.

A node is a task when it carries an assignment (its own or one inherited from a heading that
names the agency) or a deadline. Purpose, requirement, objective and situation sections are
text; attribute lines (`Thời gian thực hiện:`, `Cơ quan chủ trì:`) belong to their item.

This module is the walk (`TaskBuilder`) that decides it item by item. The rules it asks live by
topic: `fields` (labelled fields and their inheritance), `section_kinds` (sections of no duties),
`agency_headings` (headings naming the agency whose duties follow), `item_shape` (titles over
paragraphs, descriptive sub-bullets), `other_actors` (text handing work to another agency); `task_fill` reads each
item's wording into the task it states (text, lead, support, deadline).
"""
from __future__ import annotations

import re
from dataclasses import replace

from app.importers.extract import assignments as asg
from app.importers.extract.agency_headings import agency_heading, heading_among_agencies, heading_paragraph, name_run_on
from app.importers.extract.deadline_phases import phase_heading
from app.importers.extract.deadline_text import (
    clean_value,
    find_in_prose,
    heading_time,
    is_duration,
    stated_period,
)
from app.importers.extract.duty_level import detail_nodes
from app.importers.extract.field_lists import fold_field_lists
from app.importers.extract.fields import (
    Attrs,
    Context,
    apply_attr,
    attr_kind,
    backfill,
    dashes_describe,
    field_block,
    field_of_parent,
    has_attr_deadline,
    share_fields,
)
from app.importers.extract.item_shape import describes_cases, is_descriptive, title_like
from app.importers.extract.method_sections import procedure_steps, unit_of_step
from app.importers.extract.milestones import announces_milestones
from app.importers.extract.other_actors import (
    dates_the_unit_above,
    different_actor,
    joined_sentences,
    split_giao_sentences,
)
from app.importers.extract.outline import OutlineNode
from app.importers.extract.paragraph_runs import own_run, read_alone
from app.importers.extract.procedure_steps import step_period, step_subject
from app.importers.extract.roles import role_lead_in
from app.importers.extract.section_kinds import emulation_contents, not_task_section, restates_provision, top_label
from app.importers.extract.subjects import intro_subjects, subject_mentions
from app.importers.extract.task_fill import fill_task
from app.importers.extract.task_level import ITEMS, SUBITEMS, choose_level, dash_list_level, is_field, list_items
from app.importers.extract.taskcues import after_closing_formula
from app.importers.extract.textutil import squash, strip_trailing_punct
from app.importers.result import ImportedNode

# a full sentence: the item states a duty, it is not a heading or an introduction to a list
_SENTENCE_END = re.compile(r"[.;]\s*$")
_FIELDS = ("lead", "support", "deadline")
# an item named only by its number (`Hoạt động 1`, `Nhiệm vụ 2`), its fields say what it is
_NUMBERED_NAME = re.compile(r"^(?:Hoạt động|Nhiệm vụ|Nội dung|Công việc|Bước|Dự án|Tiểu dự án|Đề án|Chương trình)"
                            r"\s*(?:thứ\s*)?(?:\d{1,2}|[IVX]{1,4})\s*[.:]?$", re.IGNORECASE)
# a section's own paragraphs before its sub-items are its introduction; this many or more are a list whose
# numbering was lost in extraction (`lost_numbering`), its items printed as bare paragraphs
_LOST_LIST = 4
_CLOSING = re.compile(r"^(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:triển khai|thực hiện))")


def _prints_fields(node: OutlineNode) -> bool:
    """Does the item, or one of its sub-items, print labelled fields of its own (`- Đơn vị chủ trì: …`, or the
    same field as a paragraph of its own under the item: `Chủ trì: …`)?"""
    return any(attr_kind(p) in _FIELDS for p in node.paras[1:]) \
        or any(field_of_parent(c) or _prints_fields(c) for c in node.children)


class TaskBuilder:
    """Builds the `ImportedNode` tree; one instance per document."""

    def __init__(self) -> None:
        # (id of the list's parent, dashes?) → the level `task_level` chose for that list
        self._levels: dict[tuple[int, bool], str | None] = {}

    def _level_of(self, node: OutlineNode) -> str | None:
        """The level `task_level` chose for the list `node` belongs to (once per list)."""
        parent = node.parent
        if parent is None:
            return None
        key = (id(parent), node.style.startswith("bullet"))
        if key not in self._levels:
            if key[1]:
                self._levels[key] = dash_list_level(
                    [k for k in parent.children if k.style.startswith("bullet") and not is_field(k)])
            else:
                self._levels[key] = choose_level(list_items(parent))[0]
        return self._levels[key]

    def build(self, node: OutlineNode, ctx: Context) -> ImportedNode:
        if node.closing_time and not ctx.excluded:
            # `Các nhiệm vụ trên hoàn thành trong quý II/2025` after the sub-items: the group's time
            ctx = replace(ctx, deadline=node.closing_time)
        out = self._build_item(node, ctx)
        # what a duty covers, folded out of its sub-items by `duty_level`, stays under it as text
        out.children[:0] = detail_nodes(node)
        return out

    def _build_item(self, node: OutlineNode, ctx: Context) -> ImportedNode:
        out = ImportedNode(label=node.label, kind="text", text=strip_trailing_punct(node.title),
                           path=list(node.path))
        title_up = node.title.strip()
        if not_task_section(title_up, top_heading=top_label(node.label, node.path)) \
                and not re.search(r"có trách nhiệm|chủ trì", title_up):
            ctx = replace(ctx, excluded=True)
        fold_field_lists(node)
        attr_children = [c for c in node.children if field_of_parent(c)]
        content_children = [c for c in node.children if not field_of_parent(c)]
        fields = field_block(attr_children, content_children)
        heading = agency_heading(node.title) or heading_among_agencies(node)
        paras = node.paras[1:]
        if run_on := name_run_on(heading, paras[0] if paras else None):
            heading = agency_heading(f"{node.title} {run_on}")  # `…, Hội Liên hiệp` / `Phụ nữ Thành phố …`
            paras = paras[1:]
        # the list's level, chosen for all its items at once (`task_level`, asked only when it decides
        # something): items that are headings have sub-items that are the duties; a dash of a list whose
        # sub-items only say what each covers is the duty, its sub-items stay in its text (an agency
        # heading `- Sở Y tế:` still heads its own)
        descriptive = fields or (is_descriptive(node, content_children) and self._level_of(node) != SUBITEMS) \
            or (node.style.startswith("bullet") and bool(content_children) and not heading
                and self._level_of(node) == ITEMS)
        if descriptive and announces_milestones(node):
            descriptive = False  # sub-items each opening with their own time and a duty are duties of their own
        body = [p for p in paras if not attr_kind(p)]
        own_attrs = Attrs()
        for p in paras:
            if attr_kind(p):
                apply_attr(own_attrs, p)
        if content_children and not descriptive:
            return self._build_section(node, out, ctx, heading, body, own_attrs)
        # a leaf item
        attrs = own_attrs
        for c in attr_children:
            apply_attr(attrs, c.title, c)
            for p in c.paras[1:]:
                if attr_kind(p):
                    apply_attr(attrs, p)
        if heading and not body and not attr_children:
            out.kind = "text"
            return out
        if attrs.content_node is not None and attrs.content_node.children and not attrs.content:
            return self._split_content(node, out, attrs, ctx)
        period = attr_kind(node.title) == "deadline"
        if body and not (attrs.lead or attrs.deadline) and (heading or title_like(node, len(body)) or period):
            # a heading followed by plain paragraphs: each paragraph is read on its own; so under a title that is
            # only a time field (`5. Thời gian thực hiện: Từ … đến ….` + paragraphs), no duty of its own: its time
            # dates the paragraphs that give none of their own
            if period:
                title_attrs = Attrs()
                apply_attr(title_attrs, node.title)
                ctx = replace(ctx, deadline=ctx.deadline or title_attrs.deadline)
            out.kind = "section" if not ctx.excluded else "text"
            out.children.extend(read_alone(node, own_run(node), ctx, heading, self.split_units))
            return out
        text = node.title
        if node.style == "step" and body:
            text, body = body[0], body[1:]  # `BƯỚC HAI` + its wording + its fields: the count names the step only
        if attrs.content and _NUMBERED_NAME.match(text):
            text = attrs.content  # `a) Hoạt động 1` + `- Nội dung: ...`: the content is the task
        elif attrs.content:
            text = strip_trailing_punct(text) + ": " + attrs.content
        elif body and not descriptive and not heading and title_like(node, len(body)) \
                and not asg.from_text(node.title).lead and subject_mentions(body[0]):
            # `6. Kiểm tra văn bản` + `Thanh tra Bộ chủ trì rà soát ...` + `- Thời gian ...`: the title
            # names a topic, the paragraph with its actor is the task (as paragraphs are read alone)
            text, body = body[0], body[1:]
        extra: list[ImportedNode] = []
        described = [" ".join(c.paras) for c in content_children] if descriptive and not fields else []
        joined = [text, *described]
        # paragraphs handing work to another actor, each read on its own; a step of a procedure
        # (`Trình tự tổ chức hội nghị … như sau:` + `Trưởng Ban … chủ trì hội nghị, tuyên bố lý do …`) is done by a
        # role in it, unless it reads as a duty all the same
        units: list[tuple[str, bool]] = []
        for i, (p, is_step) in enumerate(zip(body, procedure_steps(body), strict=True)):
            if different_actor(p, ctx, text):
                units.append((p, is_step))
            elif units and body[i - 1] is units[-1][0] and dates_the_unit_above(p):
                units[-1] = (joined_sentences(units[-1][0], p), units[-1][1])
            else:
                joined.append(p)
        for p, is_step in units:
            extra.extend(unit_of_step(u) if is_step else u for u in self.split_units(p, ctx, path=node.path))
        unit_text = " ".join(joined)
        # each printed paragraph ends a sentence for the rules, even when its full stop is missing
        analysis = " ".join(p if p.rstrip()[-1:] in ".;:!?" else p.rstrip() + "." for p in joined)
        # a duty done case by case: a case's own time is that case's, not the duty's
        timed = " ".join(p for p in joined if p not in described) \
            if described and describes_cases(content_children) else None
        analysis, split_off = split_giao_sentences(analysis, ctx)
        if split_off:
            unit_text = analysis
        fill_task(out, unit_text, ctx, attrs, heading, analysis=analysis, timed=timed)
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
        if node.style == "step" and not ctx.excluded and (period := step_period(node.paras)):
            child_ctx.period = period  # `BƯỚC HAI` + its subject + `(Từ ngày … đến ngày …)`: when its tasks are done
        if heading:
            child_ctx.lead, child_ctx.support = heading.lead, heading.support
        elif not ctx.excluded and (node.title.rstrip().endswith(":") or _SENTENCE_END.search(node.title)):
            # `c) UBND các huyện căn cứ chức năng, nhiệm vụ:`; `1. Các cơ quan, đơn vị ... xây dựng kế
            # hoạch ... .` + bullets: the actor the item names does the bullets too
            said = asg.from_text(node.title)
            if not said.lead and node.title.rstrip().endswith(":"):
                # `Để ..., Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:` names its actor
                # after the purpose clause, as an intro paragraph does
                said = asg.Assignment(lead=intro_subjects(node.title), explicit=False)
            if said.lead and (said.explicit or not ctx.lead):
                child_ctx.lead, child_ctx.support = said.lead, said.support
        lead_in = role_lead_in(node.title, child_ctx.lead)
        if lead_in and not ctx.excluded:
            child_ctx.lead, child_ctx.support, child_ctx.partners_named = lead_in, [], True
        intro_lines: set[str] = set()
        subject = body[:step_subject(node.style, body)]  # a step's subject titles it, heads no paragraphs
        for prev, p in zip([node.title, *body], body, strict=False):
            if p in subject:
                continue
            # `Sở Y tế:`, or `Sở Y tế` alone where the numbering was lost, over the bullets: their agency
            named = heading_paragraph(p, after=prev)
            line = named or agency_heading(p)
            if not line and p.rstrip().endswith(":"):
                # `UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:`,
                # `Để đạt ..., các bộ, ngành cần tổ chức thực hiện các nhiệm vụ sau đây:`
                said = asg.from_text(p)
                if not (said.explicit and said.lead) and not child_ctx.lead:
                    # `Các cấp ủy, tổ chức đảng cần thực hiện tốt các nội dung sau:` names its actor
                    # first; `Để ..., các bộ, ngành cần ...` names it after the purpose clause
                    said = asg.Assignment(lead=intro_subjects(p), explicit=True)
                line = said if said.explicit and said.lead else None
            if p.rstrip().endswith(":") and not ctx.excluded and child_ctx.deadline is None \
                    and (intro_dl := find_in_prose(p)) and p.startswith(intro_dl):
                child_ctx.deadline = intro_dl  # `Trong giai đoạn 2026 - 2030, tập trung các nhiệm vụ sau:`
            elif p.rstrip().endswith(":") and not ctx.excluded and child_ctx.deadline is None \
                    and (period := stated_period(p)):
                # `Việc tổ chức ... được thực hiện trong khoảng từ ... đến ..., cụ thể như sau:`: the time of
                # the items that name who does them
                child_ctx.period = period
            if restates_provision(p) and not asg.from_text(p).lead and not intro_subjects(p):
                child_ctx.excluded = True  # the items restate the provision cited: rules, not duties
            if line and (p.rstrip().endswith(":") or named):
                child_ctx.lead, child_ctx.support = line.lead, line.support
                child_ctx.partners_named = bool(role_lead_in(p, line.lead))  # `Sở A chủ trì, phối hợp với:`
                # `Căn cứ ..., các cơ quan, đơn vị phối hợp thực hiện các hoạt động sau:` assigns the
                # bullets even inside an objectives section (not an emulation's contents: who competes)
                child_ctx.excluded = emulation_contents(node.title)
                out.assigns_children = p.rstrip().endswith(":") and not named
                intro_lines.add(p)
        leading_attrs = Attrs()
        for c in node.children:
            if not field_of_parent(c):
                break
            apply_attr(leading_attrs, c.title, c)
        if own_attrs.deadline or leading_attrs.deadline:
            child_ctx.deadline = own_attrs.deadline or leading_attrs.deadline
        elif not ctx.excluded and not heading and (title_dl := phase_heading(node.title)
                                                    or heading_time(node.title)):
            child_ctx.deadline = title_dl  # `2. Nhiệm vụ hoàn thành trong Quý I/2024:`
        # `3. Hội nghị lần thứ ba` + `Nội dung: …` + `- Đơn vị chủ trì: …` + `3.3. Báo cáo kết quả`: the fields are the
        # meeting's, a task of its own (below); its later steps name their own actors or none
        own_fields = not ctx.excluded and not heading and bool(own_attrs.content)
        own_task = own_fields and bool(leading_attrs.lead)
        if (own_attrs.lead or leading_attrs.lead) and not own_task:
            child_ctx.lead = own_attrs.lead or leading_attrs.lead or []
        if (own_attrs.support or leading_attrs.support) and not own_task:
            child_ctx.support = own_attrs.support or leading_attrs.support or []
        built: list[ImportedNode] = []
        pending: list[ImportedNode] = []
        for c in node.children:
            if field_of_parent(c):
                attrs = Attrs()
                apply_attr(attrs, c.title, c)
                if attrs.deadline and pending:
                    backfill(pending, attrs.deadline)
                if attrs.deadline and child_ctx.deadline is None:
                    child_ctx.period = attrs.deadline  # `b) Thời gian: ...` between the items
                continue
            child = self.build(c, child_ctx)
            built.append(child)
            pending.append(child)
            if has_attr_deadline(c):
                backfill(pending[:-1], child.deadline_text)
                if not ctx.excluded:
                    share_fields(pending[:-1], child, c)
                pending = []
            elif child.deadline_text or _prints_fields(c):
                pending = []  # an item that prints its own fields is whole: a later item's time is not its own
        out.children = built
        if not ctx.excluded and self._fields_after_items(node, out, ctx, own_attrs):
            return out
        if own_fields and (leading_attrs.lead or leading_attrs.deadline):
            # `3. Hội nghị lần thứ ba` + `Nội dung: ...` + `- Thời gian: ...`, `- Đơn vị chủ trì: ...` + sub-items:
            # the item states what it is and its fields, so it is a task of its own
            fill_task(out, node.title, ctx, replace(leading_attrs, content=own_attrs.content), None)
            return out
        if not ctx.excluded and not heading and _SENTENCE_END.search(node.title) and len(node.title) >= 60 \
                and self._level_of(node) != SUBITEMS:
            # an item that is a duty of its own (a full sentence), then bullets that add more
            fill_task(out, node.title, ctx, own_attrs, None)
            if out.kind != "task":
                out.kind = "section"
        own = [p for p in own_run(node) if p not in intro_lines]
        if len(own) >= _LOST_LIST and title_like(node, len(own)):
            # a heading over a run of bare paragraphs, then its sub-items: a list whose numbering was lost
            # (`lost_numbering`), each paragraph an item of its own, as under a heading with no sub-items
            out.children[:0] = read_alone(node, own, ctx, heading, self.split_units)
            return out
        # intro paragraphs of a section may hold different-actor tasks (e.g. closing clauses)
        for p in body:
            if p not in intro_lines and different_actor(p, ctx, ""):
                out.children.extend(self.split_units(p, ctx, path=node.path))
        return out

    def _fields_after_items(self, node: OutlineNode, out: ImportedNode, ctx: Context, own_attrs: Attrs) -> bool:
        """`1.1. Xây dựng Hướng dẫn ...` + `- Bảo đảm thống nhất ...` + `- Thời gian hoàn thành: ...` +
        `- Đơn vị chủ trì: ...`: fields printed after an item's sub-bullets are the item's own, so the
        item is a task with them (when the fields name who leads it, or when no sub-bullet is a task),
        and its sub-items that name no actor take the lead the fields name."""
        first = next((i for i, c in enumerate(node.children) if not field_of_parent(c)), None)
        if first is None:
            return False
        fields = Attrs()
        for c in node.children[first + 1:]:
            # fields are printed as dashes (`- Thời gian hoàn thành: ...`); a numbered `2. Thời gian trình
            # khen thưởng: Hồ sơ ... gửi về Sở Nội vụ trước ngày ...` is an item of its own
            if field_of_parent(c) and (c.style.startswith("bullet") or not c.label):
                apply_attr(fields, c.title, c)
                if attr_kind(c.title) == "deadline" and not fields.deadline and c.children:
                    # `* Thời gian thực hiện:` + `+ Đợt 1: ...`, `+ Đợt 2: ...`: the value is printed below
                    fields.deadline = strip_trailing_punct(" ".join(squash(cc.title) for cc in c.children))
        if fields.deadline and is_duration(fields.deadline):
            fields.deadline = None  # `Thời gian: 01 ngày/hội nghị`: how long, not when
        if not (fields.lead or fields.deadline):
            return False
        dashes_describe(out.children, fields)
        sub_tasks = [m for c in out.children for m in c.walk() if m.kind == "task"]
        if sub_tasks and not fields.lead:
            return False
        for m in sub_tasks:
            if not m.lead and fields.lead:
                m.lead, m.support = list(fields.lead), list(fields.support or [])
        attrs = replace(own_attrs, lead=own_attrs.lead or fields.lead, support=own_attrs.support or fields.support,
                        deadline=own_attrs.deadline or fields.deadline)
        content = [c for c in node.children if not field_of_parent(c)]
        if node.title.rstrip().endswith(":") and len(content) == 1 and not content[0].children:
            # `6.1. Tham gia thực hiện các nhiệm vụ:` + one dash + fields: the dash completes the item
            fill_task(out, f"{node.title.rstrip()} {' '.join(content[0].paras)}", ctx, attrs, None)
            out.children = [c for c in out.children if c.path != content[0].path]
            return out.kind == "task"
        fill_task(out, node.title, ctx, attrs, None)
        return out.kind == "task"

    def split_units(self, para: str, ctx: Context, path: list[str] | None = None,
                    prefer_own: bool = True) -> list[ImportedNode]:
        """One paragraph read as a unit of its own (a task when it has an actor or a deadline)."""
        text = para
        if _CLOSING.match(text):  # the plan's closing words: no section's period applies to them
            ctx = replace(ctx, deadline=None, period=None)
        if text.startswith("Trên đây là"):
            text, asked = after_closing_formula(text)
            if not text:
                return []
            ctx = replace(ctx, lead=asked, support=[]) if asked else ctx
        node = ImportedNode(label="", kind="text", text=strip_trailing_punct(text), path=list(path or []))
        fill_task(node, text, ctx, Attrs(), None, prefer_own=prefer_own)
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
            fill_task(child, " ".join(item.paras), ctx, item_attrs, None)
            holder.children.append(child)
        out.kind = "section"
        out.children = [holder]
        return out
