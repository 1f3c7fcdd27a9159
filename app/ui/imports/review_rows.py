"""The outline of the import review and what it does with its rows: paint each row with its
marks (`review_marks`), count and filter the rows to check, walk them from the keyboard, take
the clerk's edits, and repair agency mentions through the directory in one step.

Why a mix-in of `ImportView` rather than a widget of its own: the rows edit the view's
`ImportedPlan` in place and the view stores it as edited; one object keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit, QMenu

from app.domain.text import fold, sort_key
from app.errors import AppError
from app.services import review_outline
from app.services.import_review import PROPOSED
from app.services.mention_matching import is_name
from app.ui.imports.review_filter import ReviewFilter
from app.ui.imports.review_marks import (
    SHOW_ALL,
    SHOW_CHECK,
    SHOW_MISSING,
    SHOW_UNKNOWN,
    RowMarks,
    no_deadline_reason,
    row_marks,
)
from app.ui.imports.review_model import ReviewModel
from app.ui.imports.review_tree import ReviewTree
from app.ui.shell.state import AppState
from app.ui.widgets.agency_picker import directory_names, fill_choices
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.import_review import MentionCheck
    from app.services.plan_import import ImportedNode, ImportedPlan

class ReviewRows:
    """The row half of `ImportView` (see the module docstring); the view builds the widgets."""

    state: AppState
    prompter: Prompter
    plan: ImportedPlan | None
    tree: ReviewTree
    model: ReviewModel
    proxy: ReviewFilter  # what the tree shows: every index of the tree is one of the proxy's
    filter_combo: QComboBox
    count_label: QLabel
    row_note: QLabel
    issuer_edit: QLineEdit  # the header's issuer, as the clerk may have corrected it
    title_edit: QLineEdit
    edited: bool
    accepted: set[int]

    if TYPE_CHECKING:  # QObject's, through the view; declared for the type checker only
        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803
        def record(self, what: str) -> None: ...
        def _find_existing(self) -> None: ...
        def row_menu_at(self, index: QModelIndex, where: QPoint,
                        agency_items: Callable[[QMenu, int], None]) -> QMenu: ...

    def _check_mentions(self) -> dict[str, MentionCheck]:
        """How storing would match each agency mention (read from the directory, nothing written)."""
        if self.plan is None:
            return {}
        try:
            return self.state.services.import_review.check_mentions(self.plan)
        except AppError:
            return {}  # no marks rather than no review; storing reports any database error

    def fill_names(self, choices: QStandardItemModel, alias: bool = False) -> None:
        """What a lead or support cell completes (`review_names`): the directory's agencies and groups,
        then the names the plan gives that the directory lacks — its issuer too, as its header reads now
        (session 16: the issuer often leads the items the importer missed, and typing `luong minh` for
        `Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh` offered nothing). The alias box (`alias`)
        completes the directory's settled names only, as the send window's does (`directory_names`)."""
        listed, groups = directory_names(self.state.services.agencies, proposed=not alias)
        known = {fold(a.name) for a in listed} | {fold(g.name) for g in groups}
        given = {m for n in self.nodes for m in (*n.lead, *n.support, self.issuer_edit.text().strip())
                 if not alias and is_name(m) and fold(m) not in known}
        fill_choices(choices, listed, groups, sorted(given, key=sort_key))

    @property
    def nodes(self) -> list[ImportedNode]:
        return self.model.nodes

    @property
    def marks(self) -> list[RowMarks]:
        return self.model.marks

    @property
    def checks(self) -> dict[str, MentionCheck]:
        return self.model.checks

    @checks.setter
    def checks(self, checks: dict[str, MentionCheck]) -> None:
        self.model.checks = checks

    def row_of(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        """The position in `nodes` of a view (proxy) index, None for no row."""
        source = self.proxy.mapToSource(index) if index.isValid() else QModelIndex()
        return self.model.position(source) if source.isValid() else None

    def view_index(self, row: int, column: int = 0) -> QModelIndex:
        """The view's index of the node at position `row` (invalid when the filter leaves it out)."""
        return self.proxy.mapFromSource(self.model.index_of(row, column))

    def current_row(self) -> int | None:
        return self.row_of(self.tree.currentIndex())

    def selected_rows(self) -> list[int]:
        """The selected rows in outline order."""
        rows = (self.row_of(i) for i in self.tree.selectionModel().selectedIndexes())
        return sorted({row for row in rows if row is not None})

    def select_only(self, index: QModelIndex) -> None:
        """Make `index` current, its row alone selected. Not `setCurrentIndex`: it reads the keys held, and
        with the Ctrl of Ctrl+Enter it added the next row to the accepted one's selection, so the lead typed
        next went into both rows."""
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)

    def is_row_shown(self, row: int) -> bool:
        """Does the filter leave the row in the outline?"""
        return self.view_index(row).isValid()

    def _paint(self, rows: list[int], show: bool = True) -> None:
        """Compute the marks of rows again from their current values and show them (`show`: signal the
        rows; not for an outline being laid out, which is read whole anyway)."""
        year = self.plan.date.year if self.plan is not None and self.plan.date else None
        for row in rows:
            self.model.marks[row] = row_marks(self.nodes[row], year, self.checks, row in self.accepted,
                                              self.model.deadlines_given)
        if show:
            self.model.refresh(rows)

    def show_row_note(self, row: int | None) -> str:
        """Under the outline, in words, why the current row is marked (what hovering shows)."""
        marks = self.marks[row] if row is not None and row < len(self.marks) else None
        parts: list[str] = []
        if marks is not None:
            parts += marks.reasons
            if marks.missing_deadline and no_deadline_reason() not in parts:
                parts.append(self.tr("No deadline"))
            if marks.reading and not marks.deadline_unknown:
                parts.append(self.tr("Deadline read as: {reading}").format(reading=marks.reading))
            if marks.unknown:
                parts.append(self.tr("Not in the directory: {names}").format(names="; ".join(marks.unknown)))
            empty = [g for g in marks.empty_groups if g not in marks.unknown]  # a new name is said once, above
            if empty:
                parts.append(self.tr("Group without members: {names}").format(names="; ".join(empty)))
        note = " · ".join(dict.fromkeys(parts))
        self.row_note.setText(note)
        self.row_note.setToolTip(note)
        return note

    def _repaint(self, rows: list[int]) -> None:
        self._paint(rows)
        self._apply_filter()
        self.show_row_note(self.current_row())

    def _show_count(self) -> None:
        """One line: how many rows still ask for a check, and what else is worth a look."""
        if not self.marks:
            self.count_label.clear()
            return
        parts = [self.tr("{n} rows to check").format(n=sum(m.needs_check for m in self.marks))]
        missing = sum(m.missing_lead or m.missing_deadline for m in self.marks)
        if missing:
            parts.append(self.tr("{n} tasks without lead or deadline").format(n=missing))
        if not self.model.deadlines_given and any(n.kind == "task" for n in self.nodes):
            parts.append(self.tr("the document gives no deadlines"))
        # by name, not spelling (`MentionCheck.key`): `UBND xã` and `Ủy ban nhân dân xã` are one body once stored
        unknown = {self.checks[m].key for marks in self.marks for m in marks.unknown if m in self.checks}
        if unknown:
            parts.append(self.tr("{n} agency names not in the directory").format(n=len(unknown)))
        # a group of the directory that has no members yet; a new group name is counted once, as unknown
        empty = {self.checks[m].key for marks in self.marks for m in marks.empty_groups if m in self.checks} - unknown
        if empty:
            parts.append(self.tr("{n} groups without members").format(n=len(empty)))
        self.count_label.setText(" · ".join(parts))
        self.count_label.setToolTip(self.tr(
            "Storing adds each name not in the directory as a proposed agency (a group name as a group without "
            "members); to add one now, or record it as another name of a listed agency or group, right-click a row "
            "naming it.")
            if unknown or empty else "")

    def _apply_filter(self) -> None:
        """Show the rows of the chosen filter (the proxy keeps a shown row's ancestors), opened."""
        mode = max(0, self.filter_combo.currentIndex())
        if mode != self.proxy.mode:
            current, column = self.current_row(), max(0, self.tree.currentIndex().column())
            self.proxy.set_mode(mode)
            self.tree.expandAll()  # rows the proxy inserts again come back closed
            if current is not None and self.is_row_shown(current):
                self.select_only(self.view_index(current, column))
        self._show_count()
        self.tree.show_placeholder(self.empty_filter_text(mode))

    def empty_filter_text(self, mode: int) -> str:
        """The line an empty filtered outline shows instead of a blank pane: why it is empty, and
        where the rows still marked are; over no row at all, how to add one."""
        if not self.marks:
            return self.tr("No rows. Press Insert (or “Add task”) to add a task.") if self.plan is not None else ""
        to_check = sum(m.needs_check for m in self.marks)
        missing = sum(m.missing_lead or m.missing_deadline for m in self.marks)
        unknown = len({m for marks in self.marks for m in (*marks.unknown, *marks.empty_groups)})
        if mode == SHOW_CHECK:
            head = self.tr("No rows to check.")
            if missing and not self.model.deadlines_given:
                head += " " + self.tr("The document gives no task a deadline.")
        elif mode == SHOW_MISSING:
            head = self.tr("Every task has a lead and a deadline.")
        else:
            head = self.tr("Every agency named is in the directory.")
        name = self.filter_combo.itemText
        if to_check and mode != SHOW_CHECK:
            return head + " " + self.tr("{n} rows still to check: choose “{filter}” or press F8.").format(
                n=to_check, filter=name(SHOW_CHECK))
        if missing and mode != SHOW_MISSING:
            return head + " " + self.tr("{n} tasks have no lead or deadline: choose “{filter}”.").format(
                n=missing, filter=name(SHOW_MISSING))
        if unknown and mode == SHOW_CHECK:
            return head + " " + self.tr("{n} agency names still need the directory: choose “{filter}”.").format(
                n=unknown, filter=name(SHOW_UNKNOWN))
        return head + " " + self.tr("When the header is right, store the plan.")

    def next_to_check(self, after: int | None = None) -> int | None:
        """Select the next row the filter asks about, wrapping. With all rows shown: the next row
        to check, or — none left — the next one still marked (a task without lead or deadline,
        an agency not in the directory), so F8 never stands still while something is marked."""
        mode = max(0, self.filter_combo.currentIndex())
        if mode == SHOW_ALL:
            wanted = [i for i, m in enumerate(self.marks) if m.needs_check] \
                or [i for i, m in enumerate(self.marks) if m.marked]
        else:
            wanted = [i for i, m in enumerate(self.marks) if m.shown_by(mode)]
        if not wanted:
            return None
        # from `after`, else from the row the clerk is on: not from the current row Qt gives an outline
        # on focus (unselected), or F8 would pass over a first row to check
        here = after if after is not None else \
            self.current_row() if self.tree.selectionModel().hasSelection() else None
        row = next((i for i in wanted if i > (-1 if here is None else here)), wanted[0])
        index = self.view_index(row, self.marks[row].cell_to_fix(self.nodes[row]))  # F2 edits it at once
        self.select_only(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)  # the rows after it in sight too
        self.tree.setFocus()
        return row

    def _cell_edited(self, row: int, column: int, value: str) -> None:
        """Take a typed cell into its node; a lead, support or deadline typed on one of several
        selected rows goes to every selected row (24 tasks of one block missing the same lead)."""
        if column == 4:  # read again from the cleaned text (`_take_value`; `row_marks` for its reading)
            value = review_outline.typed_deadline(value)
        rows = [row]
        selected = self.selected_rows()
        if column in (2, 3, 4) and row in selected:
            rows += [other for other in selected if other != row]
        if all(self.model.index_of(each, column).data() == value for each in rows):
            return  # F2 and Enter with nothing changed: nothing to undo
        self.record(self.tr("Edit {column}").format(column=self.model.headerData(
            column, Qt.Orientation.Horizontal).lower()))
        for each in rows:
            self._take_value(each, column, value)
        self._repaint(rows)

    def _take_value(self, row: int, column: int, value: str) -> None:
        self.edited = True
        node = self.nodes[row]
        if column == 0:
            node.label = value.removeprefix("⚠").strip()
        elif column == 1:
            rest = node.text.split("\n", 1)
            node.text = value + ("\n" + rest[1] if len(rest) > 1 else "")
        elif column in (2, 3):
            names = [v.strip() for v in value.split(";") if v.strip()]
            setattr(node, "lead" if column == 2 else "support", names)
            if names:
                _follow(node)
            new = [n for n in names if n not in self.checks]
            if new and self.plan is not None:
                try:
                    self.checks.update(self.state.services.import_review.check_mentions(self.plan, new))
                except AppError:
                    pass
        elif column == 4:
            node.deadline_text = value or None
            node.deadline = None  # storing reads the phrase again
            if value:
                _follow(node)

    def mark_checked(self) -> None:
        """Accept the current row (and any other selected rows) as checked, then go on to the
        next one to check."""
        current = self.current_row()
        rows = list(dict.fromkeys(([current] if current is not None else []) + self.selected_rows()))
        if not rows:
            return
        self.record(self.tr("Mark as checked"))
        for row in rows:
            self.nodes[row].warnings = []
            self.accepted.add(row)
        self.edited = True
        self._repaint(rows)
        self.next_to_check(after=current)  # the accepted row may have left the filter, and the selection with it

    # -- agencies the directory does not know -------------------------------------------------------
    def _row_menu(self, index: QModelIndex, where: QPoint) -> QMenu:
        """Right-click (or the menu key) on a row: add each unknown agency of it to the directory,
        or record it as another name of a listed one — every row naming it is repaired at once —
        then the row repairs (`ReviewEdits`)."""
        return self.row_menu_at(index, where, self._agency_items)

    def _agency_items(self, menu: QMenu, row: int) -> None:
        for mention in self.marks[row].unknown:
            shown = self.state.services.import_review.name_to_add(mention, self.plan)
            menu.addAction(self.tr("Add “{m}” to the directory").format(m=shown), partial(self.add_mention, mention))
            menu.addAction(self.tr("“{m}” is another name of…").format(m=mention), partial(self.alias_mention, mention))
        if self.marks[row].unknown:
            menu.addSeparator()

    def add_mention(self, mention: str) -> bool:
        return self._directory_step(lambda: self.state.services.import_review.add_mention(mention, self.plan))

    def alias_mention(self, mention: str, agency: str | None = None) -> bool:
        if agency is None:
            agency = self.prompter.get_text(self.tree, self.tr("Another name of an agency"), self.tr(
                "“{m}” is another name of which agency or group in the directory? (its name or a part of it)")
                .format(m=mention), names=partial(self.fill_names, alias=True))  # the directory's names
        if not agency:
            return False
        check = self.checks.get(mention)
        if check is not None and check.status == PROPOSED and not self.prompter.ask_yes_no(
                self.tree, self.tr("Another name of an agency"), self.tr(
                    "“{m}” was stored by an earlier import as a proposed agency. Merge it into “{agency}”? Its tasks "
                    "and reports move there and “{m}” becomes another name of it. The database is backed up first; "
                    "this cannot be undone.").format(m=mention, agency=agency)):
            return False
        return self._directory_step(lambda: self.state.services.import_review.alias_mention(mention, agency))

    def _directory_step(self, step: Callable[[], object]) -> bool:
        """Run one directory change, then read every mention again and repaint all rows."""
        try:
            step()
        except AppError as exc:
            self.prompter.error(self.tree, exc.message)
            return False
        self.checks = self._check_mentions()
        self._repaint(list(range(len(self.nodes))))
        return True

    def header_edited(self) -> None:
        """The issuer or title typed in the header (Enter, or the focus leaving it): storing matches the plan's names
        with them — the office's own plan, the plan's city, the issuer's level for a name added from the row menu —
        so they are the plan's from now on and every mention is read again: what the review shows is stored."""
        if self.plan is None:
            return
        issuer, title = self.issuer_edit.text().strip() or None, self.title_edit.text().strip() or self.plan.title
        if (issuer, title) != (self.plan.issuer, self.plan.title):
            self.plan.issuer, self.plan.title = issuer, title
            self.checks = self._check_mentions()
            self._repaint(list(range(len(self.nodes))))

    def database_changed(self) -> None:
        """Another database was opened (or a backup restored) during the review: storing goes there, so
        every mention is matched against its directory again and the replace question follows it."""
        if self.plan is None:
            return
        self.checks = self._check_mentions()
        self._find_existing()
        self._repaint(list(range(len(self.nodes))))


def _follow(node: ImportedNode) -> None:
    """A row given a lead, support or deadline is a task to follow: a duty the importer read as text or as a
    heading over its points (`7.1. Kiểm tra việc vận động …` with its `-` points) was stored unfollowed, and its
    typed deadline with it. Only a lead made a task of it, and only of a text row."""
    if node.kind in ("text", "section"):
        node.kind = "task"
