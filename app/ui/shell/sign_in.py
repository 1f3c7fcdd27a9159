"""Who works in the window: the user's name, and the sign-in a server database asks for.

Apart from the application module so that File ▸ Open (window commands) can ask it without
importing the module that builds the window.
"""

from __future__ import annotations

import getpass
import os

from app.ui.widgets.prompts import Prompter


def current_user() -> str:
    """THEODOI_USER, else the operating-system user."""
    named = os.environ.get("THEODOI_USER")
    if named:
        return named
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "user"


def is_server(target: str | None) -> bool:
    return bool(target) and "://" in str(target) and not str(target).startswith("sqlite")


def ask_sign_in(prompter: Prompter, target: str, name: str | None = None) -> tuple[str, str] | None:
    """Name (proposed: `name`, else THEODOI_USER or the OS user) and password for a server
    database (THEODOI_PASSWORD skips the question); None: cancelled. Nothing is stored."""
    from app.ui.admin.sign_in_dialog import SignInDialog

    if os.environ.get("THEODOI_PASSWORD") is not None:
        return name or current_user(), os.environ["THEODOI_PASSWORD"]
    from app.services.session import server_name

    dialog = SignInDialog(server_name(target), name or current_user())
    try:
        if not prompter.run_dialog(dialog):
            return None
        return dialog.name(), dialog.password()
    finally:
        dialog.deleteLater()
