"""Backup, restore and check of the database file — the clerk's safety net.

Backups use SQLite's online backup API, so they are consistent even while the program runs.
Nothing here trusts a file: `check` and `restore --from` validate it like opening does (schema
of its revision, integrity) and leave a refused file byte-identical.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from app.domain.backups import DAILY_REASON, daily_backup_due
from app.domain.roles import Permission
from app.errors import DatabaseBusyError, InputError, StorageError
from app.models import AuditEntry, OfficeSetting
from app.models.backups import (
    FOLDER_KEY,
    BackupFile,
    backup_folder,
    list_backups,
    newest_backup_time,
    require_folder,
    set_aside,
    take_backup,
)
from app.models.database import Database, open_database, refresh_statistics, sqlite_path, to_url
from app.models.database_checks import (
    DamagedDatabaseError,
    SchemaMismatchError,
    inspect_server,
    inspect_sqlite_file,
    server_name,
    translate_operational_error,
)
from app.models.migration_config import head_revision
from app.models.server_backup import dump_server, require_dump_of_ours, restore_server
from app.models.sqlite_files import BUSY_TIMEOUT_MS, backup_sqlite, connect_readonly
from app.outputs import check_output
from app.services.base import Service

RESTORE_REASON = "truoc-khoi-phuc"


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
    """Integrity, schema and version of an existing file — read-only, it is never changed (a
    foreign or tampered file raises SchemaMismatchError listing every difference) — or create a
    new database when none is there."""
    path = sqlite_path(to_url(target))
    if path is None:
        return _check_server(to_url(target))
    if not path.exists():
        database = open_database(path)
        revision = database.revision()
        database.dispose()
        return CheckReport(str(path), revision, head_revision(), created=True)
    revision = inspect_sqlite_file(path)
    if revision is None:
        raise StorageError(f"Tệp {path.name} trống: chưa phải là cơ sở dữ liệu của chương trình.")
    return CheckReport(str(path), revision, head_revision(), created=False)


def _check_server(url: str) -> CheckReport:
    """Connection, revision and schema of a PostgreSQL database; an empty one is migrated."""
    revision = inspect_server(url)
    name = server_name(url)
    if revision is None:
        database = open_database(url)
        revision = database.revision()
        database.dispose()
        return CheckReport(name, revision, head_revision(), created=True)
    return CheckReport(name, revision, head_revision(), created=False)


def backup_database(target: str, destination: str | Path, *, force: bool = False) -> Path:
    """A backup the user asked for, to a file they named: never over an SQLite file or the open
    database, over another existing file only with `force`; the source is validated first.
    On PostgreSQL: `pg_dump` (custom format) when it is installed, else one line saying so."""
    url = to_url(target)
    if sqlite_path(url) is None:
        out = check_output(Path(destination).expanduser(), force=force).resolve()
        inspect_server(url)
        return dump_server(url, out)
    path = _require_sqlite(target)
    if not path.exists():
        raise InputError(f"Không tìm thấy cơ sở dữ liệu {path}.")
    out = check_output(Path(destination).expanduser(), force=force, protected=[path]).resolve()
    inspect_sqlite_file(path)
    return backup_sqlite(path, out)


def automatic_backup(target: str, reason: str) -> Path | None:
    """A backup taken by the program itself before a risky change (replace, merge, restore,
    delete, migration) or once a day: the way back for what cannot be undone in the window.

    Every such backup goes through this one function (the one before a schema upgrade, taken
    while opening, through the same `app.models.backups.take_backup`). `reason` is a lowercase
    ASCII slug that names the file: `truoc-…` before a change (`truoc-thay-the`, `truoc-xoa`,
    `truoc-gop`; kept at least 30 days) or `hang-ngay`; anything else is a ValueError. The backup lands in
    the database's backup folder (`saoluu` beside it unless set otherwise) and old ones are
    pruned by the retention rule of `app.domain.backups`. PostgreSQL has no file: None.
    """
    path = _existing_file(target)
    return None if path is None else take_backup(path, reason)


def daily_backup(target: str, now: datetime | None = None) -> Path | None:
    """The routine backup when a database is opened for writing and the newest backup is a day
    old or more (or there is none); None when not due or not a file."""
    path = _existing_file(target)
    if path is None:
        return None
    now = now or datetime.now()
    if not daily_backup_due(newest_backup_time(path), now):
        return None
    return take_backup(path, DAILY_REASON, now=now)


def _existing_file(target: str) -> Path | None:
    """The SQLite file behind `target` when it holds something to back up (not PostgreSQL)."""
    path = sqlite_path(to_url(target))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    return path


def list_automatic_backups(target: str) -> list[BackupFile]:
    """The automatic backups of a database (path, time, reason, size), newest first; none for
    PostgreSQL."""
    path = sqlite_path(to_url(target))
    return [] if path is None else list_backups(path)


def automatic_backup_folder(target: str) -> Path | None:
    """Where the automatic backups of the SQLite database at `target` go (None for a server database, backed up by
    its own tools)."""
    path = sqlite_path(to_url(target))
    return None if path is None else backup_folder(path)


def set_automatic_backup_folder(database: Database, folder: str | None, user: str = "clerk") -> Path | None:
    """Store the office's backup folder with the data (None or "" → `saoluu` beside the file);
    the folder is created now, so a wrong choice is refused at once, not at the next backup."""
    path = database.path
    if path is None:
        raise InputError("Cơ sở dữ liệu máy chủ không có thư mục sao lưu; hãy dùng pg_dump.")
    value = (folder or "").strip() or None
    if value is not None:
        chosen = Path(value).expanduser()
        require_folder(chosen if chosen.is_absolute() else path.parent / chosen)  # as backup_folder reads it
    with database.session() as s:
        row = s.get(OfficeSetting, FOLDER_KEY)
        old = row.value if row is not None else None
        if row is None:
            s.add(OfficeSetting(key=FOLDER_KEY, value=value))
        else:
            row.value = value
        s.add(AuditEntry(user=user, action="update", entity="OfficeSetting", field=FOLDER_KEY,
                         old=None if old is None else str(old), new=value))
    return backup_folder(path)


def restore_database(backup_file: str | Path, target: str, *, user: str | None = None) -> Path | None:
    """Replace the database at `target` with a backup. The backup is validated like a file being
    opened (a foreign or tampered file is refused and nothing changes); a target locked by another
    writer is refused at once; the current data is backed up first (the returned path), and the
    copy happens in one SQLite transaction, so a failure changes nothing.

    A damaged target — the very case a restore is for — is replaced too: backed up through the
    backup API when its pages still read, else its file is moved, byte for byte, into the backup
    folder under the same kind of name.

    On a server, `user` (the signed-in user) must be allowed to restore (a clerk)."""
    source = Path(backup_file).expanduser().resolve()
    if not source.exists():
        raise InputError(f"Không tìm thấy tệp sao lưu {source}.")
    if sqlite_path(to_url(target)) is None:
        return _restore_server(source, to_url(target), user)
    if inspect_sqlite_file(source) is None:
        raise InputError(f"Tệp {source.name} trống, không phải bản sao lưu.")
    path = _require_sqlite(target)
    if path.exists() and source.samefile(path):
        raise InputError("Tệp sao lưu chính là cơ sở dữ liệu đang dùng: không có gì để khôi phục.")
    safety: Path | None = None
    if path.exists() and path.stat().st_size > 0:
        damaged = _target_is_damaged(path)
        _refuse_if_busy(path)
        try:
            safety = automatic_backup(str(path), RESTORE_REASON)
        except StorageError:
            if not damaged:
                raise
            safety = set_aside(path, RESTORE_REASON)
    try:
        src = connect_readonly(source, trace_free=True)
        try:
            dst = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        cause = translate_operational_error(exc, path).message
        raise StorageError(f"Không khôi phục được (dữ liệu hiện tại không thay đổi): {cause}") from exc
    return safety


def _restore_server(source: Path, url: str, user: str | None) -> Path:
    """PostgreSQL: the dump must be one of ours and the user a clerk; the current data is dumped
    first beside the backup (`truoc-khoi-phuc-…`, the returned path); `pg_restore` runs in one
    transaction."""
    require_dump_of_ours(source)
    inspect_server(url)
    database = open_database(url)
    try:
        Service(database, user or "clerk").require(Permission.RESTORE)
    finally:
        database.dispose()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = source.with_name(f"{RESTORE_REASON}-{make_url(url).database}-{stamp}.dump")
    serial = 1
    while safety.exists():  # never over an earlier safety dump — nor over the dump being restored
        serial += 1
        safety = source.with_name(f"{RESTORE_REASON}-{make_url(url).database}-{stamp}-{serial}.dump")
    dump_server(url, safety)
    restore_server(source, url)
    refresh_statistics(url)  # pg_restore leaves the planner without statistics
    return safety


def _target_is_damaged(path: Path) -> bool:
    """May this file be replaced by a restore? Ours, or ours with a schema changed behind our
    back, or damaged (restoring is the repair for both): yes — True when damaged. Not an SQLite
    file, another program's database, or a newer version's: StorageError, nothing changes."""
    try:
        inspect_sqlite_file(path)
    except SchemaMismatchError:
        return False
    except DamagedDatabaseError:
        return True
    return False


def _refuse_if_busy(path: Path) -> None:
    """Say "busy" at once when another program holds the write lock: SQLite's backup API would
    otherwise wait, silently, for as long as the lock is held. (Other errors are left to the
    backup and the copy that follow, which name them.)"""
    try:
        conn = sqlite3.connect(path, timeout=0.2, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        error = translate_operational_error(exc, path)
        if isinstance(error, DatabaseBusyError):
            raise error from exc
