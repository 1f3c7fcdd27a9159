"""Opening the database safely: refuse foreign or damaged files (`database_checks`), back up before migrating,
configure every SQLite connection for durability, and hand out one session per unit of work.

The same code opens a PostgreSQL URL; the SQLite-only steps (file checks, pragmas, file backup)
are skipped there.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import ConflictError, StorageError
from app.models import sqlite_files
from app.models.backups import take_backup
from app.models.database_checks import (
    check_server_revision,
    damaged_file_error,
    inspect_sqlite_file,
    translate_operational_error,
)
from app.models.lock_watch import LockWatch, WaitHook
from app.models.migration_config import alembic_config, head_revision
from app.models.sqlite_files import storage_problem
from app.models.wal_guard import guard_wal
from app.os_errors import os_error_cause
from app.paths import database_path


def default_database_path() -> Path:
    """The per-user database (`app.paths`: Local AppData on Windows, the XDG data folder elsewhere)."""
    return database_path()


def to_url(target: str | os.PathLike[str]) -> str:
    """A path becomes a SQLite URL; a URL (postgresql://...) is kept."""
    text = os.fspath(target)
    if "://" in text:
        return text
    # URL.create quotes the path: a `%` or `?` in a folder name must not open another file
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve())).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# --- the opened database -------------------------------------------------------------------------


@dataclass
class Database:
    """An open, migrated database: the engine and a factory of short-lived sessions."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    _lock_watch: LockWatch | None = field(default=None, repr=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """The file's path, or the server URL without its password: what the window shows and
        keeps in its recent list (a password is never written to the settings)."""
        path = self.path
        return str(path) if path else without_password(self.url)

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
        except DBAPIError as exc:
            session.rollback()
            failure = (translate_operational_error(exc, self.path) if isinstance(exc, OperationalError)
                       else damaged_file_error(exc, self.path))
            if failure is None:
                raise
            raise failure from exc
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

    def watch_lock(self, hook: WaitHook | None) -> None:
        """`hook(True)` before a write starts waiting for another program's lock on the SQLite
        file, `hook(False)` when that unit of work ends (`lock_watch`); None stops it. Nothing on
        a server."""
        path = self.path
        if path is None:
            return
        if self._lock_watch is None:
            self._lock_watch = LockWatch(self.engine, path)
        self._lock_watch.set(hook)


def _configure_sqlite(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Pragmas must run outside a transaction (foreign_keys is silently ignored inside one).
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={sqlite_files.BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()


def create_configured_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    # The busy timeout is read from `sqlite_files` when the engine is made (not copied at import),
    # so every SQLite connection of the program waits the same time for a lock.
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": sqlite_files.BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine, foreign_keys=foreign_keys)
        path = sqlite_path(url)
        if path is not None:
            guard_wal(engine, path)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"options": SERVER_SESSION_OPTIONS})


# Per-connection settings on a server (no administrator needed, nothing changed for other programs):
# - UTC like SQLite's CURRENT_TIMESTAMP, so audit times mean the same on both engines;
# - random_page_cost 1.1 instead of 4: an office database (a few hundred MB at most) sits in the
#   server's cache, and the default cost, made for spinning disks, made the planner read all
#   200,000 progress rows (hash join, 25–30 ms) rather than look up one plan's 2,000 tasks in
#   the (node, agency, period) index (7 ms): the tree, the calendar and the reports wait for it;
# - no parallel workers or JIT for the short queries of an interactive program: starting two
#   workers cost more than the scan they shared.
SERVER_SESSION_OPTIONS = "-c timezone=UTC -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0 -c jit=off"


def refresh_statistics(url: str) -> None:
    """`ANALYZE` a server database after a bulk load (restore, benchmark database): PostgreSQL
    plans queries from statistics that `pg_restore` and bulk inserts leave empty until autovacuum
    comes by, and meanwhile guessed 89 rows where a plan had 6,700 (a nested loop over 440 × 93
    rows in search, a 90 ms progress query). SQLite keeps no statistics unless asked: nothing to do."""
    if sqlite_path(url) is not None or make_url(url).get_backend_name() == "sqlite":
        return
    engine = create_configured_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    except OperationalError as exc:
        raise translate_operational_error(exc) from exc
    finally:
        engine.dispose()


def _migrate(url: str) -> None:
    """Upgrade to head on a dedicated connection with foreign keys OFF (SQLite batch migrations copy
    tables, and with foreign keys on, dropping the old copy cascades deletes into child rows)."""
    from alembic import command

    engine = create_configured_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            if conn.dialect.name == "sqlite":
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StorageError(f"Nâng cấp cơ sở dữ liệu làm hỏng liên kết dữ liệu ({problems[0]}).")
    except OperationalError as exc:
        raise translate_operational_error(exc, sqlite_path(url)) from exc
    finally:
        engine.dispose()


def open_database(target: str | os.PathLike[str], *, create: bool = True) -> Database:
    """Open (creating and migrating when needed) the database at a path or URL.

    A SQLite file is checked before anything writes to it — not ours, tampered with (schema not
    the one of its revision), corrupt, from a newer version, or on a read-only folder or full
    disk → StorageError and the file is untouched (WAL mode is switched on only afterwards).
    Before a schema upgrade an automatic backup is taken (`app.models.backups`).
    """
    url = to_url(target)
    path = sqlite_path(url)
    revision: str | None = None
    if path is not None:
        if path.exists():
            revision = inspect_sqlite_file(path, thorough=False)
            _refuse_storage_problem(path)
            if revision is not None and revision != head_revision():
                # Backup names are lowercase ASCII words joined by hyphens: `0004_versions` → `0004-versions`.
                slug = re.sub(r"[^a-z0-9]+", "-", revision.lower()).strip("-")
                take_backup(path, f"truoc-nang-cap-{slug}")
        elif not create:
            raise StorageError(f"Không tìm thấy cơ sở dữ liệu {path}.")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"Không tạo được thư mục {path.parent}: {os_error_cause(exc)}.") from exc
            _refuse_storage_problem(path)
    else:
        revision = check_server_revision(url)
    if revision != head_revision():
        _migrate(url)
    engine = create_configured_engine(url)
    return Database(url=url, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False))


def _refuse_storage_problem(path: Path) -> None:
    problem = storage_problem(path, writing=True)
    if problem:
        raise StorageError(problem)


def without_password(url: str) -> str:
    """A server URL with its password left out (not masked: a masked one would not reconnect)."""
    # `URL.set(password=None)` keeps the password (None there means "unchanged")
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)
