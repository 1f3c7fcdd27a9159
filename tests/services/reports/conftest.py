"""One demo database per session; tests that write get their own copy of the file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models.database import Database, open_database
from app.services.demo import build_demo


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy (the demo build closed every connection, so the file alone is complete)."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    database = open_database(copy)
    yield database
    database.dispose()
