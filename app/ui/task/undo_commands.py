"""Undoable edits of a plan outline; each one is a pair of service calls.

Why `NodeRef`: undoing "add" deletes the node and redoing it creates a new row with a new id;
later commands in the stack that touch that node hold the same `NodeRef`, whose id is updated,
so redo after undo keeps working. The first execution happens before the push (`execute()`), so
a refused edit (AppError) never enters the stack; a later undo/redo that fails is reported and
the command is made obsolete instead of leaving the stack lying about the database.

Why the ref also carries a version: in the shared office two clerks edit one database, and an
undo that replayed an old label over the other clerk's newer one would silently lose it. A field
edit sends the version its previous step left (`NodeRef.version`, from the service's answer), so
the service refuses the replay with its ConflictError (who changed it, when) once someone else
has written the row. This stack's own structural edits (add, move, delete, restore) renumber
siblings, which bumps their versions without touching their content: after each step the
versions of rows whose shown content did not change are taken over (`CommandContext.settle`),
so they are not mistaken for another clerk's edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.errors import AppError

if TYPE_CHECKING:
    from app.services import Services
    from app.services.nodes import DeletedSubtree
    from app.services.views import NodeView


# What a field edit writes; a version bump that left these as they were overwrote nothing.
CONTENT_FIELDS = ("label", "kind", "text")


class NodeRef:
    """A node identity that survives delete + re-create, and the row version this stack's last
    write left (None: not written by this stack)."""

    def __init__(self, node_id: int) -> None:
        self.id = node_id
        self.version: int | None = None


class RefRegistry:
    """One NodeRef per live node id, shared by all commands of an undo stack."""

    def __init__(self) -> None:
        self._refs: dict[int, NodeRef] = {}

    def get(self, node_id: int) -> NodeRef:
        return self._refs.setdefault(node_id, NodeRef(node_id))

    def rebind(self, ref: NodeRef, new_id: int) -> None:
        self._refs.pop(ref.id, None)
        ref.id = new_id
        self._refs[new_id] = ref

    def written(self) -> list[NodeRef]:
        """The refs whose version this stack knows (it wrote them)."""
        return [ref for ref in self._refs.values() if ref.version is not None]


class GuardedCommand(QUndoCommand):
    """An edit already made once when pushed (the first redo is skipped); a later undo/redo that
    the services refuse (someone else changed the record) is reported and the command dropped."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self._do)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except AppError as exc:
            self.setObsolete(True)
            self._report(exc)
        self._refresh()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _report(self, exc: AppError) -> None:
        raise NotImplementedError

    def _refresh(self) -> None:
        raise NotImplementedError


class ServiceCommand(GuardedCommand):
    """Base of the outline edits: `_do()` and `_undo()` call services; `changed(node_id)`
    refreshes the window."""

    def __init__(self, text: str, ctx: CommandContext) -> None:
        super().__init__(text)
        self.ctx = ctx

    def execute(self) -> None:
        """First run, before the push: an AppError propagates and nothing is pushed."""
        before = self.ctx.shown_content()
        self._do()
        self.ctx.changed(self.focus_id())
        self._after_step()
        self.ctx.settle(before)

    def _guard(self, fn: Callable[[], None]) -> None:
        before = self.ctx.shown_content()
        super()._guard(fn)
        self._after_step()
        self.ctx.settle(before)

    def _after_step(self) -> None:
        """After a step and the window's refresh (a created node takes the version shown)."""

    def _report(self, exc: AppError) -> None:
        self.ctx.failed(exc)

    def _refresh(self) -> None:
        self.ctx.changed(self.focus_id())

    def focus_id(self) -> int | None:
        return None


class CommandContext:
    """What commands need: the services, the node refs, the nodes as the window shows them (their
    version and content) and two callbacks."""

    def __init__(self, services: Callable[[], Services], refs: RefRegistry, shown: Callable[[int], NodeView | None],
                 changed: Callable[[int | None], None], failed: Callable[[AppError], None]) -> None:
        self._services = services  # read at each call: the window may have opened another database
        self.refs = refs
        self.shown = shown  # node id -> the shown node (`version`, CONTENT_FIELDS) or None
        self.changed = changed
        self.failed = failed

    @property
    def services(self) -> Services:
        return self._services()

    def version_of(self, node_id: int) -> int:
        """The version the window shows (what the clerk's first edit is based on)."""
        node = self.shown(node_id)
        return int(node.version) if node is not None else 0

    def shown_content(self) -> dict[int, tuple[int, tuple[object, ...]]]:
        """Version and content shown for each written ref whose shown version is the one this
        stack left (a row already seen changed by someone else is left out)."""
        out = {}
        for ref in self.refs.written():
            node = self.shown(ref.id)
            if node is not None and node.version == ref.version:
                out[ref.id] = (int(node.version), tuple(getattr(node, f) for f in CONTENT_FIELDS))
        return out

    def settle(self, before: dict[int, tuple[int, tuple[object, ...]]]) -> None:
        """After a step: take over the new version of a written row whose content is as it was
        (renumbered or moved by this step), never one whose content changed."""
        for ref in self.refs.written():
            node, seen = self.shown(ref.id), before.get(ref.id)
            if node is None or seen is None or ref.version != seen[0] or node.version == seen[0]:
                continue
            if tuple(getattr(node, f) for f in CONTENT_FIELDS) == seen[1]:
                ref.version = int(node.version)


