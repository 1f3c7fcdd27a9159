"""Is this file's schema exactly the one our migrations create at its revision?

Why: a file is only ours when its structure is. Another program's file that happens to have an
`alembic_version` row and a `plans` table, or one of our files with a trigger slipped in
(`AFTER INSERT ON audit_log BEGIN DELETE FROM progress_updates; END`), must be refused before
the program runs a single statement on it.

The reference is not written by hand: it is what running the migrations up to the file's
revision produces in an in-memory SQLite, read back through the same normalisation as the file
(`sqlite_master` plus `PRAGMA table_info / index_list / index_info / foreign_key_list`). So it
follows every migration added later. Building it imports Alembic and runs the migrations (about
half a second), so it is cached in memory per revision and on disk, keyed by the revision, the
SQLite version and a hash of the migration scripts: opening a file costs a few milliseconds.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import paths
from app.models.migration_config import MIGRATIONS, alembic_config

if TYPE_CHECKING:  # SQLAlchemy is imported only when a reference must be built
    from sqlalchemy import Connection

# name -> normalised description; JSON-friendly so it can be cached on disk.
Schema = dict[str, dict[str, Any]]

_MEMORY: dict[str, Schema] = {}


def _squash(sql: str | None) -> str:
    return " ".join((sql or "").split())


def read_schema(conn: sqlite3.Connection) -> Schema:
    """The normalised structure of an SQLite database: tables (columns, indexes, foreign keys),
    triggers and views. SQLite's own objects (`sqlite_sequence`, `sqlite_stat*`) are left out."""
    tables: dict[str, Any] = {}
    triggers: dict[str, Any] = {}
    views: dict[str, Any] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for kind, name, table, sql in rows:
        if kind == "trigger":
            triggers[name] = [table, _squash(sql)]
        elif kind == "view":
            views[name] = _squash(sql)
        elif kind == "table" and not name.startswith("sqlite_"):
            tables[name] = _table(conn, name)
    return {"tables": tables, "triggers": triggers, "views": views}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    columns = {
        col_name: [str(col_type).upper(), int(notnull), dflt, int(pk)]
        for _cid, col_name, col_type, notnull, dflt, pk in conn.execute(f"PRAGMA table_info({_quote(name)})")
    }
    indexes: dict[str, Any] = {}
    for row in conn.execute(f"PRAGMA index_list({_quote(name)})").fetchall():
        index_name, unique, origin, partial = row[1], row[2], row[3], row[4]
        cols = [r[2] for r in conn.execute(f"PRAGMA index_info({_quote(index_name)})")]
        where = ""
        if partial:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index_name,)).fetchone()
            where = _squash(sql[0] if sql else "")
        indexes[index_name] = [int(unique), origin, cols, where]
    keys = sorted(
        [r[2], r[3], r[4], r[5], r[6]] for r in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})")
    )
    return {"columns": columns, "indexes": indexes, "foreign_keys": keys}


# --- differences ---------------------------------------------------------------------------------

_COLUMN_PARTS = ("kiểu", "NOT NULL", "giá trị mặc định", "khoá chính")


def schema_differences(actual: Schema, reference: Schema) -> list[str]:
    """What differs, one short Vietnamese line each, in a stable order (empty: identical)."""
    out: list[str] = []
    want, have = reference["tables"], actual["tables"]
    missing = sorted(want.keys() - have.keys())
    if missing:
        several = f"thiếu {len(missing)} bảng: {', '.join(missing)}"
        out.append(several if len(missing) > 1 else f"thiếu bảng {missing[0]}")
    out += [f"bảng lạ {name}" for name in sorted(have.keys() - want.keys())]
    for name in sorted(want.keys() & have.keys()):
        out += _table_differences(name, have[name], want[name])
    for kind, label in (("triggers", "trigger"), ("views", "view")):
        ref, got = reference[kind], actual[kind]
        for name in sorted(got.keys() - ref.keys()):
            where = f" trên bảng {got[name][0]}" if kind == "triggers" else ""
            out.append(f"có {label} lạ {name}{where} (chương trình không tạo {label})")
        out += [f"thiếu {label} {name}" for name in sorted(ref.keys() - got.keys())]
        out += [f"{label} {name} đã bị sửa" for name in sorted(ref.keys() & got.keys()) if ref[name] != got[name]]
    return out


def _table_differences(table: str, have: dict[str, Any], want: dict[str, Any]) -> list[str]:
    out: list[str] = []
    hc, wc = have["columns"], want["columns"]
    out += [f"bảng {table}: thiếu cột {c}" for c in wc if c not in hc]
    out += [f"bảng {table}: cột lạ {c}" for c in hc if c not in wc]
    for column in (c for c in wc if c in hc):
        for part, got, expected in zip(_COLUMN_PARTS, hc[column], wc[column], strict=True):
            if got != expected:
                out.append(f"bảng {table}, cột {column}: {part} là {got!r}, đúng ra {expected!r}")
    hi, wi = have["indexes"], want["indexes"]
    out += [f"bảng {table}: thiếu chỉ mục {i}" for i in sorted(wi.keys() - hi.keys())]
    out += [f"bảng {table}: chỉ mục lạ {i}" for i in sorted(hi.keys() - wi.keys())]
    out += [f"bảng {table}: chỉ mục {i} khác" for i in sorted(wi.keys() & hi.keys()) if wi[i] != hi[i]]
    if have["foreign_keys"] != want["foreign_keys"]:
        out.append(f"bảng {table}: khoá ngoại khác")
    return out


# --- the reference, built from the migrations ----------------------------------------------------


def _fingerprint() -> str:
    """Changes whenever a migration script (or SQLite, whose PRAGMA output we compare) changes."""
    digest = hashlib.sha256(sqlite3.sqlite_version.encode())
    for path in sorted((MIGRATIONS / "versions").glob("*.py")) + [MIGRATIONS / "env.py"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_folder() -> Path:
    """Where built references are kept between runs (`THEODOI_CACHE` overrides, for tests)."""
    override = os.environ.get("THEODOI_CACHE")
    if override:
        return Path(override)
    return paths.cache_folder()


def reference_schema(revision: str) -> Schema:
    """The schema the migrations create at `revision` (cached in memory and on disk)."""
    key = f"{revision}-{_fingerprint()}"
    if key in _MEMORY:
        return _MEMORY[key]
    cached = cache_folder() / f"schema-{key}.json"
    schema: Schema | None = None
    try:
        loaded = json.loads(cached.read_text(encoding="utf-8"))
        if isinstance(loaded, dict) and {"tables", "triggers", "views"} <= loaded.keys():
            schema = loaded
    except (OSError, ValueError):
        schema = None
    if schema is None:
        schema = build_reference(revision)
        _store(cached, schema)
    _MEMORY[key] = schema
    return schema


@contextlib.contextmanager
def migrated_in_memory(revision: str) -> Iterator[Connection]:
    """A connection to an in-memory SQLite database the migrations have built up to `revision`:
    what a database of that revision must contain, for both schema checks (this file's and
    server_schema's) to read. The database is gone when the block ends."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)  # one connection: the memory is the database
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
            yield conn
    finally:
        engine.dispose()


def build_reference(revision: str) -> Schema:
    """Run the migrations up to `revision` in an in-memory SQLite and read its schema back."""
    with migrated_in_memory(revision) as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        # Through JSON and back, so a fresh build and a cached one compare the same way.
        return dict(json.loads(json.dumps(read_schema(raw))))


def _store(path: Path, schema: Schema) -> None:
    """Best effort: a cache that cannot be written only costs time on the next start."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass
