"""The import's last step: store the plan as reviewed (Ctrl+S), or cancel it, or be asked before the window closes.

Why a mix-in of `ImportView` of its own: storing is where the review's edits reach the database, in one call
(`PlanImportService.store_read`); replacing a stored plan asks first (`review_replace`). Nothing before this step
writes anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import AppError
from app.ui.imports.review_header import FollowField
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter
from app.ui.widgets.worker import Task

if TYPE_CHECKING:
    from pathlib import Path

    from app.services.plan_import import ImportedPlan, ReadPlan


class ImportStoring:
    """Storing, cancelling and closing of `ImportView`."""

    state: AppState
    prompter: Prompter
    read: ReadPlan | None
    plan: ImportedPlan | None
    task: Task | None
    existing: int | None
    edited: bool
    number_edit: QLineEdit
    title_edit: QLineEdit
    issuer_edit: QLineEdit
    follow: FollowField
    imported: SignalInstance
    replaced: SignalInstance
    closed: SignalInstance

    if TYPE_CHECKING:  # QObject's and the other halves', through the view; declared for the type checker only
        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803
        def reset(self) -> None: ...
        def unfinished(self) -> str: ...
        def undo_note(self, backup: Path | None) -> str: ...
        def _find_existing(self) -> None: ...
        def _agree_to_replace(self) -> bool: ...

    def confirm(self) -> int | None:
        if self.read is None or self.plan is None:
            return None
        self.plan.number = self.number_edit.text().strip() or None
        self.plan.title = self.title_edit.text().strip() or self.plan.title
        self.plan.issuer = self.issuer_edit.text().strip() or None
        unfinished = self.unfinished()
        if unfinished:  # the review stays as it is, header and all: the clerk adds or fixes the rows
            self.prompter.error(cast(QWidget, self), unfinished)
            return None
        try:
            followed_from = self.follow.value()
            self._find_existing()  # the number or issuer may have been edited in the review
            if self.existing is not None and not self._agree_to_replace():
                return None
            outcome = self.state.services.plan_import.store_read(self.read, replace=self.existing is not None,
                                                                 followed_from=followed_from)
        except AppError as exc:
            self.prompter.error(cast(QWidget, self), exc.message)
            return None
        plan_id = outcome.plan_id
        if outcome.replaced:  # what changed, and how to undo it
            self.prompter.inform(cast(QWidget, self), self.tr("Replace the existing plan"),
                                 outcome.message + "\n\n" + self.undo_note(outcome.backup))
        self.reset()
        self.imported.emit(plan_id)
        if outcome.replaced:
            self.replaced.emit(plan_id)
        return plan_id

    def cancel(self) -> bool:
        """Drop the document being imported; corrections made in the review are asked about first."""
        if self.plan is not None and self.edited and not self.prompter.ask_yes_no(
                cast(QWidget, self), self.tr("Cancel import"),
                self.tr("Discard the corrections you made to this import?")):
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
        if not self.prompter.ask_yes_no(cast(QWidget, self), self.tr("Import not stored"), self.tr(
                "The plan under review has corrections that are not stored yet. Close the program and discard "
                "them? To keep them, do not close: click “Store the plan”.")):
            return False
        self.edited = False  # discarded: not asked again
        return True
