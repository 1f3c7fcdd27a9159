"""A write never goes into a WAL file another program deleted under the open connection (`wal_guard`).

The lock drop is made on purpose here, as a library outside our code could make it: a plain open() and
close() of the database file while the engine holds it (on POSIX that drops every fcntl lock of the process).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from app.models.database import open_database
from app.models.wal_guard import LostLockError
from tests.models.test_own_locks import keys_on_reopen, other_program_counts, write


def test_a_write_after_another_program_deleted_the_wal_is_refused_then_the_retry_is_kept(database_file: Path) -> None:
    db = open_database(database_file)
    try:
        write(db, "wal19-before")
        with database_file.open("rb") as handle:  # what Qt's file dialog did (session 19)
            handle.read(16)
        assert other_program_counts(database_file) == 1
        if os.name == "posix":
            # the other program's close checkpointed and deleted the WAL: the write must not go into the deleted file
            with pytest.raises(LostLockError, match="Hãy làm lại"):
                write(db, "wal19-refused")
        write(db, "wal19-retried")
        assert other_program_counts(database_file) == 2
    finally:
        db.dispose()
    assert keys_on_reopen(database_file) == ["wal19-before", "wal19-retried"]


def test_reads_and_writes_of_an_undisturbed_database_pass(database_file: Path) -> None:
    """Two pooled connections, several transactions, another program reading between them: no false alarm."""
    db = open_database(database_file)
    try:
        for n in range(3):
            write(db, f"wal19-{n}")
            assert other_program_counts(database_file) == n + 1
        with db.engine.connect() as first, db.engine.connect() as second:
            first.execute(text("INSERT INTO office_settings (key, value) VALUES ('wal19-a', '1')"))
            first.commit()
            second.execute(text("INSERT INTO office_settings (key, value) VALUES ('wal19-b', '1')"))
            second.commit()
        assert other_program_counts(database_file) == 5
    finally:
        db.dispose()
