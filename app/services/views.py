"""Plain, detached records the services hand to the UI and the exporters.

The UI never holds ORM objects (they would need an open session and could write behind the
services' back); these dataclasses are cheap to build and safe to keep.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.deadlines import Deadline
from app.domain.task_state import TaskState


@dataclass(frozen=True)
class PlanSummary:
    id: int
    number: str | None
    doc_type: str | None
    title: str
    issuer: str | None
    issued_on: date | None
    status: str
    format: str
    task_count: int
    done_count: int
    overdue_count: int
    version: int
    has_progress: bool = True  # False: done/overdue were not computed (fast listing)

    @property
    def percent_done(self) -> int:
        return round(100 * self.done_count / self.task_count) if self.task_count else 0


@dataclass(frozen=True)
class PlanDetail:
    id: int
    number: str | None
    doc_type: str | None
    title: str
    issuer: str | None
    place: str | None
    issued_on: date | None
    signer_authority: str | None
    signer_title: str | None
    signer_name: str | None
    recipients: list[str]
    format: str
    status: str
    focal_agency_id: int | None
    original_filename: str | None
    bases: list[str]
    version: int
    followed_from: date | None = None  # the office follows the plan's reports from this day (None: its issue)


@dataclass(frozen=True)
class AssigneeView:
    """One lead or support entry: an agency or a group (then `member_ids` lists its agencies)."""

    role: str
    name: str
    agency_id: int | None = None
    group_id: int | None = None
    mention: str | None = None
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class NodeView:
    id: int
    plan_id: int
    parent_id: int | None
    position: int
    depth: int
    label: str
    kind: str
    text: str
    assignees: tuple[AssigneeView, ...]
    deadline: Deadline | None
    due_date: date | None
    state: TaskState | None
    percent: int | None
    version: int
    missed_due: date | None = None  # an overdue recurring task's missed occurrence (`due_date` is the next)

    @property
    def lead_names(self) -> list[str]:
        return [a.name for a in self.assignees if a.role == "lead"]

    @property
    def support_names(self) -> list[str]:
        return [a.name for a in self.assignees if a.role == "support"]

    @property
    def deadline_phrase(self) -> str:
        return self.deadline.phrase if self.deadline else ""


@dataclass(frozen=True)
class AgencyView:
    id: int
    name: str
    short_name: str | None
    kind: str
    parent_id: int | None
    active: bool
    proposed: bool
    aliases: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    description: str | None
    member_ids: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class ProgressView:
    id: int
    node_id: int
    agency_id: int
    agency_name: str
    period: str
    status: str
    percent: int | None
    result: str
    difficulties: str
    proposals: str
    evidence: str
    reported_on: date
    done_on: date | None
    entered_by: str | None
    version: int


@dataclass(frozen=True)
class MeasurementView:
    id: int
    measured_on: date
    value: float
    note: str | None
    version: int = 1


@dataclass(frozen=True)
class TargetView:
    id: int
    plan_id: int
    node_id: int | None
    path: list[str]
    indicator: str
    comparator: str
    value: float
    unit: str
    baseline_year: int | None
    baseline_value: float | None
    deadline_phrase: str | None
    measurements: list[MeasurementView] = field(default_factory=list)
    version: int = 1
