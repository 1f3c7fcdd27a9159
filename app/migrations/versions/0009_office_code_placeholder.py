"""clear the placeholder number code `CQ` the first-run assistant stored (data only)

Until session 15 the assistant's office page was filled from the profile as the reports read it, whose number
code for a still empty name is the placeholder `CQ`, and stored it with the name the clerk typed: every report
of such a database was numbered `Số: /BC-CQ` and every letter `/CQ`, the clerk never having typed a code. A code
left unset is derived from the office's name when printed (`Sở Nội vụ tỉnh Hà Tĩnh` → `SNV`), so a code that
is exactly `CQ` is cleared when the stored name derives another one. A name whose initials are `CQ` keeps it (it
may be typed on purpose; it prints the same), and so does a profile without a name. Nothing else is touched;
the program takes a backup before any upgrade (`app.models.backups`).

The rule is written out here rather than imported: a migration must do tomorrow what it does today, whatever
later becomes of the program's derivation (`app.services.reports.office`).

Revision ID: 0009_office_code_placeholder
Revises: 0008_plan_followed_from
Create Date: 2026-12-06
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009_office_code_placeholder"
down_revision = "0008_plan_followed_from"
branch_labels = None
depends_on = None

PLACEHOLDER = "CQ"
CODES = ("body_code", "letter_code")


def upgrade() -> None:
    conn = op.get_bind()
    stored = conn.execute(sa.text("SELECT value FROM office_settings WHERE key = 'report.office'")).scalar()
    profile = json.loads(stored) if isinstance(stored, str) else stored
    if not isinstance(profile, dict) or not _derives_another_code(str(profile.get("issuing_body") or "")):
        return
    placeholders = [name for name in CODES if profile.get(name) == PLACEHOLDER]
    if placeholders:
        conn.execute(sa.text("UPDATE office_settings SET value = :value WHERE key = 'report.office'"),
                     {"value": json.dumps({**profile, **dict.fromkeys(placeholders, "")})})


def _derives_another_code(name: str) -> bool:
    """The name has words of letters whose initials are not the placeholder's."""
    initials = "".join(word[0] for word in name.split() if word.isalpha()).upper()
    return bool(initials) and initials != PLACEHOLDER


def downgrade() -> None:
    """Nothing to restore: the cleared placeholder was never the office's code."""
