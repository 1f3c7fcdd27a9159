"""When the assistant opens: by itself on a fresh database, or from the Help menu."""

from __future__ import annotations

from typing import Any

from app.errors import AppError


def connect_actions(window: Any) -> None:
    window.actions["help.first_run"].triggered.connect(lambda _c=False: open_assistant(window))


def first_start(window: Any) -> bool:
    """At start-up: the assistant on a fresh database, else the office question (once per database)."""
    services = window.services
    if services is None:
        return False
    try:
        fresh = services.onboarding.needed()
        if fresh:
            services.reports.mark_office_asked()  # the assistant asks it; never twice
    except AppError as exc:
        window.prompter.error(window, exc.message)
        return False
    if fresh:
        return open_assistant(window)
    if window.reports is not None:
        return bool(window.reports.ask_office_at_first_start())
    return False


def open_assistant(window: Any) -> bool:
    """Run the assistant (each finished step is stored even if the clerk skips the rest);
    the window re-reads the directory afterwards. True when the clerk went through to the end."""
    from app.ui.onboarding.wizard import FirstRunWizard

    if window.services is None:
        return False
    wizard = FirstRunWizard(window.services, window.prompter, window, plan_id=window.tree.plan_id)
    try:
        finished = window.prompter.run_dialog(wizard)
    finally:
        wizard.deleteLater()
    if wizard.stored:
        window.agencies.changed.emit()  # the picker and the tasks' reporting agencies follow
        window.reload_all()
    return bool(finished)
