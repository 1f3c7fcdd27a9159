"""Backup, restore and check (app/services/storage.py) and their command lines."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from storage_faults import dump

from app.errors import DatabaseBusyError, InputError, StorageError
from app.models import sqlite_files
from app.models.database import open_database
from app.models.database_checks import SchemaMismatchError
from app.models.migration_config import head_revision
from app.services.storage import (
    automatic_backup,
    automatic_backup_folder,
    backup_database,
    check_database,
    daily_backup,
    list_automatic_backups,
    restore_database,
    set_automatic_backup_folder,
)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def filled_db(database_file: Path) -> Path:
    return database_file


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


# --- trust no file ---------------------------------------------------------------------------------

def tampered(tmp_path: Path, kind: str, template: Path) -> Path:
    """The two files of issue 11: ours with an added trigger, and another program's file that has
    our `alembic_version` and a `plans` table."""
    path = tmp_path / f"{kind}.db"
    if kind == "trigger":
        shutil.copy(template, path)
        statements = ["CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM progress_updates; END"]
    else:
        statements = ["CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                      f"INSERT INTO alembic_version VALUES ('{head_revision()}')",
                      "CREATE TABLE plans (id INTEGER PRIMARY KEY, name TEXT)"]
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")) if p.exists()]


@pytest.mark.parametrize("kind", ["trigger", "foreign"])
def test_cli_check_lists_what_differs_and_changes_nothing(filled_db: Path, tmp_path: Path, kind: str) -> None:
    (tmp_path / "x").mkdir()
    bad = tampered(tmp_path / "x", kind, filled_db)
    before = digest(bad)
    result = run_cli("check", "--db", str(bad))
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("Lỗi: Tệp") and "Traceback" not in result.stderr
    listed = result.stdout.strip().splitlines()
    assert listed and all(line.startswith("- ") for line in listed)
    if kind == "trigger":
        assert listed == ["- có trigger lạ wipe trên bảng audit_log (chương trình không tạo trigger)"]
    else:
        assert "- bảng plans: thiếu cột title" in listed and any(line.startswith("- thiếu ") for line in listed)
    assert digest(bad) == before and side_files(bad) == []


@pytest.mark.parametrize("kind", ["trigger", "foreign"])
def test_cli_report_on_a_foreign_or_tampered_file_writes_nothing(filled_db: Path, tmp_path: Path, kind: str) -> None:
    (tmp_path / "x").mkdir()
    bad = tampered(tmp_path / "x", kind, filled_db)
    before = digest(bad)
    out = tmp_path / "bao-cao.docx"
    result = run_cli("report", "--db", str(bad), "--plan", "1", "--period", "2021-Q3", "--kind", "progress",
                     "--format", "docx", "--out", str(out))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "không đúng cấu trúc" in result.stderr
    assert not out.exists() and digest(bad) == before and side_files(bad) == []


@pytest.mark.parametrize("kind", ["trigger", "foreign"])
def test_restore_from_a_foreign_or_tampered_file_is_refused_and_the_target_untouched(
        filled_db: Path, tmp_path: Path, kind: str) -> None:
    (tmp_path / "x").mkdir()
    bad = tampered(tmp_path / "x", kind, filled_db)
    before_bad, before_target = digest(bad), digest(filled_db)
    with pytest.raises(SchemaMismatchError):
        restore_database(bad, str(filled_db))
    result = run_cli("restore", "--db", str(filled_db), "--from", str(bad))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert digest(bad) == before_bad and digest(filled_db) == before_target
    assert side_files(bad) == [] and side_files(filled_db) == []
    assert not (tmp_path / "saoluu").exists()  # refused before the safety backup, too


def test_restore_repairs_a_tampered_database_from_a_good_backup(filled_db: Path, tmp_path: Path) -> None:
    backup = backup_database(str(filled_db), tmp_path / "good.db")
    conn = sqlite3.connect(filled_db)
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM progress_updates; END")
    conn.commit()
    conn.close()
    safety = restore_database(backup, str(filled_db))
    assert check_database(str(filled_db)).revision == head_revision()
    assert safety is not None and safety.parent == tmp_path / "saoluu" and "truoc-khoi-phuc" in safety.name


def test_restore_under_another_writers_lock_says_busy_at_once(filled_db: Path, tmp_path: Path,
                                                              hold_write_lock) -> None:
    backup = backup_database(str(filled_db), tmp_path / "b.db")
    holder = hold_write_lock(filled_db, 120)  # killed when the test ends
    started = time.perf_counter()
    with pytest.raises(DatabaseBusyError, match="đang bận"):
        restore_database(backup, str(filled_db))
    assert time.perf_counter() - started < 10  # SQLite's backup would wait as long as the lock is held
    result = run_cli("restore", "--db", str(filled_db), "--from", str(backup))
    # refused while the other writer still holds its lock (a process start under load can take seconds:
    # the command line is not timed, only shown not to have waited for the lock to go)
    assert holder.poll() is None
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [
        "Lỗi: Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau giây lát."]
    assert not (tmp_path / "saoluu").exists()


def test_restore_on_a_full_disk_leaves_no_part_file(filled_db: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    backup = backup_database(str(filled_db), tmp_path / "b.db")
    before = dump(filled_db)

    def small_disk(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA max_page_count = 3")
        return conn

    monkeypatch.setattr(sqlite_files, "open_backup_destination", small_disk)
    with pytest.raises(StorageError, match="đầy"):
        restore_database(backup, str(filled_db))
    assert dump(filled_db) == before
    leftovers = [p.name for p in tmp_path.rglob("*") if ".part" in p.name]
    assert leftovers == []


# --- backup --out ----------------------------------------------------------------------------------

def test_backup_onto_an_existing_file_needs_force_and_never_replaces_a_database(
        filled_db: Path, tmp_path: Path) -> None:
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("giữ lại")
    result = run_cli("backup", "--db", str(filled_db), "--out", str(notes))
    assert result.returncode == 2 and "--force" in result.stderr and notes.read_text() == "giữ lại"
    other = backup_database(str(filled_db), tmp_path / "other.db")
    other_digest = digest(other)
    for extra in ([], ["--force"]):
        refused = run_cli("backup", "--db", str(filled_db), "--out", str(other), *extra)
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
        assert digest(other) == other_digest
    assert run_cli("backup", "--db", str(filled_db), "--out", str(filled_db)).returncode == 2
    assert run_cli("backup", "--db", str(filled_db), "--out", str(notes), "--force").returncode == 0
    assert dump(notes) == dump(filled_db)


def test_backup_over_a_file_with_a_stale_wal_is_never_corrupt(filled_db: Path, tmp_path: Path) -> None:
    """A -wal left beside the destination would be replayed into the new file: it is removed as
    the finished backup is renamed into place."""
    target = tmp_path / "dich.bak"
    target.write_text("cũ")
    donor = tmp_path / "donor.db"
    conn = sqlite3.connect(donor)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    shutil.copy(donor.with_name("donor.db-wal"), target.with_name("dich.bak-wal"))
    conn.close()
    out = backup_database(str(filled_db), target, force=True)
    assert out == target.resolve() and not target.with_name("dich.bak-wal").exists()
    assert check_database(str(target)).revision == head_revision()
    assert dump(target) == dump(filled_db)


# --- automatic backups -----------------------------------------------------------------------------

def test_daily_backup_is_taken_once_a_day(filled_db: Path, tmp_path: Path) -> None:
    now = datetime(2026, 12, 4, 8, 0)
    first = daily_backup(str(filled_db), now)
    assert first is not None and first.parent == tmp_path / "saoluu" and "hang-ngay" in first.name
    assert daily_backup(str(filled_db), now + timedelta(hours=5)) is None
    assert daily_backup(str(filled_db), now + timedelta(hours=23, minutes=59)) is None
    assert daily_backup(str(filled_db), now + timedelta(days=1)) is not None
    assert [b.reason for b in list_automatic_backups(str(filled_db))] == ["hang-ngay", "hang-ngay"]


def test_backups_before_delete_and_merge_go_to_the_backup_folder(filled_db: Path, tmp_path: Path) -> None:
    from app.services import Services

    db = open_database(filled_db)
    try:
        services = Services(db, "tester")
        plan_id = services.plans.create_plan("Kế hoạch thử")
        taken = services.plans.delete_plan(plan_id)
        assert taken is not None and taken.parent == tmp_path / "saoluu" and "-truoc-xoa-" in taken.name
        keep = services.agencies.create("Sở Tư pháp")
        duplicate = services.agencies.create("Sở Tư Pháp (trùng)")
        services.agencies.merge(keep, duplicate)
    finally:
        db.dispose()
    reasons = [b.reason for b in list_automatic_backups(str(filled_db))]
    assert sorted(reasons) == ["truoc-gop", "truoc-xoa"]


def test_backup_folder_can_be_chosen_and_is_kept_with_the_data(filled_db: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "kho sao lưu"
    db = open_database(filled_db)
    try:
        assert automatic_backup_folder(str(filled_db)) == tmp_path / "saoluu"
        assert set_automatic_backup_folder(db, str(chosen), "tester") == chosen
        assert automatic_backup_folder(str(filled_db)) == chosen
        written = automatic_backup(str(filled_db), "truoc-thay-the")
        assert written is not None and written.parent == chosen
        with db.session() as s:
            assert s.execute(text("SELECT count(*) FROM audit_log WHERE field = 'backup.folder'")).scalar() == 1
        blocker = tmp_path / "tep"
        blocker.write_text("x")
        with pytest.raises(StorageError):
            set_automatic_backup_folder(db, str(blocker / "con"), "tester")
        set_automatic_backup_folder(db, None, "tester")
        assert automatic_backup_folder(str(filled_db)) == tmp_path / "saoluu"
    finally:
        db.dispose()


@pytest.mark.parametrize("damage", ["truncated", "garbled"])
def test_restore_repairs_a_damaged_database_and_keeps_its_bytes(filled_db: Path, tmp_path: Path,
                                                                 damage: str) -> None:
    """A damaged database is what a restore is for: it is replaced, and what was there is kept in
    the backup folder (through the backup API when its pages still read, else moved as it is)."""
    backup = backup_database(str(filled_db), tmp_path / "good.db")
    conn = sqlite3.connect(filled_db)
    root, page_size = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'agencies'").fetchone()[0], \
        conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(filled_db.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    else:
        data[(root - 1) * page_size] = 0x55  # not a b-tree page type any more
    filled_db.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="hỏng") as caught:
        check_database(str(filled_db))
    assert "\n" not in caught.value.message  # SQLite's list of broken pages is cut to one line
    result = run_cli("restore", "--db", str(filled_db), "--from", str(backup))
    assert result.returncode == 0, result.stderr
    assert check_database(str(filled_db)).revision == head_revision() and dump(filled_db) == dump(backup)
    kept = list((tmp_path / "saoluu").glob("theodoi-truoc-khoi-phuc-*.db"))
    assert len(kept) == 1
    if damage == "truncated":
        assert kept[0].read_bytes() == bytes(data)  # moved as it was, byte for byte
