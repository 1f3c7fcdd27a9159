"""optimistic versions on measurements and agency reports

Revision ID: 0004_versions
Revises: 0003
Create Date: 2026-12-04

Progress entries, plans, nodes, targets and agencies already carry `version`; measurements and
agency reports get it too, so a stale form editing one of them is refused (ConflictError) instead
of silently overwriting a newer change. Existing rows start at version 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_versions"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("measurements", "agency_reports")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
