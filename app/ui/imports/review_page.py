"""The import's review page: the header as read, the outline beside the document's text, and its buttons.

Why a mix-in of `ImportView` of its own: this is the page a clerk spends the import on; its layout and keys are
here, what its rows do in `review_rows` and `review_edits`, what storing it does in `import_storing`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.imports.review_filter import ReviewFilter
from app.ui.imports.review_header import FollowField
from app.ui.imports.review_history import ReviewHistory
from app.ui.imports.review_tree import ReviewTree
from app.ui.imports.review_warnings import WarningList
from app.ui.shell import keyboard

if TYPE_CHECKING:
    from app.services.import_review import MentionCheck
    from app.services.plan_import import ImportedNode, ImportedPlan
    from app.ui.imports.review_model import ReviewModel


class ReviewPage:
    """The review page of `ImportView`: its widgets, their keys and Tab order, and the outline filled from a plan."""

    plan: ImportedPlan | None
    pages: QStackedWidget
    proxy: ReviewFilter
    history: ReviewHistory
    edited: bool
    accepted: set[int]
    rows_button: QPushButton
    add_button: QPushButton

    if TYPE_CHECKING:  # QObject's and the other halves', through the view; declared for the type checker only
        model: ReviewModel
        checks: dict[str, MentionCheck]
        nodes: list[ImportedNode]

        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803
        def build_repairs(self, page: QWidget) -> None: ...
        def take_undo_keys(self, page: QWidget) -> None: ...
        def header_edited(self) -> None: ...
        def mark_checked(self) -> None: ...
        def next_to_check(self, after: int | None = None) -> int | None: ...
        def confirm(self) -> int | None: ...
        def cancel(self) -> bool: ...
        def _apply_filter(self) -> None: ...
        def _check_mentions(self) -> dict[str, MentionCheck]: ...
        def _paint(self, rows: list[int], show: bool = True) -> None: ...
        def show_row_note(self, row: int | None) -> str: ...
        def settled_rows(self) -> set[int]: ...
        def row_of(self, index: QModelIndex | QPersistentModelIndex) -> int | None: ...

    def _build_review(self, parent: QWidget) -> None:
        page = QWidget(parent)
        self.number_edit, self.title_edit, self.issuer_edit = QLineEdit(page), QLineEdit(page), QLineEdit(page)
        self.read_as = QLabel(page)  # kind, place, date and signer as read: the header beyond the three fields
        self.read_as.setWordWrap(True)
        header = QFormLayout()
        self.follow = FollowField(page)  # from when the office chases the plan's period reports
        self.header_labels = [QLabel(page) for _ in range(5)]
        for label, edit in zip(self.header_labels, (self.number_edit, self.title_edit, self.issuer_edit,
                                                    self.read_as, self.follow), strict=True):
            header.addRow(label, edit)
        self.empty_note = QLabel(page)  # no task found: what the clerk can do
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("QLabel#emptyNote { background: #fff3c4; padding: 4px; }")
        self.empty_note.hide()
        self.replace_note = QLabel(page)
        self.replace_note.setWordWrap(True)
        self.replace_note.hide()
        self.warnings = WarningList(page)  # the document's own warnings; sized to them
        self.tree = ReviewTree(page)
        self.tree.setModel(self.proxy)
        self.build_repairs(page)  # the row menu, its button and keys, the split in the content cell
        self.filter_combo = QComboBox(page)
        self.next_button = QPushButton(page)
        self.count_label = QLabel(page)
        self.count_label.setWordWrap(True)
        tools = QHBoxLayout()
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        tools.addWidget(self.filter_combo)
        tools.addWidget(self.next_button)
        tools.addWidget(self.rows_button)
        tools.addWidget(self.add_button)
        tools.addWidget(self.count_label, 1)
        self.source = QPlainTextEdit(page)
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.splitter = splitter = QSplitter(page)  # its sizes are remembered (`review_room`)
        splitter.setObjectName("importSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.source)
        splitter.setStretchFactor(0, 3)  # the outline is what the clerk works in; the text is for context
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([750, 250])
        self.checked_button = QPushButton(page)
        self.confirm_button = QPushButton(page)
        self.cancel_button = QPushButton(page)
        buttons = QHBoxLayout()
        self.row_note = QLabel(page)  # why the current row is marked: tooltips do not reach the keyboard
        self.row_note.setWordWrap(True)
        self.row_note.setMinimumWidth(80)
        self.row_note.setMaximumHeight(2 * self.row_note.fontMetrics().lineSpacing() + 2)  # the rest on hover
        self.row_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.checked_button)
        buttons.addWidget(self.row_note, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty_note)
        layout.addLayout(header)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.warnings)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        for edit in (self.number_edit, self.title_edit, self.issuer_edit):
            edit.textEdited.connect(self._mark_edited)
            edit.editingFinished.connect(self.header_edited)
        self.checked_button.clicked.connect(self.mark_checked)
        self.next_button.clicked.connect(self.next_to_check)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        # keyboard only: F8 next row to check, Ctrl+Enter accept it (and go on), F2 edit a cell, Ctrl+S store
        # (the clerk's habit from Word; a cell being typed in is committed first, by the focus leaving it)
        keys = ((Qt.Key.Key_F8, self.next_to_check), (Qt.Modifier.CTRL | Qt.Key.Key_Return, self.mark_checked),
                (Qt.Modifier.CTRL | Qt.Key.Key_Enter, self.mark_checked),
                (Qt.Modifier.CTRL | Qt.Key.Key_S, lambda: (self.confirm_button.setFocus(), self.confirm())))
        for key, slot in keys:
            QShortcut(QKeySequence(key), page, slot).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.cancel)
        self.take_undo_keys(page)
        # Tab as the clerk reads the page (the "Rows" button, built with the outline, came before the filter)
        keyboard.chain([self.number_edit, self.title_edit, self.issuer_edit, self.follow.day, self.filter_combo,
                        self.next_button, self.rows_button, self.add_button, self.tree, self.source,
                        self.checked_button, self.cancel_button, self.confirm_button])

    def _retranslate_review(self) -> None:
        for label, text in zip(self.header_labels, (self.tr("Number:"), self.tr("Title:"), self.tr("Issuer:"),
                                                    self.tr("Read as:"), self.tr("Follow reports from:")),
                                strict=True):
            label.setText(text)
        self.follow.retranslate_ui()
        self.add_button.setText(self.tr("Add task (Insert)"))
        self.add_button.setToolTip(self.tr("A new task row after the current row, at its level (Ctrl+Right: "
                                           "under the row before; Ctrl+Up: before the row above); type its content, "
                                           "then its lead, support and deadline"))
        self.empty_note.setText(self.tr(
            "No task was found in this document: only its header was read. Add the tasks by hand — "
            "“Add task” or Insert, then type each one's content, lead, support and deadline — and store "
            "the plan; or cancel the import."))
        self.model.retranslate()
        self.checked_button.setText(self.tr("Mark item as checked (Ctrl+Enter)"))
        self.next_button.setText(self.tr("Next to check (F8)"))
        self.rows_button.setText(self.tr("R&ows"))
        self.rows_button.setToolTip(self.tr("Split, merge, delete, move a row; undo (also on right-click)"))
        current = max(0, self.filter_combo.currentIndex())
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        shown = (self.tr("All rows"), self.tr("Rows to check"), self.tr("Tasks without lead or deadline"),
                 self.tr("Agencies not in the directory"))
        self.filter_combo.addItems(list(shown))
        self.filter_combo.setCurrentIndex(current)
        self.filter_combo.blockSignals(False)
        self._apply_filter()  # the counts and an empty outline's line, in the language just installed
        self.cancel_button.setText(self.tr("Cancel &import"))

    def _fill_tree(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.edited = False
        self.accepted = self.settled_rows()  # a replaced plan's rows the document leaves as stored
        self.history.clear()
        self.warnings.show_warnings(plan.warnings)
        self.checks = self._check_mentions()
        self.model.set_nodes(plan.nodes, lambda: self._paint(list(range(len(self.nodes))), show=False))
        self.tree.expandAll()
        self._apply_filter()
        self.show_row_note(None)

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        row = self.row_of(index)
        self._show_source(row)
        self.show_row_note(row)

    def _mark_edited(self, *_args: object) -> None:
        self.edited = True

    def _show_source(self, row: int | None) -> None:
        if row is None or not self.nodes[row].text.split():
            return
        words, found = [re.escape(word) for word in self.nodes[row].text.split()], None
        # the row's words as the document wraps them: a line break, a table's `|` or a `**` may stand
        # between two (a search within one line missed every row whose text starts on two lines); 24 words
        # first, then 8: a row opening as the header does (`Ban Thường trực Ủy ban MTTQ …`) was shown there
        for count in (24, 8) if len(words) > 8 else (8,):
            found = found or re.search(r"[\s|*]+".join(words[:count]), self.source.toPlainText(), re.IGNORECASE)
        if found is not None:
            cursor = QTextCursor(self.source.document())
            cursor.setPosition(found.start())
            cursor.setPosition(found.end(), QTextCursor.MoveMode.KeepAnchor)
            self.source.setTextCursor(cursor)
            self.source.centerCursor()

