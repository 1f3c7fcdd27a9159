"""Backup, restore and check (app/services/storage.py) and their command lines."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import InputError, StorageError
from app.models.database import open_database
from app.services.storage import backup_database, check_database, restore_database


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def filled_db(tmp_path: Path) -> Path:
    path = tmp_path / "theodoi.db"
    db = open_database(path)
    with db.session() as s:
        s.execute(text("INSERT INTO agencies (name, name_folded, kind, active, proposed, version) "
                       "VALUES ('Sở Nội vụ', 'so noi vu', 'so', 1, 0, 1)"))
    db.dispose()
    return path


def test_backup_then_restore_gives_an_identical_database(filled_db: Path, tmp_path: Path) -> None:
    original = dump(filled_db)
    backup = backup_database(str(filled_db), tmp_path / "b" / "backup.db")
    db = open_database(filled_db)
    with db.session() as s:
        s.execute(text("DELETE FROM agencies"))
        s.execute(text("INSERT INTO agencies (name, name_folded, kind, active, proposed, version) "
                       "VALUES ('Sở Y tế', 'so y te', 'so', 1, 0, 1)"))
    db.dispose()
    assert dump(filled_db) != original
    safety = restore_database(backup, str(filled_db))
    assert dump(filled_db) == original
    assert safety is not None and "Sở Y tế" in "\n".join(dump(safety))


def test_restore_refuses_a_bad_backup_and_keeps_the_data(filled_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a backup" * 100)
    before = dump(filled_db)
    with pytest.raises(StorageError):
        restore_database(bad, str(filled_db))
    assert dump(filled_db) == before
    with pytest.raises(InputError):
        restore_database(tmp_path / "missing.db", str(filled_db))


def test_check_creates_a_new_database(tmp_path: Path) -> None:
    report = check_database(str(tmp_path / "new.db"))
    assert report.created and report.revision == report.head


def test_cli_check_backup_restore_round_trip(filled_db: Path, tmp_path: Path) -> None:
    result = run_cli("check", "--db", str(filled_db))
    assert result.returncode == 0 and result.stdout.startswith("OK:")
    backup = tmp_path / "cli-backup.db"
    assert run_cli("backup", "--db", str(filled_db), "--out", str(backup)).returncode == 0
    restored = run_cli("restore", "--db", str(filled_db), "--from", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert run_cli("--db", str(filled_db), "check").returncode == 0


@pytest.mark.parametrize("kind", ["truncated", "random"])
def test_cli_check_on_a_bad_file_exits_non_zero_with_one_line(filled_db: Path, tmp_path: Path, kind: str) -> None:
    bad = tmp_path / f"{kind}.db"
    if kind == "truncated":
        bad.write_bytes(filled_db.read_bytes()[:5000])
    else:
        bad.write_bytes(bytes(range(256)) * 40)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    result = run_cli("check", "--db", str(bad))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi:") and "Traceback" not in result.stderr
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_cli_restore_from_missing_file_is_one_line(filled_db: Path, tmp_path: Path) -> None:
    result = run_cli("restore", "--db", str(filled_db), "--from", str(tmp_path / "nope.db"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
