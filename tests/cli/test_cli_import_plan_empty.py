"""`import-plan` on a document in which no task was found: `--json` prints the header as read and an
empty task list (exit 0, the reason on stderr: what the scorer reads is what the program read);
storing or summing it up is refused with the Vietnamese line; a file that is no plan at all, or
cannot be read, stays an error whatever the options."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.__main__ import main
from app.importers import NOT_A_PLAN

OPENING = Path(__file__).resolve().parents[1] / "fixtures" / "real3" / "fd454a2811cf28e5.txt"  # development data
REASON = "Không có nhiệm vụ nào để nhập từ Kế hoạch số 88-KH/TU ngày 24/12/2021"


def test_json_prints_the_header_and_no_task_with_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-plan", str(OPENING), "--json"]) == 0
    captured = capsys.readouterr()
    read = json.loads(captured.out)
    assert read["tasks"] == [] and read["targets"] == []
    assert (read["number"], read["doc_type"], read["place"], read["date"]) == (
        "88-KH/TU", "KH", "TP. Hồ Chí Minh", "2021-12-24")
    assert read["title"].startswith("VỀ CỦNG CỐ, KIỆN TOÀN HỆ THỐNG CHÍNH TRỊ CƠ SỞ")
    [warning] = captured.err.strip().splitlines()
    assert warning.startswith("Cảnh báo: " + REASON)


def test_without_json_a_plan_with_no_task_is_refused_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-plan", str(OPENING)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.strip().splitlines()
    assert line.startswith("Lỗi: " + REASON)


@pytest.mark.parametrize("json_too", [False, True])
def test_storing_a_plan_with_no_task_is_refused_and_writes_nothing(demo_copy: Path, json_too: bool,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    digest = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
    args = ["import-plan", str(OPENING), "--db", str(demo_copy)] + (["--json"] if json_too else [])
    assert main(args) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("Lỗi: " + REASON)
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == digest
    assert not (demo_copy.parent / "saoluu").exists()  # not even the daily backup


@pytest.mark.parametrize(("name", "content", "message"), [
    ("thu-moi.txt", "Kính gửi anh chị,\n\nHôm nay trời đẹp, chúng tôi mời cả nhà đi dã ngoại.\n".encode(), NOT_A_PLAN),
    ("hong.docx", b"PK\x03\x04 not a zip at all", "Word"),
    ("bang.xlsx", b"PK", "Không hỗ trợ loại tệp"),
])
def test_json_keeps_refusing_what_is_no_plan_or_cannot_be_read(tmp_path: Path, name: str, content: bytes, message: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["import-plan", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.strip().splitlines()
    assert line.startswith("Lỗi: ") and message in line


CATALOGUE = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "6e205b75bcc588b5.txt"  # development data


def test_json_prints_a_catalogue_decisions_header_and_says_why_nothing_is_imported(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A decision publishing procedures has a header but nothing to follow: the JSON shows what was read
    (before, exit 2 and nothing printed, as for a text with no header), the import still refuses it."""
    assert main(["import-plan", str(CATALOGUE), "--json"]) == 0
    captured = capsys.readouterr()
    read = json.loads(captured.out)
    assert (read["number"], read["doc_type"], read["date"], read["tasks"]) == ("2913/QĐ-UBND", "QĐ", "2025-11-24", [])
    assert captured.err.strip() == "Cảnh báo: Quyết định công bố danh mục/thủ tục, không phải kế hoạch: " \
                                   "không có nhiệm vụ để nhập"
    assert main(["import-plan", str(CATALOGUE)]) == 2
    assert capsys.readouterr().err.strip().startswith("Lỗi: Quyết định công bố danh mục/thủ tục")
