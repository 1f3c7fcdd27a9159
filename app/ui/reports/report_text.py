"""The clerk's text of a progress report in the dialog: prefilled with the builder's words, kept per plan and
period in the database, so reopening the dialog restores what was typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import AppError
from app.services.reports.narrative import Narrative, ProgressReportContent, default_texts, narrative_from
from app.ui.reports.report_form import ReportForm

if TYPE_CHECKING:  # type-checked as the dialog it is mixed into; at run time a plain class (Qt's MRO)
    from PySide6.QtWidgets import QDialog as _DialogBase
else:
    _DialogBase = object

if TYPE_CHECKING:
    from app.services.reports import ReportService
    from app.ui.reports.report_jobs import Content, RequestKey


class ClerkText(_DialogBase):
    """The section editors of the form and what the clerk typed in them."""

    form: ReportForm
    service: ReportService
    content: Content | None
    _loaded_for: RequestKey | None
    _defaults: dict[str, str]

    def edited_texts(self) -> dict[str, str]:
        return {key: editor.toPlainText() for key, editor in self.form.editors.items()}

    def set_section_text(self, key: str, text: str) -> None:
        self.form.editors[key].setPlainText(text)

    def _set_content(self, content: Content, key: RequestKey) -> None:
        """Prefill each section with the builder's words, or with what the clerk typed for this
        plan and period before (kept in the database)."""
        self.content, self._loaded_for = content, key
        self._defaults = default_texts(content) if isinstance(content, ProgressReportContent) else {}
        saved = self._saved_text(key) if self._defaults else Narrative()
        for name, editor in self.form.editors.items():
            kept = getattr(saved, name)
            text = "\n".join(kept) if isinstance(kept, list) else kept
            editor.setPlainText(text or self._defaults.get(name, ""))

    # -- the clerk's text, kept per plan and period -------------------------------------------------
    def _saved_text(self, key: RequestKey) -> Narrative:
        _kind, plan_id, period, _as_of = key
        if plan_id is None or period is None:
            return Narrative()
        try:
            return self.service.narrative(plan_id, period.code)
        except AppError:
            return Narrative()

    def remember_text(self) -> None:
        """Keep what the clerk typed for the loaded plan and period: reopening restores it."""
        if not isinstance(self.content, ProgressReportContent) or self._loaded_for is None:
            return
        _kind, plan_id, period, _as_of = self._loaded_for
        if plan_id is None or period is None:
            return
        try:
            self.service.save_narrative(plan_id, period.code, narrative_from(self.edited_texts(), self._defaults))
        except AppError as exc:
            self.form.status.setText(exc.message)
