"""Exchange workbooks sent to and received from agencies, and the progress rows imports wrote."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

IDENTITY_KEY = "database.identity"  # office_settings key of the database's random UUID


class ExchangeFile(Base):
    """One workbook exported for an agency or imported from one (file_id: the workbook's own id)."""

    __tablename__ = "exchange_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(6), nullable=False)
    file_id: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    period: Mapped[str] = mapped_column(String(10), nullable=False)
    file_name: Mapped[str] = mapped_column(String(300), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    rows: Mapped[int] = mapped_column(Integer, nullable=False)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())

    __table_args__ = (CheckConstraint("direction in ('export', 'import')", name="direction"),)


class ExchangeEntry(Base):
    """The progress entry was written by an import and stood at `version` then: a higher version
    now means the desk edited it afterwards."""

    __tablename__ = "exchange_entries"

    progress_id: Mapped[int] = mapped_column(ForeignKey("progress_updates.id", ondelete="CASCADE"),
                                             primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    file_id: Mapped[str] = mapped_column(String(32), nullable=False)
    saved_at: Mapped[datetime | None] = mapped_column(DateTime)  # the workbook's own save time
