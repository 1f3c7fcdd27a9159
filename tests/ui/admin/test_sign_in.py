"""Signing in to a server database from the window (app/ui/admin/sign_in_dialog.py, application.open_services)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from app.errors import PermissionDeniedError
from app.models.database import open_database
from app.services.users import UserService
from app.ui.admin.sign_in_dialog import SignInDialog
from app.ui.shell.application import ask_sign_in, is_server, open_services


def test_dialog_collects_name_and_hidden_password(prompter: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THEODOI_PASSWORD", raising=False)
    monkeypatch.setenv("THEODOI_USER", "lan")

    def handle(dialog: SignInDialog) -> bool:
        assert dialog.windowTitle() == "Đăng nhập" and dialog.name() == "lan"
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
        assert "secret" not in dialog.where.text()
        dialog.password_edit.setText("mat-khau-1")
        return True

    prompter.dialog_handler = handle
    assert ask_sign_in(prompter, "postgresql://theodoi:secret@127.0.0.1:5432/vp") == ("lan", "mat-khau-1")
    assert is_server("postgresql://u@h/db") and not is_server("/tmp/theodoi.db") and not is_server(None)


def test_server_with_users_needs_the_right_password(pg_url: str) -> None:
    services, _ = open_services(pg_url, "lan", None)  # no users yet: nothing asked
    services.database.dispose()
    database = open_database(pg_url)
    UserService(database, "an").add("an", "clerk")
    UserService(database, "an").add("lan", "staff", password="mat-khau-1")
    database.dispose()
    with pytest.raises(PermissionDeniedError, match="Đăng nhập không được"):
        open_services(pg_url, "lan", "sai")
    services, name = open_services(pg_url, "lan", "mat-khau-1")
    try:
        assert services.user == "lan" and services.users.actor().role == "staff" and "127.0.0.1" in name
    finally:
        services.database.dispose()
