"""The SQLite database file at the level of files: reading it without leaving a trace, copying it
safely through SQLite's backup API, and naming the real cause (full disk, read-only folder or
file) when it cannot be used.

Why a module of its own: opening a database (`app.models.database`) and the automatic backups
(`app.models.backups`) both need these, and the backup before a schema upgrade is taken while
opening; with them in `database` the two modules imported each other. This one imports neither.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from urllib.request import pathname2url

from app.errors import StorageError
from app.os_errors import os_error_cause

# the first bytes of every SQLite database file, whatever its name or extension
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

# Below this much free space the program does not start writing (WAL file, shared memory, backups):
# better one clear message now than "disk I/O error" in the middle of the clerk's work.
MIN_FREE_BYTES = 2 * 1024 * 1024


def _readonly_uri(path: Path, *, trace_free: bool) -> str:
    """A read-only URI. `trace_free` (for checking a file not yet trusted) leaves no trace: a file
    with neither a -wal nor a -journal beside it is read as immutable, since a plain read-only
    connection to a WAL-mode file would create -wal and -shm files (and fail outright in a
    read-only folder). With a -wal present its commits must be read, and a -journal may have to
    be rolled back, so the normal read-only mode is used.

    Decided from the side files, not by reading the header's WAL byte: opening the file outside
    SQLite and closing it drops every POSIX lock this process holds on it (`has_sqlite_header`)."""
    uri = "file:" + pathname2url(str(path)) + "?mode=ro"
    if not trace_free:
        return uri
    if not any(side.exists() for side in side_files(path) if not side.name.endswith("-shm")):
        uri += "&immutable=1"
    return uri


def connect_readonly(path: Path, *, trace_free: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(_readonly_uri(path, trace_free=trace_free), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def has_sqlite_header(path: Path) -> bool:
    """True when the file starts with SQLite's header (whatever its name or extension).

    Only for a file no SQLite connection of this process has open: on POSIX, closing ANY
    descriptor of a file drops every fcntl lock the process holds on it, SQLite's included
    (sqlite.org/howtocorrupt.html §2.2). Another program then believes it is alone, checkpoints
    and deletes the WAL the open connection goes on writing into, and those writes are lost
    (session 19, wal19). Callers ask SQLite first and read the bytes only for a file SQLite
    refused or that is not the open database; Windows locks (LockFileEx) are not affected."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def folder_writable(folder: Path) -> bool:
    """Really try (a temporary file, removed at once): on Windows `os.access` says nothing about a
    folder's permissions, and a read-only mount refuses even an administrator."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".theodoi-thu-ghi-"):
            return True
    except OSError:
        return False


def storage_problem(path: Path, *, writing: bool) -> str | None:
    """The real cause when a file cannot be used — full disk, read-only folder or file — or None.

    Why: SQLite reports these as "disk I/O error" or "unable to open database file", which the
    program used to call a damaged database; the clerk would then restore a backup over good
    data instead of freeing space or moving the file.
    """
    folder = path.parent
    free = _free_bytes(folder)
    if free is not None and free < MIN_FREE_BYTES:
        return (f"Ổ đĩa chứa {folder} đã đầy (còn {free // 1024} KB trống): không ghi được dữ liệu. "
                "Hãy giải phóng dung lượng rồi thử lại.")
    if writing and not folder_writable(folder):
        return (f"Thư mục {folder} chỉ cho phép đọc: chương trình cần ghi tệp nhật ký bên cạnh cơ sở dữ liệu. "
                "Hãy chép cơ sở dữ liệu sang một thư mục ghi được.")
    if writing and path.exists() and not os.access(path, os.W_OK):
        return f"Tệp {path.name} chỉ cho phép đọc: không ghi được thay đổi. Hãy bỏ thuộc tính chỉ đọc của tệp."
    return None


def side_files(path: Path) -> list[Path]:
    """The files SQLite may write beside a database: rollback journal, WAL, shared memory."""
    return [path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm")]


def backup_sqlite(source: Path | sqlite3.Connection, destination: Path) -> Path:
    """Online backup through SQLite's backup API (a file copy of a live WAL database can be empty),
    written to a temporary file renamed over the destination, so a failed backup never leaves a
    half file — nor its journal — behind, and a stale -wal beside the destination cannot pair with
    the new file. `source` is a path (opened read-only) or a live connection."""
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Không tạo được thư mục {destination.parent}: {os_error_cause(exc)}.") from exc
    partial = destination.with_name(destination.name + ".part")
    try:
        src = _backup_source(source) if isinstance(source, Path) else source
        try:
            dst = open_backup_destination(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            if src is not source:
                src.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        for stale in side_files(destination):
            stale.unlink(missing_ok=True)
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (partial, *side_files(partial)):
            # On a read-only disk even removing a file that is not there fails (EROFS, not ENOENT): that
            # must not replace the message saying why the backup failed with a bare OSError.
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise StorageError(f"Không sao lưu được cơ sở dữ liệu vào {destination}: "
                           f"{_backup_failure(exc, destination)}.") from exc
    return destination


def _backup_failure(exc: sqlite3.Error | OSError, destination: Path) -> str:
    """Why a backup was not written, in Vietnamese. Why not `storage_problem`: it speaks of the database's
    own folder (the journal beside it), and SQLite's and the system's own words are English (`unable to open
    database file`, `[WinError 32] The process cannot access the file…`)."""
    if isinstance(exc, OSError):
        return os_error_cause(exc)
    text = str(exc).lower()
    free = _free_bytes(destination.parent)
    if "full" in text or (free is not None and free < MIN_FREE_BYTES):
        return "ổ đĩa đã đầy"
    if not folder_writable(destination.parent):
        return f"thư mục {destination.parent} chỉ cho phép đọc"
    if "locked" in text or "busy" in text:
        return "cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại sau giây lát"
    if "malformed" in text or "not a database" in text:
        return "cơ sở dữ liệu bị hỏng, không đọc được để sao lưu"
    return f"lỗi SQLite số {getattr(exc, 'sqlite_errorcode', '?')}"


def _backup_source(path: Path) -> sqlite3.Connection:
    """An ordinary connection, like the program's own: as the last one to close it folds the WAL
    back and removes -wal/-shm, where a read-only one would leave them beside the database.
    Read-only only where the folder allows nothing else."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        return connect_readonly(path)


def open_backup_destination(path: Path) -> sqlite3.Connection:
    """The connection a backup is written through (tests wrap it to simulate a full disk)."""
    return sqlite3.connect(path)
