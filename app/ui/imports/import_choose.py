"""The import's first page: which document to import (Plan → Import plan document…, Ctrl+I).

Why a mix-in of `ImportView` of its own: the newcomer looking for "where does the file chooser open" finds it
here, apart from reading the document (`import_reading`), reviewing it (`review_page`, `review_rows`) and storing it
(`import_storing`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.ui.widgets.worker import Task

CHOOSE_PAGE = 0  # the page of `ImportView.pages` each step shows
READING_PAGE = 1
REVIEW_PAGE = 2


class ImportChoose:
    """The file-choice page of `ImportView`: its widgets and the chooser."""

    prompter: Prompter
    pages: QStackedWidget
    intro: QLabel
    choose_button: QPushButton
    path_label: QLabel

    FILTER = "*.docx *.doc *.pdf *.txt *.md"

    if TYPE_CHECKING:  # QObject's and the reading step's, through the view; declared for the type checker only
        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803
        def start(self, path: str) -> Task: ...

    def _build_choose(self, parent: QWidget) -> None:
        page = QWidget(parent)
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

    def _retranslate_choose(self) -> None:
        self.intro.setText(self.tr(
            "Choose a plan document (.docx, .doc, .pdf, .txt or .md). The program reads its outline, tasks, "
            "lead and supporting agencies and deadlines; you check them beside the original text before "
            "anything is stored."))
        self.choose_button.setText(self.tr("Choose document…"))

    def open_document(self) -> None:
        """Plan → Import plan document… (Ctrl+I): the file chooser at once, as its "…" promises; a
        document being read or under review stays as it is (a second Ctrl+I never drops it)."""
        if self.pages.currentIndex() == CHOOSE_PAGE:
            self.choose_file()

    def choose_file(self) -> None:
        path = self.prompter.open_file(cast(QWidget, self), self.tr("Import plan document"),
                                       self.tr("Plan documents ({patterns})").format(patterns=self.FILTER))
        if path:
            self.start(path)
