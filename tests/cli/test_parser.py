"""argparse's English errors become one Vietnamese sentence (`app.cli.parser`)."""
from __future__ import annotations

import pytest

from app.__main__ import build_parser
from app.cli.parser import translate
from app.errors import InputError


@pytest.mark.parametrize(("args", "expected"), [
    (["report", "--plan", "1", "--out", "x", "--kind", "summary"],
     "Tham số --kind: giá trị «summary» không hợp lệ; chọn một trong: progress, tasklist, reminder, calendar, "
     "targets."),
    (["report", "--plan", "1", "--out", "x", "--number", "12a"], "Tham số --number: «12a» không phải số nguyên."),
    (["report", "--plan", "1", "--out", "x", "--number", "0"], "Tham số --number: số phải từ 1 trở lên, không phải 0."),
    (["report", "--plan", "1"], "Thiếu tham số bắt buộc --out."),
    (["report", "--plan"], "Tham số --plan: cần một giá trị đi kèm."),
    (["frobnicate"], "Không có lệnh «frobnicate»; các lệnh: check, backup, restore, import-plan, demo, report, "
                     "screenshot, exchange, register, users, approve, unlock."),
    (["check", "--fast"], "Không nhận ra tham số --fast."),
    (["--lang", "fr"], "Tham số --lang: giá trị «fr» không hợp lệ; chọn một trong: vi, en."),
])
def test_argparse_errors_are_one_vietnamese_line(args: list[str], expected: str) -> None:
    with pytest.raises(InputError) as info:
        build_parser().parse_args(args)
    message = info.value.message
    assert message.startswith(expected), message
    assert "\n" not in message and "--help" in message
    for english in ("invalid", "argument", "required", "expected", "usage", "choose"):
        assert english not in message


def test_an_unknown_argparse_message_is_kept_not_lost() -> None:
    assert translate("something new happened") == "Something new happened."


def test_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--help"], ["report", "--help"]):
        with pytest.raises(SystemExit) as info:
            build_parser().parse_args(args)
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("Cách dùng: ") and "tùy chọn:" in out and "in hướng dẫn này rồi thoát" in out
        assert "usage:" not in out and "show this help" not in out
