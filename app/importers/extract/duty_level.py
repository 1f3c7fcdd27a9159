"""Which outline level carries the duties, decided for a whole list of sibling items at once.

A plan says where its duties are by what its items carry: when most numbered items of one list
each end with their own time (or lead) field (`1. Giám sát việc …` + `- …` details + `* Thời gian
thực hiện: …`), those numbered items are the duties and the dashes between the item and its time field are
what the duty covers (`- Cơ cấu, thành phần …`, `- Việc niêm yết …`), not duties of their own. Read
one item at a time, such a dash that happens to name a body looks like a task and the item's own
wording is lost; read at the level of the list, the clerk's layout is unambiguous.

The pass rewrites the outline before tasks are built: the detail dashes of such an item move to
its `details` (its wording stays its title alone), its fields stay its children. The task keeps
them as text children (`detail_nodes`), as a task's descriptive sub-items are kept elsewhere, so
the clerk sees them in the review and they are stored with the plan.
"""
from __future__ import annotations

from app.importers.extract.deadline_text import attribute_value
from app.importers.extract.fields import attr_kind
from app.importers.extract.outline import OutlineNode
from app.importers.extract.task_level import ITEMS, MIN_ITEMS, choose_level, fields_after_details, is_field, list_items
from app.importers.extract.textutil import squash, strip_trailing_punct
from app.importers.result import ImportedNode


def _fold_details(item: OutlineNode) -> None:
    """Detail dashes become the item's details; fields, numbered sub-items and a dash that heads a
    numbered list or fields of its own (`- Tài liệu: (1) …, (2) …`) stay children."""
    # the item's own paragraphs under its wording introduce the same details (`Giám sát việc lập danh
    # sách … theo quy định …. Cụ thể:`); a field printed as a paragraph stays
    item.details.extend(OutlineNode(label="", style="plain", paras=[p], parent=item, path=list(item.path))
                        for p in item.paras[1:] if attr_kind(p) is None)
    item.paras[1:] = [p for p in item.paras[1:] if attr_kind(p) is not None]
    kept: list[OutlineNode] = []
    for kid in item.children:
        if kid.style.startswith("bullet") and not is_field(kid) and all(
                g.style.startswith("bullet") and not is_field(g) for g in _flatten(kid)[1:]):
            item.details.append(kid)
            continue
        value = attribute_value(kid.title)
        if kid.children and value is not None and not value.strip():
            # `* Thời gian thực hiện:` + `+ Đợt 1: …`, `+ Đợt 2: …`: the value is printed below the label
            kid.paras[0] = f"{kid.title.rstrip()} {' '.join(' '.join(n.paras) for n in _flatten(kid)[1:])}"
            kid.children = []
        kept.append(kid)
    item.children = kept


def _flatten(node: OutlineNode) -> list[OutlineNode]:
    out = [node]
    for kid in node.children:
        out.extend(_flatten(kid))
    return out


def mark_duty_level(root: OutlineNode) -> None:
    """Walk the outline; in every list that `task_level` reads as items that are the duties (most of
    them carry their own time field after their detail dashes), fold those dashes into their item."""
    for node in _flatten(root):
        items = list_items(node)
        carrying = [item for item in items if fields_after_details(item)]
        # the fold needs the field cue (the other cues can only outweigh it): lists without it are not scored
        if len(carrying) >= MIN_ITEMS and choose_level(items)[0] == ITEMS:
            for item in carrying:
                _fold_details(item)


def detail_nodes(item: OutlineNode) -> list[ImportedNode]:
    """The item's folded details as text nodes for its task: printed label, path and sub-dashes kept."""
    return [_text_node(d) for d in item.details]


def _text_node(node: OutlineNode) -> ImportedNode:
    return ImportedNode(label=node.label, kind="text", text=strip_trailing_punct(squash(" ".join(node.paras))),
                        path=list(node.path), children=[_text_node(k) for k in node.children])
