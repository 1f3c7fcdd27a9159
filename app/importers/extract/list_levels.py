"""The level `task_level` chose for each list of the outline, asked once per list.

A clerk numbers one list consistently: its items are either all duties or all headings over duties
(`task_level`). The walk (`tasks.TaskBuilder`) meets the list item by item, so the choice is made once,
over the whole list, the first time one of its items asks, and every later item gets the same answer.
A list is the numbered items under one parent, or the dashes under it: the two are chosen apart,
because a plan prints dashes under a numbered item for a different job (details, or the duties).
"""
from __future__ import annotations

from app.importers.extract.outline import OutlineNode
from app.importers.extract.task_level import choose_level, dash_list_level, is_field, list_items


class ListLevels:
    """The level of each list met so far; one instance per document."""

    def __init__(self) -> None:
        # (id of the list's parent, dashes?) → the level `task_level` chose for that list
        self._levels: dict[tuple[int, bool], str | None] = {}

    def of(self, node: OutlineNode) -> str | None:
        """The level `task_level` chose for the list `node` belongs to (once per list)."""
        parent = node.parent
        if parent is None:
            return None
        key = (id(parent), node.style.startswith("bullet"))
        if key not in self._levels:
            if key[1]:
                self._levels[key] = dash_list_level(
                    [k for k in parent.children if k.style.startswith("bullet") and not is_field(k)])
            else:
                self._levels[key] = choose_level(list_items(parent))[0]
        return self._levels[key]
