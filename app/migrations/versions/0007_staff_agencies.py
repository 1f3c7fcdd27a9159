"""staff assigned to a set of agencies (`user_agencies`) instead of one (`users.agency_id`)

A staff member (cán bộ nhập tiến độ) records progress and imports exchange workbooks "for all
agencies or for the agencies assigned to them": one officer often follows several agencies. The
one-agency column becomes a link table; a user without rows there works for every agency. The
upgrade copies each user's agency into the new table before dropping the column; the downgrade
keeps the first (lowest id) assigned agency.

Revision ID: 0007_staff_agencies
Revises: 0006_users
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_staff_agencies"
down_revision = "0006_users"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_agencies",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_agencies_user_id_users"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name=op.f("fk_user_agencies_agency_id_agencies"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "agency_id", name=op.f("pk_user_agencies")),
    )
    with op.batch_alter_table("user_agencies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_agencies_agency_id"), ["agency_id"], unique=False)
    op.execute("INSERT INTO user_agencies (user_id, agency_id) "
               "SELECT id, agency_id FROM users WHERE agency_id IS NOT NULL")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_users_agency_id_agencies"), type_="foreignkey")
        batch_op.drop_column("agency_id")


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agency_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_users_agency_id_agencies"), "agencies", ["agency_id"], ["id"],
                                    ondelete="SET NULL")
    op.execute("UPDATE users SET agency_id = (SELECT min(agency_id) FROM user_agencies "
               "WHERE user_agencies.user_id = users.id)")
    with op.batch_alter_table("user_agencies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_agencies_agency_id"))
    op.drop_table("user_agencies")
