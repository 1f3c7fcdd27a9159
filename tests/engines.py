"""The two engines the storage, services and concurrency tests run on."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.database import Database, open_database

ENGINES = ("sqlite", "postgresql")


def open_engine(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    """A fresh migrated database: a file in `tmp_path`, or a copy of the migrated PostgreSQL
    template (the `pg_url` fixture, requested only here so SQLite-only runs never start a server)."""
    if engine == "sqlite":
        return open_database(tmp_path / "theodoi.db")
    return open_database(request.getfixturevalue("pg_url"))
