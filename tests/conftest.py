"""Shared fixtures: offscreen Qt, a temporary migrated database, the services over it, and one
demo database per test session (tests that write copy it)."""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database (≈19,000 progress rows), built once per session: never write to it."""
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo file (the build closed every connection: the file is complete)."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    return copy
