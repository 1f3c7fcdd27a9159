"""Import a plan document: choose a file → read it off the GUI thread → review the outline beside
the source text, fix what the importer flagged → confirm (stored at once) or cancel (nothing).
When the plan is already stored, confirming offers to replace it in place: the preview of what is
kept and what would be lost is shown and the clerk is asked before anything changes.

Why the review edits plain importer objects: until the clerk confirms, nothing touches the
database; the `ImportedNode`s are edited in memory and handed to the storing service in one go.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.ui.imports.review_marks import SHOW_ALL, SHOW_CHECK, SHOW_MISSING, SHOW_UNKNOWN, RowMarks, row_marks
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.worker import Task, run_in_background

if TYPE_CHECKING:
    from app.services.import_review import MentionCheck
    from app.services.plan_import import ImportedNode, ImportedPlan, ReadPlan

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_BRUSH = QBrush(QColor("#fff3c4"))
MISSING_BRUSH = QBrush(QColor("#ffd9b3"))  # a task's empty lead or deadline cell
UNKNOWN_COLOR = QBrush(QColor("#b3261e"))  # an agency the directory does not know
COLUMNS = ("label", "text", "lead", "support", "deadline_text", "reading")
# number, lead, support, deadline, its reading: widths on a wide screen; the content column takes the rest
SIDE_COLUMNS = ((0, 64), (2, 100), (3, 80), (4, 64), (5, 96))
REPLACE_LINES = 10  # changed and lost tasks listed in the replace question (it must fit a 600-pixel screen)
TEXT_SHARE = 0.45  # the least share of a narrow outline the content column keeps


class ReviewTree(QTreeWidget):
    """The outline under review. On a narrow screen (1024×600) the side columns shrink so the
    content column keeps its share: it used to be squeezed to a few letters (`Phổ bi…`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(COLUMNS))
        self.setUniformRowHeights(True)
        self.setIndentation(12)
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


