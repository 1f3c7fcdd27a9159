"""Fields printed after the items they belong to.

The state's templates print a task's fields under it, but plans copied from tables or written in haste print
them after the sub-items (`1.1. Xây dựng Hướng dẫn …` + `- Bảo đảm thống nhất …` + `- Thời gian hoàn thành: …`
+ `- Đơn vị chủ trì: …`), or once under the last of several sibling items that share them, or between the
items (`b) Thời gian: …` dating the items above it). `build_items` builds a section's items and hands such a
field back to the items it follows; `fields_after_items` reads fields after an item's sub-items as the item's
own. `fields` holds the field rules they apply (`backfill`, `share_fields`, `dashes_describe`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.importers.extract.deadline_text import is_duration
from app.importers.extract.fields import (
    Attrs,
    Context,
    apply_attr,
    attr_kind,
    backfill,
    dashes_describe,
    field_of_parent,
    has_attr_deadline,
    share_fields,
)
from app.importers.extract.group_fields import group_lead
from app.importers.extract.item_parts import prints_fields
from app.importers.extract.outline import OutlineNode
from app.importers.extract.task_fill import fill_task
from app.importers.extract.textutil import squash, strip_trailing_punct
from app.importers.result import ImportedNode


def build_items(node: OutlineNode, child_ctx: Context, excluded: bool,
                build: Callable[[OutlineNode, Context], ImportedNode]) -> list[ImportedNode]:
    """`node`'s items built with `child_ctx` (`excluded`: the section itself is of no duties); a field
    between them dates the items since the last one that printed fields of its own, and a field under an
    item is shared with the bare items just before it."""
    built: list[ImportedNode] = []
    pending: list[ImportedNode] = []
    for c in node.children:
        if field_of_parent(c) not in (None, "content"):
            # a content field among a section's items (`1. Nội dung: Ban A phối hợp với B tổ chức …` beside
            # `2. Phương thức tổ chức:` + dashes) states no field the section uses: it is an item, read as one
            # (a task or text; never dropped from the plan)
            attrs = Attrs()
            apply_attr(attrs, c.title, c)
            if attrs.deadline and pending:
                backfill(pending, attrs.deadline)
            if attrs.deadline and child_ctx.deadline is None:
                child_ctx.period = attrs.deadline  # `b) Thời gian: ...` between the items
            continue
        child = build(c, child_ctx)
        built.append(child)
        pending.append(child)
        if has_attr_deadline(c):
            backfill(pending[:-1], child.deadline_text)
            if not excluded:
                share_fields(pending[:-1], child, c)
            pending = []
        elif child.deadline_text or prints_fields(c):
            pending = []  # an item that prints its own fields is whole: a later item's time is not its own
    return built


def _trailing_fields(node: OutlineNode) -> Attrs | None:
    """The fields printed as dashes after the item's first sub-item, or None when it has no sub-item."""
    first = next((i for i, c in enumerate(node.children) if not field_of_parent(c)), None)
    if first is None:
        return None
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
    return fields


def fields_after_items(node: OutlineNode, out: ImportedNode, ctx: Context, own_attrs: Attrs) -> bool:
    """`1.1. Xây dựng Hướng dẫn ...` + `- Bảo đảm thống nhất ...` + `- Thời gian hoàn thành: ...` +
    `- Đơn vị chủ trì: ...`: fields printed after an item's sub-bullets are the item's own, so the
    item is a task with them (when the fields name who leads it, or when no sub-bullet is a task),
    and its sub-items that name no actor take the lead the fields name. Is `out` now that task?"""
    fields = _trailing_fields(node)
    if fields is None or not (fields.lead or fields.deadline) or group_lead(node):
        return False  # a group's closing lead line is its duties' (`group_fields`, read by `section_context`)
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
