"""Kế hoạch → Gửi phiếu báo cáo… / Nhận phiếu báo cáo… / Sổ theo dõi báo cáo…: opens the exchange
windows and the register, and makes an apply undoable on the window's QUndoStack.

Why a controller of its own: the window only composes (like the report menu); this keeps the
one open dialog of each kind (non-modal, so the clerk can read the tree beside it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog

from app.domain.periods import Period
from app.errors import AppError
from app.services.exchange import ApplyResult, FileReview
from app.ui.exchange.exchange_dialogs import ReceiveDialog, SendDialog
from app.ui.exchange.register_view import RegisterDialog
from app.ui.task.undo_commands import GuardedCommand

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


class ApplyExchangeCommand(GuardedCommand):
    """The rows of received workbooks written in one transaction; undo puts every entry back."""

    def __init__(self, menu: ExchangeMenu, reviews: list[FileReview], result: ApplyResult) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Apply report forms ({count} rows)")
                         .format(count=result.written))
        self.menu, self.reviews, self.result = menu, reviews, result

    def _do(self) -> None:
        self.result = self.menu.w.services.exchange.apply(self.reviews)

    def _undo(self) -> None:
        self.menu.w.services.exchange.undo(self.result)

    def _report(self, exc: AppError) -> None:
        self.menu.w.prompter.error(self.menu.w, exc.message)

    def _refresh(self) -> None:
        self.menu.changed()


class ExchangeMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.dialogs: dict[str, QDialog] = {}

    def _plans(self) -> list[Any] | None:
        try:
            return list(self.w.services.plans.list_plans(self.w.as_of(), with_progress=False))
        except AppError as exc:
            self.w.prompter.error(self.w, exc.message)
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
        plans = self._plans() if self.w.services is not None else None
        if plans is None:
            return None
        dialog = SendDialog(self.w.services, plans, self.w.prompter, as_of=self.w.as_of(),
                            plan_id=self.w.tree.plan_id, parent=self.w)
        self._show("send", dialog)
        return dialog

    def open_receive(self) -> ReceiveDialog | None:
        if self.w.services is None:
            return None
        dialog = ReceiveDialog(self.w.services, self.w.prompter, apply=self.apply, parent=self.w)
        self._show("receive", dialog)
        return dialog

    def open_register(self) -> RegisterDialog | None:
        plans = self._plans() if self.w.services is not None else None
        if plans is None:
            return None
        dialog = RegisterDialog(self.w.services, plans, self.w.prompter, as_of=self.w.as_of(),
                                plan_id=self.w.tree.plan_id, reminder=self.reminder, parent=self.w)
        self._show("register", dialog)
        dialog.refresh()
        return dialog

    def apply(self, reviews: list[FileReview]) -> bool:
        """Apply the ticked rows (one transaction) and push the undoable command."""
        try:
            result = self.w.services.exchange.apply(reviews)
        except AppError as exc:
            self.w.prompter.error(self.w, exc.message)
            return False
        if result.written:
            self.w.undo_stack.push(ApplyExchangeCommand(self, reviews, result))
        self.changed()
        return True

    def changed(self) -> None:
        """Progress changed behind the tree: reload the plans and the open plan's states."""
        self.w.reload_plans()
        if self.w.tree.plan_id is not None:
            self.w.tree.refresh(None)

    def reminder(self, plan_id: int, period: str) -> None:
        """From a missing cell of the register: the reminder letter for that plan and period."""
        from app.ui.reports.report_jobs import DocKind

        if self.w.tree.plan_id != plan_id:
            self.w.open_plan(plan_id)
        self.w._build_report_menu()  # noqa: SLF001 - built lazily with the services
        dialog = self.w.reports.open_dialog(DocKind.REMINDER)
        if dialog is not None:
            dialog.set_request(replace(dialog.request(), plan_id=plan_id, period=Period.parse(period)))
