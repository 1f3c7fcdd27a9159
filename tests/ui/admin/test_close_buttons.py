"""The audit trail's and the backups' Close buttons carry their Alt letter (`Đó&ng`), as every other button does
(clerk6's `dialog_buttons.name_buttons`; Qt names its standard buttons without a mnemonic)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("command", ["audit_trail", "automatic_backups"])
def test_close_has_an_alt_letter(window: MainWindow, prompter: Any, command: str) -> None:
    seen: dict[str, Any] = {}

    def handle(dialog: QDialog) -> bool:
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)  # type: ignore[attr-defined]
        seen["before"] = (close.text(), close.shortcut())
        dialog.retranslate_ui()  # type: ignore[attr-defined]  # a change of language keeps it
        seen["after"] = close.text()
        return False

    prompter.dialog_handler = handle
    getattr(window.commands, command)()
    assert seen["before"] == ("Đó&ng", QKeySequence("Alt+N"))
    assert seen["after"] == "Đó&ng"


def test_the_automatic_backups_buttons_have_alt_letters(window: MainWindow, prompter: Any) -> None:
    """Session 16's walk: "Đổi thư mục…" and "Khôi phục bản sao lưu này" had no Alt letter beside `Đó&ng`; the
    backups dialog is where a clerk in trouble goes, keyboard or not. Alt+M and Alt+K, distinct from Alt+N."""
    seen: dict[str, Any] = {}

    def handle(dialog: QDialog) -> bool:
        seen["keys"] = [(b.text(), b.shortcut()) for b in (dialog.folder_button, dialog.restore_button)]  # type: ignore[attr-defined]
        return False

    prompter.dialog_handler = handle
    window.commands.automatic_backups()
    assert seen["keys"] == [("Đổi thư &mục…", QKeySequence("Alt+M")), ("&Khôi phục bản sao lưu này",
                                                                         QKeySequence("Alt+K"))]
