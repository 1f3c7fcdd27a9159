"""The causes of operating-system errors in Vietnamese, from real failures."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.os_errors import describe_os_error, os_error_cause, shown_path


def test_real_errors_get_vietnamese_causes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(OSError) as exists:
        os.mkdir(tmp_path / "a.txt")
    assert describe_os_error(exists.value) == f"{tmp_path / 'a.txt'}: tệp đã có"
    with pytest.raises(OSError) as missing:
        (tmp_path / "absent" / "b.txt").read_text()
    assert describe_os_error(missing.value).endswith(": không tìm thấy tệp hoặc thư mục")
    assert os_error_cause(OSError(errno.ENOSPC, "No space left on device")) == "ổ đĩa đã đầy"
    assert os_error_cause(OSError(99999, "strange")) == "lỗi hệ thống số 99999"


def test_a_file_name_that_is_not_utf8_is_printable() -> None:
    shown = shown_path(os.fsdecode(b"k\xe9.txt") if os.name == "posix" else "k\udce9.txt")
    assert shown.startswith("k\ufffd") and shown.endswith(".txt")
    shown.encode("utf-8")  # printable: no lone surrogate left
