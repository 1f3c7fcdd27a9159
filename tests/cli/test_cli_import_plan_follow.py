"""`import-plan FILE --db X --follow-from DAY`: a plan stored long after its issue owes no earlier period."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.__main__ import main

# a Party plan issued 10/5/2024 (development data), stored here in late 2026
PLAN = Path(__file__).parents[1] / "fixtures" / "genre" / "05_ductrong_huyenuy.txt"


def _missing(db: Path, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert main(["register", "--db", str(db), "--plan", "78-KH/HU", "--period", "2026-Q3", "--since", "2026-Q1",
                 "--json"]) == 0
    return json.loads(capsys.readouterr().out)["total"]["missing"]


def _confirm_names(db: Path) -> None:
    """The clerk adds the plan's names to the directory (a name the directory lacks owes no report)."""
    from sqlalchemy import update

    from app.models import Agency
    from app.models.database import open_database

    database = open_database(db)
    with database.session() as s:
        s.execute(update(Agency).values(proposed=False))
    database.dispose()


def test_periods_before_the_day_are_not_owed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    followed, plain = tmp_path / "followed.db", tmp_path / "plain.db"
    assert main(["import-plan", str(PLAN), "--db", str(plain)]) == 0
    assert main(["import-plan", str(PLAN), "--db", str(followed), "--follow-from", "2026-10-01"]) == 0
    _confirm_names(plain)
    _confirm_names(followed)
    assert _missing(plain, capsys) > 0  # followed from its issue: every agency owes Q1–Q3 2026
    assert _missing(followed, capsys) == 0


def test_an_impossible_day_is_refused_before_anything_is_stored(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "plans.db"
    assert main(["import-plan", str(PLAN), "--db", str(db), "--follow-from", "2026-02-30"]) == 2
    assert "30/2/2026 không tồn tại" in capsys.readouterr().err
    assert not db.exists()
