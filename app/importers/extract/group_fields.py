"""A line naming who is responsible, printed once after a group of duties: the group's lead, not one item's field.

A Party programme lists each group of duties as dashes under a topic heading and names the committees that lead
the group in one line after the last dash (`3.1. Tăng cường …` + `- Quán triệt …` + `- Đổi mới …` +
`Trách nhiệm chỉ đạo thực hiện: Đảng ủy A; Đảng ủy B.`); a state plan does the same with `Cơ quan thực hiện: …`
after a list. A heading naming the agency before the dashes hands it down to them (`section_context`); the same
name printed after them closes the group the same way. It is told from the state template's fields of one item
(`1.1. Xây dựng Hướng dẫn …` + dashes + `- Thời gian hoàn thành: …` + `- Đơn vị chủ trì: …`, `fields_after_items`)
by what the closing lines say: one item's fields date it (a time), or name what it yields (`Kết quả: …`); a line
that only names who leads and who takes part, with no time, states the responsibility for every duty above it.
"""
from __future__ import annotations

from app.importers.extract.fields import Attrs, apply_attr, attr_kind
from app.importers.extract.outline import OutlineNode

_ROLES = ("lead", "support")
# one dash says nothing about a group: a single dash and its fields are one item's
_MIN_DUTIES = 2


def group_lead(node: OutlineNode) -> Attrs | None:
    """The lead (and partners) the lines after `node`'s dashes name for all of them, or None when the lines
    closing its sub-items are not such a group line (any time or product among them, no dash before them, a
    dash printing fields of its own)."""
    kids = node.children
    tail = 0
    while tail < len(kids) and attr_kind(kids[-1 - tail].title) in _ROLES and not kids[-1 - tail].children:
        tail += 1
    duties = kids[:len(kids) - tail]
    if not tail or len(duties) < _MIN_DUTIES or not all(d.style.startswith("bullet") for d in duties):
        return None
    if any(attr_kind(d.title) or any(attr_kind(p) for p in d.paras[1:]) or any(attr_kind(c.title) for c in d.children)
           for d in duties):
        return None  # a dash with fields of its own: the lines after it may be its own too
    attrs = Attrs()
    for line in kids[len(kids) - tail:]:
        apply_attr(attrs, line.title, line)
    return attrs if attrs.lead and not attrs.deadline else None
