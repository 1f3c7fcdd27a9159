"""The two engines the storage, services and concurrency tests run on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.models.database import Database, open_database

ENGINES = ("sqlite", "postgresql")


def migrated_copy(template: Path, path: Path) -> Database:
    """A fresh migrated SQLite database at `path`: a copy of the `sqlite_template` fixture's file,
    opened as users open it (the file is at head, so nothing is upgraded)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return open_database(path)


def open_engine(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    """A fresh migrated database: a copy of the migrated SQLite template in `tmp_path`, or a copy of
    the migrated PostgreSQL template (the `pg_url` fixture, requested only here so SQLite-only runs
    never start a server)."""
    if engine == "sqlite":
        return migrated_copy(request.getfixturevalue("sqlite_template"), tmp_path / "theodoi.db")
    return open_database(request.getfixturevalue("pg_url"))