class AddNodeCommand(ServiceCommand):
    def __init__(self, ctx: CommandContext, plan_id: int, parent: NodeRef | None, position: int,
                 label: str, kind: str, text: str) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Add item"), ctx)
        self.plan_id, self.parent, self.position = plan_id, parent, position
        self.label, self.kind, self.body = label, kind, text
        self.ref: NodeRef | None = None
        self.made = False  # the last step created the row

    def _do(self) -> None:
        new_id = self.ctx.services.nodes.add(self.plan_id, self.parent.id if self.parent else None,
                                             self.position, label=self.label, kind=self.kind, text=self.body)
        if self.ref is None:
            self.ref = self.ctx.refs.get(int(new_id))
        else:
            self.ctx.refs.rebind(self.ref, int(new_id))
        self.ref.version = None  # a new row: its version is read once the window shows it
        self.made = True

    def _undo(self) -> None:
        assert self.ref is not None
        self.ctx.services.nodes.delete(self.ref.id)

    def _after_step(self) -> None:
        if self.made and self.ref is not None:
            self.made = False
            self.ref.version = self.ctx.version_of(self.ref.id) or None

    def focus_id(self) -> int | None:
        return self.ref.id if self.ref else None


class EditNodeCommand(ServiceCommand):
    """Change one field (label, text, kind) of a node: the first run against the version the
    clerk saw (`shown`, default: the tree's), undo and redo against the one the previous step
    left — a row someone else wrote meanwhile is refused, not overwritten."""

    def __init__(self, ctx: CommandContext, ref: NodeRef, field: str, old: object, new: object, *,
                 text: str | None = None, shown: int | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("UndoCommands", "Edit item"), ctx)
        self.ref, self.field, self.old, self.new = ref, field, old, new
        self.shown = shown
        self._ran = False

    def _set(self, value: object) -> None:
        if not self._ran and self.shown is not None:
            expected = self.shown
        elif self._ran and self.ref.version is not None:
            expected = self.ref.version
        else:
            expected = self.ctx.version_of(self.ref.id)
        self.ref.version = self.ctx.services.nodes.update(self.ref.id, expected, **{self.field: value})
        self._ran = True

    def _do(self) -> None:
        self._set(self.new)

    def _undo(self) -> None:
        self._set(self.old)

    def focus_id(self) -> int | None:
        return self.ref.id


class MoveNodeCommand(ServiceCommand):
    def __init__(self, ctx: CommandContext, ref: NodeRef, old_parent: NodeRef | None, old_position: int,
                 new_parent: NodeRef | None, new_position: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Move item"), ctx)
        self.ref = ref
        self.old = (old_parent, old_position)
        self.new = (new_parent, new_position)

    def _move(self, where: tuple[NodeRef | None, int]) -> None:
        parent, position = where
        self.ctx.services.nodes.move(self.ref.id, parent.id if parent else None, position)

    def _do(self) -> None:
        self._move(self.new)

    def _undo(self) -> None:
        self._move(self.old)

    def focus_id(self) -> int | None:
        return self.ref.id


class DeleteNodeCommand(ServiceCommand):
    """Delete a subtree; undo restores the snapshot the service returned."""

    def __init__(self, ctx: CommandContext, ref: NodeRef, parent: NodeRef | None) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Delete item"), ctx)
        self.ref, self.parent = ref, parent
        self.snapshot: DeletedSubtree | None = None
        self.deleted = False

    def _do(self) -> None:
        self.snapshot = self.ctx.services.nodes.delete(self.ref.id)
        self.deleted = True

    def _undo(self) -> None:
        assert self.snapshot is not None  # undo follows the delete
        self.ctx.services.nodes.restore(self.snapshot)  # the same ids come back: refs stay valid
        self.deleted = False

    def focus_id(self) -> int | None:
        """After the delete the parent is selected; after undo, the restored item."""
        if self.deleted:
            return self.parent.id if self.parent else None
        return self.ref.id


class FunctionCommand(GuardedCommand):
    """An edit outside the outline (agency directory, plan title) as a do/undo pair."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object],
                 failed: Callable[[AppError], None], changed: Callable[[], None]) -> None:
        super().__init__(text)
        self._do_fn, self._undo_fn, self._failed, self._changed = do, undo, failed, changed

    def _do(self) -> None:
        self._do_fn()

    def _undo(self) -> None:
        self._undo_fn()

    def _report(self, exc: AppError) -> None:
        self._failed(exc)

    def _refresh(self) -> None:
        self._changed()


# What a panel calls to make an edit undoable: (text, node id, do, undo) -> pushed?
RunEdit = Callable[[str, int, Callable[[int], None], Callable[[int], None]], bool]
# What a panel calls to change a node's field undoably, versions checked at every step:
# (text, node id, field, old value, new value, version shown) -> pushed?
UpdateNode = Callable[[str, int, str, object, object, int], bool]


class CallCommand(ServiceCommand):
    """Every other edit given as a do/undo pair of callables (assignments, deadline override)."""

    def __init__(self, ctx: CommandContext, text: str, ref: NodeRef, do: Callable[[int], None],
                 undo: Callable[[int], None]) -> None:
        super().__init__(text, ctx)
        self.ref, self._do_fn, self._undo_fn = ref, do, undo

    def _do(self) -> None:
        self._do_fn(self.ref.id)

    def _undo(self) -> None:
        self._undo_fn(self.ref.id)

    def focus_id(self) -> int | None:
        return self.ref.id
