"""Backup, restore and check of the database file — the clerk's safety net.

Backups use SQLite's online backup API, so they are consistent even while the program runs.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.errors import InputError, StorageError
from app.models.database import (
    BUSY_TIMEOUT_MS,
    backup_sqlite,
    head_revision,
    inspect_sqlite_file,
    open_database,
    sqlite_path,
    to_url,
)


@dataclass(frozen=True)
class CheckReport:
    path: str
    revision: str | None
    head: str
    created: bool

    @property
    def summary(self) -> str:
        state = "mới tạo" if self.created else "toàn vẹn"
        upgrade = "" if self.revision == self.head else f" (sẽ nâng cấp lên {self.head} khi mở)"
        return f"OK: {self.path} — {state}, lược đồ {self.revision}{upgrade}."


def _require_sqlite(target: str) -> Path:
    path = sqlite_path(to_url(target))
    if path is None:
        raise InputError("Lệnh này chỉ dùng cho tệp SQLite; với PostgreSQL hãy dùng pg_dump/pg_restore.")
    return path


def check_database(target: str) -> CheckReport:
    """Integrity and schema version of an existing file (read-only), or create a new database."""
    path = _require_sqlite(target)
    if not path.exists():
        database = open_database(path)
        revision = database.revision()
        database.dispose()
        return CheckReport(str(path), revision, head_revision(), created=True)
    revision = inspect_sqlite_file(path)
    if revision is None:
        raise StorageError(f"Tệp {path.name} trống: chưa phải là cơ sở dữ liệu của chương trình.")
    return CheckReport(str(path), revision, head_revision(), created=False)


def backup_database(target: str, destination: str | Path) -> Path:
    path = _require_sqlite(target)
    if not path.exists():
        raise InputError(f"Không tìm thấy cơ sở dữ liệu {path}.")
    inspect_sqlite_file(path)
    return backup_sqlite(path, Path(destination).expanduser().resolve())


def automatic_backup(target: str, reason: str) -> Path | None:
    """A backup taken by the program itself before a risky change (replace, merge, restore,
    delete, migration): the way back for what cannot be undone in the window.

    Every such backup goes through this one function. `reason` is a short ASCII slug
    (`truoc-thay-the`, `truoc-xoa`) that names the file. PostgreSQL has no file to copy: None.
    """
    path = sqlite_path(to_url(target))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_sqlite(path, path.parent / "saoluu" / f"{path.stem}-{reason}-{stamp}{path.suffix}")


def restore_database(backup_file: str | Path, target: str) -> Path | None:
    """Replace the database at `target` with a backup. The current data is backed up first (the
    returned path), and the copy happens in one SQLite transaction, so a failure changes nothing."""
    source = Path(backup_file).expanduser().resolve()
    if not source.exists():
        raise InputError(f"Không tìm thấy tệp sao lưu {source}.")
    if inspect_sqlite_file(source) is None:
        raise InputError(f"Tệp {source.name} trống, không phải bản sao lưu.")
    path = _require_sqlite(target)
    safety: Path | None = None
    if path.exists() and path.stat().st_size > 0:
        inspect_sqlite_file(path)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = backup_sqlite(path, path.with_name(f"{path.stem}.truoc-khoi-phuc-{stamp}{path.suffix}"))
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise StorageError(f"Không khôi phục được: {exc}. Dữ liệu hiện tại không thay đổi.") from exc
    return safety
