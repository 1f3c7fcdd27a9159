"""Load plans' outlines with every task's derived state at an as-of date.

Shared by the tree view, the calendar and the reports, so all three agree on what "overdue"
means. Plain column queries (no ORM objects) and a handful of set-based queries for any number
of plans: a plan can have 2,000 nodes and the office 200 plans.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.deadlines import Deadline, DeadlineKind, last_due_on_or_before, next_due
from app.domain.task_state import AgencyProgress, ProgressStatus, derive_state
from app.models import (
    Agency,
    AgencyGroup,
    AgencyGroupMember,
    Assignment,
    NodeDeadline,
    Plan,
    PlanNode,
    ProgressUpdate,
)
from app.services.views import AssigneeView, NodeView

NO_DEADLINE = Deadline(kind=DeadlineKind.UNKNOWN)


def make_deadline(kind: str, phrase: str, params: dict[str, Any] | None, override: date | None,
                  trigger: date | None) -> Deadline:
    """The domain deadline of a stored row: its parsed meaning plus the clerk's override/trigger."""
    data: dict[str, Any] = dict(params) if params else {"kind": kind, "phrase": phrase}
    data["override"] = override.isoformat() if override else None
    data["trigger"] = trigger.isoformat() if trigger else None
    return Deadline.from_dict(data)


def current_due(deadline: Deadline | None, as_of: date) -> date | None:
    """The due date that matters at `as_of`: the next one, else the last one that passed."""
    if deadline is None:
        return None
    return next_due(deadline, as_of - timedelta(days=1)) or last_due_on_or_before(deadline, as_of)


def group_members(session: Session) -> dict[int, tuple[int, ...]]:
    members: dict[int, list[int]] = defaultdict(list)
    for group_id, agency_id in session.execute(select(AgencyGroupMember.group_id, AgencyGroupMember.agency_id)):
        members[group_id].append(agency_id)
    return {k: tuple(v) for k, v in members.items()}


def load_node_views(session: Session, plan_id: int, as_of: date) -> list[NodeView]:
    """Every node of one plan in document order (depth-first by position), with its state."""
    return load_plans_node_views(session, [plan_id], as_of).get(plan_id, [])


def load_plans_node_views(session: Session, plan_ids: Sequence[int] | None, as_of: date) -> dict[int, list[NodeView]]:
    """`load_node_views` for many plans (None = all) in the same few queries."""

    def scoped(query: Any, node_column: Any = None) -> Any:
        if plan_ids is None:
            return query
        if node_column is not None:
            query = query.join(PlanNode, PlanNode.id == node_column)
        return query.where(PlanNode.plan_id.in_(plan_ids))

    issued = {k: v for k, v in session.execute(
        select(Plan.id, Plan.issued_on).where(Plan.id.in_(plan_ids)) if plan_ids is not None
        else select(Plan.id, Plan.issued_on))}
    nodes = session.execute(scoped(select(
        PlanNode.id, PlanNode.plan_id, PlanNode.parent_id, PlanNode.position, PlanNode.label, PlanNode.kind,
        PlanNode.text, PlanNode.version))).all()
    deadlines = {
        row[0]: make_deadline(row[1], row[2], row[3], row[4], row[5]) for row in session.execute(scoped(select(
            NodeDeadline.node_id, NodeDeadline.kind, NodeDeadline.phrase, NodeDeadline.params,
            NodeDeadline.override_date, NodeDeadline.trigger_date), NodeDeadline.node_id))
    }
    assignees = _assignees(session, scoped(select(
        Assignment.node_id, Assignment.role, Assignment.agency_id, Assignment.group_id, Assignment.mention)
        .order_by(Assignment.node_id, Assignment.role, Assignment.position), Assignment.node_id))
    latest = _latest_progress(session, scoped(select(
        ProgressUpdate.node_id, ProgressUpdate.agency_id, ProgressUpdate.status, ProgressUpdate.percent,
        ProgressUpdate.reported_on, ProgressUpdate.done_on).where(ProgressUpdate.reported_on <= as_of)
        .order_by(ProgressUpdate.reported_on, ProgressUpdate.id), ProgressUpdate.node_id))

    children: dict[tuple[int, int | None], list[Any]] = defaultdict(list)
    for row in nodes:
        children[(row.plan_id, row.parent_id)].append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: (r.position, r.id))

    result: dict[int, list[NodeView]] = {}

    def walk(plan_id: int, parent: int | None, depth: int, out: list[NodeView]) -> None:
        for row in children.get((plan_id, parent), ()):
            deadline = deadlines.get(row.id)
            node_assignees = tuple(assignees.get(row.id, ()))
            state = percent = None
            if row.kind == "task":
                progress = [latest.get((row.id, agency)) for agency in lead_agency_ids(node_assignees)]
                # Occurrences of a recurring deadline before the plan was issued are not owed.
                state = derive_state(deadline or NO_DEADLINE, progress, as_of, since=issued.get(plan_id))
                percent = _mean_percent(progress)
            out.append(NodeView(
                id=row.id, plan_id=row.plan_id, parent_id=row.parent_id, position=row.position, depth=depth,
                label=row.label, kind=row.kind, text=row.text, assignees=node_assignees, deadline=deadline,
                due_date=current_due(deadline, as_of), state=state, percent=percent, version=row.version,
            ))
            walk(plan_id, row.id, depth + 1, out)

    for plan_id in sorted({row.plan_id for row in nodes}):
        result[plan_id] = []
        walk(plan_id, None, 0, result[plan_id])
    return result


def lead_agency_ids(assignees: Sequence[AssigneeView]) -> list[int]:
    """Agencies that each owe progress as lead: single agencies plus every member of a lead group."""
    seen: dict[int, None] = {}
    for a in assignees:
        if a.role != "lead":
            continue
        for agency in ((a.agency_id,) if a.agency_id is not None else a.member_ids):
            seen.setdefault(agency, None)
    return list(seen)


def _assignees(session: Session, query: Any) -> dict[int, list[AssigneeView]]:
    members = group_members(session)
    agency_names = {k: v for k, v in session.execute(select(Agency.id, Agency.name))}
    group_names = {k: v for k, v in session.execute(select(AgencyGroup.id, AgencyGroup.name))}
    out: dict[int, list[AssigneeView]] = defaultdict(list)
    for node_id, role, agency_id, group_id, mention in session.execute(query):
        if agency_id is not None:
            out[node_id].append(AssigneeView(role, agency_names.get(agency_id, "?"), agency_id=agency_id,
                                             mention=mention))
        else:
            out[node_id].append(AssigneeView(role, group_names.get(group_id, "?"), group_id=group_id,
                                             mention=mention, member_ids=members.get(group_id, ())))
    return out


def _latest_progress(session: Session, query: Any) -> dict[tuple[int, int], AgencyProgress]:
    latest: dict[tuple[int, int], AgencyProgress] = {}
    for node_id, agency_id, status, percent, reported_on, done_on in session.execute(query):
        latest[(node_id, agency_id)] = AgencyProgress(
            agency_id=agency_id, status=ProgressStatus(status), percent=percent,
            reported_on=reported_on, done_on=done_on)
    return latest


def _mean_percent(progress: list[AgencyProgress | None]) -> int | None:
    values = [100 if p.status == ProgressStatus.DONE else (p.percent or 0) for p in progress if p is not None]
    if not progress or not values:
        return None
    return round(sum(values) / len(progress))
