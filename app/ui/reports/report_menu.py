"""The Báo cáo menu: open the report dialog on the chosen kind, or the office profile.

Why a controller of its own: the window only composes; this holds the one open report dialog
(non-modal, so the clerk can keep reading the tree while a report is laid out) and builds the
report service from the window's services.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from app.domain.periods import Period
from app.errors import AppError
from app.ui.admin.office_dialog import edit_office
from app.ui.reports.report_dialog import ReportDialog
from app.ui.reports.report_jobs import DocKind
from app.ui.reports.unconfirmed_warning import OpenRegister
from app.ui.shell.actions import ActionRegistry
from app.ui.shell.state import AppState
from app.ui.widgets.prompts import Prompter

ACTIONS = {"report.progress": DocKind.PROGRESS, "report.tasklist": DocKind.TASKLIST,
           "report.reminder": DocKind.REMINDER, "report.calendar": DocKind.CALENDAR,
           "report.targets": DocKind.TARGETS}


class ReportMenu(QObject):
    def __init__(self, state: AppState, prompter: Prompter, registry: ActionRegistry, parent: QWidget,
                 open_register: OpenRegister | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.prompter = prompter
        self.parent_widget = parent
        self.open_register = open_register  # where the plan's unconfirmed names are confirmed
        self.warned: set[tuple[int, str]] = set()  # plans and periods whose unconfirmed names were said (once)
        self.dialog: ReportDialog | None = None
        for name, kind in ACTIONS.items():
            registry[name].triggered.connect(lambda _checked=False, k=kind: self.open_dialog(k))
        registry["report.office"].triggered.connect(lambda _checked=False: self.edit_office())

    def open_dialog(self, kind: DocKind = DocKind.PROGRESS, period: Period | None = None) -> ReportDialog | None:
        """The report dialog on the open plan, for `period` when given (else the current one), its preview started.

        Why the period before the preview: the register's reminder set its missing period after the preview of the
        current quarter had started, and the dialog showed `Quý I` over a letter of `quý IV` (41 pages of it)."""
        state, parent = self.state, self.parent_widget
        if not state.ready:
            return None
        if self.dialog is not None:
            self.dialog.close()
        try:
            plans = state.services.plans.list_plans(state.as_of(), with_progress=False)
        except AppError as exc:
            self.prompter.error(parent, exc.message)
            return None
        dialog = ReportDialog(state.services.reports, plans, self.prompter, as_of=state.as_of(),
                              plan_id=state.plan_id, kind=kind, office_editor=lambda: self.edit_office(dialog),
                              open_register=self.open_register, warned=self.warned, parent=parent)
        if period is not None:
            dialog.set_request(replace(dialog.request(), period=period))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog))
        self.dialog = dialog
        dialog.show()
        if plans:
            dialog.refresh()
        return dialog

    def _forget(self, dialog: ReportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def ask_office_at_first_start(self) -> bool:
        """Ask for the office profile once per database while it is incomplete (the clerk may skip:
        an export then names what is missing). Returns whether the profile was saved."""
        if not self.state.ready:
            return False
        service = self.state.services.reports
        try:
            if not service.office_needs_asking():
                return False
            service.mark_office_asked()
        except AppError as exc:
            self.prompter.error(self.parent_widget, exc.message)
            return False
        return self.edit_office()

    def edit_office(self, parent: QWidget | None = None) -> bool:
        if not self.state.ready:
            return False
        return edit_office(self.state.services.reports, self.prompter, parent or self.parent_widget,
                           self.state.plan_id)
