"""The shared office as it runs: the undo/redo version tests of test_undo_versions.py with both
clerks on one PostgreSQL server database (the `database` fixture of the window's PostgreSQL tests)."""

from __future__ import annotations

from tests.ui.shell.test_window_postgres import database  # noqa: F401 (the server database)
from tests.ui.task.test_undo_versions import (  # noqa: F401 (collected here again)
    clerk_b,
    test_agency_undo_over_the_other_clerks_edit_is_refused,
    test_own_moves_additions_and_deletions_are_not_a_conflict,
    test_redo_over_the_other_clerks_edit_is_refused,
    test_the_task_panels_kind_change_checks_versions,
    test_undo_over_the_other_clerks_edit_is_refused,
)
