"""Signing in to a server database from the window (app/ui/admin/sign_in_dialog.py, application.open_services)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from app.errors import PermissionDeniedError
from app.models.database import open_database
from app.services.users import UserService
from app.ui.admin.sign_in_dialog import SignInDialog
from app.ui.shell.application import open_services
from app.ui.shell.sign_in import ask_sign_in, is_server


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


def _server_with_users(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        UserService(database, "an").add("an", "clerk", password="mat-khau-an")
        UserService(database, "an").add("lan", "staff", password="mat-khau-lan")
    finally:
        database.dispose()


def _with_connection_password(pg_url: str) -> str:
    """The test cluster trusts local connections: a password in the URL is accepted and ignored,
    which lets the test see that it never reaches the settings."""
    return pg_url.replace("theodoi@", "theodoi:mat-khau-ket-noi@")


@pytest.fixture
def desk_window(qtbot: Any, tmp_path: Any, settings: Any, prompter: Any) -> Iterator[Any]:
    """The window on a desk SQLite file, opening other databases as the program does."""
    from app.ui.shell.main_window import MainWindow

    services, name = open_services(str(tmp_path / "ban.db"), "an")
    window = MainWindow(services=services, database_url=name, settings=settings, prompter=prompter,
                        opener=open_services)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.state.services.database.dispose()


def test_file_open_server_asks_who_signs_in_and_stores_no_password(
        desk_window: Any, prompter: Any, settings: Any, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THEODOI_PASSWORD", raising=False)
    _server_with_users(pg_url)
    url = _with_connection_password(pg_url)
    typed = iter([("lan", "sai-mat-khau"), ("lan", "mat-khau-lan")])
    asked: list[str] = []

    def sign_in(dialog: SignInDialog) -> bool:
        asked.append(dialog.where.text())
        name, password = next(typed)
        dialog.name_edit.setText(name)
        dialog.password_edit.setText(password)
        return True

    prompter.dialog_handler = sign_in
    prompter.answers.extend([url, url])
    assert not desk_window.commands.open_server()  # wrong password: refused, the desk file stays open
    assert prompter.errors and "Đăng nhập không được" in prompter.errors[-1]
    assert desk_window.state.services.database.path is not None
    assert desk_window.commands.open_server()
    assert asked and all("127.0.0.1" in where and "mat-khau" not in where for where in asked)
    assert desk_window.state.services.user == "lan" and desk_window.state.services.database.path is None
    assert desk_window.user_label.text() == "Người dùng: lan (cán bộ nhập tiến độ)"
    assert "mat-khau" not in desk_window.db_label.text() and "127.0.0.1" in desk_window.db_label.text()
    assert settings.recent_databases[0] == pg_url  # without the connection password
    settings.sync()
    stored = Path(settings.file_name).read_text(encoding="utf-8")
    assert "mat-khau" not in stored and pg_url.split("//")[1] in stored
    # Reopening it from File ▸ Recent databases asks again; cancelling keeps the database open.
    prompter.dialog_handler = lambda _dialog: False
    assert not desk_window.commands.switch_database(settings.recent_databases[0])
    assert desk_window.state.services.user == "lan"


def test_open_server_refuses_what_is_not_a_server_address(desk_window: Any, prompter: Any) -> None:
    prompter.answers.append("/tmp/mot-tep.db")
    assert not desk_window.commands.open_server()
    assert prompter.errors == ["“/tmp/mot-tep.db” không phải địa chỉ cơ sở dữ liệu trên máy chủ (postgresql://…)."]


def test_command_line_window_on_a_server_signs_in_the_named_user(
        qtbot: Any, qapp: Any, pg_url: str, tmp_path: Any, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m app --db postgresql://… --user an` (the password from THEODOI_PASSWORD here; the
    dialog otherwise): the window opens on the server as that user and lists it as recent."""
    import argparse

    from PySide6.QtWidgets import QApplication

    from app.ui.shell import application
    from app.ui.shell.main_window import MainWindow

    _server_with_users(pg_url)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("THEODOI_PASSWORD", "mat-khau-an")
    monkeypatch.setattr(application, "Settings", lambda: settings)
    seen: dict[str, Any] = {}

    def run_until_open(_app: Any) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        qtbot.waitUntil(lambda: window.state.ready, timeout=30000)
        seen.update(user=window.user_label.text(), db=window.db_label.text())
        window.state.services.database.dispose()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_open)
    args = argparse.Namespace(db=_with_connection_password(pg_url), user="an", lang="vi")
    assert application.run_gui(args) == 0
    assert seen["user"] == "Người dùng: an (chuyên viên theo dõi)" and "mat-khau" not in seen["db"]
    assert settings.recent_databases == [pg_url]
