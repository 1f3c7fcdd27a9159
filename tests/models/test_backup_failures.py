"""A backup that cannot be written — a read-only folder, a file held by another program — says why in
Vietnamese, leaves no half file, and changes nothing (backup_sqlite in app/models/sqlite_files.py; the full
disk is in test_backups.py).

Before the fix, on a read-only disk the cleanup of the temporary file failed too (removing even a missing
file there is EROFS, not ENOENT) and its bare OSError replaced the message: the service raised an OSError
that the window does not show as a message, the command line named `b.db.part`. A destination another
program holds (Windows: error 32) was said with the system's English words (`[Errno 13] Permission denied`).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from storage_faults import read_only_folder

from app.__main__ import main
from app.errors import StorageError
from app.models import backups, sqlite_files
from app.models.database import open_database
from app.services.storage import automatic_backup_folder, backup_database, set_automatic_backup_folder


def test_a_backup_to_a_read_only_folder_says_so(database_file: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    with read_only_folder(folder, monkeypatch):
        with pytest.raises(StorageError) as caught:
            backup_database(str(database_file), folder / "sao-luu.db")
        assert main(["backup", "--db", str(database_file), "--out", str(folder / "sao-luu.db")]) == 2
    message = caught.value.message
    assert message.startswith(f"Không sao lưu được cơ sở dữ liệu vào {folder / 'sao-luu.db'}"), message
    assert "chỉ cho phép đọc" in message and ".part" not in message, message
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"Lỗi: {message}"]
    assert list(folder.iterdir()) == []


def test_the_automatic_backup_before_a_merge_in_a_read_only_folder_says_so(database_file: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder of automatic backups is there but read-only (a share whose rights changed)."""
    folder = backups.backup_folder(database_file)
    folder.mkdir()
    with read_only_folder(folder, monkeypatch), pytest.raises(StorageError, match="chỉ cho phép đọc"):
        backups.take_backup(database_file, "truoc-gop")
    assert list(folder.iterdir()) == []


def test_a_backup_over_a_file_another_program_holds_says_so_and_keeps_it(database_file: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The last step, the rename over the destination, is refused as Windows refuses it while another program
    has the file open (the same EACCES)."""
    target = tmp_path / "sao-luu.db"
    target.write_bytes(b"ban sao luu cu")
    real_replace = os.replace

    def held(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        if Path(destination) == target:
            raise PermissionError(errno.EACCES, "Permission denied", str(destination))
        real_replace(source, destination)

    monkeypatch.setattr(sqlite_files.os, "replace", held)
    with pytest.raises(StorageError) as caught:
        backup_database(str(database_file), target, force=True)
    message = caught.value.message
    assert message == f"Không sao lưu được cơ sở dữ liệu vào {target}: không có quyền truy cập.", message
    assert target.read_bytes() == b"ban sao luu cu"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sao-luu.db", "theodoi.db"]


@pytest.mark.parametrize("chosen", ["read-only", "nul"])
def test_a_backup_folder_that_takes_no_file_is_refused_when_chosen(database_file: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   chosen: str) -> None:
    """Chosen in Tệp ▸ Bản sao lưu tự động: a folder that is there but read-only was accepted (only creating it
    was tried), and the backup before the next merge or replace failed; a name with a NUL (pasted) crashed with
    a ValueError. Both are refused at once, the choice left as it was."""
    folder = tmp_path / "chia-se"
    folder.mkdir()
    db = open_database(database_file)
    try:
        before = automatic_backup_folder(str(database_file))
        with read_only_folder(folder, monkeypatch), pytest.raises(StorageError) as caught:
            set_automatic_backup_folder(db, str(folder) if chosen == "read-only" else "kho\0", "tester")
        said = "chỉ cho phép đọc" if chosen == "read-only" else "tên thư mục không hợp lệ"
        assert said in caught.value.message, caught.value.message
        assert automatic_backup_folder(str(database_file)) == before
    finally:
        db.dispose()
