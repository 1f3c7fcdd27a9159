"""Automatic backup files: folder, names, pruning, and no half file on a full disk
(app/models/backups.py, backup_sqlite in app/models/sqlite_files.py)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import StorageError
from app.models import backups, sqlite_files
from app.models.database import open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "theodoi.db"
    db = open_database(path)
    with db.session() as s:
        s.execute(text("INSERT INTO audit_log (user, action, entity, new) VALUES ('u', 'x', 'fill', :v)"),
                  {"v": "Nội dung " * 20000})
    db.dispose()
    return path


def count_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_backup_lands_in_saoluu_with_a_readable_name_and_is_a_complete_database(db_path: Path) -> None:
    when = datetime(2026, 12, 4, 9, 30, 5)
    first = backups.take_backup(db_path, "truoc-xoa", now=when)
    second = backups.take_backup(db_path, "truoc-xoa", now=when)  # same second: never overwritten
    assert first == db_path.parent / "saoluu" / "theodoi-truoc-xoa-20261204-093005.db"
    assert second.name == "theodoi-truoc-xoa-20261204-093005-1.db"
    assert count_rows(first, "audit_log") == count_rows(db_path, "audit_log") == 1
    assert first.read_bytes()[18:20] == b"\x01\x01"  # a plain file, no WAL to lose
    listed = backups.list_backups(db_path)
    assert [(b.path.name, b.reason) for b in listed] == [(second.name, "truoc-xoa"), (first.name, "truoc-xoa")]


def test_files_the_program_did_not_name_are_ignored(db_path: Path) -> None:
    folder = db_path.parent / "saoluu"
    folder.mkdir()
    for name in ("theodoi-ghi-chu-20261204-093005.db", "khac-hang-ngay-20261204-093005.db", "theodoi.db",
                 "theodoi-hang-ngay-2026.db", "readme.txt"):
        (folder / name).write_text("x")
    assert backups.list_backups(db_path) == []
    backups.prune(db_path, datetime(2030, 1, 1))
    assert len(list(folder.iterdir())) == 5


def test_prune_applies_the_retention_rule(db_path: Path) -> None:
    start = datetime(2026, 11, 1, 8)
    for day in range(34):
        backups.take_backup(db_path, "hang-ngay", now=start + timedelta(days=day))
    names = sorted(b.path.name for b in backups.list_backups(db_path))
    # 7 days (28 Nov–4 Dec), newest of ISO weeks 49–46 (4 Dec, 29, 22, 15 Nov), newest of November.
    assert names == [f"theodoi-hang-ngay-2026{md}-080000.db" for md in (
        "1115", "1122", "1128", "1129", "1130", "1201", "1202", "1203", "1204")]


def test_configured_folder_is_read_from_the_database(db_path: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO office_settings (key, value) VALUES (?, ?)", (backups.FOLDER_KEY, '"kho"'))
    conn.commit()
    conn.close()
    assert backups.backup_folder(db_path) == tmp_path / "kho"  # relative: beside the database
    written = backups.take_backup(db_path, "hang-ngay")
    assert written.parent == tmp_path / "kho"


def test_full_disk_during_a_backup_leaves_no_part_file(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's page limit on the destination stands in for a full disk: the same SQLITE_FULL."""

    def small_disk(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA max_page_count = 5")
        return conn

    monkeypatch.setattr(sqlite_files, "open_backup_destination", small_disk)
    with pytest.raises(StorageError, match="đầy") as caught:
        backups.take_backup(db_path, "truoc-xoa")
    assert "hỏng" not in caught.value.message
    folder = db_path.parent / "saoluu"
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["saoluu", "theodoi.db"]


def test_reason_must_be_a_known_kind_of_slug(db_path: Path) -> None:
    with pytest.raises(ValueError):
        backups.take_backup(db_path, "Trước xoá")
    with pytest.raises(ValueError):
        backups.take_backup(db_path, "thu-cong")
