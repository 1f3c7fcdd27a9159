"""The entry point: help, version, and one clean line for every failure."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.cli.storage as storage_cli
from app import __version__
from app.__main__ import main


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("check", "backup", "restore", "import-plan", "demo", "report", "screenshot"):
        assert command in out


def test_a_bug_gives_one_line_and_a_crash_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))

    def broken(_target: str) -> None:
        raise RuntimeError("hỏng bất ngờ")

    monkeypatch.setattr(storage_cli, "check_database", broken)
    assert main(["check", "--db", str(tmp_path / "x.db")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Lỗi không mong đợi: hỏng bất ngờ")
    [log] = list(tmp_path.rglob("crash-cli.log"))
    assert "RuntimeError: hỏng bất ngờ" in log.read_text(encoding="utf-8")


def test_bad_input_is_one_line_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all")
    assert main(["check", "--db", str(bad)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
