"""A disk that fills in the middle of a batch — the exchange workbooks of every agency, the
reminder letters of every agency — gives one `Lỗi:` line, leaves no file of the batch (nor a
temporary one), no folder it created (an empty folder reads as a finished export) and no record
of it in the database.

The disk: `Path.write_bytes` (how every workbook and Word letter reaches the disk, built in
memory first) writes half of the bytes of the fourth file and then fails with ENOSPC, as a real
full disk does. Before the fix, the first three workbooks stayed in the folder without their
records (files the database would not recognise when they came back) and openpyxl's ZipFile
printed `Exception ignored in ZipFile.__del__ … OSError` with a traceback after the message; the
first three letters stayed, each recorded in the report history.
"""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from app.__main__ import main

_real_write_bytes = Path.write_bytes


@pytest.fixture
def full_at_fourth(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The disk fills while the fourth file is written; returns the files attempted."""
    attempted: list[Path] = []

    def write_bytes(self: Path, data: bytes) -> int:  # type: ignore[override]
        attempted.append(self)
        if len(attempted) == 4:
            _real_write_bytes(self, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return _real_write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    return attempted


def _dump(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        return list(connection.iterdump())


@pytest.mark.parametrize("command", [
    ["exchange", "export", "--plan", "177/KH-UBND", "--period", "2024-Q4"],
    ["report", "--kind", "reminder", "--plan", "177/KH-UBND", "--period", "2024-Q4"],
], ids=["exchange-workbooks", "reminder-letters"])
@pytest.mark.parametrize("folder", ["new", "existing"])
def test_full_disk_in_a_batch_keeps_nothing(demo_copy: Path, tmp_path: Path, full_at_fourth: list[Path],
                                            command: list[str], folder: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bao-cao" / "out"  # a new folder in a new folder: both go
    if folder == "existing":
        out.mkdir(parents=True)
        (out / "ghi-chu.txt").write_text("của văn thư", encoding="utf-8")
    before = _dump(demo_copy)
    assert main([*command, "--db", str(demo_copy), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # no "Exception ignored in ZipFile.__del__" traceback after it
    assert lines[0].startswith("Lỗi: Không ghi được tệp "), lines[0]
    assert "ổ đĩa đã đầy" in lines[0] and "(3 tệp) đã được xóa: không giữ tệp nào" in lines[0], lines[0]
    assert len(full_at_fourth) == 4
    if folder == "new":  # the disk as it was: not even an empty folder
        assert not (tmp_path / "bao-cao").exists()
    else:  # neither the three written files nor the fourth's temporary file; the clerk's own file stays
        assert [p.name for p in out.iterdir()] == ["ghi-chu.txt"]
    assert _dump(demo_copy) == before


def test_the_same_batch_on_a_roomy_disk_is_written_and_recorded(demo_copy: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The control: without the full disk the batches are written and recorded."""
    out = tmp_path / "letters"
    assert main(["report", "--kind", "reminder", "--plan", "177/KH-UBND", "--period", "2024-Q4",
                 "--db", str(demo_copy), "--out", str(out)]) == 0
    letters = sorted(p.name for p in out.iterdir())
    assert len(letters) > 4
    with sqlite3.connect(demo_copy) as connection:
        recorded = sorted(r[0] for r in connection.execute(
            "SELECT file_name FROM report_snapshots WHERE kind = 'reminder'"))
    assert recorded == letters
