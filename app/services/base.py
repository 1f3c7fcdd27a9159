"""What every service shares: the database, the acting user, lookups that fail clearly, audit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError
from app.models import AuditEntry
from app.models.database import Database

T = TypeVar("T")

ENTITY_NAMES = {
    "Plan": "kế hoạch",
    "PlanNode": "mục/nhiệm vụ",
    "Agency": "cơ quan",
    "AgencyGroup": "nhóm cơ quan",
    "Target": "chỉ tiêu",
    "ProgressUpdate": "báo cáo tiến độ",
    "Measurement": "số đo chỉ tiêu",
    "AgencyReport": "báo cáo định kỳ",
    "User": "người dùng",
}


class Service:
    """Base of the use-case classes. Each public method is one transaction (`self.db.session()`)."""

    def __init__(self, database: Database, user: str = "clerk") -> None:
        self.db = database
        self.user = user

    @staticmethod
    def get(session: Session, model: type[T], key: int) -> T:
        row = session.get(model, key)
        if row is None:
            what = ENTITY_NAMES.get(model.__name__, model.__name__)
            raise NotFoundError(f"Không tìm thấy {what} (mã {key}); có thể đã bị xóa.")
        return row

    def check_version(self, session: Session, row: Any, expected: int | None) -> None:
        """Refuse an edit based on a stale read instead of overwriting someone else's change.

        `expected` is the version the caller read; None (no version read) is refused like a stale
        one — never taken as "overwrite whatever is there"."""
        if expected is None or row.version != expected:
            raise self.stale(session, row)

    @staticmethod
    def lock_for_write(session: Session) -> None:
        """Take SQLite's write lock now, before reading the row a versioned write checks.

        Two writers that read the same version then serialize here: the second one reads the
        first one's committed row and gets the conflict that says who and when, instead of a bare
        stale-data error at flush. (A no-op UPDATE starts the write transaction; PostgreSQL
        needs nothing, its row versions are checked by the UPDATE itself.)"""
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 0"))

    @staticmethod
    def stale(session: Session, row: Any) -> ConflictError:
        """The conflict for a record changed since the caller read it: who changed it, and when."""
        what = ENTITY_NAMES.get(type(row).__name__, "bản ghi")
        who, when = last_change(session, row)
        by = f" vừa được {who} sửa" if who else " vừa được sửa ở nơi khác"
        at = ""
        if when is not None:
            local = when.replace(tzinfo=UTC).astimezone() if when.tzinfo is None else when.astimezone()
            at = f" lúc {local:%H:%M} ngày {local:%d/%m/%Y}"
        return ConflictError(f"{what[:1].upper()}{what[1:]} này{by}{at}; hãy tải lại trước khi sửa.")

    def audit(self, session: Session, action: str, row: Any, field: str | None = None,
              old: object = None, new: object = None) -> None:
        session.add(AuditEntry(
            user=self.user, action=action, entity=type(row).__name__, entity_id=getattr(row, "id", None),
            field=field, old=None if old is None else str(old), new=None if new is None else str(new),
        ))

    def apply_changes(self, session: Session, row: Any, changes: Mapping[str, object],
                      allowed: Iterable[str]) -> None:
        """Set fields, auditing each one that really changes."""
        allowed = set(allowed)
        for field, value in changes.items():
            if field not in allowed:
                raise ValueError(f"field {field!r} cannot be edited here")
            old = getattr(row, field)
            if old != value:
                setattr(row, field, value)
                self.audit(session, "update", row, field, old, value)


def utc_now() -> datetime:
    """Naive UTC, the convention of the `CURRENT_TIMESTAMP` server defaults (entered_at, audit)."""
    return datetime.now(UTC).replace(tzinfo=None)


def last_change(session: Session, row: Any) -> tuple[str | None, datetime | None]:
    """Who last wrote `row` and when (naive UTC): its own `entered_by`/`entered_at` when it keeps
    them, else the newest audit entry about it."""
    who, when = getattr(row, "entered_by", None), getattr(row, "entered_at", None)
    if who and when:
        return who, when
    entry = session.execute(select(AuditEntry.user, AuditEntry.at).where(
        AuditEntry.entity == type(row).__name__, AuditEntry.entity_id == getattr(row, "id", None))
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    if entry is None:
        return who, when
    return entry.user, entry.at
