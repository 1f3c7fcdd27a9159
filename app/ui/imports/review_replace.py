"""Confirming a review that replaces a stored plan: the note on the review page, the question
showing what is kept and what would be lost, and how to undo a replacement afterwards.

Why a mix-in of `ImportView` of its own: replacing is one job of the review (the stored plan it
would replace follows the header the clerk edits and the database opened), apart from reading the
document and repairing its rows.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from app.domain.dates import format_vn
from app.errors import AppError
from app.services import review_outline
from app.services.replace_review import (
    NOTE,
    detach,
    figures,
    is_replace_note,
    keep_gone,
    still_gone,
    take_document_values,
)
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.plan_import import ImportedNode, ImportedPlan, ReadPlan
    from app.services.replace_review import GoneTask, ReplaceReview

REPLACE_LINES = 10  # changed and lost tasks listed in the replace question (it must fit a 600-pixel screen)
GONE_SHOWN = 3  # gone tasks named in the review's note (the rest on hover): the outline keeps the room


class ReviewReplace:
    """The replace half of `ImportView` (see the module docstring); the view builds the widgets."""

    state: AppState
    prompter: Prompter
    read: ReadPlan | None
    plan: ImportedPlan | None
    existing: int | None  # id of the stored plan this document would replace
    confirm_button: QPushButton
    replace_note: QLabel

    if TYPE_CHECKING:  # QObject's and the other halves', through the view; declared for the type checker only
        edited: bool

        @property
        def nodes(self) -> list[ImportedNode]: ...
        def tr(self, sourceText: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...  # noqa: N803
        def current_row(self) -> int | None: ...
        def selected_rows(self) -> list[int]: ...
        def record(self, what: str) -> None: ...
        def _repaint(self, rows: list[int]) -> None: ...
        def _after(self, focus: ImportedNode | None, column: int, keep: set[int] | None = None,
                   select: list[ImportedNode] | None = None) -> None: ...

    def _show_existing(self) -> None:
        """Say on the review page that confirming replaces a stored plan, and how."""
        replacing = self.existing is not None
        self.confirm_button.setText(self.tr("Replace the e&xisting plan") if replacing else self.tr("&Store the plan"))
        self.confirm_button.setToolTip(self.confirm_button.text().replace("&", "") + " (Ctrl+S)")
        self.replace_note.setVisible(replacing)
        review = self.read.replacing if self.read is not None else None
        if review is not None and review.plan_id == self.existing:
            self.replace_note.setText(self._review_summary(review))
            self.replace_note.setToolTip("\n".join(self._gone_lines(self._still_gone(review), None)))
            return
        self.replace_note.setToolTip("")
        self.replace_note.setText(self.tr(
            "This plan is already stored. Replacing it updates it in place: tasks that remain keep their "
            "progress, reports and measurements; before anything changes you will see which tasks are added, removed "
            "or changed and what would be lost, and the database is backed up first.") if replacing else "")

    def _review_summary(self, review: ReplaceReview) -> str:
        """The note over a review started from the stored plan: what stays, what is marked, what goes (a figure of
        nought is left out: five noughts in a row hid the one figure that was not); a gone task the clerk kept
        counts as staying."""
        gone = self._still_gone(review)
        kept, progress, new, amended = figures(review, self.plan.nodes if self.plan is not None else [])
        parts = [self.tr("This plan is already stored: the review starts from it, with your corrections. {kept} "
                         "tasks stay, with their {progress} progress reports.").format(kept=kept, progress=progress)]
        if new or amended:
            parts.append(self.tr("To check (F8): {new} new in this document, {amended} changed by it.").format(
                new=new, amended=amended))
        else:
            parts.append(self.tr("The document changes none of them and adds none."))
        if review.own:
            parts.append(self.tr("{n} tasks you added stay.").format(n=review.own))
        if review.removed_by_clerk:
            parts.append(self.tr("{n} tasks you removed stay removed.").format(n=review.removed_by_clerk))
        if not review.has_base:
            parts.append(self.tr("The stored plan has no file of its own to compare with: where the document "
                                 "differs, your value is kept and the document's is shown on the row."))
        text = " ".join(parts)
        if gone:
            text += "\n" + self.tr("Gone from the new document, removed when you store ({n}; to keep one, right-click "
                                   "a row: Keep a task the document dropped):").format(
                n=len(gone)) + " " + "; ".join(self._gone_lines(gone, GONE_SHOWN))
        return text + "\n" + self.tr("Before anything changes you are asked, and the database is backed up first.")

    def settled_rows(self) -> set[int]:
        """The rows (outline positions) that continue a stored row the new document leaves as it was: checked when
        the plan was stored, so they do not ask again — F8 walks what the document adds or changes."""
        review = self.read.replacing if self.read is not None else None
        if review is None or self.plan is None:
            return set()
        return {row for row, node in enumerate(review_outline.walk(self.plan.nodes))
                if node.stored_id is not None and not any(is_replace_note(w) for w in node.warnings)}

    def replace_items(self, menu: QMenu, row: int) -> None:
        """The row menu's entry taking the new document's values where the stored ones were kept (shown when the
        selected rows have such values): a plan typed by hand keeps every value of its own against the document."""
        rows = self._differing_rows(row)
        if rows:
            menu.addAction(self.tr("Use the new document's values ({n} rows)").format(n=len(rows)),
                           self.take_document_values)
        review = self.read.replacing if self.read is not None else None
        reworded = review is not None and (self.nodes[row].stored_id or 0) in review.reworded
        if reworded:
            menu.addAction(self.tr("Another task, not the stored one: store it as new"), self.detach_row)
        gone = self._still_gone(review) if review is not None else []
        if gone:
            keep = menu.addMenu(self.tr("Keep a task the document dropped"))
            for task, line in zip(gone, self._gone_lines(gone, None), strict=True):
                keep.addAction(line, partial(self.keep_gone_task, task.row.stored_id))
        if rows or reworded or gone:
            menu.addSeparator()

    def detach_row(self) -> bool:
        """The current row, which the document reworded, is a task of its own (`replace_review.detach`): it is stored
        as new and the stored task is listed as gone (keep it from the same menu); Ctrl+Z undoes it."""
        review = self.read.replacing if self.read is not None else None
        row = self.current_row()
        if review is None or row is None or (self.nodes[row].stored_id or 0) not in review.reworded:
            return False
        node = self.nodes[row]
        self.record(self.tr("Another task, not the stored one"))
        detach(review, node)
        self._after(node, 0, keep={id(node)})
        self._show_existing()
        return True

    def keep_gone_task(self, stored_id: int | None) -> bool:
        """Put back a task the new document dropped (`replace_review.keep_gone`): the clerk's own task under its
        parent, keeping its progress when stored; Ctrl+Z takes it out again."""
        review = self.read.replacing if self.read is not None else None
        if review is None or self.plan is None or stored_id is None:
            return False
        self.record(self.tr("Keep a task the document dropped"))
        node = keep_gone(review, self.plan.nodes, stored_id)
        self._after(node, 0)
        self._show_existing()
        return True

    def _still_gone(self, review: ReplaceReview | None) -> list[GoneTask]:
        """The gone tasks the clerk has not kept (read from the outline under review)."""
        return still_gone(review, self.plan.nodes) if review is not None and self.plan is not None else []

    def take_document_values(self) -> bool:
        """The selected rows (or the current one) take the document's values where their own were kept."""
        current = self.current_row()
        rows = self._differing_rows(current) if current is not None else []
        review = self.read.replacing if self.read is not None else None
        if not rows or review is None:
            return False
        self.record(self.tr("Use the new document's values"))
        for each in rows:
            take_document_values(review, self.nodes[each])
        self.edited = True
        self._repaint(rows)
        return True

    def _differing_rows(self, row: int | None) -> list[int]:
        review = self.read.replacing if self.read is not None else None
        if review is None or row is None:
            return []
        rows = list(dict.fromkeys([row, *self.selected_rows()]))
        return [r for r in rows if review.differing.get(self.nodes[r].stored_id or 0)
                and any(w.startswith(f"{NOTE}ghi ") for w in self.nodes[r].warnings)]

    def _gone_lines(self, remaining: list[GoneTask], limit: int | None) -> list[str]:
        """The gone tasks, each with its progress reports (those are asked about before storing)."""
        lines = []
        for gone in remaining if limit is None else remaining[:limit]:
            text = gone.text if len(gone.text) <= 60 else gone.text[:59] + "…"
            line = f"{gone.label} “{text}”".strip()
            if gone.progress:
                line += " " + self.tr("({n} progress reports)").format(n=gone.progress)
            lines.append(line)
        if limit is not None and len(remaining) > limit:
            lines.append(self.tr("… and {n} more (hover to see them)").format(n=len(remaining) - limit))
        return lines

    def _find_existing(self) -> None:
        try:
            self.existing = self.state.services.plan_import.existing_plan_id(self.plan) if self.plan else None
        except AppError:
            self.existing = None  # the question is asked again, and any error shown, on confirm
        self._show_existing()

    def undo_note(self, backup: Path | None) -> str:
        """How to undo a replacement, in the menu's words: the program's undo does not reach it
        (the matched tasks were rewritten in place and the unmatched ones deleted with their
        data), the backup taken just before does. None: a server database, no file backup."""
        if backup is None:
            return self.tr("To undo the replacement, ask the administrator to restore the server's latest "
                           "backup (pg_dump) taken before it; the program's Undo does not reach it.")
        from app.services.storage import list_automatic_backups

        taken = next((b.taken_at for b in list_automatic_backups(str(self.state.services.database.url))
                      if b.path.resolve() == backup.resolve()), None)
        when = f"{format_vn(taken.date())} {taken:%H:%M}" if taken is not None else backup.name
        return self.tr("To undo the replacement: File ▸ Automatic backups…, choose the backup of {when} "
                       "(“Before replacing a plan”) and click “Restore this backup”. Everything changed after "
                       "it — this replacement and any later work — goes back to how it was then; the "
                       "program's Undo does not reach a replacement.").format(when=when)

    def _agree_to_replace(self) -> bool:
        """Show what replacing keeps and what it would lose; the clerk decides."""
        preview = self.state.services.plan_import.preview_replacement(self.plan) if self.plan else None
        if preview is None:  # removed meanwhile: a plain store
            self.existing = None
            return True
        question = self.tr("Replace the stored plan with this document?\n\n{preview}").format(
            preview="\n".join(preview.lines(limit=REPLACE_LINES)))
        return self.prompter.ask_yes_no(self.confirm_button, self.tr("Replace the existing plan"), question)
