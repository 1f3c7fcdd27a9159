"""One paragraph, or one field block, read into tasks of its own.

Vietnamese plans often give one item's work to several bodies: the item's own duty, then a paragraph
`Sở Tài chính bố trí kinh phí …` that hands a part of it to another agency, or a sentence `Giao Sở A …`
inside the item's wording. Each such paragraph is a task of its own (`other_actor_units`, `read_unit`),
read with the context of the section it sits in. A `Nhiệm vụ:` field whose sub-items are listed, with a
`Thời gian thực hiện:` field listing as many times, pairs them one to one (`content_tasks`), as a table
printed as text would.
"""
from __future__ import annotations

import re
from dataclasses import replace

from app.importers.extract import assignments as asg
from app.importers.extract.deadline_text import clean_value, find_in_prose
from app.importers.extract.fields import Attrs, Context
from app.importers.extract.method_sections import procedure_steps, unit_of_step
from app.importers.extract.other_actors import dates_the_unit_above, different_actor, joined_sentences
from app.importers.extract.passive_agent import passive_agent
from app.importers.extract.task_fill import fill_task
from app.importers.extract.taskcues import after_closing_formula
from app.importers.extract.textutil import strip_trailing_punct
from app.importers.result import ImportedNode

# the plan's closing words (`Trên đây là Kế hoạch …`, `Trong quá trình triển khai, nếu có vướng mắc …`): they
# speak of the whole plan, so no section's period applies to them
_CLOSING = re.compile(r"^(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:triển khai|thực hiện))")


def read_unit(para: str, ctx: Context, path: list[str] | None = None,
              prefer_own: bool = True, attrs: Attrs | None = None) -> list[ImportedNode]:
    """One paragraph read as a unit of its own (a task when it has an actor or a deadline); `attrs`: fields it
    takes from where it stands."""
    text = para
    if _CLOSING.match(text):
        ctx = replace(ctx, deadline=None, period=None)
    if text.startswith("Trên đây là"):
        text, asked = after_closing_formula(text)
        if not text:
            return []
        ctx = replace(ctx, lead=asked, support=[]) if asked else ctx
    node = ImportedNode(label="", kind="text", text=strip_trailing_punct(text), path=list(path or []))
    fill_task(node, text, ctx, attrs or Attrs(), None, prefer_own=prefer_own)
    return [node]


def _handed_over(para: str, ctx: Context, path: list[str], attrs: Attrs | None = None) -> list[ImportedNode]:
    """A paragraph split off an item as another actor's: read alone, its lead the body it hands its subject to
    (`… do Bộ Quốc phòng hướng dẫn thực hiện.`, which names no actor `from_text` reads) when that is all it names;
    `attrs`: the item's fields, whose time it shares."""
    agent = passive_agent(para) if not asg.from_text(para).lead else []
    if agent:
        attrs = replace(attrs or Attrs(), lead=agent, support=[])
    elif attrs is not None:
        attrs = replace(attrs, lead=None, support=None)
    return read_unit(para, ctx, path=path, attrs=attrs)


def other_actor_units(body: list[str], ctx: Context, text: str,
                      path: list[str]) -> tuple[list[ImportedNode], list[str]]:
    """An item's paragraphs split into the tasks of other actors and the rest of the item's own wording.

    A paragraph naming another actor than the item's (`text`) is a task of its own, and a sentence right below it
    that names no actor and says by when that work is done (`Việc chuyển các biên bản nói trên phải hoàn thành
    chậm nhất là …`: `other_actors.dates_the_unit_above`) is joined to it. A step of a procedure (`Trình tự tổ
    chức hội nghị … như sau:` + `Trưởng Ban … chủ trì hội nghị, tuyên bố lý do …`) is done by a role in it, unless
    it reads as a duty all the same (`method_sections.unit_of_step`)."""
    units: list[tuple[str, bool]] = []
    own: list[str] = []
    for i, (p, is_step) in enumerate(zip(body, procedure_steps(body), strict=True)):
        if different_actor(p, ctx, text):
            units.append((p, is_step))
        elif units and body[i - 1] is units[-1][0] and dates_the_unit_above(p):
            units[-1] = (joined_sentences(units[-1][0], p), units[-1][1])
        else:
            own.append(p)
    tasks: list[ImportedNode] = []
    for p, is_step in units:
        tasks.extend(unit_of_step(u) if is_step else u for u in _handed_over(p, ctx, path))
    return tasks, own


def content_tasks(out: ImportedNode, attrs: Attrs, ctx: Context) -> ImportedNode:
    """`Nhiệm vụ:` with sub-items and `Thời gian thực hiện:` with as many sub-items: one task each, the n-th
    time dating the n-th duty (the item's other fields apply to all)."""
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
        # a later paragraph handing its subject to a body the item does not name is that body's (`… do X hướng dẫn`)
        own = [p for p in item.paras[1:] if not (passive_agent(p) and different_actor(p, ctx, item.paras[0]))]
        fill_task(child, " ".join(item.paras[:1] + own), ctx, item_attrs, None)
        holder.children.append(child)
        for p in item.paras[1:]:
            if p not in own:
                holder.children.extend(_handed_over(p, ctx, content.path, item_attrs))
    out.kind = "section"
    out.children = [holder]
    return out
