"""One demo database per session; tests that write get their own copy of the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models.database import Database, open_database


@pytest.fixture
def demo_db(demo_copy: Path) -> Iterator[Database]:
    """A private copy of the session's demo database (tests/conftest.py)."""
    database = open_database(demo_copy)
    yield database
    database.dispose()
