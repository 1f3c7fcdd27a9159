"""Opening, migrating and refusing databases (app/models/database.py)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from storage_faults import read_only_folder

from app.errors import DatabaseBusyError, StorageError
from app.models import database_checks, sqlite_files
from app.models.database import open_database
from app.models.migration_config import head_revision
from app.services.storage import check_database

DATA = Path(__file__).resolve().parent.parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_head_with_safe_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "new.db")
    try:
        assert db.revision() == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        assert {"plans", "plan_nodes", "progress_updates", "audit_log", "report_snapshots"} <= tables
    finally:
        db.dispose()


def test_old_database_upgrades_with_its_data_and_a_backup(tmp_path: Path) -> None:
    old = tmp_path / "theodoi.db"
    shutil.copy(DATA / "theodoi-v0001.db", old)
    db = open_database(old)
    try:
        assert db.revision() == head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM agencies ORDER BY id")).scalars().all() == [
                "Sở Nội vụ", "Sở Tài chính"]
            assert conn.execute(text("SELECT count(*) FROM assignments")).scalar() == 2
            assert conn.execute(text("SELECT result FROM progress_updates")).scalar() == "Đã hoàn thành rà soát"
            assert conn.execute(text("SELECT alias FROM agency_aliases")).scalar() == "SNV"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.dispose()
    backups = list((tmp_path / "saoluu").glob("theodoi-truoc-nang-cap-0001-*.db"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


@pytest.mark.parametrize("content", [
    pytest.param(b"\x00\x13garbage" * 500, id="random-bytes"),
    pytest.param(b"Ke hoach so 177 - not a database\n", id="text"),
])
def test_foreign_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(StorageError, match="không phải"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]


def test_truncated_database_is_refused_untouched(tmp_path: Path) -> None:
    good = tmp_path / "good.db"
    open_database(good).dispose()
    full = good.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(full[: len(full) // 3])
    before = digest(bad)
    with pytest.raises(StorageError, match="hỏng"):
        open_database(bad)
    assert digest(bad) == before


def _written_by_sqlite3(path: Path, statement: str) -> None:
    """Change the file as another program would: plain sqlite3, committed and closed."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_other_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    _written_by_sqlite3(path, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StorageError, match="cơ sở dữ liệu khác"):
        open_database(path)


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path).dispose()
    _written_by_sqlite3(path, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StorageError, match="phiên bản mới hơn"):
        open_database(path)


