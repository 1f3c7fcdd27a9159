"""What every service shares: the database, the acting user, lookups that fail clearly, audit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session, SessionTransaction

from app.domain.approvals import overlaps
from app.domain.dates import format_moment
from app.domain.periods import Period
from app.domain.roles import AGENCY_SCOPED, ROLE_NAMES, Permission, allowed
from app.domain.text import sort_key
from app.errors import ConflictError, InputError, NotFoundError, PermissionDeniedError
from app.models import Agency, AuditEntry, PeriodApproval, User, UserAgency
from app.models.database import Database
from app.services.audit_words import field_name

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
    "PeriodApproval": "phê duyệt kỳ",
    "ReportSnapshot": "báo cáo đã in",
    "OfficeSetting": "thiết lập",
}


def active_approval(session: Session, plan_id: int, period: str) -> PeriodApproval | None:
    """The approval (not unlocked) that locks `period` of the plan: same period or one sharing a month."""
    wanted = Period.parse(period)
    for row in session.scalars(select(PeriodApproval).where(PeriodApproval.plan_id == plan_id,
                                                           PeriodApproval.unlocked_at.is_(None))):
        if overlaps(Period.parse(row.period), wanted):
            return row
    return None


@dataclass(frozen=True)
class Actor:
    """The acting user as the database knows them: role and, for staff, the assigned agencies
    (None: every agency)."""

    name: str
    role: str
    agency_ids: frozenset[int] | None = None


class Service:
    """Base of the use-case classes. Each public method is one transaction (`self.db.session()`);
    each writing one first calls `self.require(Permission.X)` — the one place roles are enforced."""

    def __init__(self, database: Database, user: str = "clerk") -> None:
        self.db = database
        self.user = user

    def actor(self, session: Session | None = None) -> Actor:
        """Who is acting. A name in the `users` table has its role (a disabled user may not write);
        any other name is a clerk on SQLite (single-user mode: the OS user, nothing asked) and on
        a server that has no users yet (the first clerk must be able to create the others)."""
        if session is None:
            with self.db.session() as own:
                return self.actor(own)
        # Once per transaction: an exchange import checks the actor for each of its rows.
        cached = session.info.get(("actor", self.user))
        if isinstance(cached, Actor):
            return cached
        actor = self._read_actor(session)
        session.info[("actor", self.user)] = actor
        return actor

    def _read_actor(self, session: Session) -> Actor:
        row = session.scalar(select(User).where(User.name == self.user))
        if row is not None:
            if not row.active:
                raise PermissionDeniedError(f"Người dùng «{self.user}» đã bị khóa: không có quyền ghi dữ liệu.")
            assigned = frozenset(session.scalars(select(UserAgency.agency_id).where(UserAgency.user_id == row.id)))
            return Actor(row.name, row.role, assigned or None)
        if self.db.path is not None or session.scalar(select(User.id).limit(1)) is None:
            return Actor(self.user, "clerk")
        raise PermissionDeniedError(f"Người dùng «{self.user}» không có trong danh sách người dùng của cơ sở dữ liệu "
                                    "này: không có quyền ghi dữ liệu.")

    def require(self, permission: Permission, session: Session | None = None, *,
                agency_id: int | None = None) -> Actor:
        """Refuse (PermissionDeniedError, before anything is written) what the acting user's role
        does not allow; staff assigned to some agencies may write only those agencies' data."""
        actor = self.actor(session)
        role = ROLE_NAMES.get(actor.role, actor.role)
        if not allowed(actor.role, permission):
            raise PermissionDeniedError(f"Người dùng «{actor.name}» ({role}) không có quyền {permission.value}.")
        if (permission in AGENCY_SCOPED and actor.agency_ids is not None and agency_id is not None
                and agency_id not in actor.agency_ids):
            if session is None:
                with self.db.session() as own:
                    assigned = agency_names(own, actor.agency_ids)
            else:
                assigned = agency_names(session, actor.agency_ids)
            raise PermissionDeniedError(
                f"Người dùng «{actor.name}» ({role}) không có quyền {permission.value} cho cơ quan này "
                f"(chỉ được giao {', '.join(assigned) or 'cơ quan khác'})."
            )
        return actor

    @staticmethod
    def require_open_period(session: Session, plan_id: int, period: str) -> None:
        """Refuse a change to the data of an approved (locked) period of the plan.

        Asked once per plan and period in a transaction that holds SQLite's write lock (see
        `lock_for_write`): no other process can approve a period until it commits, so the answer
        cannot change (an exchange import asked it for each of its rows)."""
        held = _write_lock(session)
        if held is not None and (plan_id, period) in held.open_periods:
            return
        row = active_approval(session, plan_id, period)
        if row is not None:
            raise ConflictError(
                f"Kỳ {row.period} của kế hoạch này đã được «{row.approved_by}» phê duyệt lúc "
                f"{format_moment(row.approved_at)}: số liệu kỳ {period} bị khóa. Cần chuyên viên theo dõi mở khóa kỳ."
            )
        if held is not None:
            held.open_periods.add((plan_id, period))

    @staticmethod
    def get(session: Session, model: type[T], key: int) -> T:
        """The row `key` of `model`, or a NotFoundError in Vietnamese: another clerk may have deleted it since the
        window read it."""
        row = session.get(model, key)
        if row is None:
            what = ENTITY_NAMES.get(model.__name__, model.__name__)
            raise NotFoundError(f"Không tìm thấy {what} (mã {key}); có thể đã bị xóa.")
        return row

    def check_version(self, session: Session, row: Any, expected: int | None) -> None:
        """Refuse an edit based on a stale read instead of overwriting someone else's change.

        `expected` is the version the caller read; None (no version read) is refused like a stale
        one — never taken as "overwrite whatever is there". The row is read again under a lock
        first (the write lock on SQLite, `FOR UPDATE` on PostgreSQL): a second process editing the
        same row waits here for the first one's commit, then sees its version and is told who
        changed it and when — rather than a bare "0 rows updated" at flush."""
        self.lock_for_write(session)
        session.refresh(row, with_for_update=True)
        if expected is None or row.version != expected:
            raise self.stale(session, row)

    @staticmethod
    def lock_for_write(session: Session) -> None:
        """Take SQLite's write lock now, before reading the row a versioned write checks.

        Two writers that read the same version then serialize here: the second one reads the
        first one's committed row and gets the conflict that says who and when, instead of a bare
        stale-data error at flush. (A no-op UPDATE starts the write transaction; PostgreSQL
        needs nothing, its row versions are checked by the UPDATE itself.) The lock lasts until
        the transaction ends: taken once per transaction, not once per row written."""
        if session.get_bind().dialect.name == "sqlite" and _write_lock(session) is None:
            session.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 0"))
            session.info[_WRITE_LOCK] = _WriteLock(session.get_transaction(), set())

    @staticmethod
    def stale(session: Session, row: Any) -> ConflictError:
        """The conflict for a record changed since the caller read it: who changed it, and when."""
        what = ENTITY_NAMES.get(type(row).__name__, "bản ghi")
        who, when = last_change(session, row)
        by = f" vừa được {who} sửa" if who else " vừa được sửa ở nơi khác"
        at = f" lúc {format_moment(when)}" if when is not None else ""
        return ConflictError(f"{what[:1].upper()}{what[1:]} này{by}{at}; hãy tải lại trước khi sửa.")

    def audit(self, session: Session, action: str, row: Any, field: str | None = None,
              old: object = None, new: object = None) -> None:
        """Record who changed what in the same transaction as the change, so that the audit log never names an edit
        that was rolled back."""
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
            check_length(type(row), field, value)
            old = getattr(row, field)
            if old != value:
                setattr(row, field, value)
                self.audit(session, "update", row, field, old, value)


