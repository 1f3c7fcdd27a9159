"""Import a plan document: choose a file → read it off the GUI thread → review the outline beside
the source text, fix what the importer flagged → confirm (stored at once) or cancel (nothing).
When the plan is already stored, confirming offers to replace it in place: the preview of what is
kept and what would be lost is shown and the clerk is asked before anything changes.

Why the review edits plain importer objects: until the clerk confirms, nothing touches the
database; the `ImportedNode`s are edited in memory and handed to the storing service in one go.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
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
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.worker import Task, run_in_background

if TYPE_CHECKING:
    from app.services.plan_import import ImportedNode, ImportedPlan, ReadPlan

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_BRUSH = QBrush(QColor("#fff3c4"))
COLUMNS = ("label", "text", "lead", "support", "deadline_text")
# number, lead, support, deadline: their widths on a wide screen; the content column takes the rest
SIDE_COLUMNS = ((0, 96), (2, 105), (3, 90), (4, 110))
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        width = self.viewport().width()
        side = sum(wanted for _column, wanted in SIDE_COLUMNS)
        scale = min(1.0, width * (1 - TEXT_SHARE) / side) if width > 0 else 1.0
        for column, wanted in SIDE_COLUMNS:
            self.setColumnWidth(column, max(40, int(wanted * scale)))


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
        self.warnings = QListWidget(page)
        self.warnings.setMaximumHeight(70)
        self.tree = ReviewTree(page)
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
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.tree.currentItemChanged.connect(lambda item, _prev: self._show_source(item))
        self.tree.itemChanged.connect(self._item_edited)
        for edit in (self.number_edit, self.title_edit, self.issuer_edit):
            edit.textEdited.connect(self._mark_edited)
        self.checked_button.clicked.connect(self.mark_checked)
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
                                   self.tr("Deadline")])
        self.tree.headerItem().setToolTip(4, self.tr("Deadline (as printed)"))
        self.checked_button.setText(self.tr("Mark item as checked"))
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
        self.nodes = []
        self.warnings.clear()
        for warning in plan.warnings:
            self.warnings.addItem("⚠ " + warning)

        def add(node: ImportedNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
            item = QTreeWidgetItem(parent)
            item.setData(0, NODE_ROLE, len(self.nodes))
            self.nodes.append(node)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self._paint(item)
            for child in node.children:
                add(child, item)

        for root in plan.nodes:
            add(root, self.tree)
        flagged = sum(1 for n in plan.walk() if n.warnings)
        if flagged:
            self.warnings.addItem("⚠ " + self.tr("{n} items need checking (highlighted).").format(n=flagged))
        self.warnings.setVisible(self.warnings.count() > 0)
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def _node(self, item: QTreeWidgetItem) -> ImportedNode:
        """The ImportedNode of a row (rows hold an index: Python objects stay out of QVariant)."""
        return self.nodes[int(item.data(0, NODE_ROLE))]

    def _paint(self, item: QTreeWidgetItem) -> None:
        node = self._node(item)
        values = (node.label, node.text.split("\n", 1)[0], "; ".join(node.lead), "; ".join(node.support),
                  node.deadline_text or "")
        for column, value in enumerate(values):
            item.setText(column, value)
            item.setBackground(column, WARN_BRUSH if node.warnings else QBrush())
        if node.warnings:
            item.setText(0, "⚠ " + node.label)
            item.setToolTip(0, "\n".join(node.warnings))
            item.setToolTip(1, "\n".join(node.warnings))

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
        else:
            node.deadline_text = value or None
        self.tree.blockSignals(True)
        self._paint(item)
        self.tree.blockSignals(False)

    def mark_checked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        self._node(item).warnings = []
        self.edited = True
        self.tree.blockSignals(True)
        self._paint(item)
        self.tree.blockSignals(False)

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
            plan_id = self.state.services.plan_import.store_read(self.read, replace=self.existing is not None).plan_id
        except AppError as exc:
            self.prompter.error(self, exc.message)
            return None
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
            preview="\n".join(preview.lines()))
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
