"""The database's identity: a random UUID kept in office_settings, written into every workbook
so that a workbook made from another office's database is recognised and refused."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from app.models import OfficeSetting
from app.models.exchange import IDENTITY_KEY


def database_identity(s: Session, *, create: bool) -> str | None:
    """The identity; created on first need when `create` (an export), else None if there is none
    yet (such a database never sent a workbook, so none can come back to it)."""
    row = s.get(OfficeSetting, IDENTITY_KEY)
    if row is not None and isinstance(row.value, str) and row.value:
        return row.value
    if not create:
        return None
    identity = uuid.uuid4().hex
    if row is None:
        s.add(OfficeSetting(key=IDENTITY_KEY, value=identity))
    else:
        row.value = identity
    s.flush()
    return identity
