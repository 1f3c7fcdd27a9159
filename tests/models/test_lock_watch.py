"""The database says when a write is about to wait for another connection's write lock, and when
that unit of work is over — only then, and only once per unit of work (`app.models.lock_watch`)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from app.errors import DatabaseBusyError
from app.models import sqlite_files
from app.models.database import Database


def _write(database: Database, name: str) -> None:
    with database.session() as s:
        s.execute(text("INSERT INTO agencies (name, name_folded, kind, active, proposed, version) "
                       "VALUES (:n, :n, 'so', 1, 0, 1)"), {"n": name})
        s.execute(text("UPDATE agencies SET kind = 'so' WHERE name = :n"), {"n": name})  # a second write: no probe


def test_a_write_waiting_for_the_lock_is_said_before_and_after(database: Database, monkeypatch) -> None:
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 200)
    database.engine.dispose()
    said: list[bool] = []
    database.watch_lock(said.append)
    with database.session() as s:  # a read is never said (WAL: readers do not wait)
        s.execute(text("SELECT count(*) FROM agencies")).scalar()
    _write(database, "Sở Nội vụ")
    assert said == []  # nobody held the lock
    other = sqlite3.connect(str(database.path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusyError):
            _write(database, "Sở Tài chính")
        assert said == [True, False]
    finally:
        other.execute("ROLLBACK")
        other.close()
    _write(database, "Sở Tài chính")
    assert said == [True, False]
    database.watch_lock(None)  # stopped: nothing said, nothing probed
    with database.session() as s:
        assert s.execute(text("SELECT count(*) FROM agencies WHERE name LIKE 'Sở%'")).scalar() == 2
