"""A database file damaged while the program has it open (a failing disk or USB stick, another program
writing into it): every writer says the file is damaged and what helps, in Vietnamese, and writes nothing.

Opening checks every page (`inspect_sqlite_file`), but the window keeps the database open for hours. Before
the fix SQLite's `database disk image is malformed` left `Database.session` as a bare SQLAlchemy
`DatabaseError`: the command line and the window took it for a bug (the crash log), with nothing telling the
clerk that the file is damaged and a backup is the way back.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from storage_faults import damage_pages

from app.__main__ import main
from app.models.database import open_database
from app.models.database_checks import DamagedDatabaseError
from app.services import Services
from app.services.onboarding import OnboardingService

WRITERS: dict[str, Callable[[Services], object]] = {
    "review: add to directory": lambda s: s.import_review.add_mention("Sở Văn hóa, Thể thao và Du lịch"),
    "review: another name of": lambda s: s.import_review.alias_mention("SNV", "Sở Nội vụ"),
    "assistant: the office": lambda s: s.onboarding.save_office(
        dataclasses.replace(s.reports.office(), issuing_body="Sở Nội vụ tỉnh Hà Tĩnh")),
    "assistant: agency list": lambda s: s.onboarding.import_agencies(OnboardingService.parse_list("Sở Tư pháp")),
    "register: confirm a name": lambda s: s.agencies.update(1, None, proposed=False),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_file_damaged_while_open_is_called_damaged_and_nothing_is_written(database_file: Path,
                                                                            writer: str) -> None:
    db = open_database(database_file)  # the window opened it: every page was good then
    try:
        db.dispose()  # the program's connection is opened again after the damage (the pool's next checkout)
        damage_pages(database_file)
        before = _digest(database_file)
        with pytest.raises(DamagedDatabaseError) as caught:
            WRITERS[writer](Services(db, user="tester"))
        message = caught.value.message
        assert "bị hỏng" in message and "khôi phục từ bản sao lưu" in message, message
        assert "malformed" not in message and "disk image" not in message, message
    finally:
        db.dispose()
    assert _digest(database_file) == before


def test_a_refused_write_on_a_sound_file_is_not_called_damaged(database_file: Path) -> None:
    """The control: a constraint the write breaks is the write's own error, not a damaged file."""
    db = open_database(database_file)
    try:
        with pytest.raises(IntegrityError), db.session() as s:
            s.execute(text("INSERT INTO agencies (id, name, name_folded, kind, active, proposed, version) "
                           "VALUES (1, 'Sở Nội vụ', 'so noi vu', 'so', 1, 0, 1)"))
    finally:
        db.dispose()


@pytest.mark.parametrize("command", [
    ["exchange", "import"], ["import-plan", "tests/fixtures/genre2/04_thaibinh_cds.txt"], ["backup", "--out"],
    ["approve", "--plan", "1", "--period", "2024-Q4"],
], ids=["exchange-import", "import-plan", "backup", "approve"])
def test_a_damaged_file_is_refused_by_the_command_line_in_vietnamese(database_file: Path, tmp_path: Path,
                                                                     command: list[str],
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Opening checks every page: the command line's one line says damaged and what helps, without SQLite's
    English (`database disk image is malformed` was printed in brackets)."""
    damage_pages(database_file)
    before = _digest(database_file)
    extra = {"exchange": [str(tmp_path)], "backup": [str(tmp_path / "sao-luu.db")]}.get(command[0], [])
    assert main([*command, *extra, "--db", str(database_file)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"Lỗi: Cơ sở dữ liệu {database_file.name} bị hỏng (có phần của tệp không còn đọc được). "
                   "Hãy khôi phục từ bản sao lưu."], err
    assert _digest(database_file) == before and sorted(p.name for p in tmp_path.iterdir()) == [database_file.name]
