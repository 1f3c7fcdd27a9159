"""Before a progress report or the reminder letters are written or printed: say which of the plan's names
the directory lacks, once, and offer the register where the clerk confirms them.

Why: a plan from another province stores every name it gives as a proposed agency, and the one rule of
who owes a report (`app.domain.register`) counts none of them until the clerk confirms them. The report
says so in one sentence the signer reads; the clerk learnt it only there, after printing a report that
counted no agency at all. The names come from the service (`ReportService.unconfirmed_names`, the
register's own `unconfirmed_in`): no second count here. Its texts are in the `UnconfirmedWarning` context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import AppError
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.services.reports import ReportRequest, ReportService

OpenRegister = Callable[[int, str], object]  # (plan id, period code): the register shown on that period
SHOWN_NAMES = 5  # names quoted in the question; the rest counted (24 names would push its buttons off a screen)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnconfirmedWarning", text)


def warning_text(names: list[str]) -> str:
    """The question: how many names, the first few, what is not counted, how to confirm them, and where."""
    quoted = ", ".join(f"“{n}”" for n in names[:SHOWN_NAMES])
    if len(names) > SHOWN_NAMES:
        quoted = _tr("{names} and {more} more").format(names=quoted, more=len(names) - SHOWN_NAMES)
    return _tr("{count} names the plan gives are not in the agency directory: {names}. Until they are confirmed, "
               "the report does not count them among the agencies that must report, and no reminder letter goes "
               "to them. To confirm a name: in the reporting register, right-click it (or press the menu key) and "
               "add it to the directory, or say which agency it names.").format(count=len(names), names=quoted)


class UnconfirmedWarning:
    """Asks once per plan and period (the set `warned` outlives one report dialog); `may_go_on` is False when
    the clerk chose to go to the register instead."""

    def __init__(self, service: ReportService, prompter: Prompter, open_register: OpenRegister | None,
                 warned: set[tuple[int, str]]) -> None:
        self.service, self.prompter, self.open_register, self.warned = service, prompter, open_register, warned

    def may_go_on(self, parent: QWidget, request: ReportRequest) -> bool:
        if request.plan_id is None or request.period is None:
            return True
        key = (request.plan_id, request.period.code)
        if key in self.warned:
            return True
        try:
            names = self.service.unconfirmed_names(request)
        except AppError as exc:
            self.prompter.error(parent, exc.message)
            return False
        if not names:
            return True
        self.warned.add(key)
        text, title = warning_text(names), _tr("Names not in the directory")
        if self.open_register is None:
            self.prompter.inform(parent, title, text)
            return True
        if not self.prompter.ask_yes_no(parent, title, text + "\n\n" + _tr(
                "Open the reporting register now? (No: go on without them.)")):
            return True
        self.open_register(*key)
        return False
