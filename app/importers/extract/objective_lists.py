"""A list that holds a target holds the plan's aims: its items dated but given to nobody are aims, not duties.

Plans often open their body with what they aim at, under a heading that may say `Nhiệm vụ` as well as `Mục tiêu`:
`c) Hoàn thành tổng kết … vào năm 2020`, `d) Hoàn thành việc hỗ trợ nhà ở … đến hết năm 2019`, `e) Đến năm 2020,
phấn đấu đạt 100% …`. The items of one printed list are written alike; when one of them is a quantified target, its
siblings that only carry a year and name no actor (none printed, none inherited) are more of the same aims, restated
later as duties of named bodies — the year is the aim's horizon. A sibling naming who does it, or under a heading
naming a body, keeps its lead and stays a task.
"""
from __future__ import annotations

from app.importers.result import ImportedNode


def _aim(node: ImportedNode) -> bool:
    """A leaf tracked only for a year its sentence reaches for: no lead, no partner, no tracked sub-item, and the time
    inside its wording, not opening it (`Năm 2018: Rà soát …`, a roadmap's step, opens with its phase)."""
    if node.kind != "task" or node.lead or node.support or not node.deadline_text \
            or any(c.kind == "task" for c in node.children):
        return False
    return node.text.lower().find(node.deadline_text.lower()) > 0


def aims_beside_targets(nodes: list[ImportedNode]) -> None:
    """Walk the tree; in a list holding a target (`kind == "target"`), its items dated but given to nobody are
    text like the target beside them."""
    items = [n for n in nodes if n.label]
    if any(n.kind == "target" for n in items):
        for node in items:
            if _aim(node):
                node.kind = "text"
    for node in nodes:
        if node.children:
            aims_beside_targets(node.children)
