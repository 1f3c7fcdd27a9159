"""agency localities and group aliases

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Until now the importer kept each directory agency's city and the groups' aliases as JSON in
office settings (`importer.agency_cities`, `importer.group_aliases`); they become columns and a
table, and the settings' contents move over.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agencies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locality", sa.String(length=100), nullable=True))
    with op.batch_alter_table("agency_groups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locality", sa.String(length=100), nullable=True))
    op.create_table(
        "agency_group_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_folded", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["agency_groups.id"],
            name=op.f("fk_agency_group_aliases_group_id_agency_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_group_aliases")),
    )
    with op.batch_alter_table("agency_group_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_group_aliases_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agency_group_aliases_alias_folded"), ["alias_folded"], unique=False)
    _move_settings()


def _move_settings() -> None:
    conn = op.get_bind()
    settings: dict[str, str] = dict(
        conn.execute(
            sa.text(
                "SELECT key, value FROM office_settings "
                "WHERE key IN ('importer.agency_cities', 'importer.group_aliases')"
            )
        ).all()
    )
    cities = _json(settings.get("importer.agency_cities")) or {}
    for agency_id, city in cities.items():
        conn.execute(
            sa.text("UPDATE agencies SET locality = :city WHERE id = :id"), {"city": city, "id": int(agency_id)}
        )
    for key, group_id, city in _json(settings.get("importer.group_aliases")) or []:
        conn.execute(
            sa.text("INSERT INTO agency_group_aliases (group_id, alias, alias_folded) VALUES (:g, :a, :a)"),
            {"g": int(group_id), "a": key},
        )
        if city:
            conn.execute(
                sa.text("UPDATE agency_groups SET locality = :city WHERE id = :id AND locality IS NULL"),
                {"city": city, "id": int(group_id)},
            )
    conn.execute(
        sa.text("DELETE FROM office_settings WHERE key IN ('importer.agency_cities', 'importer.group_aliases')")
    )


def _json(value: object) -> Any:  # the stored JSON: a dict of cities, a list of aliases
    return json.loads(value) if isinstance(value, str) else value


def downgrade() -> None:
    with op.batch_alter_table("agency_group_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_group_aliases_alias_folded"))
        batch_op.drop_index(batch_op.f("ix_agency_group_aliases_group_id"))
    op.drop_table("agency_group_aliases")
    with op.batch_alter_table("agency_groups", schema=None) as batch_op:
        batch_op.drop_column("locality")
    with op.batch_alter_table("agencies", schema=None) as batch_op:
        batch_op.drop_column("locality")
