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

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from app.errors import AppError
from app.ui.imports.review_marks import SHOW_ALL, SHOW_CHECK, RowMarks, row_marks
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.import_review import MentionCheck
    from app.services.plan_import import ImportedNode, ImportedPlan

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_BRUSH = QBrush(QColor("#fff3c4"))
MISSING_BRUSH = QBrush(QColor("#ffd9b3"))  # a task's empty lead or deadline cell
UNKNOWN_COLOR = QBrush(QColor("#b3261e"))  # an agency the directory does not know
COLUMNS = ("label", "text", "lead", "support", "deadline_text", "reading")
# number, lead, support, deadline, its reading: widths on a wide screen; the content column takes the rest
SIDE_COLUMNS = ((0, 76), (2, 95), (3, 75), (4, 64), (5, 92))
TEXT_SHARE = 0.45  # the least share of a narrow outline the content column keeps


class ReviewTree(QTreeWidget):
    """The outline under review. On a narrow screen (1024×600) the side columns shrink so the
    content column keeps its share: it used to be squeezed to a few letters (`Phổ bi…`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(COLUMNS))
        self.setUniformRowHeights(True)
        self.setIndentation(12)
        # Shift/Ctrl-click several rows: one typed lead, support or deadline fills them all
        self.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.fit_columns()

    def event(self, event: QEvent) -> bool:
        """F2 edits the review's cell: the window's F2 (rename in the plan tree) must not take it."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_F2 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        width = self.viewport().width()
        number = SIDE_COLUMNS[0][1]
        side = sum(wanted for _column, wanted in SIDE_COLUMNS) - number
        scale = min(1.0, max(0.0, width * (1 - TEXT_SHARE) - number) / side) if width > 0 else 1.0
        for column, wanted in SIDE_COLUMNS:  # the number column keeps its width: it holds the indentation too
            self.setColumnWidth(column, wanted if column == 0 else max(40, int(wanted * scale)))



