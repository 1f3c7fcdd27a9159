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

from app.importers.extract.agency_headings import agency_heading
from app.importers.extract.deadline_text import attribute_value
from app.importers.extract.fields import attr_kind
from app.importers.extract.outline import OutlineNode
from app.importers.extract.textutil import squash, strip_trailing_punct
from app.importers.result import ImportedNode

# a list is read this way when at least this many of its numbered items, and this share of them,
# carry their own time or lead field
_MIN_ITEMS = 2
_MIN_SHARE = 2 / 3


def _is_field(node: OutlineNode) -> bool:
    return attr_kind(node.title) is not None


def _fields_after_details(item: OutlineNode) -> bool:
    """The item's sub-items are dashes that end with a time or lead field of its own (`- Thời gian thực
    hiện: …`, `- Đơn vị chủ trì: …`)."""
    kids = item.children
    if item.title.rstrip().endswith(":") or len(kids) < 2 \
            or not all(k.style.startswith("bullet") for k in kids if not k.style.startswith("dec")):
        return False
    times = [i for i, k in enumerate(kids)
             if k.style.startswith("bullet") and attr_kind(k.title) in ("deadline", "lead")]
    details = [i for i, k in enumerate(kids) if k.style.startswith("bullet") and not _is_field(k)]
    if not (times and details and min(details) < times[0]):
        return False
    # `1.1. Sở Nội vụ:`, `3.1.1. Nâng cao …:`: a heading that introduces its dashes (checked last: costly)
    return agency_heading(item.title) is None


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
        if kid.style.startswith("bullet") and not _is_field(kid) and all(
                g.style.startswith("bullet") and not _is_field(g) for g in _flatten(kid)[1:]):
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
    """Walk the outline; in every list whose numbered items mostly carry their own time field after
    their detail dashes, fold those dashes into their item."""
    for node in _flatten(root):
        items = [k for k in node.children if not k.style.startswith("bullet") and not _is_field(k)]
        carrying = [k for k in items if _fields_after_details(k)]
        if len(carrying) >= _MIN_ITEMS and len(carrying) >= _MIN_SHARE * len(items):
            for item in carrying:
                _fold_details(item)


def detail_nodes(item: OutlineNode) -> list[ImportedNode]:
    """The item's folded details as text nodes for its task: printed label, path and sub-dashes kept."""
    return [_text_node(d) for d in item.details]


def _text_node(node: OutlineNode) -> ImportedNode:
    return ImportedNode(label=node.label, kind="text", text=strip_trailing_punct(squash(" ".join(node.paras))),
                        path=list(node.path), children=[_text_node(k) for k in node.children])
