"""Body items an annex task table restates: the table's row is the task to track, the body's item its summary.

A programme or plan often sets out its tasks twice: as the body's items (`II. NHIỆM VỤ CỤ THỂ`, in prose, the
actors given in general by a lead-in) and as the rows of an annex table that gives each one its lead, partners and
time (`Phụ lục: Danh mục các nhiệm vụ …`). Read as two tasks, each duty is tracked twice, the body's copy with the
lead-in's general actors and no time. A body item is restated when most of its wording (its word pairs) is in one
row's task cell; it then stays in the outline as text. Items no row restates stay tasks: the table does not carry
them. A plan that restates its tasks restates many of them: one body item that happens to share its wording with a
row (a target the table also lists) is no restatement.
"""
from __future__ import annotations

import re

from app.importers.result import ImportedNode

# the share of a body item's word pairs a row must hold to restate it (a row worded afresh holds fewer)
_RESTATED = 0.6
_MIN_PAIRS = 4  # an item this short says too little to be matched
# a restating plan restates at least this many of its body's tasks, and this share of them
_MIN_RESTATED = 3
_MIN_SHARE = 0.25


def _pairs(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def drop_restated(body: list[ImportedNode], table: list[ImportedNode]) -> None:
    """Make the body's tasks that a row of an annex task table (`table`: the nodes read from the annex's tables)
    restates text."""
    rows = [_pairs(n.text) for root in table for n in root.walk() if n.kind == "task"]
    if not rows:
        return
    tasks = [node for root in body for node in root.walk() if node.kind == "task"]
    restated = [node for node in tasks if _restated(_pairs(node.text), rows)]
    if len(restated) < max(_MIN_RESTATED, _MIN_SHARE * len(tasks)):
        return
    for node in restated:
        node.kind = "text"


def _restated(pairs: set[str], rows: list[set[str]]) -> bool:
    return len(pairs) >= _MIN_PAIRS and any(len(pairs & row) >= _RESTATED * len(pairs) for row in rows)
