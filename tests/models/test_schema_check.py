"""Trust no file: the schema must be the one the migrations create at the file's revision
(app/models/schema_check.py, app/models/database.py)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from app.models import schema_check
from app.models.database import open_database
from app.models.database_checks import SchemaMismatchError
from app.models.migration_config import alembic_config, head_revision, known_revisions


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_header(path: Path) -> bytes:
    """Bytes 18–19 of the header: 1 = rollback journal, 2 = WAL."""
    return path.read_bytes()[18:20]


def run_sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def good_db(database_file: Path) -> Path:
    """Our database, closed (WAL mode, no -wal left), as users have it."""
    assert journal_header(database_file) == b"\x02\x02"
    assert sorted(p.name for p in database_file.parent.iterdir()) == ["theodoi.db"]
    return database_file


TAMPERING = [
    ("trigger", ["CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM progress_updates; END"],
     "trigger lạ wipe trên bảng audit_log"),
    ("view", ["CREATE VIEW v_plans AS SELECT id FROM plans"], "view lạ v_plans"),
    ("extra index", ["CREATE INDEX ix_extra ON plans (title)"], "chỉ mục lạ ix_extra"),
    ("dropped index", ["DROP INDEX ix_plans_number"], "thiếu chỉ mục ix_plans_number"),
    ("extra table", ["CREATE TABLE notes (id INTEGER PRIMARY KEY)"], "bảng lạ notes"),
    ("extra column", ["ALTER TABLE plans ADD COLUMN secret TEXT"], "cột lạ secret"),
]


@pytest.mark.parametrize(("statements", "named"), [t[1:] for t in TAMPERING], ids=[t[0] for t in TAMPERING])
def test_tampered_file_is_refused_untouched(good_db: Path, statements: list[str], named: str) -> None:
    run_sql(good_db, *statements)
    before = digest(good_db)
    with pytest.raises(SchemaMismatchError) as caught:
        open_database(good_db)
    message = caught.value.message
    assert named in message and "\n" not in message and message.startswith("Tệp theodoi.db không đúng cấu trúc")
    assert digest(good_db) == before
    assert sorted(p.name for p in good_db.parent.iterdir()) == ["theodoi.db"]  # no -wal, -shm, backup


def test_foreign_file_with_our_revision_and_a_plans_table_is_refused_before_wal(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    run_sql(path, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
            f"INSERT INTO alembic_version VALUES ('{head_revision()}')",
            "CREATE TABLE plans (id INTEGER PRIMARY KEY, name TEXT)")
    before = digest(path)
    assert journal_header(path) == b"\x01\x01"
    with pytest.raises(SchemaMismatchError, match="thiếu .*bảng") as caught:
        open_database(path)
    assert "bảng plans: thiếu cột title" in caught.value.differences
    assert digest(path) == before and journal_header(path) == b"\x01\x01"  # never switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_file_without_a_revision_row_is_foreign(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    run_sql(path, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
            "CREATE TABLE plans (id INTEGER PRIMARY KEY)")
    with pytest.raises(Exception, match="cơ sở dữ liệu khác"):
        open_database(path)


@pytest.mark.parametrize("revision", sorted(known_revisions()))
def test_a_file_at_every_revision_passes_and_migrates(tmp_path: Path, revision: str) -> None:
    path = tmp_path / f"v{revision}.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        from alembic import command

        command.upgrade(alembic_config(conn), revision)
    engine.dispose()
    db = open_database(path)
    try:
        assert db.revision() == head_revision()
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        assert schema_check.schema_differences(schema_check.read_schema(conn),
                                               schema_check.reference_schema(head_revision())) == []
    finally:
        conn.close()


def test_reference_is_cached_on_disk_and_rebuilt_when_unreadable(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THEODOI_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(schema_check, "_MEMORY", {})
    built = schema_check.reference_schema("0002")
    cached = list((tmp_path / "cache").glob("schema-0002-*.json"))
    assert len(cached) == 1 and "report_snapshots" in built["tables"]

    monkeypatch.setattr(schema_check, "_MEMORY", {})
    monkeypatch.setattr(schema_check, "build_reference", lambda _rev: pytest.fail("cache not used"))
    assert schema_check.reference_schema("0002") == built

    cached[0].write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(schema_check, "_MEMORY", {})
    monkeypatch.undo()
    monkeypatch.setenv("THEODOI_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(schema_check, "_MEMORY", {})
    assert schema_check.reference_schema("0002") == built


def test_reference_has_no_trigger_or_view_and_knows_every_table() -> None:
    reference = schema_check.reference_schema(head_revision())
    assert reference["triggers"] == {} and reference["views"] == {}
    assert {"plans", "plan_nodes", "progress_updates", "audit_log", "alembic_version"} <= reference["tables"].keys()


def test_migrated_in_memory_is_the_revision_the_migrations_build_and_leaves_no_file(tmp_path: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch
                                                                                   ) -> None:
    from sqlalchemy import inspect, text

    monkeypatch.chdir(tmp_path)
    first, head = "0001", head_revision()
    with schema_check.migrated_in_memory(first) as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar_one() == first
        assert "plans" in inspect(conn).get_table_names()
        assert "user_agencies" not in inspect(conn).get_table_names()  # 0007 adds it
    with schema_check.migrated_in_memory(head) as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar_one() == head
        assert "user_agencies" in inspect(conn).get_table_names()
    assert list(tmp_path.iterdir()) == []  # in memory: no database file written anywhere here
