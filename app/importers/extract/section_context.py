"""What a section hands down to its items: who does them, by when, and whether they are duties at all.

Vietnamese plans say once, above a list, what holds for every item in it: a heading that is only an agency
(`2. Sở Y tế:`), a title or an introduction naming the actor (`c) UBND các huyện căn cứ chức năng, nhiệm vụ:`,
`UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:`), a period (`Trong giai đoạn 2026 - 2030, tập
trung các nhiệm vụ sau:`, `2. Nhiệm vụ hoàn thành trong Quý I/2024:`) or labelled fields printed before the
items (`- Đơn vị chủ trì: …`). `items_context` gathers them into the context the items are built with; the
fields printed between and after the items are `fields_after_items`'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.importers.extract import assignments as asg
from app.importers.extract.agency_headings import agency_heading, heading_paragraph
from app.importers.extract.deadline_phases import phase_heading
from app.importers.extract.deadline_text import find_in_prose, heading_time, stated_period
from app.importers.extract.fields import Attrs, Context, apply_attr, field_of_parent
from app.importers.extract.group_fields import group_lead
from app.importers.extract.outline import OutlineNode
from app.importers.extract.procedure_steps import step_period, step_subject
from app.importers.extract.roles import role_lead_in
from app.importers.extract.section_kinds import emulation_contents, records_reports, restates_provision
from app.importers.extract.subjects import intro_subjects

# a full sentence: the item states a duty, it is not a heading or an introduction to a list
SENTENCE_END = re.compile(r"[.;]\s*$")


@dataclass
class SectionFrame:
    """What a section states for its items."""

    ctx: Context            # the context its items are built with
    intro_lines: set[str]   # its paragraphs that introduce the items (they state no task of their own)
    leading: Attrs          # the fields printed as sub-items before its first item
    own_fields: bool        # it states its own content (`Nội dung: …`): the fields may be its own task's
    assigns_children: bool  # an introduction gives the items to a body (`Ban … thực hiện các nội dung sau:`)


def items_context(node: OutlineNode, ctx: Context, heading: asg.Assignment | None, body: list[str],
                  own_attrs: Attrs) -> SectionFrame:
    """The context `node`'s items inherit (`heading`: the agency its title names, `body`: its own
    paragraphs, `own_attrs`: the fields among them)."""
    child_ctx = replace(ctx)
    if node.style == "step" and not ctx.excluded and (period := step_period(node.paras)):
        child_ctx.period = period  # `BƯỚC HAI` + its subject + `(Từ ngày … đến ngày …)`: when its tasks are done
    _title_actor(node, ctx, heading, child_ctx)
    lead_in = role_lead_in(node.title, child_ctx.lead)
    if lead_in and not ctx.excluded:
        child_ctx.lead, child_ctx.support, child_ctx.partners_named = lead_in, [], True
    intro_lines, assigns = _introductions(node, ctx, body, child_ctx)
    leading = Attrs()
    for c in node.children:
        if not field_of_parent(c):
            break
        apply_attr(leading, c.title, c)
    if own_attrs.deadline or leading.deadline:
        child_ctx.deadline = own_attrs.deadline or leading.deadline
    elif not ctx.excluded and not heading and (title_dl := phase_heading(node.title) or heading_time(node.title)):
        child_ctx.deadline = title_dl  # `2. Nhiệm vụ hoàn thành trong Quý I/2024:`
    # `3. Hội nghị lần thứ ba` + `Nội dung: …` + `- Đơn vị chủ trì: …` + `3.3. Báo cáo kết quả`: the fields are the
    # meeting's, a task of its own (`tasks`); its later steps name their own actors or none
    own_fields = not ctx.excluded and not heading and bool(own_attrs.content)
    own_task = own_fields and bool(leading.lead)
    if (own_attrs.lead or leading.lead) and not own_task:
        child_ctx.lead = own_attrs.lead or leading.lead or []
    if (own_attrs.support or leading.support) and not own_task:
        child_ctx.support = own_attrs.support or leading.support or []
    elif not (ctx.excluded or heading or own_attrs.lead or leading.lead) and (closing := group_lead(node)):
        # `- Quán triệt …` + `- Đổi mới …` + `Trách nhiệm chỉ đạo thực hiện: Đảng ủy A.`: the line after the group
        # names who leads every duty in it, as a heading naming the agency does before them
        child_ctx.lead, child_ctx.support = list(closing.lead or []), list(closing.support or [])
    return SectionFrame(child_ctx, intro_lines, leading, own_fields, assigns)


def _title_actor(node: OutlineNode, ctx: Context, heading: asg.Assignment | None, child_ctx: Context) -> None:
    """The agencies the section's title gives its items: the agency heading, or the actor of a title that
    introduces the list or states a duty the items detail."""
    if heading:
        child_ctx.lead, child_ctx.support = heading.lead, heading.support
    elif not ctx.excluded and (node.title.rstrip().endswith(":") or SENTENCE_END.search(node.title)):
        # `c) UBND các huyện căn cứ chức năng, nhiệm vụ:`; `1. Các cơ quan, đơn vị ... xây dựng kế
        # hoạch ... .` + bullets: the actor the item names does the bullets too
        said = asg.from_text(node.title)
        if not said.lead and node.title.rstrip().endswith(":"):
            # `Để ..., Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:` names its actor
            # after the purpose clause, as an intro paragraph does
            said = asg.Assignment(lead=intro_subjects(node.title), explicit=False)
        if said.lead and (said.explicit or not ctx.lead):
            child_ctx.lead, child_ctx.support = said.lead, said.support


def _introductions(node: OutlineNode, ctx: Context, body: list[str], child_ctx: Context) -> tuple[set[str], bool]:
    """The section's paragraphs that introduce its items, read into `child_ctx` in order (a later one
    overrides an earlier one); and whether the last that names a body gives the items to it."""
    intro_lines: set[str] = set()
    assigns = False
    subject = body[:step_subject(node.style, body)]  # a step's subject titles it, heads no paragraphs
    for prev, p in zip([node.title, *body], body, strict=False):
        if p in subject:
            continue
        named = heading_paragraph(p, after=prev)
        line = named or _introduced_actor(p, child_ctx)
        _intro_time(p, ctx, child_ctx)
        if restates_provision(p) and not asg.from_text(p).lead and not intro_subjects(p):
            child_ctx.excluded = True  # the items restate the provision cited: rules, not duties
        if records_reports(p):
            child_ctx.excluded = True  # the items are the reports made at the meeting: done, not handed out
            intro_lines.add(p)
        if line and (p.rstrip().endswith(":") or named):
            child_ctx.lead, child_ctx.support = line.lead, line.support
            child_ctx.partners_named = bool(role_lead_in(p, line.lead))  # `Sở A chủ trì, phối hợp với:`
            # `Căn cứ ..., các cơ quan, đơn vị phối hợp thực hiện các hoạt động sau:` assigns the
            # bullets even inside an objectives section (not an emulation's contents: who competes)
            child_ctx.excluded = emulation_contents(node.title)
            assigns = p.rstrip().endswith(":") and not named
            intro_lines.add(p)
    return intro_lines, assigns


def _introduced_actor(p: str, child_ctx: Context) -> asg.Assignment | None:
    """The agencies a paragraph over the items names: `Sở Y tế:`, or a lead-in that gives them the items."""
    line = agency_heading(p)
    if not line and p.rstrip().endswith(":"):
        # `UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:`,
        # `Để đạt ..., các bộ, ngành cần tổ chức thực hiện các nhiệm vụ sau đây:`
        said = asg.from_text(p)
        if not (said.explicit and said.lead) and ";" in p:
            # `Để hoàn thành …, phấn đấu …; Chính phủ yêu cầu các Bộ trưởng, … những nội dung sau:`: the purpose
            # runs over clauses of its own, the last clause asks the bodies
            said = asg.from_text(p.rsplit(";", 1)[1].strip())
        if not (said.explicit and said.lead) and not child_ctx.lead:
            # `Các cấp ủy, tổ chức đảng cần thực hiện tốt các nội dung sau:` names its actor
            # first; `Để ..., các bộ, ngành cần ...` names it after the purpose clause
            said = asg.Assignment(lead=intro_subjects(p), explicit=True)
        line = said if said.explicit and said.lead else None
    return line


def _intro_time(p: str, ctx: Context, child_ctx: Context) -> None:
    """The time a lead-in over the items gives them, unless the section already has one."""
    if not p.rstrip().endswith(":") or ctx.excluded or child_ctx.deadline is not None:
        return
    if (intro_dl := find_in_prose(p)) and p.startswith(intro_dl):
        child_ctx.deadline = intro_dl  # `Trong giai đoạn 2026 - 2030, tập trung các nhiệm vụ sau:`
    elif period := stated_period(p):
        # `Việc tổ chức ... được thực hiện trong khoảng từ ... đến ..., cụ thể như sau:`: the time of
        # the items that name who does them
        child_ctx.period = period
