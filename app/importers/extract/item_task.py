"""An item read as one task: which words state it, and its fields.

A plan states a duty in its item's title (`2. Rà soát, sửa đổi quy chế …`), or names it by a number and
gives its wording in a field (`a) Hoạt động 1` + `- Nội dung: …`), or titles a topic and lets the paragraph
below say who does what (`6. Kiểm tra văn bản` + `Thanh tra Bộ chủ trì rà soát …`). `task_wording` picks
the words; `fill_item_task` reads them with the item's fields into the task (`task_fill`), the paragraphs and
sentences that give work to another agency split off as tasks of their own (`paragraph_units`).
"""
from __future__ import annotations

import re

from app.importers.extract import assignments as asg
from app.importers.extract.fields import Attrs, Context, apply_attr, attr_kind
from app.importers.extract.item_parts import ItemParts
from app.importers.extract.item_shape import describes_cases, title_like
from app.importers.extract.other_actors import split_giao_sentences
from app.importers.extract.outline import OutlineNode
from app.importers.extract.paragraph_units import other_actor_units, read_unit
from app.importers.extract.subjects import subject_mentions
from app.importers.extract.task_fill import fill_task
from app.importers.extract.textutil import strip_trailing_punct
from app.importers.result import ImportedNode

# an item named only by its number (`Hoạt động 1`, `Nhiệm vụ 2`), its fields say what it is
_NUMBERED_NAME = re.compile(r"^(?:Hoạt động|Nhiệm vụ|Nội dung|Công việc|Bước|Dự án|Tiểu dự án|Đề án|Chương trình)"
                            r"\s*(?:thứ\s*)?(?:\d{1,2}|[IVX]{1,4})\s*[.:]?$", re.IGNORECASE)

# a heading that names the field its items belong to (`Về thể chế, chính sách`, `Đối với hạ tầng số`), not a duty
_TOPIC = re.compile(r"^(?:Về|Đối với|Trong lĩnh vực)\s", re.IGNORECASE)


def item_attrs(parts: ItemParts) -> Attrs:
    """The item's fields: those among its paragraphs, then those printed as its sub-items (`- Thời gian: …`,
    with any field paragraph under them)."""
    attrs = parts.own_attrs
    for c in parts.attr_children:
        apply_attr(attrs, c.title, c)
        for p in c.paras[1:]:
            if attr_kind(p):
                apply_attr(attrs, p)
    return attrs


def task_wording(node: OutlineNode, parts: ItemParts, attrs: Attrs, descriptive: bool) -> tuple[str, list[str]]:
    """The words that state the task, and the item's paragraphs left after them."""
    text, body = node.title, parts.body
    if node.style == "step" and body:
        text, body = body[0], body[1:]  # `BƯỚC HAI` + its wording + its fields: the count names the step only
    if attrs.content and _NUMBERED_NAME.match(text):
        text = attrs.content  # `a) Hoạt động 1` + `- Nội dung: ...`: the content is the task
    elif attrs.content:
        text = strip_trailing_punct(text) + ": " + attrs.content
    elif body and not descriptive and not parts.heading and title_like(node, len(body)) \
            and not asg.from_text(node.title).lead \
            and (subject_mentions(body[0]) or (attrs.lead and _TOPIC.match(node.title) and len(body) == 1)):
        # `6. Kiểm tra văn bản` + `Thanh tra Bộ chủ trì rà soát ...` + `- Thời gian ...`: the title
        # names a topic, the paragraph with its actor is the task (as paragraphs are read alone); so is the one
        # paragraph under a topic (`2. Về thể chế, chính sách` + `Rà soát …` + `- Cơ quan chủ trì: …`) whose fields
        # name the actor
        text, body = body[0], body[1:]
    return text, body


def fill_item_task(out: ImportedNode, node: OutlineNode, ctx: Context, parts: ItemParts, attrs: Attrs,
                   descriptive: bool) -> ImportedNode:
    """The item as one task (its describing sub-items part of its wording), the work it hands to other
    agencies as tasks under it."""
    text, body = task_wording(node, parts, attrs, descriptive)
    described = [" ".join(c.paras) for c in parts.content_children] if descriptive and not parts.fields else []
    extra, own = other_actor_units(body, ctx, text, node.path)
    joined = [text, *own, *described]  # as printed: the item's own paragraphs come before its sub-items
    unit_text = " ".join(joined)
    # each printed paragraph ends a sentence for the rules, even when its full stop is missing
    analysis = " ".join(p if p.rstrip()[-1:] in ".;:!?" else p.rstrip() + "." for p in joined)
    # a duty done case by case: a case's own time is that case's, not the duty's
    timed = " ".join(p for p in joined if p not in described) \
        if described and describes_cases(parts.content_children) else None
    analysis, split_off = split_giao_sentences(analysis, ctx)
    if split_off:
        unit_text = analysis
    fill_task(out, unit_text, ctx, attrs, parts.heading, analysis=analysis, timed=timed)
    for sent in split_off:
        extra.extend(read_unit(sent, ctx, path=node.path))
    out.children = extra
    return out
