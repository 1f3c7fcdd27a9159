"""The suite's fresh databases are copies of one migrated per run (tests/conftest.py `sqlite_template`,
tests/engines.py `migrated_copy`): such a copy must be the very database a fresh upgrade gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from engines import migrated_copy

from app.models.database import open_database

PRAGMAS = ("journal_mode", "foreign_keys", "synchronous", "busy_timeout", "user_version", "page_size",
           "auto_vacuum", "encoding")


def _statement(sql: str) -> tuple[list[str], list[str]]:
    """A dump statement with its CONSTRAINT lines sorted: Alembic's batch mode recreates a table
    with its constraints in no fixed order, so two fresh upgrades differ there and only there."""
    lines = [line.strip().rstrip(",").strip() for line in sql.splitlines()]
    return [x for x in lines if not x.startswith("CONSTRAINT")], sorted(x for x in lines if x.startswith("CONSTRAINT"))


def _state(path: Path) -> tuple[list[tuple[list[str], list[str]]], dict[str, object]]:
    """Schema and rows (iterdump) and the pragmas a connection of the program sees."""
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in PRAGMAS}
    finally:
        db.dispose()
    conn2 = sqlite3.connect(path)
    try:
        return [_statement(sql) for sql in conn2.iterdump()], pragmas
    finally:
        conn2.close()


def test_a_template_copy_is_a_fresh_upgrade(sqlite_template: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh" / "theodoi.db"
    open_database(fresh).dispose()
    copy = tmp_path / "copy" / "theodoi.db"
    migrated_copy(sqlite_template, copy).dispose()
    assert not list(copy.parent.glob("*backup*")) and sorted(p.name for p in copy.parent.iterdir()) == [
        "theodoi.db"]
    assert _state(copy) == _state(fresh)
