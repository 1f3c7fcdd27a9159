"""The window on a PostgreSQL database: the same tests as on SQLite (recording progress with undo,
search, calendar, audit trail) with the `database` fixture pointed at a fresh server database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.ui.admin.test_audit_dialog import test_dialog_filters_and_exports  # noqa: F401 (collected here again)
from tests.ui.shell.test_main_window import (  # noqa: F401 (collected here again)
    test_calendar_shows_domain_due_dates_and_opens_node,
    test_record_progress_changes_state,
    test_search_jumps_to_node,
    test_tree_edit_through_actions_and_undo,
)


@pytest.fixture
def database(pg_url: str) -> Iterator[Any]:
    from app.models.database import open_database

    db = open_database(pg_url)
    yield db
    db.dispose()


def test_status_bar_names_the_server_database(window: Any, database: Any) -> None:
    assert database.path is None and "127.0.0.1" in window.db_label.text()
    assert window.user_label.text() == "Người dùng: tester (chuyên viên theo dõi)"
