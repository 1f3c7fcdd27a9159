"""Alembic environment: always run on a connection handed in by app.models.database.

The program migrates in-process (on open) and never from an alembic.ini of its own, so there is
no offline mode and no URL here.
"""

from __future__ import annotations

from alembic import context

from app.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