def check_length(model: Any, field: str, value: object) -> None:
    """Refuse a text longer than its column of `model` (a plan's number, a task's label, a target's unit): PostgreSQL
    refused it with a bare DataError — a crash for the clerk — and SQLite stored it, to be printed as a paragraph."""
    column = model.__table__.columns.get(field)
    length = getattr(column.type, "length", None) if column is not None else None
    if isinstance(value, str) and isinstance(length, int) and len(value) > length:
        name = field_name(field) or field
        raise InputError(f"{name[:1].upper()}{name[1:]} quá dài ({len(value)} ký tự, tối đa {length}): "
                         f"“{value[:40]}…”.")


_WRITE_LOCK = "write lock"  # session.info: the transaction that took SQLite's write lock


@dataclass
class _WriteLock:
    """SQLite's write lock held by one transaction, and what it already checked under it."""

    transaction: SessionTransaction | None
    open_periods: set[tuple[int, str]]


def _write_lock(session: Session) -> _WriteLock | None:
    """The write lock this session's current transaction holds, if it took one (a lock noted for a
    transaction that has since committed or rolled back is gone with it)."""
    held = session.info.get(_WRITE_LOCK)
    if isinstance(held, _WriteLock) and held.transaction is not None and held.transaction is session.get_transaction():
        return held
    return None


def agency_names(session: Session, agency_ids: Iterable[int]) -> list[str]:
    """The names of these agencies in Vietnamese order (what a refusal or a listing shows)."""
    ids = list(agency_ids)
    if not ids:
        return []
    return sorted(session.scalars(select(Agency.name).where(Agency.id.in_(ids))), key=sort_key)


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
