"""`python -m app import-plan`: JSON on stdout in the annotation schema; bad input → exit 2, one line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "tests" / "fixtures" / "corpus" / "000_5d85a5fb6824ef83.txt"


def test_json_output_follows_annotation_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-plan", str(PLAN), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    keys = ("number", "doc_type", "issuer", "place", "date", "title", "bases", "signer", "tasks", "targets")
    for key in keys:
        assert key in out
    assert out["tasks"] and {"path", "text", "lead", "support", "deadline_text"} <= set(out["tasks"][0])
    assert "Thành phố" in json.dumps(out, ensure_ascii=False)  # not \u-escaped in the output


def test_summary_without_db_stores_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-plan", str(PLAN), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Nhiệm vụ:" in out and "không lưu" in out
    assert list(tmp_path.iterdir()) == []


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


def test_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "plan.docx"
    bad.write_bytes(os.urandom(2048))
    result = _run("import-plan", str(bad), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: ") and "Traceback" not in result.stderr


def test_json_through_a_real_process() -> None:
    result = _run("import-plan", str(PLAN), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["number"]


def test_store_with_db_refuses_duplicate_and_replaces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "kh.db"
    assert main(["import-plan", str(PLAN), "--db", str(db)]) == 0
    assert "Đã lưu kế hoạch 177/KH-UBND" in capsys.readouterr().out
    assert main(["import-plan", str(PLAN), "--db", str(db)]) == 2
    assert "--replace" in capsys.readouterr().err
    assert main(["import-plan", str(PLAN), "--db", str(db), "--replace", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["number"] == "177/KH-UBND" and "Đã thay thế" in captured.err


def test_dry_run_with_db_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "kh.db"
    assert main(["import-plan", str(PLAN), "--db", str(db), "--dry-run"]) == 0
    assert not db.exists()