class ImportView(QWidget):
    imported = Signal(int)  # the new plan's id
    closed = Signal()

    FILTER = "*.docx *.doc *.pdf *.txt *.md"

    def __init__(self, state: AppState, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importView")
        self.state = state
        self.prompter = prompter
        self.path = ""
        self.read: ReadPlan | None = None  # the document as read; the review edits its plan
        self.plan: ImportedPlan | None = None
        self.source_text = ""
        self.task: Task | None = None
        self.nodes: list[ImportedNode] = []
        self.existing: int | None = None  # id of the stored plan this document would replace
        self.checks: dict[str, MentionCheck] = {}  # each agency mention → how storing matches it
        self.accepted: set[int] = set()  # rows the clerk marked as checked
        self.marks: list[RowMarks] = []  # per row, beside self.nodes
        self.items: list[QTreeWidgetItem] = []
        self.pages = QStackedWidget(self)
        self._build_choose()
        self._build_progress()
        self._build_review()
        QVBoxLayout(self).addWidget(self.pages)
        self.retranslate_ui()

    def _build_choose(self) -> None:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(page)
        self.path_label = QLabel(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.path_label)
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.choose_button.clicked.connect(self.choose_file)

    def _build_progress(self) -> None:
        page = QWidget(self)
        self.progress_label = QLabel(page)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 0)
        self.cancel_read = QPushButton(page)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_read, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.cancel_read.clicked.connect(self.cancel)

    def _build_review(self) -> None:
        page = QWidget(self)
        self.number_edit, self.title_edit, self.issuer_edit = QLineEdit(page), QLineEdit(page), QLineEdit(page)
        header = QFormLayout()
        self.header_labels = [QLabel(page) for _ in range(3)]
        for label, edit in zip(self.header_labels, (self.number_edit, self.title_edit, self.issuer_edit),
                               strict=True):
            header.addRow(label, edit)
        self.replace_note = QLabel(page)
        self.replace_note.setWordWrap(True)
        self.replace_note.hide()
        self.warnings = QListWidget(page)  # the document's own warnings; sized to them
        self.tree = ReviewTree(page)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._agency_menu)
        self.filter_combo = QComboBox(page)
        self.next_button = QPushButton(page)
        self.count_label = QLabel(page)
        self.count_label.setWordWrap(True)
        tools = QHBoxLayout()
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        tools.addWidget(self.filter_combo)
        tools.addWidget(self.next_button)
        tools.addWidget(self.count_label, 1)
        self.source = QPlainTextEdit(page)
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter = QSplitter(page)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.source)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 300])
        self.checked_button = QPushButton(page)
        self.confirm_button = QPushButton(page)
        self.cancel_button = QPushButton(page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checked_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.warnings)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.tree.currentItemChanged.connect(lambda item, _prev: self._show_source(item))
        self.tree.itemChanged.connect(self._item_edited)
        for edit in (self.number_edit, self.title_edit, self.issuer_edit):
            edit.textEdited.connect(self._mark_edited)
        self.checked_button.clicked.connect(self.mark_checked)
        self.next_button.clicked.connect(self.next_to_check)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        # keyboard only: F8 next row to check, Ctrl+Enter accept it (and go on), F2 edit a cell
        keys = ((Qt.Key.Key_F8, self.next_to_check), (Qt.Modifier.CTRL | Qt.Key.Key_Return, self.mark_checked),
                (Qt.Modifier.CTRL | Qt.Key.Key_Enter, self.mark_checked))
        for key, slot in keys:
            QShortcut(QKeySequence(key), page, slot).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.cancel)

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Choose a plan document (.docx, .pdf, .txt or .md). The program reads its outline, tasks, "
            "lead and supporting agencies and deadlines; you check them beside the original text before "
            "anything is stored."))
        self.choose_button.setText(self.tr("Choose document…"))
        self.progress_label.setText(self.tr("Reading the document…"))
        self.cancel_read.setText(self.tr("Cancel"))
        for label, text in zip(self.header_labels, (self.tr("Number:"), self.tr("Title:"), self.tr("Issuer:")),
                               strict=True):
            label.setText(text)
        self.tree.setHeaderLabels([self.tr("No."), self.tr("Content"), self.tr("Lead"), self.tr("Support"),
                                   self.tr("Deadline"), self.tr("Read as")])
        self.tree.headerItem().setToolTip(4, self.tr("Deadline (as printed)"))
        self.tree.headerItem().setToolTip(5, self.tr("How the program understood the deadline"))
        self.checked_button.setText(self.tr("Mark item as checked (Ctrl+Enter)"))
        self.next_button.setText(self.tr("Next to check (F8)"))
        current = max(0, self.filter_combo.currentIndex())
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItems([self.tr("All rows"), self.tr("Rows to check"),
                                    self.tr("Tasks without lead or deadline"), self.tr("Agencies not in the directory")])
        self.filter_combo.setCurrentIndex(current)
        self.filter_combo.blockSignals(False)
        self._show_count()
        self._show_existing()
        self.cancel_button.setText(self.tr("Cancel import"))

    def _show_existing(self) -> None:
        """Say on the review page that confirming replaces a stored plan, and how."""
        replacing = self.existing is not None
        self.confirm_button.setText(self.tr("Replace the existing plan") if replacing else self.tr("Store the plan"))
        self.replace_note.setVisible(replacing)
        self.replace_note.setText(self.tr(
            "This plan is already stored. Replacing it updates it in place: tasks that remain keep their "
            "progress, reports and measurements; you will see what would be lost before anything changes, "
            "and the database is backed up first.") if replacing else "")

    # -- steps ------------------------------------------------------------------------------------
    def reset(self) -> None:
        self.read, self.plan, self.path, self.source_text = None, None, "", ""
        self.edited = False  # corrections made in the review, lost by a cancel
        self.existing = None
        self._show_existing()
        self.path_label.clear()
        self.tree.clear()
        self.nodes, self.items, self.marks, self.checks, self.accepted = [], [], [], {}, set()
        self.filter_combo.setCurrentIndex(SHOW_ALL)
        self.pages.setCurrentIndex(0)

    def choose_file(self) -> None:
        path = self.prompter.open_file(self, self.tr("Import plan document"),
                                       self.tr("Plan documents ({patterns})").format(patterns=self.FILTER))
        if path:
            self.start(path)

    def start(self, path: str) -> Task:
        """Read `path` in the background; the review page opens when it is done."""
        self.path = path
        self.path_label.setText(path)
        self.pages.setCurrentIndex(1)
        read = self.state.services.plan_import.read  # the command line's checks (type, size); no database
        self.task = run_in_background(lambda _progress, _token: read(path),
                                      on_result=self._parsed, on_error=self._failed,
                                      on_cancelled=self.reset)
        return self.task

    def _parsed(self, result: ReadPlan) -> None:
        if self.task is not None and self.task.token.cancelled:
            self.reset()
            return
        self.read, self.plan, self.source_text = result, result.plan, result.text
        self.number_edit.setText(self.plan.number or "")
        self.title_edit.setText(self.plan.title or "")
        self.issuer_edit.setText(self.plan.issuer or "")
        for edit in (self.number_edit, self.title_edit, self.issuer_edit):
            edit.setCursorPosition(0)
        self.source.setPlainText(self.source_text)
        self._fill_tree()
        self._find_existing()
        self.pages.setCurrentIndex(2)

    def _find_existing(self) -> None:
        try:
            self.existing = self.state.services.plan_import.existing_plan_id(self.plan) if self.plan else None
        except AppError:
            self.existing = None  # the question is asked again, and any error shown, on confirm
        self._show_existing()

    def _failed(self, exc: BaseException) -> None:
        self.reset()
        message = exc.message if isinstance(exc, AppError) else self.tr("The document could not be read.")
        self.prompter.error(self, message)

    def _fill_tree(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.edited = False
        self.tree.blockSignals(True)
        self.tree.clear()
        self.nodes, self.items, self.marks, self.accepted = [], [], [], set()
        self.warnings.clear()
        for warning in plan.warnings:
            self.warnings.addItem("⚠ " + warning)
        rows = min(self.warnings.count(), 3)
        self.warnings.setFixedHeight(rows * self.warnings.sizeHintForRow(0) + 6 if rows else 0)
        self.warnings.setVisible(rows > 0)
        self.checks = self._check_mentions()

        def add(node: ImportedNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
            item = QTreeWidgetItem(parent)
            item.setData(0, NODE_ROLE, len(self.nodes))
            self.nodes.append(node)
            self.items.append(item)
            self.marks.append(RowMarks())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self._paint(item)
            for child in node.children:
                add(child, item)

        for root in plan.nodes:
            add(root, self.tree)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._apply_filter()

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

    def _repaint(self, items: list[QTreeWidgetItem]) -> None:
        self.tree.blockSignals(True)
        for item in items:
            self._paint(item)
        self.tree.blockSignals(False)
        self._apply_filter()

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
            visible = shown[index] or any(not child.isHidden() for child in
                                          (item.child(i) for i in range(item.childCount())))
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

    def _mark_edited(self, *_args: object) -> None:
        self.edited = True

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        self.edited = True
        node = self._node(item)
        value = item.text(column).strip()
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
        self._repaint([item])

    def mark_checked(self) -> None:
        """Accept the current row as checked, then go on to the next one to check."""
        item = self.tree.currentItem()
        if item is None:
            return
        index = int(item.data(0, NODE_ROLE))
        self.nodes[index].warnings = []
        self.accepted.add(index)
        self.edited = True
        self._repaint([item])
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
            menu.addAction(self.tr("Add “{m}” to the directory").format(m=mention),
                           lambda m=mention: self.add_mention(m))
            menu.addAction(self.tr("“{m}” is another name of…").format(m=mention),
                           lambda m=mention: self.alias_mention(m))
        menu.popup(self.tree.viewport().mapToGlobal(pos))  # not exec(): nothing waits on it
        return menu

    def add_mention(self, mention: str) -> bool:
        return self._directory_step(lambda: self.state.services.import_review.add_mention(mention))

    def alias_mention(self, mention: str, agency: str | None = None) -> bool:
        if agency is None:
            agency = self.prompter.get_text(self, self.tr("Another name of an agency"), self.tr(
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
            self.prompter.error(self, exc.message)
            return False
        self.checks = self._check_mentions()
        self._repaint(self.items)
        return True

    def _show_source(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        node = self._node(item)
        needle = " ".join(node.text.split()[:8])
        cursor = self.source.document().find(needle, 0, QTextDocument.FindFlag(0)) if needle else QTextCursor()
        if not cursor.isNull():
            self.source.setTextCursor(cursor)
            self.source.centerCursor()

    def confirm(self) -> int | None:
        if self.read is None or self.plan is None:
            return None
        self.plan.number = self.number_edit.text().strip() or None
        self.plan.title = self.title_edit.text().strip() or self.plan.title
        self.plan.issuer = self.issuer_edit.text().strip() or None
        try:
            self._find_existing()  # the number or issuer may have been edited in the review
            if self.existing is not None and not self._agree_to_replace():
                return None
            outcome = self.state.services.plan_import.store_read(self.read, replace=self.existing is not None)
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return None
        plan_id = outcome.plan_id
        if outcome.replaced:  # what changed and where the backup is, to undo it by a restore
            self.prompter.inform(self, self.tr("Replace the existing plan"), outcome.message)
        self.reset()
        self.imported.emit(plan_id)
        return plan_id

    def _agree_to_replace(self) -> bool:
        """Show what replacing keeps and what it would lose; the clerk decides."""
        preview = self.state.services.plan_import.preview_replacement(self.plan) if self.plan else None
        if preview is None:  # removed meanwhile: a plain store
            self.existing = None
            return True
        question = self.tr("Replace the stored plan with this document?\n\n{preview}").format(
            preview="\n".join(preview.lines(limit=REPLACE_LINES)))
        return self.prompter.ask_yes_no(self, self.tr("Replace the existing plan"), question)

    def cancel(self) -> bool:
        """Drop the document being imported; corrections made in the review are asked about first."""
        if self.plan is not None and self.edited and not self.prompter.ask_yes_no(
                self, self.tr("Cancel import"), self.tr("Discard the corrections you made to this import?")):
            return False
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.reset()
        self.closed.emit()
        return True

    @staticmethod
    def suggested_name(path: str) -> str:
        return Path(path).stem
