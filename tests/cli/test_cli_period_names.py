"""Every command's --period takes the name a clerk says (`Quý IV năm 2022`) as well as the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.__main__ import main


def test_report_and_register_read_a_period_by_its_vietnamese_name(demo_copy: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    by_name, by_code = tmp_path / "ten.pdf", tmp_path / "ma.pdf"
    common = ["report", "--db", str(demo_copy), "--plan", "177/KH-UBND", "--format", "pdf"]
    assert main([*common, "--period", "quý iv năm 2022", "--date", "2022-12-20", "--out", str(by_name)]) == 0
    assert main([*common, "--period", "2022-Q4", "--date", "2022-12-20", "--out", str(by_code)]) == 0
    assert by_name.stat().st_size > 0 and by_code.stat().st_size > 0
    capsys.readouterr()
    assert main(["register", "--db", str(demo_copy), "--plan", "177/KH-UBND", "--period", "6 tháng đầu năm 2022",
                 "--json"]) == 0
    assert "2022-H1" in json.dumps(json.loads(capsys.readouterr().out))


def test_an_impossible_period_name_is_one_line_and_writes_nothing(demo_copy: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bao-cao.pdf"
    assert main(["report", "--db", str(demo_copy), "--plan", "177/KH-UBND", "--period", "Quý V năm 2022",
                 "--format", "pdf", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["Lỗi: Kỳ báo cáo «Quý V năm 2022» không có thật: quý phải từ 1 đến 4, năm từ 1900 đến 9998."]
    assert not out.exists()
