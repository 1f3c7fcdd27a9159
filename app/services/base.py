"""What every service shares: the database, the acting user, lookups that fail clearly, audit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

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

    @staticmethod
    def check_version(row: Any, expected: int | None) -> None:
        """Refuse an edit based on a stale read instead of overwriting someone else's change."""
        if expected is not None and row.version != expected:
            raise ConflictError("Bản ghi đã được thay đổi ở nơi khác sau khi bạn mở nó. Hãy tải lại rồi sửa lại.")

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
