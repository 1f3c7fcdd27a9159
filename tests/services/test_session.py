"""`open_session`: how the window opens a database — the services act as the named user and the
day's routine backup is taken (SQLite); a server with users is covered in tests/ui/admin/test_sign_in.py."""

from __future__ import annotations

from pathlib import Path

from app.services.session import open_session
from app.services.storage import list_automatic_backups


def test_a_new_file_opens_with_services_acting_as_the_user(tmp_path: Path) -> None:
    services = open_session(tmp_path / "moi.db", "lan")
    try:
        assert services.user == "lan" and services.database.path == tmp_path / "moi.db"
        assert services.plans.list_plans() == []
    finally:
        services.database.dispose()


def test_reopening_takes_the_daily_backup_once(tmp_path: Path) -> None:
    target = tmp_path / "so-lieu.db"
    for _ in range(2):
        services = open_session(target, "lan")
        services.plans.create_plan("Kế hoạch kiểm tra")
        services.database.dispose()
    assert len(list_automatic_backups(str(target))) == 1  # a day had not passed: once
