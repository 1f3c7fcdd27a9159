"""Where the migrations are and which revision is the newest: the one place every user of Alembic
(opening a database, the schema references, the server checks, the tests) reads it from.

Why a module of its own: `app.models.database` opens databases and `app.models.schema_check`
builds the schema references it checks them against; both need the Alembic configuration, and
with it living in `database` the two imported each other. This module imports nothing of the
program, and Alembic only when a configuration is really asked for (opening a database already
at head never imports it: 0.4 s saved at start-up).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision in app/migrations/versions (a test keeps the two equal). Knowing it without
# Alembic lets a database already at head open without importing Alembic at all (0.4 s).
SCHEMA_HEAD = "0009_office_code_placeholder"


def alembic_config(connection: object | None = None) -> Config:
    """Alembic's configuration for our migrations. Commands that run them need `connection`, the
    connection they run on (app/migrations/env.py takes it from `attributes`)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return SCHEMA_HEAD


def known_revisions() -> set[str]:
    """Every revision the migrations know (imports Alembic: only for a file not at head)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
