"""Who works in the window: the user's name, and the sign-in a server database asks for.

Apart from the application module so that File ▸ Open (window commands) can ask it without
importing the module that builds the window.
"""

from __future__ import annotations

import os

from app.paths import default_user_name
from app.ui.widgets.prompts import Prompter


def is_server(target: str | None) -> bool:
    return bool(target) and "://" in str(target) and not str(target).startswith("sqlite")


def ask_sign_in(prompter: Prompter, target: str, name: str | None = None) -> tuple[str, str] | None:
    """Name (proposed: `name`, else THEODOI_USER or the OS user) and password for a server
    database (THEODOI_PASSWORD skips the question); None: cancelled. Nothing is stored."""
    from app.ui.admin.sign_in_dialog import SignInDialog

    if os.environ.get("THEODOI_PASSWORD") is not None:
        return name or default_user_name(), os.environ["THEODOI_PASSWORD"]
    from app.services.session import server_name

    dialog = SignInDialog(server_name(target), name or default_user_name())
    try:
        if not prompter.run_dialog(dialog):
            return None
        return dialog.name(), dialog.password()
    finally:
        dialog.deleteLater()
