"""Undo and redo of the import review's edits (Ctrl+Z, Ctrl+Y): typed cells, rows accepted,
rows split, merged, deleted or moved.

Why snapshots of the whole outline rather than one command per kind of edit: the review edits
plain importer objects in memory, and an outline of 300 rows copies in a few milliseconds, so a
copy before each edit undoes every kind of edit the same way, with nothing to keep in step when
a new kind of repair is added. The window's own undo (`QUndoStack`) is for the stored plans;
nothing of the review is stored until the clerk confirms, so its edits have their own history,
dropped with the review. A directory repair (an agency added or aliased) is not in it: it is
written to the database at once, audited, and undone in the directory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.services.review_outline import clone

if TYPE_CHECKING:
    from app.services.plan_import import ImportedNode

LIMIT = 200  # edits kept; the oldest are forgotten


@dataclass(frozen=True)
class Snapshot:
    """The outline as it was before one edit, and where the clerk was."""

    what: str  # the edit, in the clerk's words ("Delete row")
    nodes: list[ImportedNode]
    accepted: frozenset[int]  # positions (document order) of the rows accepted as checked
    row: int | None = None
    column: int = 0
    edited: bool = False


@dataclass
class ReviewHistory:
    """The snapshots to go back to (undo) and forward to (redo). `changed` is called after every
    change of either list: the window's Undo and Redo name the edit and follow it (`UndoWording`)."""

    done: list[Snapshot] = field(default_factory=list)
    undone: list[Snapshot] = field(default_factory=list)
    changed: Callable[[], None] = lambda: None

    def record(self, what: str, nodes: list[ImportedNode], accepted: set[int], row: int | None, column: int,
               edited: bool) -> None:
        """Keep the outline as it is before the edit `what` (a new edit forgets what was undone)."""
        self.done.append(Snapshot(what, clone(nodes), frozenset(accepted), row, column, edited))
        del self.done[:-LIMIT]
        self.undone.clear()
        self.changed()

    def undo(self, current: Snapshot) -> Snapshot | None:
        """The state to show instead of `current` (kept for redo), None when nothing is left."""
        back = self._step(self.done, self.undone, current)
        self.changed()
        return back

    def redo(self, current: Snapshot) -> Snapshot | None:
        back = self._step(self.undone, self.done, current)
        self.changed()
        return back

    @staticmethod
    def _step(source: list[Snapshot], target: list[Snapshot], current: Snapshot) -> Snapshot | None:
        if not source:
            return None
        back = source.pop()
        # the current outline is kept under the name of the edit it came from, to redo or undo again; no
        # copy: the review shows `back` from now on and changes nothing of the outline it leaves
        target.append(Snapshot(back.what, current.nodes, current.accepted, current.row, current.column,
                               current.edited))
        return back  # popped: its nodes become the live outline

    @property
    def undo_text(self) -> str:
        return self.done[-1].what if self.done else ""

    @property
    def redo_text(self) -> str:
        return self.undone[-1].what if self.undone else ""

    def forget(self) -> None:
        """Drop the last record: the edit it was kept for changed nothing."""
        if self.done:
            self.done.pop()
            self.changed()

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()
        self.changed()