def test_missing_database_is_not_created_when_not_asked(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="Không tìm thấy"):
        open_database(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def _file_at(path: Path, revision: str, *statements: str) -> Path:
    """A database file as the program at `revision` left it, holding what `statements` insert."""
    from alembic import command
    from sqlalchemy import create_engine

    from app.models.migration_config import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()
    return path


def test_importer_settings_move_into_agency_columns_at_0003(tmp_path: Path) -> None:
    """Revision 0003 turns the importer's JSON settings into `locality` columns and group aliases."""
    path = _file_at(tmp_path / "v2.db", "0002",
                    "INSERT INTO agencies (id, name, name_folded, kind, active, proposed, version) "
                    "VALUES (7, 'Sở Nội vụ', 'so noi vu', 'so', 1, 0, 1)",
                    "INSERT INTO agency_groups (id, name, name_folded, version) "
                    "VALUES (3, 'Các sở, ban, ngành', 'cac so, ban, nganh', 1)",
                    "INSERT INTO office_settings (key, value) VALUES "
                    "('importer.agency_cities', '{\"7\": \"Cần Thơ\"}'), "
                    "('importer.group_aliases', '[[\"cac so ban nganh thanh pho\", 3, \"can tho\"]]'), "
                    "('report.office', '{}')")
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT locality FROM agencies WHERE id = 7")).scalar() == "Cần Thơ"
            assert conn.execute(text("SELECT locality FROM agency_groups WHERE id = 3")).scalar() == "can tho"
            assert conn.execute(text("SELECT group_id, alias FROM agency_group_aliases")).all() == [
                (3, "cac so ban nganh thanh pho")]
            assert conn.execute(text("SELECT key FROM office_settings")).scalars().all() == ["report.office"]
    finally:
        db.dispose()


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    from app.models.migration_config import SCHEMA_HEAD, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_versions_added_to_measurements_and_agency_reports_at_0004(tmp_path: Path) -> None:
    """Revision 0004_versions gives existing measurements and agency reports version 1, keeps their
    rows (a batch copy with foreign keys on would cascade), and goes back down cleanly."""
    from alembic import command
    from sqlalchemy import create_engine

    from app.models.migration_config import alembic_config

    path = _file_at(tmp_path / "v3.db", "0003",
                    "INSERT INTO plans (id, title, title_folded, recipients, format, status, version) "
                    "VALUES (1, 'Kế hoạch', 'ke hoach', '[]', 'state', 'active', 1)",
                    "INSERT INTO agencies (id, name, name_folded, kind, active, proposed, version) "
                    "VALUES (7, 'Sở Nội vụ', 'so noi vu', 'so', 1, 0, 1)",
                    "INSERT INTO targets (id, plan_id, position, path, indicator, comparator, value, unit, "
                    "version) VALUES (3, 1, 0, '[]', 'tỷ lệ', '>=', 15, '%', 1)",
                    "INSERT INTO measurements (target_id, measured_on, value) VALUES (3, '2024-12-31', 12)",
                    "INSERT INTO agency_reports (agency_id, plan_id, period, received_on) "
                    "VALUES (7, 1, '2024-Q1', '2024-03-20')")
    db = open_database(path)
    try:
        assert db.revision() == head_revision()  # 0004_versions and whatever follows it
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT value, version FROM measurements")).all() == [(12.0, 1)]
            assert conn.execute(text("SELECT period, version FROM agency_reports")).all() == [("2024-Q1", 1)]
    finally:
        db.dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
        assert conn.execute(text("SELECT count(*) FROM measurements")).scalar() == 1
        assert "version" not in {row[1] for row in conn.execute(text("PRAGMA table_info(agency_reports)"))}
    engine.dispose()


def test_database_in_a_read_only_folder_is_called_read_only_not_damaged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    open_database(folder / "theodoi.db").dispose()
    before = digest(folder / "theodoi.db")
    with read_only_folder(folder, monkeypatch):
        with pytest.raises(StorageError) as caught:
            open_database(folder / "theodoi.db")
        assert "chỉ cho phép đọc" in caught.value.message and "hỏng" not in caught.value.message
        assert str(folder) in caught.value.message
        assert check_database(str(folder / "theodoi.db")).revision == head_revision()  # reading still works
    assert digest(folder / "theodoi.db") == before
    assert sorted(p.name for p in folder.iterdir()) == ["theodoi.db"]


def test_database_on_a_nearly_full_disk_is_called_full_not_damaged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real free space is measured; the threshold is raised above it to stand in for a full disk."""
    path = tmp_path / "theodoi.db"
    open_database(path).dispose()
    before = digest(path)
    monkeypatch.setattr(sqlite_files, "MIN_FREE_BYTES", 1 << 62)
    with pytest.raises(StorageError, match="Ổ đĩa chứa .* đã đầy") as caught:
        open_database(path)
    assert "hỏng" not in caught.value.message
    assert check_database(str(path)).revision == head_revision()
    assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["theodoi.db"]


def test_io_errors_are_not_called_damage(tmp_path: Path) -> None:
    error = sqlite3.OperationalError("disk I/O error")
    assert "hỏng" not in database_checks.translate_operational_error(error, tmp_path / "x.db").message
    busy = database_checks.translate_operational_error(sqlite3.OperationalError("database is locked"))
    assert isinstance(busy, DatabaseBusyError)


def test_exchange_tables_come_and_go_with_0005(tmp_path: Path) -> None:
    """Revision 0005_exchange adds the record of exchanged workbooks and the import marks; its
    downgrade removes them and leaves progress alone."""
    from alembic import command
    from sqlalchemy import create_engine

    from app.models.migration_config import alembic_config

    db = open_database(tmp_path / "v5.db")
    try:
        assert db.revision() == head_revision()  # 0005_exchange and what follows it
    finally:
        db.dispose()
    engine = create_engine(f"sqlite:///{tmp_path / 'v5.db'}")
    with engine.begin() as conn:
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert {"exchange_files", "exchange_entries"} <= tables
        command.downgrade(alembic_config(conn), "0004_versions")
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert not {"exchange_files", "exchange_entries"} & tables and "progress_updates" in tables
    engine.dispose()


def test_a_staff_members_agency_moves_into_user_agencies_at_0007(tmp_path: Path) -> None:
    """Revision 0007_staff_agencies turns `users.agency_id` into rows of `user_agencies` (staff may
    follow several agencies); its downgrade keeps the first one."""
    from alembic import command
    from sqlalchemy import create_engine

    from app.models.migration_config import alembic_config

    path = _file_at(tmp_path / "v6.db", "0006_users",
                    "INSERT INTO agencies (id, name, name_folded, kind, active, proposed, version) "
                    "VALUES (7, 'Sở Nội vụ', 'so noi vu', 'so', 1, 0, 1), "
                    "(9, 'Sở Y tế', 'so y te', 'so', 1, 0, 1)",
                    "INSERT INTO users (id, name, full_name, role, agency_id, active, version) "
                    "VALUES (1, 'an', '', 'clerk', NULL, 1, 1), (2, 'mai', '', 'staff', 9, 1, 1)")
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT user_id, agency_id FROM user_agencies")).all() == [(2, 9)]
            assert "agency_id" not in {row[1] for row in conn.execute(text("PRAGMA table_info(users)"))}
            conn.execute(text("INSERT INTO user_agencies (user_id, agency_id) VALUES (2, 7)"))
            conn.commit()
    finally:
        db.dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006_users")
        assert conn.execute(text("SELECT name, agency_id FROM users ORDER BY id")).all() == [("an", None), ("mai", 7)]
        assert "user_agencies" not in {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
    engine.dispose()


def _assistant_database(path: Path, issuing_body: str, body_code: str, letter_code: str) -> None:
    """A database as c9a01ef's first-run assistant left it: the office page stored the profile as the reports read
    it (codes derived from a still empty name: the placeholder `CQ`) with the name typed, through the services;
    then put back at 0008 (0009's downgrade changes nothing)."""
    from alembic import command
    from sqlalchemy import create_engine

    from app.models.migration_config import alembic_config
    from app.services import Services

    db = open_database(path)
    services = Services(db, user="tester")
    blank = services.reports.office()
    assert blank.body_code == "CQ"  # the code of no name, as the old assistant froze it
    services.onboarding.save_office(replace(blank, issuing_body=issuing_body, place="Hà Tĩnh",
                                            body_code=body_code, letter_code=letter_code))
    db.dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008_plan_followed_from")
    engine.dispose()


@pytest.mark.parametrize(("issuing_body", "codes", "after"), [
    ("Sở Nội vụ tỉnh Hà Tĩnh", ("CQ", "CQ"), ("SNV", "SNV")),  # the placeholder, cleared: derived from the name
    ("Sở Nội vụ tỉnh Hà Tĩnh", ("SNV", "CQ"), ("SNV", "SNV")),  # a typed code kept, the letters' placeholder gone
    ("Sở Nội vụ tỉnh Hà Tĩnh", ("TCCB", "TCCB-VP"), ("TCCB", "TCCB-VP")),  # typed codes untouched
    ("Cơ quan", ("CQ", "CQ"), ("CQ", "CQ")),  # a name whose own code is CQ keeps it
])
def test_the_assistants_placeholder_code_is_cleared_at_0009(tmp_path: Path, issuing_body: str,
                                                             codes: tuple[str, str], after: tuple[str, str]) -> None:
    """Databases set up before clerk5's fix kept the placeholder `CQ` the assistant stored: every report was numbered
    `/BC-CQ`. Revision 0009 clears a code that is exactly the placeholder when the office's name derives another,
    so the reports print the name's code (`/BC-SNV`); anything the clerk typed stays."""
    from app.services import Services

    path = tmp_path / "c9a01ef.db"
    _assistant_database(path, issuing_body, *codes)
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == (
        "0008_plan_followed_from",)
    db = open_database(path)  # upgrades (a backup first)
    try:
        services = Services(db, user="tester")
        profile = services.reports.office()
        assert (profile.body_code, profile.letter_code) == after
        assert profile.issuing_body == issuing_body and profile.place == "Hà Tĩnh"  # nothing else touched
    finally:
        db.dispose()
