"""Shared fixtures: offscreen Qt, a temporary migrated database, the services over it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.models.database import Database, open_database  # noqa: E402
from app.services import Services  # noqa: E402


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database in a temporary folder."""
    db = open_database(tmp_path / "theodoi.db")
    yield db
    db.dispose()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database, user="tester")
