"""Import a plan document: choose a file → read it off the GUI thread → review the outline beside
the source text, fix what the importer flagged → confirm (stored at once) or cancel (nothing).
When the plan is already stored, confirming offers to replace it in place: the preview of what is
kept and what would be lost is shown and the clerk is asked before anything changes
(`review_replace`). A document in which no task was found opens an empty review with its header as
read and a line saying so: the clerk adds the tasks (Insert) or cancels; a plan left without a task
is not stored (a header alone is nothing to follow).

The steps, each in its own module: choosing the file (`import_choose`), reading it off the GUI thread
(`import_reading`), the review page (`review_page`; its rows `review_rows`, their repairs `review_edits`, a
replaced plan `review_replace`) and storing or cancelling (`import_storing`). This module puts them together.

Why the review edits plain importer objects: until the clerk confirms, nothing touches the
database; the `ImportedNode`s are edited in memory and handed to the storing service in one go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.ui.imports.import_choose import CHOOSE_PAGE, ImportChoose
from app.ui.imports.import_reading import ImportReading
from app.ui.imports.import_storing import ImportStoring
from app.ui.imports.review_edits import ReviewEdits
from app.ui.imports.review_filter import ReviewFilter
from app.ui.imports.review_history import ReviewHistory
from app.ui.imports.review_marks import SHOW_ALL
from app.ui.imports.review_model import ReviewModel
from app.ui.imports.review_page import ReviewPage
from app.ui.imports.review_replace import ReviewReplace
from app.ui.imports.review_rows import ReviewRows
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.plan_import import ImportedPlan, ReadPlan
    from app.ui.widgets.worker import Task


class ImportView(ImportChoose, ImportReading, ReviewPage, ImportStoring, ReviewEdits, ReviewRows, ReviewReplace,
                 QWidget):
    """The import, page by page (the module docstring); each step a mix-in of its own module."""

    imported = Signal(int)  # the new plan's id
    replaced = Signal(int)  # after `imported`: the stored plan of that id was replaced (corrections kept)
    started = Signal()  # a document is being read (the last import's "stored" line is no longer news)
    closed = Signal()
    history_changed = Signal()  # an edit recorded, undone or redone; the history cleared (the window's Undo)

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
        self._build_choose(self)
        self._build_progress(self)
        self._build_review(self)
        QVBoxLayout(self).addWidget(self.pages)
        state.services_changed.connect(self.database_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._retranslate_choose()
        self._retranslate_progress()
        self._retranslate_review()
        self._show_existing()

    def reset(self) -> None:
        """Back to the file choice, the review emptied: nothing of a document read or reviewed is kept."""
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
        self.pages.setCurrentIndex(CHOOSE_PAGE)
