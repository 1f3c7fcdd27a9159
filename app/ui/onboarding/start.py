"""When the assistant opens: by itself on a fresh database, or from the Help menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from app.errors import AppError
from app.ui.shell.actions import ActionRegistry
from app.ui.shell.state import DIRECTORY, AppState
from app.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from app.ui.reports.report_menu import ReportMenu


class MainWindow(Protocol):
    """What the assistant needs of the window (a protocol: the window imports this module)."""

    registry: ActionRegistry
    state: AppState
    prompter: Prompter

    def report_menu(self) -> ReportMenu: ...

    def reload_all(self) -> None: ...

    def window(self) -> QWidget: ...  # QWidget.window(): the main window itself, as the dialogs' parent


def connect_actions(window: MainWindow) -> None:
    window.registry["help.first_run"].triggered.connect(lambda _c=False: open_assistant(window))


def first_start(window: MainWindow) -> bool:
    """At start-up: the assistant on a fresh database, else the office question (once per database).
    Nothing when the window was closed before the database opened (no dialog over no window)."""
    if not window.state.ready or not window.window().isVisible():
        return False
    services = window.state.services
    try:
        fresh = services.onboarding.needed()
        if fresh:
            services.reports.mark_office_asked()  # the assistant asks it; never twice
    except AppError as exc:
        window.prompter.error(window.window(), exc.message)
        return False
    if fresh:
        return open_assistant(window)
    return bool(window.report_menu().ask_office_at_first_start())


def open_assistant(window: MainWindow) -> bool:
    """Run the assistant (each finished step is stored even if the clerk skips the rest);
    the window re-reads the directory afterwards. True when the clerk went through to the end."""
    from app.ui.onboarding.wizard import FirstRunWizard

    if not window.state.ready:
        return False
    wizard = FirstRunWizard(window.state.services, window.prompter, window.window(), plan_id=window.state.plan_id)
    try:
        finished = window.prompter.run_dialog(wizard)
    finally:
        wizard.deleteLater()
    if wizard.stored:
        window.state.notify(DIRECTORY)  # the picker and the tasks' reporting agencies follow
        window.reload_all()
    return bool(finished)
