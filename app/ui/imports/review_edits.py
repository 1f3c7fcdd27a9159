"""The review's row repairs from the keyboard — split (F2, then Shift+Enter at the cursor), merge
with the row above (Ctrl+Backspace), delete (Del), lower or raise the level (Ctrl+Right, Ctrl+Left),
move a row up or down within its level (Ctrl+Up, Ctrl+Down), add a task row (Insert, or the "Add task"
button) — and undo/redo of every review edit (Ctrl+Z, Ctrl+Y), also offered in the row menu (right-click,
the menu key, or the "Rows" button).

Why a row can be added: a document in which the importer found no task (a cut web copy, a short
chỉ thị, duties in prose it misses) opens an empty review with its header as read; the clerk types
its tasks there rather than losing the header to a refusal.

Why the plan tree's keys: the clerk uses Del and Ctrl+Left/Right on the stored outline already;
in the review they act on the review's rows (`ReviewTree.keys` takes them before the window's
actions, which would act on the plan tree on another tab). The repairs themselves are
`app.services.review_outline` (no Qt); here they are applied to the plan under review, recorded
for undo (`review_history`), and shown: the outline is laid out again and the row repaired stays
current, so the clerk goes on from where they were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QKeyCombination, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit, QMenu, QPushButton, QWidget

from app.services import review_outline
from app.ui.imports.review_history import ReviewHistory, Snapshot
from app.ui.imports.review_marks import SHOW_ALL
from app.ui.imports.review_model import Column, ReviewModel
from app.ui.imports.review_names import NamesDelegate
from app.ui.imports.review_tree import PageKeys, ReviewTree, SplitDelegate

if TYPE_CHECKING:
    from app.services.plan_import import ImportedNode, ImportedPlan

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
ROW_SELECT = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


class ReviewEdits:
    """The repair half of `ImportView` (see the module docstring); a mix-in like `ReviewRows`."""

    plan: ImportedPlan | None
    tree: ReviewTree
    model: ReviewModel
    accepted: set[int]
    edited: bool
    history: ReviewHistory
    row_note: QLabel
    rows_button: QPushButton
    add_button: QPushButton
    filter_combo: QComboBox
    rows_menu: QMenu
    split_delegate: SplitDelegate
    page_keys: PageKeys

    if TYPE_CHECKING:  # the view's and ReviewRows' members, declared for the type checker only
        nodes: list[ImportedNode]

        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803
        def current_row(self) -> int | None: ...
        def selected_rows(self) -> list[int]: ...
        def row_of(self, index: QModelIndex | QPersistentModelIndex) -> int | None: ...
        def view_index(self, row: int, column: int = 0) -> QModelIndex: ...
        def select_only(self, index: QModelIndex) -> None: ...
        def is_row_shown(self, row: int) -> bool: ...
        def _paint(self, rows: list[int], show: bool = True) -> None: ...
        def _apply_filter(self) -> None: ...
        def show_row_note(self, row: int | None) -> str: ...
        def _row_menu(self, index: QModelIndex, where: QPoint) -> QMenu: ...
        def _agency_items(self, menu: QMenu, row: int) -> None: ...
        def replace_items(self, menu: QMenu, row: int) -> None: ...
        def _show_existing(self) -> None: ...
        def fill_names(self, choices: QStandardItemModel, alias: bool = False) -> None: ...

    def build_repairs(self, page: QWidget) -> None:
        """The row menu (right-click, the menu key, the "Rows" button), the keys, the split, the names."""
        self.tree.menu_requested.connect(self._row_menu)
        self.split_delegate = SplitDelegate(Column.TEXT, self.tree)  # Shift+Enter in the content cell
        self.split_delegate.on_split = self.split_at
        self.tree.setItemDelegateForColumn(Column.TEXT, self.split_delegate)
        names = NamesDelegate(self.fill_names, self.tree)  # the agencies' cells complete names
        for column in (Column.LEAD, Column.SUPPORT):
            self.tree.setItemDelegateForColumn(column, names)
        self.rows_button = QPushButton(page)  # the row menu without a mouse's right button
        self.rows_menu = QMenu(self.rows_button)
        self.rows_button.setMenu(self.rows_menu)
        self.rows_menu.aboutToShow.connect(self._fill_rows_menu)
        self.add_button = QPushButton(page)  # Insert: a new task row, its content cell open
        self.add_button.clicked.connect(self.add_row)
        # what Ctrl+Z and Ctrl+Y do: the window sets its own Undo and Redo, which act on this history
        # while the review is shown and say in the status bar what was undone, as on every other tab
        self.keyed_undo: Callable[[], object] = self.undo
        self.keyed_redo: Callable[[], object] = self.redo
        self._bind_keys()

    def take_undo_keys(self, page: QWidget) -> None:
        """Ctrl+Z and Ctrl+Y anywhere on the built page undo the review's edits — on its buttons and
        filter too, where they reached the window's undo of the stored plans — but in a text field.
        Insert adds a task row from anywhere on the page (from a text field too: the key goes on to
        the page): an empty review has no row to put the focus on, and the window's Ins would add an
        item to the plan tree on another tab."""
        keys = (Qt.Key.Key_Z, Qt.Key.Key_Y, Qt.Key.Key_Insert)
        self.page_keys = PageKeys({key: slot for key, slot in self.tree.keys.items() if key.key() in keys}, page)
        for widget in (page, *page.findChildren(QWidget)):
            if not isinstance(widget, QLineEdit) and widget is not self.tree and widget.parent() is not self.tree:
                widget.installEventFilter(self.page_keys)

    def _fill_rows_menu(self) -> None:
        self.rows_menu.clear()
        row = self.current_row()
        if row is not None:
            self._agency_items(self.rows_menu, row)
            self.replace_items(self.rows_menu, row)
        self.add_repair_actions(self.rows_menu)

    def _bind_keys(self) -> None:
        """The review's keys on its outline (taken before the window's shortcuts of the same keys)."""
        keys: tuple[tuple[Qt.KeyboardModifier, Qt.Key, Callable[[], object]], ...] = (
            (NONE, Qt.Key.Key_Delete, self.delete_rows),
            (NONE, Qt.Key.Key_Insert, self.add_row),
            (CTRL, Qt.Key.Key_Backspace, self.merge_up),
            (CTRL, Qt.Key.Key_Right, self.lower_rows),
            (CTRL, Qt.Key.Key_Left, self.raise_rows),
            (CTRL, Qt.Key.Key_Up, self.move_up),
            (CTRL, Qt.Key.Key_Down, self.move_down),
            (CTRL, Qt.Key.Key_Z, lambda: self.keyed_undo()),
            (CTRL, Qt.Key.Key_Y, lambda: self.keyed_redo()),
            (CTRL | SHIFT, Qt.Key.Key_Z, lambda: self.keyed_redo()),
        )
        for modifiers, key, slot in keys:
            self.tree.keys[QKeyCombination(modifiers, key)] = slot

    def add_repair_actions(self, menu: QMenu) -> None:
        """The row repairs and undo/redo, with their keys (the keys work without the menu)."""
        row = self.current_row()
        items = (
            (self.tr("Add a task row"), "Ins", self.add_row, self.plan is not None),
            (self.tr("Split this row at the cursor…"), "F2, Shift+Enter", self.start_split, row is not None),
            (self.tr("Merge with the row above"), "Ctrl+Backspace", self.merge_up, bool(row)),
            (self.tr("Delete the selected rows (their sub-rows stay)"), "Del", self.delete_rows, row is not None),
            (self.tr("Lower the level (under the row before)"), "Ctrl+Right", self.lower_rows, row is not None),
            (self.tr("Raise the level"), "Ctrl+Left", self.raise_rows, row is not None),
            (self.tr("Move up (within its level)"), "Ctrl+Up", self.move_up, row is not None),
            (self.tr("Move down (within its level)"), "Ctrl+Down", self.move_down, row is not None),
        )
        for text, key, slot, enabled in items:
            menu.addAction(f"{text}\t{key}", slot).setEnabled(enabled)
        menu.addSeparator()
        undo, redo = self.history.undo_text, self.history.redo_text
        menu.addAction((self.tr("Undo: {what}").format(what=undo) if undo else self.tr("Undo")) + "\tCtrl+Z",
                       self.undo).setEnabled(bool(undo))
        menu.addAction((self.tr("Redo: {what}").format(what=redo) if redo else self.tr("Redo")) + "\tCtrl+Y",
                       self.redo).setEnabled(bool(redo))

    # -- recording ----------------------------------------------------------------------------------
    def record(self, what: str) -> None:
        """Keep the outline as it is, before the edit `what`, for Ctrl+Z."""
        if self.plan is not None:
            self.history.record(what, self.plan.nodes, self.accepted, self.current_row(),
                                max(0, self.tree.currentIndex().column()), self.edited)

    @property
    def undo_text(self) -> str:
        """The edit Ctrl+Z would undo, in the clerk's words ("" for none): the window's Undo shows it."""
        return self.history.undo_text if self.plan is not None else ""

    @property
    def redo_text(self) -> str:
        return self.history.redo_text if self.plan is not None else ""

    def undo(self) -> bool:
        return self._restore(self.history.undo)

    def redo(self) -> bool:
        return self._restore(self.history.redo)

    def _restore(self, step: Callable[[Snapshot], Snapshot | None]) -> bool:
        if self.plan is None:
            return False
        now = Snapshot("", self.plan.nodes, frozenset(self.accepted), self.current_row(),
                       max(0, self.tree.currentIndex().column()), self.edited)
        back = step(now)
        if back is None:
            return False
        self.plan.nodes = back.nodes
        self._lay_out(set(back.accepted))
        self.edited = back.edited
        self._show_existing()  # a replace review's note counts the gone tasks in the outline it shows
        if back.row is not None and back.row < len(self.nodes):
            self._go_to(back.row, back.column)
        return True

    # -- repairs ------------------------------------------------------------------------------------
    def start_split(self) -> bool:
        """Open the content cell's editor: the clerk puts the cursor where the new row starts and
        presses Shift+Enter (`split_at`)."""
        row = self.current_row()
        if row is None:
            return False
        index = self.view_index(row, Column.TEXT)
        self.select_only(index)
        self.tree.edit(index)
        self.row_note.setText(self.tr("Put the cursor where the new row starts and press Shift+Enter"))
        return self.tree.state() == QAbstractItemView.State.EditingState

    def add_row(self) -> bool:
        """A new empty task row just after the current row and its sub-rows, at its level (at the end
        when no row is current: `review_outline.add`), its content cell open for typing; Ctrl+Z takes
        it away. A filter that would hide it ("Agencies not in the directory") gives way to all rows."""
        if self.plan is None:
            return False
        row = self.current_row()
        self.record(self.tr("Add row"))
        new = review_outline.add(self.plan.nodes, self.nodes[row] if row is not None else None)
        self._after(None, Column.TEXT)
        position = next(i for i, n in enumerate(self.nodes) if n is new)
        self._reveal(position, Column.TEXT)
        self.tree.edit(self.view_index(position, Column.TEXT))
        return True

    def unfinished(self) -> str:
        """Why the plan under review cannot be stored yet, "" when it can: no task at all (a header
        alone is nothing to follow: refused, not asked about), or a task row left without content
        (it becomes current, to type or delete)."""
        if self.plan is None:
            return ""
        if self.plan.is_empty():
            return self.tr("The plan has no task yet, so it is not stored: a plan with only its header cannot be "
                           "followed. Add its tasks (“Add task” or Insert), or cancel the import.")
        empty = next((i for i, n in enumerate(self.nodes) if n.kind == "task" and not n.text.strip()), None)
        if empty is None:
            return ""
        self._reveal(empty, Column.TEXT)
        return self.tr("A task row has no content: type the task (F2), or delete the row (Del).")

    def split_at(self, index: QModelIndex | QPersistentModelIndex, text: str, at: int) -> bool:
        """Split the row of `index` (a view index) at `at` in `text`, its content as typed."""
        row = self.row_of(index)
        if row is None or self.plan is None or not text[:at].strip() or not text[at:].strip():
            return False
        node = self.nodes[row]
        self.record(self.tr("Split row"))
        new = review_outline.split(self.plan.nodes, node, at, text)
        self._after(new, Column.TEXT, keep={id(node)})
        return True

    def merge_up(self) -> bool:
        row = self.current_row()
        if not row or self.plan is None:  # the first row has none above
            return False
        self.record(self.tr("Merge with the row above"))
        target = review_outline.merge_up(self.plan.nodes, self.nodes[row])
        self._after(target, Column.TEXT)
        return True

    def delete_rows(self) -> bool:
        rows = self._chosen()
        if not rows or self.plan is None:
            return False
        self.record(self.tr("Delete row") if len(rows) == 1 else self.tr("Delete {n} rows").format(n=len(rows)))
        # the row after the last one deleted (or before the first) stays current
        doomed = {id(self.nodes[r]) for r in rows}
        after = next((n for n in self.nodes[rows[-1] + 1:] if id(n) not in doomed), None) \
            or next((n for n in reversed(self.nodes[:rows[0]]) if id(n) not in doomed), None)
        review_outline.delete(self.plan.nodes, [self.nodes[r] for r in rows])
        self._after(after, max(0, self.tree.currentIndex().column()))
        return True

    def lower_rows(self) -> bool:
        return self._move(self.tr("Lower the level"), review_outline.lower)

    def raise_rows(self) -> bool:
        return self._move(self.tr("Raise the level"), review_outline.raise_level)

    def move_up(self) -> bool:
        return self._move(self.tr("Move up"), lambda roots, rows: review_outline.shift(roots, rows, -1))

    def move_down(self) -> bool:
        return self._move(self.tr("Move down"), lambda roots, rows: review_outline.shift(roots, rows, +1))

    def _move(self, what: str, move: Callable[[list[ImportedNode], list[ImportedNode]], bool]) -> bool:
        rows = self._chosen()
        if not rows or self.plan is None:
            return False
        current = self.nodes[self.current_row() or rows[0]]
        self.record(what)
        if not move(self.plan.nodes, [self.nodes[r] for r in rows]):
            self.history.forget()  # nothing moved: nothing to undo
            return False
        self._after(current, max(0, self.tree.currentIndex().column()), select=[self.nodes[r] for r in rows])
        return True

    def _chosen(self) -> list[int]:
        """The selected rows, or the current one."""
        current = self.current_row()
        return sorted({*self.selected_rows(), *([current] if current is not None else [])})

    # -- showing the result -------------------------------------------------------------------------
    def _after(self, focus: ImportedNode | None, column: int, keep: set[int] | None = None,
               select: list[ImportedNode] | None = None) -> None:
        """Lay the repaired outline out again, the accepted rows kept, the row `focus` current.
        `keep`: rows (by identity) to leave unaccepted — their text changed."""
        accepted_nodes = {id(self.nodes[r]) for r in self.accepted} - (keep or set())
        self.edited = True
        self._lay_out(None, accepted_nodes)
        if focus is not None:
            position = next(i for i, n in enumerate(self.nodes) if n is focus)
            self._go_to(position, column)
        for node in select or []:
            position = next(i for i, n in enumerate(self.nodes) if n is node)
            if self.is_row_shown(position):
                self.tree.selectionModel().select(self.view_index(position), ROW_SELECT)

    def _lay_out(self, accepted: set[int] | None, accepted_nodes: set[int] | None = None) -> None:
        """Show `plan.nodes` again: rows, marks, filter; accepted rows given by position or identity."""
        if self.plan is None:
            return
        given = self.model.deadlines_given  # as the document was read, not as repaired

        def mark() -> None:  # the rows listed, before the filter and the tree read them
            self.model.deadlines_given = given
            self.accepted = accepted if accepted is not None else {
                i for i, n in enumerate(self.nodes) if id(n) in (accepted_nodes or set())}
            self._paint(list(range(len(self.nodes))), show=False)

        self.model.set_nodes(self.plan.nodes, mark)
        self.tree.expandAll()
        self._apply_filter()

    def _reveal(self, row: int, column: int) -> None:
        """Make `row` current, the filter giving way to all rows when it leaves the row out."""
        if not self.is_row_shown(row):
            self.filter_combo.setCurrentIndex(SHOW_ALL)
        self._go_to(row, column)

    def _go_to(self, row: int, column: int) -> None:
        """Make `row` current — or, when the filter leaves it out, the next row shown (else the last)."""
        shown = [r for r in range(len(self.nodes)) if self.is_row_shown(r)] if not self.is_row_shown(row) else [row]
        row = next((r for r in shown if r >= row), shown[-1] if shown else row)
        index = self.view_index(row, column)
        if not index.isValid():
            self.show_row_note(None)
            return
        self.select_only(index)  # the row alone selected, whatever key is held (the Ctrl of Ctrl+Z)
        self.tree.scrollTo(index)
        self.tree.setFocus()
        self.show_row_note(row)

    # -- the row menu ---------------------------------------------------------------------------------
    def row_menu_at(self, index: QModelIndex, where: QPoint, agency_items: Callable[[QMenu, int], None]) -> QMenu:
        """The menu of the row at `index` (the current row when none): its agencies, then the repairs."""
        row = self.row_of(index)
        if row is not None and row not in self.selected_rows():
            self.select_only(index)
        row = self.current_row()
        menu = QMenu(self.tree)
        if row is not None:
            agency_items(menu, row)
            self.replace_items(menu, row)  # a replaced plan's row: the document's values instead of the stored
        self.add_repair_actions(menu)
        menu.popup(where)  # not exec(): nothing waits on it
        return menu

