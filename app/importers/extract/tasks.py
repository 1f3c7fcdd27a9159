"""Outline tree → `ImportedNode` tree with kinds, assignments and deadlines.

A node is a task when it carries an assignment (its own or one inherited from a heading that
names the agency) or a deadline. Purpose, requirement, objective and situation sections are
text; attribute lines (`Thời gian thực hiện:`, `Cơ quan chủ trì:`) belong to their item.

This module is the walk (`TaskBuilder`) that decides it item by item, in named steps; each rule it
asks lives in a module named for its job:
- `item_parts`: an item's fields sorted from its wording, whether its sub-items are details of one
  duty (the item is a task) or duties of their own (the item is a section); `list_levels` remembers
  the level `task_level` chose for each list;
- `item_task`: the words that state an item's task, read with its fields (`task_fill`);
- `section_context`: what a section hands down to its items (agencies, times, no duties at all);
- `fields_after_items`: fields printed between or after the items they belong to;
- `paragraph_units`: one paragraph, or a `Nhiệm vụ:` block, read into tasks of its own;
- `paragraph_runs`: a heading's plain paragraphs read one by one.
Other rules by topic: `fields`, `section_kinds`, `agency_headings`, `item_shape`, `other_actors`.
"""
from __future__ import annotations

from dataclasses import replace

from app.importers.extract.duty_level import detail_nodes
from app.importers.extract.fields import Attrs, Context, apply_attr, attr_kind
from app.importers.extract.fields_after_items import build_items, fields_after_items
from app.importers.extract.item_parts import ItemParts, excluding, read_parts, sub_items_describe
from app.importers.extract.item_shape import aim_over_duties, title_like
from app.importers.extract.item_task import fill_item_task, item_attrs
from app.importers.extract.list_levels import ListLevels
from app.importers.extract.other_actors import different_actor
from app.importers.extract.outline import OutlineNode
from app.importers.extract.paragraph_runs import own_run, read_alone
from app.importers.extract.paragraph_units import content_tasks, read_unit
from app.importers.extract.procedure_steps import step_wording
from app.importers.extract.section_context import SENTENCE_END, SectionFrame, items_context
from app.importers.extract.task_fill import fill_task
from app.importers.extract.task_level import SUBITEMS
from app.importers.extract.textutil import strip_trailing_punct
from app.importers.result import ImportedNode

# a section's own paragraphs before its sub-items are its introduction; this many or more are a list whose
# numbering was lost in extraction (`lost_numbering`), its items printed as bare paragraphs
_LOST_LIST = 4
# a full sentence at least this long as a section's title is a duty of its own, not a heading over its bullets
_DUTY_TITLE = 60


