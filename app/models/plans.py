"""Plans, their outline nodes, assignments, deadlines, targets and reporting rules."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, Timestamped, Versioned


class SourceDocument(Base):
    """A directive a plan implements (văn bản căn cứ), e.g. Nghị quyết 04-NQ/TU."""

    __tablename__ = "source_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    doc_type: Mapped[str | None] = mapped_column(String(10))
    issuer: Mapped[str | None] = mapped_column(String(300))
    issued_on: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)


class PlanBasis(Base):
    __tablename__ = "plan_bases"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    source_document_id: Mapped[int] = mapped_column(
        ForeignKey("source_documents.id", ondelete="CASCADE"), primary_key=True
    )
    source_document: Mapped[SourceDocument] = relationship()


class Plan(Versioned, Timestamped, Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(80), index=True)
    doc_type: Mapped[str | None] = mapped_column(String(10))
    issuer: Mapped[str | None] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(100))
    issued_on: Mapped[date | None] = mapped_column(Date)
    # The day the office starts following the plan's period reports (an older plan stored late);
    # None: from its issue date (`app.domain.register.started_on`).
    followed_from: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    title_folded: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signer_authority: Mapped[str | None] = mapped_column(String(200))
    signer_title: Mapped[str | None] = mapped_column(String(200))
    signer_name: Mapped[str | None] = mapped_column(String(200))
    recipients: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    format: Mapped[str] = mapped_column(String(10), nullable=False, default="state")
    focal_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="active")
    original_filename: Mapped[str | None] = mapped_column(String(300))
    # The document as received, so any node can be checked against its source; deferred so a
    # plan list never loads megabytes of bytes it does not show.
    original_bytes: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    extracted_text: Mapped[str | None] = deferred(mapped_column(Text))

    __table_args__ = (CheckConstraint("format in ('state', 'party')", name="format"),)

    nodes: Mapped[list[PlanNode]] = relationship(back_populates="plan", cascade="all, delete-orphan",
                                                 passive_deletes=True)
    bases: Mapped[list[PlanBasis]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    targets: Mapped[list[Target]] = relationship(back_populates="plan", cascade="all, delete-orphan",
                                                 passive_deletes=True, order_by="Target.position")
    reporting_rules: Mapped[list[PlanReportingRule]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class PlanNode(Versioned, Base):
    """One item of a plan's outline; a tree of any depth with explicit order among siblings."""

    __tablename__ = "plan_nodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_nodes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    label: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default="text")
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    text_folded: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        CheckConstraint("kind in ('section', 'task', 'target', 'text')", name="kind"),
        Index("ix_plan_nodes_tree", "plan_id", "parent_id", "position"),
    )

    plan: Mapped[Plan] = relationship(back_populates="nodes")
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="node", cascade="all, delete-orphan", passive_deletes=True, order_by="Assignment.position"
    )
    deadline: Mapped[NodeDeadline | None] = relationship(
        back_populates="node", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class Assignment(Base):
    """A node given to one agency or to a group (each member then owes its own progress)."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("plan_nodes.id", ondelete="CASCADE"), nullable=False, index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("agency_groups.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10), nullable=False)
    mention: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (
        CheckConstraint("role in ('lead', 'support')", name="role"),
        CheckConstraint("(agency_id is null) <> (group_id is null)", name="one_assignee"),
    )

    node: Mapped[PlanNode] = relationship(back_populates="assignments")


class NodeDeadline(Versioned, Base):
    """The deadline phrase as printed, its parsed meaning (domain Deadline.to_dict()) and overrides."""

    __tablename__ = "deadlines"

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("plan_nodes.id", ondelete="CASCADE"), nullable=False, unique=True)
    phrase: Mapped[str] = mapped_column(Text, nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="unknown")
    params: Mapped[dict[str, object]] = mapped_column(JSON, nullable=False, default=dict)
    override_date: Mapped[date | None] = mapped_column(Date)
    trigger_date: Mapped[date | None] = mapped_column(Date)

    node: Mapped[PlanNode] = relationship(back_populates="deadline")


class Target(Versioned, Base):
    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True)
    node_id: Mapped[int | None] = mapped_column(ForeignKey("plan_nodes.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    path: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    indicator: Mapped[str] = mapped_column(Text, nullable=False)
    comparator: Mapped[str] = mapped_column(String(12), nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    unit: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    deadline_phrase: Mapped[str | None] = mapped_column(Text)
    scope: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        CheckConstraint("comparator in ('>=', '<=', '=', 'reduce_by', 'increase_by')", name="comparator"),
    )

    plan: Mapped[Plan] = relationship(back_populates="targets")
    measurements: Mapped[list[Measurement]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Measurement.measured_on"
    )


class Measurement(Versioned, Base):
    """One figure of a target on a date (one per target and date; entering the date again updates it)."""

    __tablename__ = "measurements"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"), nullable=False, index=True)
    measured_on: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str | None] = mapped_column(String(100))
    entered_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, server_default=func.current_timestamp())


class PlanReportingRule(Base):
    """When agencies owe their periodic report for this plan (`trước ngày 15/12 hàng năm`)."""

    __tablename__ = "plan_reporting_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True)
    frequency: Mapped[str] = mapped_column(String(4), nullable=False)
    day: Mapped[int] = mapped_column(Integer, nullable=False)
    month: Mapped[int | None] = mapped_column(Integer)
    phrase: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
