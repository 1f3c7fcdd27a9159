"""A group with no members, wherever a task is assigned to it: a mark and a tooltip.

Why: plans assign work to collective bodies (`Các sở, ban, ngành`); the importer creates such a
group empty. Until the clerk fills it, nobody reports on those tasks and the reports count them
as unreported — the tree and the task panel say so where the clerk looks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.services.views import AssigneeView, NodeView

EMPTY_MARK = "⚠"


def is_empty_group(assignee: AssigneeView) -> bool:
    return assignee.group_id is not None and not assignee.member_ids


def marked_name(assignee: AssigneeView) -> str:
    return f"{EMPTY_MARK} {assignee.name}" if is_empty_group(assignee) else str(assignee.name)


def marked_names(view: NodeView | None, role: str) -> str:
    """`Sở Nội vụ; ⚠ Các sở, ban, ngành` — a node's lead or support assignees, empty groups marked."""
    return "; ".join(marked_name(a) for a in getattr(view, "assignees", ()) if a.role == role)


def empty_group_tip(assignees: Iterable[AssigneeView]) -> str:
    """The tooltip naming the empty groups among these assignees ('' when there is none)."""
    return empty_groups_tip([a.name for a in assignees if is_empty_group(a)])


def empty_groups_tip(names: list[str]) -> str:
    """The tooltip naming groups without members ('' for none)."""
    if not names:
        return ""
    text = QCoreApplication.translate(
        "GroupMarks", "{mark} The group “{names}” has no members yet: nobody reports on this task. Add them in "
        "Tools → Agencies → Groups.")
    return text.format(mark=EMPTY_MARK, names="”, “".join(names))
