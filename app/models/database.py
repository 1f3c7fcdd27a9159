"""Opening the database safely: refuse foreign or damaged files, back up before migrating,
configure every SQLite connection for durability, and hand out one session per unit of work.

The same code opens a PostgreSQL URL; the SQLite-only steps (file checks, pragmas, file backup)
are skipped there.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app import APP_ID
from app.errors import ConflictError, DatabaseBusyError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision in app/migrations/versions (a test keeps the two equal). Knowing it without
# Alembic lets a database already at head open without importing Alembic at all (0.4 s).
SCHEMA_HEAD = "0005_exchange"


def default_database_path() -> Path:
    """`%APPDATA%\\TheoDoiKeHoach\\theodoi.db` on Windows, the XDG data folder elsewhere."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_ID / "theodoi.db"


def to_url(target: str | os.PathLike[str]) -> str:
    """A path becomes a SQLite URL; a URL (postgresql://...) is kept."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _alembic_config(connection: object | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return SCHEMA_HEAD


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


# --- file-level checks (SQLite) -----------------------------------------------------------------


def inspect_sqlite_file(path: Path, *, thorough: bool = True) -> str | None:
    """Check a SQLite file without writing to it; return its schema revision (None when empty).

    `thorough` runs `integrity_check` (every index against its table: the `check` command);
    otherwise `quick_check`, which still reads every page but is several times faster, so opening
    the program's database stays quick. Raises StorageError with a message the clerk can act on
    for every kind of bad file.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError(f"Không đọc được tệp {path}: {exc.strerror or exc}.") from exc
    if size == 0:
        return None
    if header != SQLITE_MAGIC:
        raise StorageError(f"Tệp {path.name} không phải là cơ sở dữ liệu của Theo dõi Kế hoạch.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            result = conn.execute(f"PRAGMA {'integrity_check' if thorough else 'quick_check'}").fetchall()
            if [row[0] for row in result] != ["ok"]:
                raise StorageError(
                    f"Cơ sở dữ liệu {path.name} bị hỏng (integrity_check: {result[0][0]}). "
                    "Hãy khôi phục từ bản sao lưu."
                )
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "plans" not in tables:
                raise StorageError(f"Tệp {path.name} là một cơ sở dữ liệu khác, không phải của Theo dõi Kế hoạch.")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"Cơ sở dữ liệu {path.name} bị hỏng hoặc không đọc được ({exc}).") from exc
    revision = row[0] if row else None
    _refuse_unknown_revision(revision, path.name)
    return revision


def _refuse_unknown_revision(revision: str | None, name: str) -> None:
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise StorageError(
            f"Cơ sở dữ liệu {name} được tạo bởi phiên bản mới hơn của chương trình "
            f"(lược đồ {revision}). Hãy cập nhật chương trình."
        )


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Online backup through SQLite's backup API (a file copy of a live WAL database can be empty),
    written to a temporary file first so a failed backup never leaves a half file behind."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Không sao lưu được cơ sở dữ liệu vào {destination}: {exc}.") from exc
    return destination


# --- the opened database -------------------------------------------------------------------------


@dataclass
class Database:
    """An open, migrated database: the engine and a factory of short-lived sessions."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error, maps storage failures to
        messages the user can act on."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(
                "Dữ liệu đã được người khác thay đổi trong lúc bạn sửa. Hãy tải lại và sửa lại."
            ) from exc
        except OperationalError as exc:
            session.rollback()
            raise translate_operational_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        self.engine.dispose()


def translate_operational_error(exc: DBAPIError) -> StorageError:
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(
            "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau giây lát."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("Ổ đĩa đã đầy: không ghi được dữ liệu. Không có thay đổi nào được lưu.")
    if "readonly" in text or "read-only" in text:
        return StorageError("Cơ sở dữ liệu chỉ cho phép đọc: không ghi được thay đổi.")
    return StorageError(f"Lỗi cơ sở dữ liệu: {exc.orig or exc}")


def _configure_sqlite(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Pragmas must run outside a transaction (foreign_keys is silently ignored inside one).
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()


def create_configured_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine, foreign_keys=foreign_keys)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _migrate(url: str) -> None:
    """Upgrade to head on a dedicated connection with foreign keys OFF (SQLite batch migrations copy
    tables, and with foreign keys on, dropping the old copy cascades deletes into child rows)."""
    from alembic import command

    engine = create_configured_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
            if conn.dialect.name == "sqlite":
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StorageError(f"Nâng cấp cơ sở dữ liệu làm hỏng liên kết dữ liệu ({problems[0]}).")
    except OperationalError as exc:
        raise translate_operational_error(exc) from exc
    finally:
        engine.dispose()


def backup_path_for(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.truoc-nang-cap-{revision}-{stamp}{path.suffix}")


def open_database(target: str | os.PathLike[str], *, create: bool = True) -> Database:
    """Open (creating and migrating when needed) the database at a path or URL.

    A SQLite file is checked before anything writes to it: not ours, corrupt, or from a newer
    version → StorageError and the file is untouched. Before a schema upgrade an online backup is
    written beside it.
    """
    url = to_url(target)
    path = sqlite_path(url)
    revision: str | None = None
    if path is not None:
        if path.exists():
            revision = inspect_sqlite_file(path, thorough=False)
            if revision is not None and revision != head_revision():
                backup_sqlite(path, backup_path_for(path, revision))
        elif not create:
            raise StorageError(f"Không tìm thấy cơ sở dữ liệu {path}.")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"Không tạo được thư mục {path.parent}: {exc.strerror or exc}.") from exc
    else:
        revision = _check_server_revision(url)
    if revision != head_revision():
        _migrate(url)
    engine = create_configured_engine(url)
    return Database(url=url, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False))


def _check_server_revision(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if tables and "alembic_version" not in tables:
                raise StorageError("Cơ sở dữ liệu máy chủ này không phải của Theo dõi Kế hoạch.")
            revision = MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise StorageError(f"Không kết nối được máy chủ cơ sở dữ liệu: {exc.orig}") from exc
    finally:
        engine.dispose()
    _refuse_unknown_revision(revision, make_url(url).database or url)
    return revision
