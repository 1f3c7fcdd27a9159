"""Office-wide settings stored with the data (issuing body, place, format) and report snapshots."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned


class OfficeSetting(Base):
    """Key/value settings that belong to the database, not to one machine (QSettings holds those)."""

    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[object] = mapped_column(JSON, nullable=True)


class ReportSnapshot(Base):
    """An exported report with the content it was made from, so it can be reproduced later."""

    __tablename__ = "report_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    period: Mapped[str | None] = mapped_column(String(10))
    as_of: Mapped[date] = mapped_column(Date, nullable=False)
    file_format: Mapped[str] = mapped_column(String(5), nullable=False)
    file_name: Mapped[str | None] = mapped_column(String(300))
    content: Mapped[dict[str, object]] = mapped_column(JSON, nullable=False)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())


class PeriodApproval(Versioned, Base):
    """A leader's approval of a plan's period (its report): while `unlocked_at` is empty the
    period's progress cannot change; a clerk's unlock is recorded here and in the audit log."""

    __tablename__ = "period_approvals"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False)
    period: Mapped[str] = mapped_column(String(10), nullable=False)
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("report_snapshots.id", ondelete="SET NULL"))
    approved_by: Mapped[str] = mapped_column(String(100), nullable=False)
    approved_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())
    unlocked_by: Mapped[str | None] = mapped_column(String(100))
    unlocked_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_period_approvals_plan_period", "plan_id", "period"),)
