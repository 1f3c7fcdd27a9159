"""The import's second page: the document read off the GUI thread, then the review filled from it.

Why a mix-in of `ImportView` of its own: reading is the step between choosing a file (`import_choose`) and the
review (`review_page`); a document that cannot be read ends here with a message, and a cancelled read drops it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.ui.imports.import_choose import READING_PAGE, REVIEW_PAGE
from app.ui.imports.review_header import FollowField, header_line
from app.ui.imports.review_tree import ReviewTree
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.worker import Task, run_in_background

if TYPE_CHECKING:
    from app.services.plan_import import ImportedPlan, ReadPlan


class ImportReading:
    """The reading page of `ImportView`: its widgets, the background read and what it hands the review."""

    state: AppState
    prompter: Prompter
    pages: QStackedWidget
    path: str
    read: ReadPlan | None
    plan: ImportedPlan | None
    source_text: str
    task: Task | None
    existing: int | None
    path_label: QLabel
    progress_label: QLabel
    progress: QProgressBar
    cancel_read: QPushButton
    number_edit: QLineEdit
    title_edit: QLineEdit
    issuer_edit: QLineEdit
    read_as: QLabel
    follow: FollowField
    empty_note: QLabel
    source: QPlainTextEdit
    tree: ReviewTree
    started: SignalInstance

    if TYPE_CHECKING:  # QObject's and the other steps', through the view; declared for the type checker only
        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803
        def reset(self) -> None: ...
        def cancel(self) -> bool: ...
        def _fill_tree(self) -> None: ...
        def _find_existing(self) -> None: ...

    def _build_progress(self, parent: QWidget) -> None:
        page = QWidget(parent)
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

    def _retranslate_progress(self) -> None:
        self.progress_label.setText(self.tr("Reading the document…"))
        self.cancel_read.setText(self.tr("Cancel"))

    def start(self, path: str) -> Task:
        """Read `path` in the background; the review page opens when it is done."""
        self.path = path
        self.path_label.setText(path)
        self.pages.setCurrentIndex(READING_PAGE)
        self.started.emit()
        # the command line's checks (type, size), then — replacing a stored plan — the review started from it
        importer = self.state.services.plan_import
        self.task = run_in_background(lambda _progress, _token: importer.prepare_review(importer.read(path)),
                                      owner=cast(QWidget, self), on_result=self._parsed, on_error=self._failed,
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
        self.pages.setCurrentIndex(REVIEW_PAGE)
        # the keyboard in the outline at once (F8, F2, Ctrl+Enter): focus stayed on the button or tab left behind
        self.tree.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.reset()
        message = exc.message if isinstance(exc, AppError) else self.tr("The document could not be read.")
        self.prompter.error(cast(QWidget, self), message)
