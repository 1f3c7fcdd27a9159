"""`import-plan FILE --db X --replace [--dry-run]`: the preview changes nothing, the hint is the CLI's."""

from __future__ import annotations

import hashlib
import json
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


def _corrected(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The sample stored by the command line, then corrected as a clerk does (tests/services/test_replace_review)."""
    from app.models.database import open_database
    from app.services import Services
    from tests.services.test_replace_review import _corrected_plan

    db = tmp_path / "kh.db"
    database = open_database(db)
    try:
        _plan_id, ids = _corrected_plan(Services(database, "tester"))
    finally:
        database.dispose()
    return db, ids


def _tree(db: Path) -> dict[int, tuple[str, list[str]]]:
    with sqlite3.connect(db) as con:
        leads: dict[int, list[str]] = {}
        for node_id, mention in con.execute("select node_id, coalesce(mention, agencies.name) from assignments "
                                            "join agencies on agencies.id = agency_id where role = 'lead'"):
            leads.setdefault(node_id, []).append(mention)
        return {node_id: (text, leads.get(node_id, []))
                for node_id, text in con.execute("select id, text from plan_nodes")}


def test_replace_keeps_the_clerks_corrections_and_refuses_to_drop_progress(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from tests.services.test_plan_replace import _amended

    db, ids = _corrected(tmp_path)
    amended = _amended(tmp_path)
    digest = _digest(db)
    assert main(["import-plan", str(amended), "--db", str(db), "--replace"]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "--drop-reported" in err[0] and "Chú trọng kiểm tra" in err[0]
    assert "bỏ 1 (văn bản mới không còn)" in captured.out  # what it would do, printed before the refusal
    assert _digest(db) == digest and not (tmp_path / "saoluu").exists()  # refused before any backup

    assert main(["import-plan", str(amended), "--db", str(db), "--replace", "--drop-reported"]) == 0
    out = capsys.readouterr().out
    assert "các chỗ đã sửa được giữ" in out and "mới 1;" in out and "Đã thay thế" in out and "mất 1" in out
    tree = _tree(db)
    assert tree[ids["lead"]][1] == ["Sở Nội vụ thành phố (đã sửa)"]  # the clerk's lead, not the document's
    assert ids["removed"] not in tree  # dropped by the document, as told
    assert not any(text == ids["deleted_text"] for text, _lead in tree.values())  # deleted by the clerk: stays out


def test_replace_in_json_says_what_is_kept_new_and_gone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.services.test_plan_replace import _amended

    db, _ids = _corrected(tmp_path)
    assert main(["import-plan", str(_amended(tmp_path)), "--db", str(db), "--replace", "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tasks"] and data["replace"]["new"] == 1 and data["replace"]["removed_by_clerk"] == 1
    assert [g["progress"] for g in data["replace"]["gone"]] == [1] and data["replace"]["corrections_kept"] >= 2


def test_drop_reported_alone_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-plan", str(SAMPLE), "--db", str(tmp_path / "kh.db"), "--drop-reported"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--replace" in err[0]
    assert not (tmp_path / "kh.db").exists()
