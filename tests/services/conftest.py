"""Service tests run on both engines: SQLite (the single desk) and PostgreSQL (the shared office)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from engines import ENGINES, open_engine

from app.models.database import Database


@pytest.fixture(params=ENGINES)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh migrated database on each engine (overrides the SQLite-only root fixture)."""
    db = open_engine(request.param, request, tmp_path)
    yield db
    db.dispose()
