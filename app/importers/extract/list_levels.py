"""The level `task_level` chose for each list of the outline, asked once per list.

A clerk numbers one list consistently: its items are either all duties or all headings over duties
(`task_level`). The walk (`tasks.TaskBuilder`) meets the list item by item, so the choice is made once,
over the whole list, the first time one of its items asks, and every later item gets the same answer.
A list is the numbered items under one parent, or the dashes under it: the two are chosen apart,
because a plan prints dashes under a numbered item for a different job (details, or the duties).

A list is known by its parent node. The node is held with its answer: Python gives the id of an object
that died to the next one made, and one instance serves a whole document, whose annexes' outlines are
built and dropped one after another — a list keyed by a bare id could be handed a dead list's level.
"""
from __future__ import annotations

from app.importers.extract.outline import OutlineNode
from app.importers.extract.task_level import choose_level, dash_list_level, is_field, list_items


class ListLevels:
    """The level of each list met so far; one instance per document."""

    def __init__(self) -> None:
        # (id of the list's parent, dashes?) → (that parent, held so its id stays its own; the level chosen)
        self._levels: dict[tuple[int, bool], tuple[OutlineNode, str | None]] = {}

    def of(self, node: OutlineNode) -> str | None:
        """The level `task_level` chose for the list `node` belongs to (once per list)."""
        parent = node.parent
        if parent is None:
            return None
        dashes = node.style.startswith("bullet")
        key = (id(parent), dashes)
        known = self._levels.get(key)
        if known is None:
            if dashes:
                level = dash_list_level(
                    [k for k in parent.children if k.style.startswith("bullet") and not is_field(k)])
            else:
                level = choose_level(list_items(parent))[0]
            known = self._levels[key] = (parent, level)
        return known[1]
