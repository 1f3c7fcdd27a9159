"""exchange workbooks: a record of files sent and received, and the rows an import wrote

Revision ID: 0005_exchange
Revises: 0004_versions
Create Date: 2026-12-04

`exchange_files` lists every workbook exported or imported (who, when, which plan, agency and
period, the file's own id and its SHA-256). `exchange_entries` marks a progress entry as written
by an import at a given version: when the entry's version has moved on since, the desk edited it,
and a later workbook row for it is a conflict rather than an overwrite.

The database's identity (a random UUID, office_settings `database.identity`) is created by the
first export, not here: a database that never sent a workbook cannot have received one back.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_exchange"
down_revision = "0004_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=6), nullable=False),
        sa.Column("file_id", sa.String(length=32), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("direction in ('export', 'import')", name=op.f("ck_exchange_files_direction")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_exchange_files_plan_id_plans"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name=op.f("fk_exchange_files_agency_id_agencies"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_files")),
    )
    with op.batch_alter_table("exchange_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_files_file_id"), ["file_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_files_plan_id"), ["plan_id"], unique=False)
    op.create_table(
        "exchange_entries",
        sa.Column("progress_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.String(length=32), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["progress_id"], ["progress_updates.id"],
                                name=op.f("fk_exchange_entries_progress_id_progress_updates"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("progress_id", name=op.f("pk_exchange_entries")),
    )


def downgrade() -> None:
    op.drop_table("exchange_entries")
    with op.batch_alter_table("exchange_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_files_plan_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_files_file_id"))
    op.drop_table("exchange_files")
