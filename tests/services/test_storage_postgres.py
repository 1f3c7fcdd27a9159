"""`check`, `backup`, `restore`, `demo` and a report on a real PostgreSQL server (tests/pg_cluster.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from check_shared_mode import Step
from pg_cluster import PgCluster
from sqlalchemy import text

from app.errors import InputError, StorageError
from app.models import server_backup
from app.models.database import open_database
from app.models.migration_config import head_revision
from app.services.storage import backup_database, check_database, restore_database


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300)


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: "), done.stderr
    return lines[0]


def plan_titles(url: str) -> list[str]:
    db = open_database(url)
    try:
        with db.session() as s:
            return list(s.execute(text("SELECT title FROM plans ORDER BY id")).scalars())
    finally:
        db.dispose()


def add_plan(url: str, title: str) -> None:
    db = open_database(url)
    with db.session() as s:
        s.execute(text("INSERT INTO plans (title, title_folded, recipients, format, status, version) "
                       "VALUES (:t, :t, '[]', 'state', 'active', 1)"), {"t": title})
    db.dispose()


def test_check_verifies_connection_revision_and_schema(pg_url: str) -> None:
    done = run_cli("check", "--db", pg_url)
    assert done.returncode == 0, done.stderr
    assert f"toàn vẹn, lược đồ {head_revision()}" in done.stdout and "127.0.0.1" in done.stdout


def test_check_on_an_empty_server_database_creates_the_schema(pg_cluster: PgCluster) -> None:
    url = pg_cluster.create_database("empty_for_check")
    report = check_database(url)
    assert report.created and report.revision == report.head
    assert not check_database(url).created


def test_check_lists_every_difference_of_a_tampered_server_schema(pg_cluster: PgCluster, pg_url: str) -> None:
    name = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql("CREATE FUNCTION wipe() RETURNS trigger AS $$ BEGIN DELETE FROM progress_updates; "
                   "RETURN NEW; END $$ LANGUAGE plpgsql", name)
    pg_cluster.sql("CREATE TRIGGER wipe AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION wipe()", name)
    pg_cluster.sql("ALTER TABLE plans DROP COLUMN place", name)
    done = run_cli("check", "--db", pg_url)
    assert done.returncode == 2
    assert "- có trigger lạ wipe trên bảng audit_log (chương trình không tạo trigger)" in done.stdout
    assert "- bảng plans: thiếu cột place" in done.stdout
    assert "không đúng cấu trúc" in one_error_line(done)


def test_another_programs_database_and_an_unreachable_server_are_one_line(pg_cluster: PgCluster) -> None:
    pg_cluster.create_database("foreign_app")
    pg_cluster.sql("CREATE TABLE customers (id int)", "foreign_app")
    assert "không phải của Theo dõi Kế hoạch" in one_error_line(run_cli("check", "--db", pg_cluster.url("foreign_app")))
    assert "Không kết nối được máy chủ" in one_error_line(
        run_cli("check", "--db", f"postgresql://theodoi@127.0.0.1:{pg_cluster.port + 1}/none"))


def test_backup_and_restore_through_pg_dump(pg_url: str, tmp_path: Path) -> None:
    add_plan(pg_url, "Kế hoạch giữ lại")
    done = run_cli("backup", "--db", pg_url, "--out", str(tmp_path / "sao-luu.dump"))
    assert done.returncode == 0, done.stderr
    add_plan(pg_url, "Kế hoạch thêm sau")
    safety = restore_database(tmp_path / "sao-luu.dump", pg_url)
    assert plan_titles(pg_url) == ["Kế hoạch giữ lại"]
    assert safety.name.startswith("truoc-khoi-phuc-") and safety.stat().st_size > 0
    assert check_database(pg_url).revision == head_revision()
    restore_database(safety, pg_url)  # the data replaced is not lost
    assert plan_titles(pg_url) == ["Kế hoạch giữ lại", "Kế hoạch thêm sau"]


def test_only_a_clerk_restores_a_server_database(pg_url: str, tmp_path: Path) -> None:
    add_plan(pg_url, "Kế hoạch")
    dump = tmp_path / "sao-luu.dump"
    assert run_cli("backup", "--db", pg_url, "--out", str(dump)).returncode == 0
    assert run_cli("users", "add", "an", "--role", "clerk", "--db", pg_url).returncode == 0
    assert run_cli("users", "add", "lan", "--role", "staff", "--db", pg_url, "--user", "an").returncode == 0
    add_plan(pg_url, "Kế hoạch mới")
    line = one_error_line(run_cli("restore", "--db", pg_url, "--from", str(dump), "--user", "lan"))
    assert "«lan» (cán bộ nhập tiến độ) không có quyền khôi phục" in line
    assert plan_titles(pg_url) == ["Kế hoạch", "Kế hoạch mới"]
    assert run_cli("restore", "--db", pg_url, "--from", str(dump), "--user", "an").returncode == 0
    assert plan_titles(pg_url) == ["Kế hoạch"]


def test_restore_refuses_what_is_not_our_dump_and_changes_nothing(pg_cluster: PgCluster, pg_url: str,
                                                                   tmp_path: Path) -> None:
    add_plan(pg_url, "Kế hoạch")
    text_file = tmp_path / "ghi-chu.dump"
    text_file.write_text("không phải bản sao lưu", encoding="utf-8")
    with pytest.raises(InputError, match="không phải bản sao lưu pg_dump"):
        restore_database(text_file, pg_url)
    pg_cluster.create_database("other_app")
    pg_cluster.sql("CREATE TABLE customers (id int)", "other_app")
    server_backup.dump_server(pg_cluster.url("other_app"), tmp_path / "other.dump")
    with pytest.raises(InputError, match="cơ sở dữ liệu khác"):
        restore_database(tmp_path / "other.dump", pg_url)
    assert plan_titles(pg_url) == ["Kế hoạch"]


def test_without_pg_dump_backup_says_so_in_one_line(pg_url: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_backup.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(server_backup.shutil, "which", lambda name: None)
    with pytest.raises(StorageError, match="Không tìm thấy pg_dump trên máy này"):
        backup_database(pg_url, tmp_path / "x.dump")
    assert not (tmp_path / "x.dump").exists()


def test_demo_and_a_quarterly_report_on_the_server(pg_server_steps: list[Step]) -> None:
    """`python -m app demo` then `report` on an empty server database: the session's run of
    tests/check_shared_mode.py's server steps (each step: exit 0, and the report file not empty)."""
    done = {step.name: step for step in pg_server_steps}
    for name in ("demo (PostgreSQL)", "quarterly report 2021-Q3 (PostgreSQL)"):
        assert done[name].ok, done[name]
