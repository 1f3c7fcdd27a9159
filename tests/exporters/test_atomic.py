"""A report's file that cannot take its name — the old file open in Word (Windows refuses the rename), the USB
stick pulled out while writing — says why in Vietnamese, keeps the old file and leaves no temporary one
(app/exporters/atomic.py; the full disk: test_full_disk.py).

Before the fix, when removing the temporary file failed too (a stick pulled out refuses every call), that
second OSError replaced the message: the window's export took it for a bug.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.exporters import atomic
from app.exporters.atomic import atomic_path
from app.exporters.errors import ExportError

_real_replace = os.replace


def test_a_file_open_in_another_program_is_kept_and_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"ban cu")

    def held(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(atomic.os, "replace", held)
    with pytest.raises(ExportError) as caught, atomic_path(target) as tmp:
        tmp.write_bytes(b"ban moi")
    assert caught.value.message == f"Không ghi được tệp {target}: không có quyền truy cập."
    assert target.read_bytes() == b"ban cu" and sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.docx"]


def test_a_disk_pulled_out_while_writing_is_said_not_hidden_by_the_cleanup(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "usb" / "bao-cao.pdf"

    def gone(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        raise OSError(errno.EIO, "Input/output error", str(destination))

    def refused(self: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.EIO, "Input/output error", str(self))

    monkeypatch.setattr(atomic.os, "replace", gone)
    monkeypatch.setattr(Path, "unlink", refused)
    with pytest.raises(ExportError) as caught, atomic_path(target) as tmp:
        tmp.write_bytes(b"%PDF-1.4")
    assert caught.value.message.startswith(f"Không ghi được tệp {target}: lỗi đọc/ghi thiết bị"), caught.value.message
    assert not target.exists()
