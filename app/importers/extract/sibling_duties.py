"""A list written as `<who>: <duty>` makes each of its items a duty of the body it names.

Read one at a time, an item is a task only when the rules recognise its actor; a member named in
a way no rule knows (`Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: Trực
tiếp chỉ đạo …`) is then left as text although it sits among duties written the same way. The
layout says more than the wording: when the items of one list whose actor is recognised name it
before a colon, a sibling written the same way (its name opening with the same words, as
`Đồng chí …` or `Sở …`) names its actor before the colon too.
"""
from __future__ import annotations

import re

from app.importers.extract.taskcues import states_no_duty
from app.importers.extract.tasks import not_task_section
from app.importers.extract.textutil import squash
from app.importers.result import ImportedNode

# at least this many siblings must be written `<their actor>: <duty>` before the list decides
_MIN_LABELLED = 2
# `<who>:` is a short name: no sentence punctuation, a few words
_LABEL = re.compile(r"^(?P<who>[^:;.()]{3,120}?)\s*:\s+(?P<duty>[A-ZĐÀ-Ỹ].{20,})$")
_MAX_LABEL_WORDS = 20


def _label(node: ImportedNode) -> str | None:
    m = _LABEL.match(squash(node.text))
    if not m or len(m.group("who").split()) > _MAX_LABEL_WORDS:
        return None
    return m.group("who")


def _opening(who: str) -> str:
    return " ".join(who.lower().split()[:2])


def _names_its_lead(node: ImportedNode) -> bool:
    """A task written `<its lead>: <duty>` (the lead is found in the words before the colon)."""
    who = _label(node)
    return bool(node.kind == "task" and who and node.lead
                and all(lead.lower() in who.lower() for lead in node.lead))


def promote_labelled_duties(nodes: list[ImportedNode], excluded: bool = False) -> None:
    """Walk the tree; in a list of `<who>: <duty>` tasks, a text sibling of the same shape is a task
    of the body it names."""
    leaves = [n for n in nodes if not n.children]
    labelled = [_label(n) or "" for n in leaves if _names_its_lead(n)]
    if not excluded and len(labelled) >= _MIN_LABELLED:
        # `Đồng chí …:`, `Sở …:`: the words that open the recognised actors' names open this one's too
        openings = {_opening(who) for who in labelled}
        for node in leaves:
            who = _label(node)
            if node.kind == "text" and who and _opening(who) in openings and not states_no_duty(node.text):
                node.kind, node.lead = "task", [who]
    for node in nodes:
        if node.children:
            promote_labelled_duties(node.children, excluded or not_task_section(node.text))
