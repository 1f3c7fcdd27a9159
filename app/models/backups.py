"""The automatic backups of a database file: where they go, how they are named, written and pruned.

Why here and not in a service: the backup before a schema upgrade is taken while opening, before
any service exists; every other automatic backup comes through `app.services.storage.
automatic_backup`, which calls `take_backup` below — so all of them share one folder, one naming
scheme and one retention rule (`app.domain.backups`).

The folder is `saoluu` beside the database unless the office chose another one; the choice is
stored in the database's own `office_settings` (key `backup.folder`) so the command line and
every computer that opens the file agree on it.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.backups import BackupStamp, backups_to_keep
from app.errors import StorageError
from app.models.sqlite_files import backup_sqlite, connect_readonly, folder_writable
from app.os_errors import os_error_cause
from app.paths import BACKUPS_NAME

DEFAULT_FOLDER = BACKUPS_NAME  # `saoluu` beside the database (app.paths moves it with a legacy database)
FOLDER_KEY = "backup.folder"
STAMP = "%Y%m%d-%H%M%S"
REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    serial: int = 0  # several in one second: -1, -2 …


def configured_folder(database: Path) -> str | None:
    """The folder stored in the database's settings, or None (default) — read without writing."""
    try:
        conn = connect_readonly(database)
        try:
            row = conn.execute("SELECT value FROM office_settings WHERE key = ?", (FOLDER_KEY,)).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row and row[0] else None
    except (sqlite3.Error, ValueError):
        return None  # an old schema without office_settings, or an unreadable value: the default
    return value if isinstance(value, str) and value.strip() else None


def backup_folder(database: Path) -> Path:
    configured = configured_folder(database)
    if configured:
        folder = Path(configured).expanduser()
        return folder if folder.is_absolute() else database.parent / folder
    return database.parent / DEFAULT_FOLDER


def backup_name(database: Path, reason: str, when: datetime, serial: int = 0) -> str:
    extra = f"-{serial}" if serial else ""
    return f"{database.stem}-{reason}-{when.strftime(STAMP)}{extra}{database.suffix}"


def parse_backup_name(database: Path, name: str) -> tuple[str, datetime, int] | None:
    """(reason, time, serial) of a file named by `backup_name` for this database, else None: files the
    program did not name (or another database's backups in a shared folder) are never touched."""
    prefix, suffix = f"{database.stem}-", database.suffix
    if not name.startswith(prefix) or not name.endswith(suffix) or len(name) <= len(prefix) + len(suffix):
        return None
    middle = name[len(prefix):len(name) - len(suffix)] if suffix else name[len(prefix):]
    match = re.fullmatch(r"(?P<reason>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<serial>\d+))?", middle)
    if match is None or not REASON.fullmatch(match["reason"]):
        return None
    reason = match["reason"]
    if reason != "hang-ngay" and not reason.startswith("truoc-"):
        return None
    try:
        return reason, datetime.strptime(match["stamp"], STAMP), int(match["serial"] or 0)
    except ValueError:
        return None


def list_backups(database: Path) -> list[BackupFile]:
    """The program's backups of this database, newest first."""
    folder = backup_folder(database)
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(database, entry.name)
        if parsed is None or not entry.is_file():
            continue
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(entry, parsed[1], parsed[0], size, parsed[2]))
    return sorted(found, key=lambda b: (b.taken_at, b.serial), reverse=True)


def take_backup(database: Path, reason: str, *, now: datetime | None = None,
                source: sqlite3.Connection | None = None) -> Path:
    """Write a backup of `database` into its backup folder (through SQLite's backup API, to a
    temporary file renamed at the end), then prune old ones by the retention rule."""
    if not REASON.fullmatch(reason) or not (reason == "hang-ngay" or reason.startswith("truoc-")):
        raise ValueError(f"backup reason must be 'hang-ngay' or 'truoc-…' in lowercase ASCII: {reason!r}")
    when = now or datetime.now()
    folder = backup_folder(database)
    serial = 0
    while (target := folder / backup_name(database, reason, when, serial)).exists():
        serial += 1
    written = backup_sqlite(source if source is not None else database, target)
    prune(database, when)
    return written


def set_aside(database: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Move a damaged database file (with its -wal) into the backup folder, byte for byte, when
    SQLite can no longer read it to back it up: its bytes are what a specialist would recover
    from. Its -shm (shared memory, rebuilt on open) is removed."""
    when = now or datetime.now()
    folder = require_folder(backup_folder(database))  # the default when the settings are unreadable
    serial = 0
    while (target := folder / backup_name(database, reason, when, serial)).exists():
        serial += 1
    try:
        os.replace(database, target)
        wal = database.with_name(database.name + "-wal")
        if wal.exists():
            os.replace(wal, target.with_name(target.name + "-wal"))
        database.with_name(database.name + "-shm").unlink(missing_ok=True)
    except OSError as exc:
        raise StorageError(f"Không chuyển được tệp hỏng {database.name} vào {folder}: {os_error_cause(exc)}.") from exc
    return target


def prune(database: Path, now: datetime) -> list[Path]:
    """Delete the backups the retention rule does not keep; return what was deleted."""
    backups = list_backups(database)
    keep = backups_to_keep([BackupStamp(b.path.name, b.taken_at, b.reason) for b in backups], now)
    removed = []
    for b in backups:
        if b.path.name not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                continue  # held open by another program: pruned next time
    return removed


def newest_backup_time(database: Path) -> datetime | None:
    backups = list_backups(database)
    return backups[0].taken_at if backups else None


def require_folder(folder: Path) -> Path:
    """A folder backups can be written to (created when missing), or a clear StorageError. A folder that is there
    but takes no file (a read-only share or USB stick) is refused too: chosen as the backup folder, it was
    accepted, and the backup before the next merge or replace failed instead."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError) as exc:  # ValueError: a name with a NUL character, typed or pasted
        cause = os_error_cause(exc) if isinstance(exc, OSError) else "tên thư mục không hợp lệ"
        raise StorageError(f"Không tạo được thư mục sao lưu {folder}: {cause}.") from exc
    if not folder.is_dir():
        raise StorageError(f"{folder} không phải là thư mục.")
    if not folder_writable(folder):
        raise StorageError(f"Thư mục sao lưu {folder} chỉ cho phép đọc: hãy chọn một thư mục ghi được.")
    return folder
