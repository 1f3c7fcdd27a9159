"""`import-plan FILE --db X --replace [--dry-run]`: the preview changes nothing, the hint is the CLI's."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.__main__ import main
from app.resources import resource_path

SAMPLE = resource_path("samples", "ke-hoach-177-KH-UBND-2021-ha-noi.txt")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _progress(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM progress_updates").fetchone()[0]
    finally:
        conn.close()


def test_dry_run_prints_what_is_kept_and_changes_nothing(demo_copy: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    amended = tmp_path / "sua-doi.txt"
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").split("\n")
             if not line.startswith("- Chú trọng kiểm tra, giám sát cán bộ ở một số lĩnh vực")]
    amended.write_text("\n".join(lines), encoding="utf-8")
    digest = _digest(demo_copy)
    assert main(["import-plan", str(amended), "--db", str(demo_copy), "--replace", "--dry-run"]) == 0
    out = capsys.readouterr().out
    # 650: the demo's sample progress plus its exchange round for 2024-Q4 (app/services/demo_exchange.py)
    assert "báo cáo tiến độ: giữ" in out and "mất 650" in out and "Chú trọng kiểm tra" in out
    assert "không lưu" in out
    assert _digest(demo_copy) == digest and not (demo_copy.parent / "saoluu").exists()


def test_without_replace_one_line_with_the_hint(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    digest = _digest(demo_copy)
    assert main(["import-plan", str(SAMPLE), "--db", str(demo_copy)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Lỗi: ") and "--replace" in err[0]
    assert _digest(demo_copy) == digest


def test_replace_with_itself_keeps_progress_and_backs_up(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _progress(demo_copy)
    assert main(["import-plan", str(SAMPLE), "--db", str(demo_copy), "--replace"]) == 0
    out = capsys.readouterr().out
    assert "Đã thay thế" in out and "mất 0" in out
    assert _progress(demo_copy) == before
    backups = list((demo_copy.parent / "saoluu").glob("demo-truoc-thay-the-*.db"))
    assert len(backups) == 1 and _progress(backups[0]) == before


def test_a_writing_command_takes_the_daily_backup_once(tmp_path: Path) -> None:
    """Like the window, a command that writes backs the database up before writing when no backup
    is a day old, and only once a day."""
    db = tmp_path / "theodoi.db"
    assert main(["import-plan", str(SAMPLE), "--db", str(db)]) == 0
    daily = list((tmp_path / "saoluu").glob("theodoi-hang-ngay-*.db"))
    assert len(daily) == 1 and _plans(daily[0]) == 0  # taken before the plan was stored
    other = resource_path("samples", "ke-hoach-194-KH-UBND-2023-can-tho.txt")
    assert main(["import-plan", str(other), "--db", str(db)]) == 0
    assert len(list((tmp_path / "saoluu").glob("theodoi-hang-ngay-*.db"))) == 1


def _plans(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("select count(*) from plans").fetchone()[0]
