"""period approvals (a leader's approval locks a plan's period until a clerk unlocks it)

The users table (roles, scrypt password hash, assigned agency) is already in 0001; this revision
adds only the approvals.

Revision ID: 0006_users
Revises: 0005_exchange
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_users"
down_revision = "0005_exchange"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "period_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=True),
        sa.Column("approved_by", sa.String(length=100), nullable=False),
        sa.Column("approved_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("unlocked_by", sa.String(length=100), nullable=True),
        sa.Column("unlocked_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_period_approvals_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"], ["report_snapshots.id"], name=op.f("fk_period_approvals_snapshot_id_report_snapshots"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_approvals")),
    )
    with op.batch_alter_table("period_approvals", schema=None) as batch_op:
        batch_op.create_index("ix_period_approvals_plan_period", ["plan_id", "period"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("period_approvals", schema=None) as batch_op:
        batch_op.drop_index("ix_period_approvals_plan_period")
    op.drop_table("period_approvals")
