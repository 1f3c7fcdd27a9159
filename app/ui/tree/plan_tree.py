"""The plan outline panel: a tree view over `PlanTreeModel` and the controller of its edits.

Why a controller: the view only displays and reports gestures; every change (typing in a cell,
a drag, a menu command, a shortcut) becomes a QUndoCommand calling a service, after which the
outline is re-read from the service so what is shown is what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from app.domain.text import printed_label
from app.errors import AppError
from app.ui.shell.actions import ActionRegistry
from app.ui.shell.state import DIRECTORY, TASKS, AppState
from app.ui.task.undo_commands import (
    AddNodeCommand,
    CallCommand,
    CommandContext,
    DeleteNodeCommand,
    EditNodeCommand,
    MoveNodeCommand,
    RefRegistry,
    ServiceCommand,
)
from app.ui.tree.plan_tree_model import Column, PlanTreeModel
from app.ui.tree.tree_columns import FittedColumns
from app.ui.widgets.compact import CompactCells, CompactHeader
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.views import NodeView

EXPAND_LIMIT = 600


class PlanTreeView(FittedColumns):
    """Keyboard and mouse: F2 edits, Ins/Ctrl+Ins add, Del deletes, Ctrl+arrows move; drag reorders."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTree")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHeader(CompactHeader(self))  # a narrow column's header and cells in their short forms
        self.setItemDelegate(CompactCells(self))
        self.header().setStretchLastSection(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """`*` opens the whole plan (Qt's own `*` opens only the current item's branch)."""
        if event.key() == Qt.Key.Key_Asterisk and self.state() != QAbstractItemView.State.EditingState:
            self.expandAll()
            event.accept()
            return
        super().keyPressEvent(event)

class PlanTreeController(QObject):
    """Loads a plan into the model and turns user gestures into undoable service calls."""

    node_selected = Signal(object)  # NodeView | None
    edited = Signal()  # a stored change made here (counts in the plans list may differ)

    def __init__(self, view: PlanTreeView, state: AppState, undo_stack: QUndoStack, prompter: Prompter,
                 registry: ActionRegistry | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.state = state
        self.undo_stack = undo_stack
        self.prompter = prompter
        self.registry = registry
        self.model = PlanTreeModel(self)
        self.plan_id: int | None = None  # the plan shown (follows `state.plan_id`)
        self.shown_id: int | None = None  # the node the task panel shows
        # asked before another node is shown (the task panel's unsaved edits); False keeps the current one
        self.leave_guard: Callable[[], bool] | None = None
        self.refs = RefRegistry()
        view.setModel(self.model)
        view.set_column_widths()
        self.ctx = CommandContext(lambda: state.services, self.refs, self.model.node, self._after_change,
                                  self._failed)
        state.services_changed.connect(lambda: self.load_plan(None))  # ids of the old database mean nothing
        state.plan_changed.connect(self.load_plan)
        state.as_of_changed.connect(lambda: self.refresh())
        state.data_changed.connect(self._data_changed)
        self.model.edit_requested.connect(self.edit_field)
        self.model.move_requested.connect(self.move_to)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.customContextMenuRequested.connect(self._context_menu)

    # -- loading ---------------------------------------------------------------------------
    def _data_changed(self, what: str) -> None:
        """Directory or tasks changed elsewhere: re-read the states and reporting agencies. (A changed
        plan list is the window's: it settles which plan is open, then refreshes this one.)"""
        if what in (DIRECTORY, TASKS):
            self.refresh()

    def load_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.model.set_nodes(self.state.services.plans.tree(plan_id, self.state.as_of()) if plan_id else [])
        if self.model.node_count() <= EXPAND_LIMIT:  # a 2,000-node plan opens collapsed: 60 ms saved
            self.view.expandToDepth(0)
        self._current_changed(self.view.currentIndex())

    def refresh(self, focus_id: int | None = None) -> None:
        """Re-read the outline keeping expanded items, and select `focus_id` (or the current node)."""
        if self.plan_id is None:
            return
        expanded = [nid for nid in self._all_ids() if self.view.isExpanded(self.model.index_of(nid))]
        current = focus_id if focus_id is not None else self.current_id()
        self.model.set_nodes(self.state.services.plans.tree(self.plan_id, self.state.as_of()))
        for nid in expanded:
            index = self.model.index_of(nid)
            if index.isValid():
                self.view.setExpanded(index, True)
        if current is not None:
            self.select_node(current)
        self._current_changed(self.view.currentIndex())

    def _all_ids(self) -> list[int]:
        return list(self.model._by_id)

    def select_node(self, node_id: int) -> bool:
        index = self.model.index_of(node_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.view.setExpanded(parent, True)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def select_row(self, node_id: int | None) -> None:
        """Make `node_id` current, else the plan's first row: a plan just stored must not open on no row
        at all (the task panel then only says "choose an item" and the arrow keys have nothing to move)."""
        if node_id is not None and self.select_node(node_id):
            return
        first = self.model.index(0, 0)
        if first.isValid():
            self.view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current_id(self) -> int | None:
        item = self.model.item(self.view.currentIndex())
        return item.id if item else None

    def current_view(self) -> NodeView | None:
        node_id = self.current_id()
        return self.model.node(node_id) if node_id is not None else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        item = self.model.item(current)
        new_id = item.id if item else None
        if new_id != self.shown_id and self.shown_id is not None and self.leave_guard is not None:
            back = self.model.index_of(self.shown_id)
            if back.isValid() and not self.leave_guard():
                selection = self.view.selectionModel()
                selection.blockSignals(True)
                selection.setCurrentIndex(back, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                selection.blockSignals(False)
                self.view.viewport().update()
                return
        self.shown_id = new_id
        self.node_selected.emit(item.view if item else None)

    # -- commands ----------------------------------------------------------------------------
    def run(self, command: ServiceCommand) -> bool:
        """Execute once (refused edits raise AppError → message, nothing pushed), then push."""
        try:
            command.execute()
        except AppError as exc:
            self.prompter.error(self.view, exc.message)
            return False
        self.undo_stack.push(command)
        return True

    def add_sibling(self) -> int | None:
        if self.plan_id is None:
            return None
        current = self.current_id()
        parent = self.model.parent_id(current) if current is not None else None
        siblings = self.model.children_ids(parent)
        position = siblings.index(current) + 1 if current in siblings else len(siblings)
        return self._add(parent, position)

    def add_child(self) -> int | None:
        current = self.current_id()
        if self.plan_id is None or current is None:
            return self.add_sibling()
        return self._add(current, len(self.model.children_ids(current)))

    def _add(self, parent: int | None, position: int, text: str = "") -> int | None:
        assert self.plan_id is not None
        command = AddNodeCommand(self.ctx, self.plan_id, self.refs.get(parent) if parent else None, position,
                                 "", "task", text or QCoreApplication.translate("PlanTree", "New task"))
        if not self.run(command):
            return None
        new_id = command.focus_id()
        if new_id is not None:
            self.view.edit(self.model.index_of(new_id, Column.CONTENT))
        return new_id

    def edit_field(self, node_id: int, field: str, value: object) -> bool:
        view = self.model.node(node_id)
        if view is None:
            return False
        return self.run(EditNodeCommand(self.ctx, self.refs.get(node_id), field, getattr(view, field), value))

    def run_call(self, text: str, node_id: int, do: Callable[[int], None], undo: Callable[[int], None]) -> bool:
        """The task panel's edits, undoable on the same stack and refs as the tree's own."""
        return self.run(CallCommand(self.ctx, text, self.refs.get(node_id), do, undo))

    def run_update(self, text: str, node_id: int, field: str, old: object, new: object, shown: int) -> bool:
        """The task panel's field edits (kind): versions checked at every step, like the tree's."""
        return self.run(EditNodeCommand(self.ctx, self.refs.get(node_id), field, old, new, text=text, shown=shown))

    def delete_current(self) -> bool:
        view = self.current_view()
        if view is None:
            return False
        count = self._subtree_size(view.id)
        question = QCoreApplication.translate("PlanTree", "Delete “{label} {text}”?").format(
            label=printed_label(view.label), text=_short(view.text))
        if count > 1:
            below = QCoreApplication.translate("PlanTree", "{count} items below it will be deleted too.")
            question += "\n" + below.format(count=count - 1)
        if not self.prompter.ask_yes_no(self.view, QCoreApplication.translate("PlanTree", "Delete item"), question):
            return False
        parent = self.model.parent_id(view.id)
        return self.run(DeleteNodeCommand(self.ctx, self.refs.get(view.id), self.refs.get(parent) if parent else None))

    def _subtree_size(self, node_id: int) -> int:
        return 1 + sum(self._subtree_size(c) for c in self.model.children_ids(node_id))

    def move_to(self, node_id: int, new_parent: int | None, new_position: int) -> bool:
        old_parent = self.model.parent_id(node_id)
        siblings = self.model.children_ids(old_parent)
        old_position = siblings.index(node_id)
        if new_parent == old_parent and new_position == old_position:
            return False
        ref = self.refs.get
        return self.run(MoveNodeCommand(self.ctx, ref(node_id), ref(old_parent) if old_parent else None,
                                        old_position, ref(new_parent) if new_parent else None, new_position))

    def move_up(self) -> bool:
        return self._shift(-1)

    def move_down(self) -> bool:
        return self._shift(+1)

    def _shift(self, delta: int) -> bool:
        node_id = self.current_id()
        if node_id is None:
            return False
        parent = self.model.parent_id(node_id)
        siblings = self.model.children_ids(parent)
        position = siblings.index(node_id) + delta
        if not 0 <= position < len(siblings):
            return False
        return self.move_to(node_id, parent, position)

    def indent(self) -> bool:
        """Make the node the last child of its previous sibling."""
        node_id = self.current_id()
        if node_id is None:
            return False
        siblings = self.model.children_ids(self.model.parent_id(node_id))
        index = siblings.index(node_id)
        if index == 0:
            return False
        new_parent = siblings[index - 1]
        return self.move_to(node_id, new_parent, len(self.model.children_ids(new_parent)))

    def outdent(self) -> bool:
        """Make the node the next sibling of its parent."""
        node_id = self.current_id()
        parent = self.model.parent_id(node_id) if node_id is not None else None
        if node_id is None or parent is None:
            return False
        grand = self.model.parent_id(parent)
        return self.move_to(node_id, grand, self.model.children_ids(grand).index(parent) + 1)

    def rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index.siblingAtColumn(Column.CONTENT))

    # -- callbacks from commands ----------------------------------------------------------------
    def _after_change(self, focus_id: int | None) -> None:
        self.refresh(focus_id)
        self.edited.emit()

    def _failed(self, exc: AppError) -> None:
        self.prompter.error(self.view, exc.message)

    def _context_menu(self, pos: QPoint) -> None:
        if self.registry is None:
            return
        menu = QMenu(self.view)
        for name in ("edit.add_sibling", "edit.add_child", "edit.rename", None, "edit.move_up", "edit.move_down",
                     "edit.indent", "edit.outdent", None, "edit.delete"):
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.registry[name])
        menu.popup(self.view.viewport().mapToGlobal(pos))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
