"""report snapshots and office settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_settings")),
    )
    op.create_table(
        "report_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("file_format", sa.String(length=5), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_report_snapshots_plan_id_plans"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_snapshots")),
    )
    with op.batch_alter_table("report_snapshots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_snapshots_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report_snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_snapshots_plan_id"))

    op.drop_table("report_snapshots")
    op.drop_table("office_settings")
