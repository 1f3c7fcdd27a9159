"""An outline item taken apart, and whether it is one task or a section over tasks.

An item of a plan is its numbered title, the paragraphs printed under it, and its sub-items. Some of those
paragraphs and sub-items are labelled fields (`Thời gian thực hiện: …`, `- Đơn vị chủ trì: …`), written
the way the state's templates print a task's particulars under it; the rest are its wording or its own
sub-items. `read_parts` sorts them; `sub_items_describe` then decides what the sub-items are: the details
of one duty (the item is the task) or duties of their own (the item is a section they inherit from).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.importers.extract import assignments as asg
from app.importers.extract.agency_headings import agency_heading, heading_among_agencies, name_run_on
from app.importers.extract.field_lists import fold_field_lists
from app.importers.extract.fields import (
    Attrs,
    Context,
    apply_attr,
    attr_kind,
    field_block,
    field_of_parent,
)
from app.importers.extract.item_shape import is_descriptive
from app.importers.extract.list_levels import ListLevels
from app.importers.extract.milestones import announces_milestones
from app.importers.extract.outline import OutlineNode
from app.importers.extract.section_kinds import not_task_section, top_label
from app.importers.extract.task_level import ITEMS, SUBITEMS

_FIELDS = ("lead", "support", "deadline")


@dataclass
class ItemParts:
    """What an item is made of, its fields sorted from its wording."""

    attr_children: list[OutlineNode]     # sub-items that are the item's labelled fields
    content_children: list[OutlineNode]  # its other sub-items
    fields: bool                         # the other sub-items are labelled particulars too (`field_block`)
    heading: asg.Assignment | None       # the title only names the agency whose duties follow
    body: list[str]                      # its own paragraphs after the title that are not fields
    own_attrs: Attrs                     # the fields among those paragraphs


def excluding(node: OutlineNode, ctx: Context) -> Context:
    """The context under a section of no duties (purpose, requirements, situation: `section_kinds`) is
    excluded, unless its title itself gives a duty (`… có trách nhiệm`, `… chủ trì`)."""
    title = node.title.strip()
    if not_task_section(title, top_heading=top_label(node.label, node.path)) \
            and not re.search(r"có trách nhiệm|chủ trì", title):
        return replace(ctx, excluded=True)
    return ctx


def read_parts(node: OutlineNode) -> ItemParts:
    """The item's fields, wording and sub-items (a field label printed on a line of its own is folded into
    its value first, a field heading over dashes naming bodies into one line: `field_lists.fold_field_lists`)."""
    fold_field_lists(node)
    attr_children = [c for c in node.children if field_of_parent(c)]
    content_children = [c for c in node.children if not field_of_parent(c)]
    heading = agency_heading(node.title) or heading_among_agencies(node)
    paras = node.paras[1:]
    if run_on := name_run_on(heading, paras[0] if paras else None):
        heading = agency_heading(f"{node.title} {run_on}")  # `…, Hội Liên hiệp` / `Phụ nữ Thành phố …`
        paras = paras[1:]
    own_attrs = Attrs()
    for p in paras:
        if attr_kind(p):
            apply_attr(own_attrs, p)
    return ItemParts(attr_children, content_children, field_block(attr_children, content_children), heading,
                     [p for p in paras if not attr_kind(p)], own_attrs)


def sub_items_describe(node: OutlineNode, parts: ItemParts, levels: ListLevels) -> bool:
    """Do the item's sub-items only say what its one duty covers (so the item is the task, they stay in its
    text), rather than being duties of their own?

    The list's level, chosen for all its items at once (`task_level`, asked only when it decides something):
    items that are headings have sub-items that are the duties; a dash of a list whose sub-items only say
    what each covers is the duty, its sub-items stay in its text (an agency heading `- Sở Y tế:` still heads
    its own). Sub-items each opening with their own time and a duty are a schedule of duties
    (`milestones`), never details."""
    content = parts.content_children
    descriptive = parts.fields or (is_descriptive(node, content) and levels.of(node) != SUBITEMS) \
        or (node.style.startswith("bullet") and bool(content) and not parts.heading
            and levels.of(node) == ITEMS)
    return bool(descriptive) and not announces_milestones(node)


def prints_fields(node: OutlineNode) -> bool:
    """Does the item, or one of its sub-items, print labelled fields of its own (`- Đơn vị chủ trì: …`, or the
    same field as a paragraph of its own under the item: `Chủ trì: …`)?"""
    return any(attr_kind(p) in _FIELDS for p in node.paras[1:]) \
        or any(field_of_parent(c) or prints_fields(c) for c in node.children)
