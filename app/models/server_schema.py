"""Is a PostgreSQL database's schema the one our migrations create at its revision?

The same idea as `schema_check` for SQLite files, across engines: the reference is what the
migrations create (in an in-memory SQLite, so no second server is needed), and both sides are read
through SQLAlchemy's inspector and described in engine-neutral terms — type family and length,
NOT NULL, has-a-default, primary key; index and unique-constraint names and columns; foreign keys;
plus every view and user trigger, which the program never creates. The description has the shape
`schema_check.schema_differences` compares, so `check` lists differences the same way.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, inspect, text

from app.models.schema_check import Schema, migrated_in_memory

_MEMORY: dict[str, Schema] = {}


def _type_name(column_type: Any) -> str:
    family = getattr(column_type, "_type_affinity", None)
    name = family.__name__ if isinstance(family, type) else type(column_type).__name__
    length = getattr(column_type, "length", None)
    return f"{name.strip('_').upper()}({length})" if length else name.strip("_").upper()


def portable_schema(conn: Connection) -> Schema:
    """The engine-neutral structure of the database behind `conn`."""
    inspector = inspect(conn)
    tables: dict[str, Any] = {}
    for table in inspector.get_table_names():
        primary = set(inspector.get_pk_constraint(table).get("constrained_columns") or [])
        columns = {
            col["name"]: [_type_name(col["type"]), int(not col["nullable"]),
                          # an autoincrement id's nextval() is the engine's own, not a default we set
                          int(col.get("default") is not None and col["name"] not in primary),
                          int(col["name"] in primary)]
            for col in inspector.get_columns(table)
        }
        indexes: dict[str, Any] = {}
        for index in inspector.get_indexes(table):
            if index.get("duplicates_constraint"):
                continue
            indexes[str(index["name"])] = [int(bool(index["unique"])), "c", list(index["column_names"]), ""]
        for unique in inspector.get_unique_constraints(table):
            indexes[str(unique["name"])] = [1, "u", list(unique["column_names"]), ""]
        keys = sorted(
            [list(fk["constrained_columns"]), fk["referred_table"], list(fk["referred_columns"]),
             (fk.get("options") or {}).get("ondelete") or "NO ACTION"]
            for fk in inspector.get_foreign_keys(table)
        )
        tables[table] = {"columns": columns, "indexes": indexes, "foreign_keys": keys}
    views = {name: "" for name in inspector.get_view_names()}
    triggers: dict[str, Any] = {}
    if conn.dialect.name == "postgresql":
        rows = conn.execute(text(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        ))
        triggers = {name: [table, ""] for name, table in rows}
    return {"tables": tables, "triggers": triggers, "views": views}


def portable_reference(revision: str) -> Schema:
    """What the migrations create at `revision`, in the same terms (cached in memory)."""
    if revision in _MEMORY:
        return _MEMORY[revision]
    with migrated_in_memory(revision) as conn:
        schema = portable_schema(conn)
    _MEMORY[revision] = schema
    return schema
