"""Whether a database may be opened, and what went wrong with one, in words the clerk can act on.

Why a module of its own: refusing a file or a server that is not ours, is damaged, or was written by a newer
version (before anything writes to it), and naming the real cause of a failed write (busy, full disk, read-only,
damaged while open) is one job, which `database` (opening), `services.storage` (the `check`, restore and backup
commands) and the command line share; opening a database, configuring its engine and migrating it is another.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app.errors import DatabaseBusyError, StorageError
from app.models.migration_config import SCHEMA_HEAD, known_revisions
from app.models.schema_check import read_schema, reference_schema, schema_differences
from app.models.sqlite_files import connect_readonly, has_sqlite_header, storage_problem
from app.os_errors import os_error_cause


class SchemaMismatchError(StorageError):
    """The file's schema is not the one our migrations create at its revision (foreign or
    tampered file). `differences` lists every difference, one line each, for `check`."""

    def __init__(self, name: str, revision: str, differences: list[str], *, what: str = "Tệp") -> None:
        shown = [d if len(d) <= 90 else d[:89] + "…" for d in differences[:2]]
        more = f" (và {len(differences) - 2} khác biệt khác)" if len(differences) > 2 else ""
        super().__init__(
            f"{what} {name} không đúng cấu trúc cơ sở dữ liệu của Theo dõi Kế hoạch (lược đồ {revision}): "
            f"{'; '.join(shown)}{more}. Chương trình không mở {what.lower()} này."
        )
        self.differences = differences


class DamagedDatabaseError(StorageError):
    """An SQLite file whose pages are broken (integrity check, malformed image): only a backup
    helps, and `restore` may replace it (keeping its bytes aside first)."""


def inspect_sqlite_file(path: Path, *, thorough: bool = True) -> str | None:
    """Check a SQLite file without writing to it; return its schema revision (None when empty).

    `thorough` runs `integrity_check` (every index against its table: the `check` command);
    otherwise `quick_check`, which still reads every page but is several times faster, so opening
    the program's database stays quick. The schema must be exactly what the migrations create at
    the file's revision (`SchemaMismatchError` lists what differs). Raises StorageError with a
    message the clerk can act on for every kind of bad file.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StorageError(f"Không đọc được tệp {path}: {os_error_cause(exc)}.") from exc
    if size == 0:
        return None
    # SQLite reads the header, not a plain open(): the file may be the database this process has
    # open (a backup or `check` from the window), and closing another descriptor of it drops the
    # connection's locks (`sqlite_files.has_sqlite_header`). A file shorter than the header (never an open
    # database) is read directly: SQLite takes it for an empty database.
    if not (has_sqlite_header(path) if size < 100 else _readable_by_sqlite(path)):
        raise StorageError(f"Tệp {path.name} không phải là cơ sở dữ liệu của Theo dõi Kế hoạch.")
    try:
        conn = connect_readonly(path, trace_free=True)
        try:
            result = conn.execute(f"PRAGMA {'integrity_check' if thorough else 'quick_check'}").fetchall()
            if [row[0] for row in result] != ["ok"]:
                # SQLite lists every broken page, on several lines: the first real one is enough.
                lines = [line for row in result for line in str(row[0]).splitlines() if not line.startswith("***")]
                raise DamagedDatabaseError(
                    f"Cơ sở dữ liệu {path.name} bị hỏng (integrity_check: {(lines or ['?'])[0]}"
                    f"{f' và {len(lines) - 1} lỗi khác' if len(lines) > 1 else ''}). Hãy khôi phục từ bản sao lưu."
                )
            schema = read_schema(conn)
            if not schema["tables"] and not schema["triggers"] and not schema["views"]:
                return None
            if "alembic_version" not in schema["tables"] or "plans" not in schema["tables"]:
                raise StorageError(f"Tệp {path.name} là một cơ sở dữ liệu khác, không phải của Theo dõi Kế hoạch.")
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problem = storage_problem(path, writing=False)
        if problem:
            raise StorageError(problem) from exc
        raise DamagedDatabaseError(f"Cơ sở dữ liệu {path.name} bị hỏng (có phần của tệp không còn đọc được). "
                                   "Hãy khôi phục từ bản sao lưu.") from exc
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise StorageError(f"Tệp {path.name} là một cơ sở dữ liệu khác, không phải của Theo dõi Kế hoạch.")
    revision: str = rows[0][0]
    _refuse_unknown_revision(revision, path.name)
    differences = schema_differences(schema, reference_schema(revision))
    if differences:
        raise SchemaMismatchError(path.name, revision, differences)
    return revision


def _readable_by_sqlite(path: Path) -> bool:
    """False only for a file SQLite calls "not a database" whose first bytes are not SQLite's (another kind
    of file): a damaged database with SQLite's header is left to the checks that name it damaged."""
    try:
        conn = connect_readonly(path, trace_free=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            return has_sqlite_header(path)
    return True


def _refuse_unknown_revision(revision: str | None, name: str) -> None:
    """A revision our migrations do not know was written by a newer version of the program."""
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise StorageError(
            f"Cơ sở dữ liệu {name} được tạo bởi phiên bản mới hơn của chương trình "
            f"(lược đồ {revision}). Hãy cập nhật chương trình."
        )


def server_name(url: str) -> str:
    """How a server database is named to the user: `db trên host:port` (never the password)."""
    parsed = make_url(url)
    return f"{parsed.database or '?'} trên {parsed.host or 'localhost'}{f':{parsed.port}' if parsed.port else ''}"


def check_server_revision(url: str, *, schema: bool = False) -> str | None:
    """Connect, refuse another program's database or a newer revision; with `schema`, the
    structure must also be the one the migrations create at that revision (`check`)."""
    from alembic.runtime.migration import MigrationContext

    from app.models.server_schema import portable_reference, portable_schema

    engine = create_engine(url)
    differences: list[str] = []
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if tables and "alembic_version" not in tables:
                raise StorageError(f"Cơ sở dữ liệu {server_name(url)} không phải của Theo dõi Kế hoạch.")
            revision = MigrationContext.configure(conn).get_current_revision()
            _refuse_unknown_revision(revision, server_name(url))
            if schema and revision is not None:
                differences = schema_differences(portable_schema(conn), portable_reference(revision))
    except OperationalError as exc:
        raise StorageError(f"Không kết nối được máy chủ cơ sở dữ liệu {server_name(url)}: "
                           f"{str(exc.orig).strip().splitlines()[0]}") from exc
    finally:
        engine.dispose()
    if differences:
        raise SchemaMismatchError(server_name(url), revision or "?", differences, what="Cơ sở dữ liệu")
    return revision


def inspect_server(url: str) -> str | None:
    """`check` on a server: connection, revision and schema; the revision (None when empty)."""
    return check_server_revision(url, schema=True)


def translate_operational_error(exc: DBAPIError | sqlite3.Error, path: Path | None = None) -> StorageError:
    """One message naming the real cause: busy, disk full, read-only folder or file — never
    "damaged" for what is a matter of space or permissions (`path` lets it look at the folder)."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(
            "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau giây lát."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("Ổ đĩa đã đầy: không ghi được dữ liệu. Không có thay đổi nào được lưu.")
    problem = storage_problem(path, writing=True) if path is not None else None
    if problem:
        return StorageError(problem)
    if "readonly" in text or "read-only" in text:
        return StorageError("Cơ sở dữ liệu chỉ cho phép đọc: không ghi được thay đổi.")
    if "disk i/o error" in text or "unable to open" in text:
        return StorageError(f"Không đọc/ghi được tệp cơ sở dữ liệu trên ổ đĩa ({text}). Hãy kiểm tra ổ đĩa "
                            "và quyền ghi vào thư mục chứa nó.")
    return StorageError(f"Lỗi cơ sở dữ liệu: {orig or exc}")


def damaged_file_error(exc: DBAPIError, path: Path | None) -> DamagedDatabaseError | None:
    """The message for a file broken while open (`database disk image is malformed`), else None. Why: opening
    checks every page, but a file damaged afterwards (a failing disk or USB stick, another program writing
    into it) reached the clerk as an unexplained crash, with nothing saying that only a backup helps."""
    orig = exc.orig
    code = getattr(orig, "sqlite_errorcode", None) if isinstance(orig, sqlite3.DatabaseError) else None
    if code is None or code & 0xFF not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return None
    name = path.name if path is not None else "này"
    return DamagedDatabaseError(f"Cơ sở dữ liệu {name} bị hỏng (có phần của tệp không còn đọc được): thao tác "
                                "này không được lưu. Hãy khôi phục từ bản sao lưu (Tệp ▸ Bản sao lưu tự động…).")
