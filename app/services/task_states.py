"""Load a plan's outline with every task's derived state at an as-of date.

Shared by the tree view, the calendar and the reports, so all three agree on what "overdue"
means. A few set-based queries per plan, never one query per node: a plan can have 2,000 nodes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.deadlines import Deadline, DeadlineKind, last_due_on_or_before, next_due
from app.domain.task_state import AgencyProgress, ProgressStatus, derive_state
from app.models import Agency, AgencyGroup, AgencyGroupMember, Assignment, NodeDeadline, PlanNode, ProgressUpdate
from app.services.views import AssigneeView, NodeView

NO_DEADLINE = Deadline(kind=DeadlineKind.UNKNOWN)


def deadline_of(row: NodeDeadline | None) -> Deadline | None:
    if row is None:
        return None
    deadline = Deadline.from_dict(dict(row.params)) if row.params else Deadline(
        kind=DeadlineKind(row.kind), phrase=row.phrase)
    return deadline.with_override(row.override_date).with_trigger(row.trigger_date)


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
    """Every node of the plan in document order (depth-first by position), with its state."""
    nodes = session.scalars(select(PlanNode).where(PlanNode.plan_id == plan_id)).all()
    node_ids = [n.id for n in nodes]
    deadlines = {
        d.node_id: d for d in session.scalars(
            select(NodeDeadline).join(PlanNode, PlanNode.id == NodeDeadline.node_id).where(PlanNode.plan_id == plan_id))
    }
    members = group_members(session)
    agency_names = {k: v for k, v in session.execute(select(Agency.id, Agency.name))}
    group_names = {k: v for k, v in session.execute(select(AgencyGroup.id, AgencyGroup.name))}
    assignees: dict[int, list[AssigneeView]] = defaultdict(list)
    rows = session.scalars(
        select(Assignment).join(PlanNode, PlanNode.id == Assignment.node_id)
        .where(PlanNode.plan_id == plan_id).order_by(Assignment.node_id, Assignment.role, Assignment.position)
    )
    for a in rows:
        if a.agency_id is not None:
            view = AssigneeView(a.role, agency_names.get(a.agency_id, "?"), agency_id=a.agency_id, mention=a.mention)
        else:
            assert a.group_id is not None
            view = AssigneeView(a.role, group_names.get(a.group_id, "?"), group_id=a.group_id, mention=a.mention,
                                member_ids=members.get(a.group_id, ()))
        assignees[a.node_id].append(view)
    latest = _latest_progress(session, plan_id, as_of) if node_ids else {}

    children: dict[int | None, list[PlanNode]] = defaultdict(list)
    for node in nodes:
        children[node.parent_id].append(node)
    for siblings in children.values():
        siblings.sort(key=lambda n: (n.position, n.id))

    views: list[NodeView] = []

    def walk(parent: int | None, depth: int) -> None:
        for node in children.get(parent, []):
            deadline = deadline_of(deadlines.get(node.id))
            node_assignees = tuple(assignees.get(node.id, ()))
            state = percent = None
            if node.kind == "task":
                leads = lead_agency_ids(node_assignees)
                progress = [latest.get((node.id, agency)) for agency in leads]
                state = derive_state(deadline or NO_DEADLINE, progress, as_of)
                percent = _mean_percent(progress)
            views.append(NodeView(
                id=node.id, plan_id=node.plan_id, parent_id=node.parent_id, position=node.position, depth=depth,
                label=node.label, kind=node.kind, text=node.text, assignees=node_assignees, deadline=deadline,
                due_date=current_due(deadline, as_of), state=state, percent=percent, version=node.version,
            ))
            walk(node.id, depth + 1)

    walk(None, 0)
    return views


def lead_agency_ids(assignees: tuple[AssigneeView, ...]) -> list[int]:
    """Agencies that each owe progress as lead: single agencies plus every member of a lead group."""
    seen: dict[int, None] = {}
    for a in assignees:
        if a.role != "lead":
            continue
        for agency in ((a.agency_id,) if a.agency_id is not None else a.member_ids):
            seen.setdefault(agency, None)
    return list(seen)


def _latest_progress(session: Session, plan_id: int, as_of: date) -> dict[tuple[int, int], AgencyProgress]:
    rows = session.execute(
        select(ProgressUpdate.node_id, ProgressUpdate.agency_id, ProgressUpdate.status, ProgressUpdate.percent,
               ProgressUpdate.reported_on, ProgressUpdate.done_on)
        .join(PlanNode, PlanNode.id == ProgressUpdate.node_id)
        .where(PlanNode.plan_id == plan_id, ProgressUpdate.reported_on <= as_of)
        .order_by(ProgressUpdate.reported_on, ProgressUpdate.id)
    )
    latest: dict[tuple[int, int], AgencyProgress] = {}
    for node_id, agency_id, status, percent, reported_on, done_on in rows:
        latest[(node_id, agency_id)] = AgencyProgress(
            agency_id=agency_id, status=ProgressStatus(status), percent=percent,
            reported_on=reported_on, done_on=done_on)
    return latest


def _mean_percent(progress: list[AgencyProgress | None]) -> int | None:
    values = [100 if p.status == ProgressStatus.DONE else (p.percent or 0) for p in progress if p is not None]
    if not progress or not values:
        return None
    return round(sum(values) / len(progress))