class TaskBuilder:
    """Builds the `ImportedNode` tree; one instance per document."""

    # one paragraph read as a unit of its own: (paragraph, context, path=..., prefer_own=...) → nodes
    split_units = staticmethod(read_unit)

    def __init__(self) -> None:
        self._levels = ListLevels()

    def build(self, node: OutlineNode, ctx: Context) -> ImportedNode:
        if node.closing_time and not ctx.excluded:
            # `Các nhiệm vụ trên hoàn thành trong quý II/2025` after the sub-items: the group's time
            ctx = replace(ctx, deadline=node.closing_time)
        out = self._build_item(node, ctx)
        # what a duty covers, folded out of its sub-items by `duty_level`, stays under it as text
        out.children[:0] = detail_nodes(node)
        return out

    def _build_item(self, node: OutlineNode, ctx: Context) -> ImportedNode:
        """An item: a section over its sub-items when they are duties of their own, else one task (or text)."""
        title = step_wording(node.label, node.paras) if node.style == "step" else node.title
        out = ImportedNode(label=node.label, kind="text", text=strip_trailing_punct(title), path=list(node.path))
        ctx = excluding(node, ctx)
        parts = read_parts(node)
        descriptive = sub_items_describe(node, parts, self._levels)
        if parts.content_children and not descriptive:
            return self._build_section(node, out, ctx, parts)
        return self._build_leaf(node, out, ctx, parts, descriptive)

    def _build_leaf(self, node: OutlineNode, out: ImportedNode, ctx: Context, parts: ItemParts,
                    descriptive: bool) -> ImportedNode:
        """An item whose sub-items, if any, only describe it: one task, an agency heading over nothing, a
        `Nhiệm vụ:` block of several duties, or a heading over paragraphs each read alone."""
        attrs = item_attrs(parts)
        if parts.heading and not parts.body and not parts.attr_children:
            out.kind = "text"
            return out
        if attrs.content_node is not None and attrs.content_node.children and not attrs.content:
            return content_tasks(out, attrs, ctx)
        if self._heads_paragraphs(node, parts, attrs, ctx):
            return self._read_paragraphs_alone(node, out, ctx, parts)
        return fill_item_task(out, node, ctx, parts, attrs, descriptive)

    @staticmethod
    def _heads_paragraphs(node: OutlineNode, parts: ItemParts, attrs: Attrs, ctx: Context) -> bool:
        """Is the item a heading over plain paragraphs (an agency heading, a title, only a time field, or an aim
        over the paragraph of the body doing it where no heading above names one), with no lead or time of its
        own?"""
        return bool(parts.body) and not (attrs.lead or attrs.deadline) \
            and bool(parts.heading or title_like(node, len(parts.body)) or attr_kind(node.title) == "deadline"
                     or (not ctx.lead and aim_over_duties(node, parts.body)))

    @staticmethod
    def _read_paragraphs_alone(node: OutlineNode, out: ImportedNode, ctx: Context, parts: ItemParts) -> ImportedNode:
        """A heading followed by plain paragraphs: each paragraph is read on its own; so under a title that is
        only a time field (`5. Thời gian thực hiện: Từ … đến ….` + paragraphs), no duty of its own: its time
        dates the paragraphs that give none of their own."""
        if attr_kind(node.title) == "deadline":
            title_attrs = Attrs()
            apply_attr(title_attrs, node.title)
            ctx = replace(ctx, deadline=ctx.deadline or title_attrs.deadline)
        out.kind = "section" if not ctx.excluded else "text"
        out.children.extend(read_alone(node, own_run(node), ctx, parts.heading, read_unit))
        return out

    def _build_section(self, node: OutlineNode, out: ImportedNode, ctx: Context, parts: ItemParts) -> ImportedNode:
        """An item with sub-items: what it states (agencies, deadline) is inherited by them; it may also be
        a task of its own, and its own paragraphs may hold more tasks."""
        out.kind = "section"
        frame = items_context(node, ctx, parts.heading, parts.body, parts.own_attrs)
        out.assigns_children = frame.assigns_children
        out.children = build_items(node, frame.ctx, ctx.excluded, self.build)
        if not ctx.excluded and fields_after_items(node, out, ctx, parts.own_attrs):
            return out
        if frame.own_fields and (frame.leading.lead or frame.leading.deadline):
            # `3. Hội nghị lần thứ ba` + `Nội dung: ...` + `- Thời gian: ...`, `- Đơn vị chủ trì: ...` + sub-items:
            # the item states what it is and its fields, so it is a task of its own
            fill_task(out, node.title, ctx, replace(frame.leading, content=parts.own_attrs.content), None)
            return out
        if not ctx.excluded and not parts.heading and SENTENCE_END.search(node.title) \
                and len(node.title) >= _DUTY_TITLE and self._levels.of(node) != SUBITEMS:
            # an item that is a duty of its own (a full sentence), then bullets that add more
            fill_task(out, node.title, ctx, parts.own_attrs, None)
            if out.kind != "task":
                out.kind = "section"
        return self._section_paragraphs(node, out, ctx, parts, frame)

    @staticmethod
    def _section_paragraphs(node: OutlineNode, out: ImportedNode, ctx: Context, parts: ItemParts,
                            frame: SectionFrame) -> ImportedNode:
        """The tasks a section's own paragraphs state, besides introducing its items."""
        own = [p for p in own_run(node) if p not in frame.intro_lines]
        if len(own) >= _LOST_LIST and title_like(node, len(own)):
            # a heading over a run of bare paragraphs, then its sub-items: a list whose numbering was lost
            # (`lost_numbering`), each paragraph an item of its own, as under a heading with no sub-items
            out.children[:0] = read_alone(node, own, ctx, parts.heading, read_unit)
            return out
        # intro paragraphs of a section may hold different-actor tasks (e.g. closing clauses)
        for p in parts.body:
            if p not in frame.intro_lines and different_actor(p, ctx, ""):
                out.children.extend(read_unit(p, ctx, path=node.path))
        return out
