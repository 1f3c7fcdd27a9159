"""Import a plan document: choose a file → read it off the GUI thread → review the outline beside
the source text, fix what the importer flagged → confirm (stored at once) or cancel (nothing).
When the plan is already stored, confirming offers to replace it in place: the preview of what is
kept and what would be lost is shown and the clerk is asked before anything changes
(`review_replace`). A document in which no task was found opens an empty review with its header as
read and a line saying so: the clerk adds the tasks (Insert) or cancels; a plan left without a task
is not stored (a header alone is nothing to follow).

Why the review edits plain importer objects: until the clerk confirms, nothing touches the
database; the `ImportedNode`s are edited in memory and handed to the storing service in one go.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.ui.imports.review_edits import ReviewEdits
from app.ui.imports.review_filter import ReviewFilter
from app.ui.imports.review_header import FollowField, header_line
from app.ui.imports.review_history import ReviewHistory
from app.ui.imports.review_marks import SHOW_ALL
from app.ui.imports.review_model import ReviewModel
from app.ui.imports.review_replace import ReviewReplace
from app.ui.imports.review_rows import ReviewRows
from app.ui.imports.review_tree import ReviewTree
from app.ui.imports.review_warnings import WarningList
from app.ui.shell import keyboard
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.worker import Task, run_in_background

if TYPE_CHECKING:
    from app.services.plan_import import ImportedPlan, ReadPlan

class ImportView(ReviewEdits, ReviewRows, ReviewReplace, QWidget):
    imported = Signal(int)  # the new plan's id
    started = Signal()  # a document is being read (the last import's "stored" line is no longer news)
    closed = Signal()
    history_changed = Signal()  # an edit recorded, undone or redone; the history cleared (the window's Undo)

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
        self.existing: int | None = None  # id of the stored plan this document would replace
        self.accepted: set[int] = set()  # rows the clerk marked as checked
        self.history = ReviewHistory(changed=self.history_changed.emit)  # the review's edits, for Ctrl+Z
        # the outline's nodes, each row's marks and how storing matches each agency mention
        self.model = ReviewModel(self)
        self.model.on_edit = self._cell_edited
        self.proxy = ReviewFilter(self.model, self)  # the filter of rows the tree shows
        self.pages = QStackedWidget(self)
        self._build_choose()
        self._build_progress()
        self._build_review()
        QVBoxLayout(self).addWidget(self.pages)
        state.services_changed.connect(self.database_changed)
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

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Choose a plan document (.docx, .doc, .pdf, .txt or .md). The program reads its outline, tasks, "
            "lead and supporting agencies and deadlines; you check them beside the original text before "
            "anything is stored."))
        self.choose_button.setText(self.tr("Choose document…"))
        self.progress_label.setText(self.tr("Reading the document…"))
        self.cancel_read.setText(self.tr("Cancel"))
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
        self._show_existing()
        self.cancel_button.setText(self.tr("Cancel &import"))

    # -- steps ------------------------------------------------------------------------------------
    def reset(self) -> None:
        self.read, self.plan, self.path, self.source_text = None, None, "", ""
        self.edited = False  # corrections made in the review, lost by a cancel
        self.existing = None
        self._show_existing()
        self.path_label.clear()
        self.read_as.clear()
        self.empty_note.hide()
        self.model.set_nodes([])
        self.checks, self.accepted = {}, set()
        self.history.clear()
        self.filter_combo.setCurrentIndex(SHOW_ALL)
        self.pages.setCurrentIndex(0)

    def open_document(self) -> None:
        """Plan → Import plan document… (Ctrl+I): the file chooser at once, as its "…" promises; a
        document being read or under review stays as it is (a second Ctrl+I never drops it)."""
        if self.pages.currentIndex() == 0:
            self.choose_file()

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
        self.started.emit()
        read = self.state.services.plan_import.read  # the command line's checks (type, size); no database
        self.task = run_in_background(lambda _progress, _token: read(path),
                                      owner=self, on_result=self._parsed, on_error=self._failed,
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
        self.read_as.setText(header_line(self.plan))
        self.follow.suggest(self.plan.date, self.state.as_of())
        self.empty_note.setVisible(self.plan.is_empty())
        self.source.setPlainText(self.source_text)
        self._fill_tree()
        self._find_existing()
        if self.existing is not None:  # a stored plan being replaced keeps its own day
            self.follow.set_day(self.state.services.plans.plan(self.existing).followed_from)
        self.pages.setCurrentIndex(2)
        # the keyboard in the outline at once (F8, F2, Ctrl+Enter): focus stayed on the button or tab left behind
        self.tree.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.reset()
        message = exc.message if isinstance(exc, AppError) else self.tr("The document could not be read.")
        self.prompter.error(self, message)

    def _fill_tree(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.edited = False
        self.accepted = set()
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

    def confirm(self) -> int | None:
        if self.read is None or self.plan is None:
            return None
        self.plan.number = self.number_edit.text().strip() or None
        self.plan.title = self.title_edit.text().strip() or self.plan.title
        self.plan.issuer = self.issuer_edit.text().strip() or None
        unfinished = self.unfinished()
        if unfinished:  # the review stays as it is, header and all: the clerk adds or fixes the rows
            self.prompter.error(self, unfinished)
            return None
        try:
            followed_from = self.follow.value()
            self._find_existing()  # the number or issuer may have been edited in the review
            if self.existing is not None and not self._agree_to_replace():
                return None
            outcome = self.state.services.plan_import.store_read(self.read, replace=self.existing is not None,
                                                                 followed_from=followed_from)
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return None
        plan_id = outcome.plan_id
        if outcome.replaced:  # what changed, and how to undo it
            self.prompter.inform(self, self.tr("Replace the existing plan"),
                                 outcome.message + "\n\n" + self.undo_note(outcome.backup))
        self.reset()
        self.imported.emit(plan_id)
        return plan_id

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

    def may_close(self) -> bool:
        """The window is closing: corrections made in the review and not stored are asked about
        (nothing of a review is kept anywhere else); True when the window may close."""
        if self.plan is None or not self.edited:
            return True
        if not self.prompter.ask_yes_no(self, self.tr("Import not stored"), self.tr(
                "The plan under review has corrections that are not stored yet. Close the program and discard "
                "them? To keep them, do not close: click “Store the plan”.")):
            return False
        self.edited = False  # discarded: not asked again
        return True

    @staticmethod
    def suggested_name(path: str) -> str:
        return Path(path).stem

