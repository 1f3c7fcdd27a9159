"""What agencies report: progress on one task for one period, and their periodic report documents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned


class ProgressUpdate(Versioned, Base):
    """One agency's progress on one node for one reporting period.

    Unique per (node, agency, period): importing the same exchange workbook twice, or entering
    the same period again, updates the row instead of duplicating it; the audit log keeps the old
    values.
    """

    __tablename__ = "progress_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("plan_nodes.id", ondelete="CASCADE"), nullable=False)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), nullable=False, index=True)
    period: Mapped[str] = mapped_column(String(10), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    percent: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    difficulties: Mapped[str] = mapped_column(Text, nullable=False, default="")
    proposals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reported_on: Mapped[date] = mapped_column(Date, nullable=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    entered_by: Mapped[str | None] = mapped_column(String(100))
    entered_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())

    __table_args__ = (
        UniqueConstraint("node_id", "agency_id", "period", name="uq_progress_node_agency_period"),
        CheckConstraint("status in ('not_started', 'in_progress', 'done', 'suspended')", name="status"),
        CheckConstraint("percent is null or (percent >= 0 and percent <= 100)", name="percent"),
    )


class AgencyReport(Versioned, Base):
    """An agency's periodic report document for a plan (số văn bản, ngày nhận)."""

    __tablename__ = "agency_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), nullable=False)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True)
    period: Mapped[str] = mapped_column(String(10), nullable=False)
    document_number: Mapped[str | None] = mapped_column(String(80))
    received_on: Mapped[date] = mapped_column(Date, nullable=False)

    __table_args__ = (UniqueConstraint("agency_id", "plan_id", "period", name="uq_agency_report_period"),)