class ReviewRows:
    """The row half of `ImportView` (see the module docstring); the view builds the widgets."""

    state: AppState
    prompter: Prompter
    plan: ImportedPlan | None
    tree: ReviewTree
    filter_combo: QComboBox
    count_label: QLabel
    row_note: QLabel
    edited: bool
    nodes: list[ImportedNode]
    items: list[QTreeWidgetItem]
    marks: list[RowMarks]
    checks: dict[str, MentionCheck]
    accepted: set[int]

    if TYPE_CHECKING:  # QObject's, through the view; declared for the type checker only
        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803

    def _check_mentions(self) -> dict[str, MentionCheck]:
        """How storing would match each agency mention (read from the directory, nothing written)."""
        if self.plan is None:
            return {}
        try:
            return self.state.services.import_review.check_mentions(self.plan)
        except AppError:
            return {}  # no marks rather than no review; storing reports any database error

    def _node(self, item: QTreeWidgetItem) -> ImportedNode:
        """The ImportedNode of a row (rows hold an index: Python objects stay out of QVariant)."""
        return self.nodes[int(item.data(0, NODE_ROLE))]

    def _paint(self, item: QTreeWidgetItem) -> None:
        """Show a row's values and marks; every cell's tooltip holds its whole text (cells are cut)."""
        index = int(item.data(0, NODE_ROLE))
        node = self.nodes[index]
        year = self.plan.date.year if self.plan is not None and self.plan.date else None
        marks = self.marks[index] = row_marks(node, year, self.checks, index in self.accepted)
        values = (node.label, node.text.split("\n", 1)[0], "; ".join(node.lead), "; ".join(node.support),
                  node.deadline_text or "", marks.reading)
        for column, value in enumerate(values):
            item.setText(column, value)
            item.setToolTip(column, value)
            item.setBackground(column, WARN_BRUSH if marks.needs_check else QBrush())
            item.setForeground(column, QBrush())
        item.setToolTip(1, node.text)
        if marks.needs_check:  # the row's colour says it; the reasons are on hover (no ⚠ eating the number)
            reasons = "\n".join("⚠ " + r for r in marks.reasons)
            item.setToolTip(0, reasons)
            item.setToolTip(1, reasons + "\n\n" + node.text)
        for column, mentions in ((2, node.lead), (3, node.support)):
            if mentions:
                item.setToolTip(column, marks.mention_tip(mentions, self.checks))
            if any(m in marks.unknown or m in marks.empty_groups for m in mentions):
                item.setForeground(column, UNKNOWN_COLOR)
        if marks.missing_lead:
            item.setBackground(2, MISSING_BRUSH)
            item.setToolTip(2, self.tr("No lead agency: type one (F2), names separated by ;"))
        if marks.missing_deadline:
            item.setBackground(4, MISSING_BRUSH)
            item.setToolTip(4, self.tr("No deadline: check the document, type one (F2) if it has one"))
        if marks.deadline_unknown:
            item.setForeground(5, UNKNOWN_COLOR)
            item.setToolTip(5, self.tr("The program did not understand this deadline: no reminder or "
                                       "overdue mark until it is retyped (for example 30/6/2025, quý II/2025)"))

    def show_row_note(self, item: QTreeWidgetItem | None) -> str:
        """Under the outline, in words, why the current row is marked (what hovering shows)."""
        marks = self.marks[int(item.data(0, NODE_ROLE))] if item is not None and self.marks else None
        parts: list[str] = []
        if marks is not None:
            parts += marks.reasons
            if marks.missing_deadline:
                parts.append(self.tr("No deadline"))
            if marks.reading and not marks.deadline_unknown:
                parts.append(self.tr("Deadline read as: {reading}").format(reading=marks.reading))
            if marks.unknown:
                parts.append(self.tr("Not in the directory: {names}").format(names="; ".join(marks.unknown)))
            if marks.empty_groups:
                parts.append(self.tr("Group without members: {names}").format(names="; ".join(marks.empty_groups)))
        note = " · ".join(dict.fromkeys(parts))
        self.row_note.setText(note)
        self.row_note.setToolTip(note)
        return note

    def _repaint(self, items: list[QTreeWidgetItem]) -> None:
        self.tree.blockSignals(True)
        for item in items:
            self._paint(item)
        self.tree.blockSignals(False)
        self._apply_filter()
        self.show_row_note(self.tree.currentItem())

    def _show_count(self) -> None:
        """One line: how many rows still ask for a check, and what else is worth a look."""
        if not self.marks:
            self.count_label.clear()
            return
        parts = [self.tr("{n} rows to check").format(n=sum(m.needs_check for m in self.marks))]
        missing = sum(m.missing_lead or m.missing_deadline for m in self.marks)
        if missing:
            parts.append(self.tr("{n} tasks without lead or deadline").format(n=missing))
        unknown = {m for marks in self.marks for m in marks.unknown}
        if unknown:
            parts.append(self.tr("{n} agency names not in the directory").format(n=len(unknown)))
        empty = {m for marks in self.marks for m in marks.empty_groups}
        if empty:
            parts.append(self.tr("{n} groups without members").format(n=len(empty)))
        self.count_label.setText(" · ".join(parts))

    def _apply_filter(self) -> None:
        """Hide the rows the filter leaves out (a shown row's ancestors stay, for its place)."""
        mode = max(0, self.filter_combo.currentIndex())
        shown = [mode == SHOW_ALL or marks.shown_by(mode) for marks in self.marks]
        for index in reversed(range(len(self.items))):
            item = self.items[index]
            children = (item.child(i) for i in range(item.childCount()))
            visible = shown[index] or any(child is not None and not child.isHidden() for child in children)
            item.setHidden(not visible)
        self._show_count()

    def next_to_check(self) -> QTreeWidgetItem | None:
        """Select the next row the filter asks about (rows to check when it shows all), wrapping."""
        mode = max(0, self.filter_combo.currentIndex())
        wanted = [i for i, m in enumerate(self.marks) if m.shown_by(mode if mode != SHOW_ALL else SHOW_CHECK)]
        if not wanted:
            return None
        current = self.tree.currentItem()
        here = int(current.data(0, NODE_ROLE)) if current is not None else -1
        index = next((i for i in wanted if i > here), wanted[0])
        item = self.items[index]
        marks = self.marks[index]  # land on the cell to fix, so F2 edits it at once
        column = 2 if marks.missing_lead else 4 if marks.deadline_unknown or marks.missing_deadline else 1
        self.tree.setCurrentItem(item, column)
        self.tree.scrollToItem(item)
        self.tree.setFocus()
        return item

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        """Take a typed cell into its node; a lead, support or deadline typed on one of several
        selected rows goes to every selected row (24 tasks of one block missing the same lead)."""
        value = item.text(column).strip()
        rows = [item]
        if column in (2, 3, 4) and item.isSelected():
            rows += [other for other in self.tree.selectedItems() if other is not item]
        for row in rows:
            self._take_value(row, column, value)
        self._repaint(rows)

    def _take_value(self, item: QTreeWidgetItem, column: int, value: str) -> None:
        self.edited = True
        node = self._node(item)
        if column == 0:
            node.label = value.removeprefix("⚠").strip()
        elif column == 1:
            rest = node.text.split("\n", 1)
            node.text = value + ("\n" + rest[1] if len(rest) > 1 else "")
        elif column in (2, 3):
            names = [v.strip() for v in value.split(";") if v.strip()]
            setattr(node, "lead" if column == 2 else "support", names)
            if names and node.kind == "text":
                node.kind = "task"
            new = [n for n in names if n not in self.checks]
            if new and self.plan is not None:
                try:
                    self.checks.update(self.state.services.import_review.check_mentions(self.plan, new))
                except AppError:
                    pass
        elif column == 4:
            node.deadline_text = value or None
            node.deadline = None  # storing reads the phrase again

    def mark_checked(self) -> None:
        """Accept the current row (and any other selected rows) as checked, then go on to the
        next one to check."""
        current = self.tree.currentItem()
        rows = list(dict.fromkeys(([current] if current is not None else []) + self.tree.selectedItems()))
        if not rows:
            return
        for item in rows:
            index = int(item.data(0, NODE_ROLE))
            self.nodes[index].warnings = []
            self.accepted.add(index)
        self.edited = True
        self._repaint(rows)
        self.next_to_check()

    # -- agencies the directory does not know -------------------------------------------------------
    def _agency_menu(self, pos: QPoint) -> QMenu | None:
        """Right-click (or the menu key) on a row: add each unknown agency of it to the directory,
        or record it as another name of a listed one — every row naming it is repaired at once."""
        item = self.tree.itemAt(pos) or self.tree.currentItem()
        if item is None:
            return None
        unknown = self.marks[int(item.data(0, NODE_ROLE))].unknown
        if not unknown:
            return None
        menu = QMenu(self.tree)
        for mention in unknown:
            menu.addAction(self.tr("Add “{m}” to the directory").format(m=mention), partial(self.add_mention, mention))
            menu.addAction(self.tr("“{m}” is another name of…").format(m=mention), partial(self.alias_mention, mention))
        menu.popup(self.tree.viewport().mapToGlobal(pos))  # not exec(): nothing waits on it
        return menu

    def add_mention(self, mention: str) -> bool:
        return self._directory_step(lambda: self.state.services.import_review.add_mention(mention))

    def alias_mention(self, mention: str, agency: str | None = None) -> bool:
        if agency is None:
            agency = self.prompter.get_text(self.tree, self.tr("Another name of an agency"), self.tr(
                "“{m}” is another name of which agency in the directory? (its name or a part of it)")
                .format(m=mention))
        if not agency:
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
        self._repaint(self.items)
        return True
