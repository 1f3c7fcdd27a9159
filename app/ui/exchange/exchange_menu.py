"""Kế hoạch → Gửi phiếu báo cáo… / Nhận phiếu báo cáo… / Sổ theo dõi báo cáo…: opens the exchange
windows and the register, and makes an apply undoable on the window's QUndoStack.

Why a controller of its own: the window only composes (like the report menu); this keeps the
one open dialog of each kind (non-modal, so the clerk can read the tree beside it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.periods import Period
from app.errors import AppError
from app.services.exchange import ApplyResult, FileReview
from app.ui.exchange.exchange_dialogs import ReceiveDialog, SendDialog
from app.ui.exchange.register_view import RegisterDialog
from app.ui.reports.report_jobs import DocKind
from app.ui.shell.state import TASKS, AppState
from app.ui.task.undo_commands import GuardedCommand
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.views import PlanSummary
    from app.ui.reports.report_dialog import ReportDialog


class ApplyExchangeCommand(GuardedCommand):
    """The rows of received workbooks written in one transaction; undo puts every entry back."""

    def __init__(self, menu: ExchangeMenu, reviews: list[FileReview], result: ApplyResult) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Apply report forms ({count} rows)")
                         .format(count=result.written))
        self.menu, self.reviews, self.result = menu, reviews, result

    def _do(self) -> None:
        self.result = self.menu.state.services.exchange.apply(self.reviews)

    def _undo(self) -> None:
        self.menu.state.services.exchange.undo(self.result)

    def _report(self, exc: AppError) -> None:
        self.menu.prompter.error(self.menu.parent_widget, exc.message)

    def _refresh(self) -> None:
        self.menu.changed()


class ExchangeMenu(QObject):
    def __init__(self, state: AppState, prompter: Prompter, undo_stack: QUndoStack,
                 open_report: Callable[[DocKind, Period | None], ReportDialog | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.prompter = prompter
        self.undo_stack = undo_stack
        self.open_report = open_report
        self.parent_widget = parent
        self.dialogs: dict[str, QDialog] = {}

    def _plans(self) -> list[PlanSummary] | None:
        if not self.state.ready:
            return None
        try:
            return list(self.state.services.plans.list_plans(self.state.as_of(), with_progress=False))
        except AppError as exc:
            self.prompter.error(self.parent_widget, exc.message)
            return None

    def _show(self, key: str, dialog: QDialog) -> QDialog:
        old = self.dialogs.pop(key, None)
        if old is not None:
            old.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None, k=key, d=dialog: self._forget(k, d))
        self.dialogs[key] = dialog
        dialog.show()
        return dialog

    def _forget(self, key: str, dialog: QDialog) -> None:
        if self.dialogs.get(key) is dialog:
            del self.dialogs[key]

    def open_send(self) -> SendDialog | None:
        plans = self._plans()
        if plans is None:
            return None
        dialog = SendDialog(self.state.services, plans, self.prompter, as_of=self.state.as_of(),
                            plan_id=self.state.plan_id, parent=self.parent_widget)
        self._show("send", dialog)
        return dialog

    def open_receive(self) -> ReceiveDialog | None:
        if not self.state.ready:
            return None
        dialog = ReceiveDialog(self.state.services, self.prompter, apply=self.apply, parent=self.parent_widget)
        self._show("receive", dialog)
        return dialog

    def open_register(self, plan_id: int | None = None, period: str | None = None) -> RegisterDialog | None:
        """The register of the open plan (or `plan_id`); given a period code, on that period alone with the first
        name the directory lacks current (the report dialog's way to where such names are confirmed)."""
        plans = self._plans()
        if plans is None:
            return None
        dialog = RegisterDialog(self.state.services, plans, self.prompter, as_of=self.state.as_of(),
                                plan_id=self.state.plan_id if plan_id is None else plan_id, reminder=self.reminder,
                                parent=self.parent_widget)
        self._show("register", dialog)
        if period is None:
            dialog.refresh()
        else:
            dialog.show_unconfirmed(period)
        return dialog

    def apply(self, reviews: list[FileReview]) -> bool:
        """Apply the ticked rows (one transaction) and push the undoable command."""
        try:
            result = self.state.services.exchange.apply(reviews)
        except AppError as exc:
            self.prompter.error(self.parent_widget, exc.message)
            return False
        if result.written:
            self.undo_stack.push(ApplyExchangeCommand(self, reviews, result))
        self.changed()
        return True

    def changed(self) -> None:
        """Progress changed behind the tree: the plans' figures and the open plan's states follow."""
        self.state.notify(TASKS)

    def reminder(self, plan_id: int, period: str) -> None:
        """From a missing cell of the register: the reminder letter for that plan and period."""
        self.state.set_plan(plan_id)
        self.open_report(DocKind.REMINDER, Period.parse(period))  # the period set before its preview starts
