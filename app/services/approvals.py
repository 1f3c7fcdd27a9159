"""A leader approves a plan's period report; the period is then locked (as DHIS2 locks approved
data) until a clerk unlocks it — both audited, and the approval names the printed snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.dates import format_moment
from app.domain.periods import Period
from app.domain.roles import Permission
from app.errors import ConflictError, InputError, NotFoundError
from app.models import PeriodApproval, Plan, ReportSnapshot, User
from app.services.base import Service, active_approval


@dataclass(frozen=True)
class ApprovalView:
    id: int
    plan_id: int
    period: str
    snapshot_id: int | None
    approved_by: str
    approved_at: datetime
    unlocked_by: str | None
    unlocked_at: datetime | None

    @property
    def note(self) -> str:
        """What the printed snapshot carries: `Đã phê duyệt: hung, 16:20 ngày 04/12/2026`."""
        return f"Đã phê duyệt: {self.approved_by}, {format_moment(self.approved_at)}"


def printed_note(s: Session, row: PeriodApproval) -> str:
    """The line a printed report carries once its period is approved: who (full name when the
    user has one) and when, e.g. `Số liệu kỳ báo cáo đã được phê duyệt: Trần Văn Hùng (hung),
    16:20 ngày 04/12/2026.`"""
    full = s.scalar(select(User.full_name).where(User.name == row.approved_by))
    who = f"{full} ({row.approved_by})" if full and full != row.approved_by else row.approved_by
    return f"Số liệu kỳ báo cáo đã được phê duyệt: {who}, {format_moment(row.approved_at)}."


def approval_note(s: Session, plan_id: int, period: str, snapshot_id: int | None = None) -> str | None:
    """The note for a report of the plan's period: the approval naming this snapshot, else the
    approval that locks the period now; None when neither."""
    row = None
    if snapshot_id is not None:
        row = s.scalar(select(PeriodApproval).where(PeriodApproval.snapshot_id == snapshot_id)
                       .order_by(PeriodApproval.id.desc()).limit(1))
    if row is None:
        row = active_approval(s, plan_id, period)
    return printed_note(s, row) if row is not None else None


def _view(row: PeriodApproval) -> ApprovalView:
    return ApprovalView(row.id, row.plan_id, row.period, row.snapshot_id, row.approved_by, row.approved_at,
                        row.unlocked_by, row.unlocked_at)


class ApprovalService(Service):
    def approve(self, plan_id: int, period: str) -> ApprovalView:
        """Approve the newest printed progress report of the plan's period and lock the period."""
        code = Period.parse(period).code
        with self.db.session() as s:
            self.require(Permission.APPROVE, s)
            self.get(s, Plan, plan_id)
            if active_approval(s, plan_id, code) is not None:
                raise ConflictError(f"Kỳ {code} của kế hoạch này đã được phê duyệt.")
            snapshot = s.scalar(select(ReportSnapshot).where(
                ReportSnapshot.plan_id == plan_id, ReportSnapshot.period == code, ReportSnapshot.kind == "progress",
            ).order_by(ReportSnapshot.id.desc()).limit(1))
            if snapshot is None:
                raise InputError(f"Chưa in báo cáo kỳ {code} của kế hoạch này: hãy in báo cáo rồi phê duyệt.")
            row = PeriodApproval(plan_id=plan_id, period=code, snapshot_id=snapshot.id, approved_by=self.user)
            s.add(row)
            s.flush()
            s.refresh(row)
            self.audit(s, "approve", row, "period", None, f"{code} (báo cáo số {snapshot.id})")
            return _view(row)

    def unlock(self, plan_id: int, period: str) -> None:
        """A clerk reopens an approved period (recorded with who and when)."""
        code = Period.parse(period).code
        with self.db.session() as s:
            self.require(Permission.UNLOCK, s)
            row = active_approval(s, plan_id, code)
            if row is None:
                raise NotFoundError(f"Kỳ {code} của kế hoạch này không bị khóa.")
            row.unlocked_by = self.user
            row.unlocked_at = _now(s)
            self.audit(s, "unlock", row, "period", code, None)

    def approvals(self, plan_id: int) -> list[ApprovalView]:
        """The plan's approvals in the order given: the periods a leader has approved and which printed report each
        names."""
        with self.db.session() as s:
            rows = s.scalars(select(PeriodApproval).where(PeriodApproval.plan_id == plan_id)
                             .order_by(PeriodApproval.id))
            return [_view(r) for r in rows]


def _now(s: Session) -> datetime:
    """The database's clock in UTC, like the audit times (not this computer's)."""
    from sqlalchemy import func

    value = s.scalar(select(func.current_timestamp()))
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=None)
