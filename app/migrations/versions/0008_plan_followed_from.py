"""the day the office starts following a plan's period reports (`plans.followed_from`)

A plan issued long before it is stored (issued 10/12/2025, stored 05/12/2026) made the register
show every earlier period "Chưa báo cáo" for every agency on its first opening: the office did
not follow it then. The clerk says from when it does (the review suggests the storing quarter);
NULL keeps the old rule (reports are owed from the plan's issue date).

Revision ID: 0008_plan_followed_from
Revises: 0007_staff_agencies
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_plan_followed_from"
down_revision = "0007_staff_agencies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("followed_from", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_column("followed_from")
