"""The Báo cáo menu: open the report dialog on the chosen kind, or the office profile.

Why a controller of its own: the window only composes; this holds the one open report dialog
(non-modal, so the clerk can keep reading the tree while a report is laid out) and builds the
report service from the window's services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from app.errors import AppError
from app.ui.admin.office_dialog import edit_office
from app.ui.reports.report_dialog import ReportDialog
from app.ui.reports.report_jobs import DocKind

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

ACTIONS = {"report.progress": DocKind.PROGRESS, "report.tasklist": DocKind.TASKLIST,
           "report.reminder": DocKind.REMINDER, "report.calendar": DocKind.CALENDAR,
           "report.targets": DocKind.TARGETS}


def report_service(services: Any) -> Any:
    service = getattr(services, "reports", None)
    if service is None:
        from app.services.reports import ReportService

        service = ReportService(services.database, getattr(services, "user", "clerk"))
    return service


class ReportMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.dialog: ReportDialog | None = None
        for name, kind in ACTIONS.items():
            window.actions[name].triggered.connect(lambda _checked=False, k=kind: self.open_dialog(k))
        window.actions["report.office"].triggered.connect(lambda _checked=False: self.edit_office())

    def open_dialog(self, kind: DocKind = DocKind.PROGRESS) -> ReportDialog | None:
        w = self.w
        if w.services is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        try:
            plans = w.services.plans.list_plans(w.as_of(), with_progress=False)
        except AppError as exc:
            w.prompter.error(w, exc.message)
            return None
        service = report_service(w.services)
        dialog = ReportDialog(service, plans, w.prompter, as_of=w.as_of(), plan_id=w.tree.plan_id, kind=kind,
                              office_editor=lambda: self.edit_office(dialog), parent=w)
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
        w = self.w
        if w.services is None:
            return False
        service = report_service(w.services)
        try:
            if not service.office_needs_asking():
                return False
            service.mark_office_asked()
        except AppError as exc:
            w.prompter.error(w, exc.message)
            return False
        return self.edit_office()

    def edit_office(self, parent: Any = None) -> bool:
        w = self.w
        if w.services is None:
            return False
        return edit_office(report_service(w.services), w.prompter, parent or w, w.tree.plan_id)
