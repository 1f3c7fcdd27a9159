"""Derived task states at an as-of date, and the set-based loaders behind them.

Shared by the tree view, the calendar and the reports, so all three agree on what "overdue"
means. Plain column queries (no ORM objects), scoped either to whole plans or to a list of nodes,
so any number of plans costs a handful of queries: a plan can have 2,000 nodes and the office
200 plans.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Text, bindparam, cast, func, select
from sqlalchemy.orm import Session

from app.domain.deadlines import Deadline, DeadlineKind, last_due_on_or_before, next_due
from app.domain.task_state import AgencyProgress, ProgressStatus, TaskState, derive_state
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
CHUNK = 800  # below SQLite's bound-parameter limit (999 on old builds)

# A scope turns a query over a node-keyed table into the queries restricted to what is wanted.
Scope = Callable[[Any, Any], Iterable[Any]]


def plan_scope(plan_ids: Sequence[int] | None) -> Scope:
    """Rows of the given plans (None = every plan)."""
    def apply(query: Any, node_column: Any) -> Iterable[Any]:
        if plan_ids is None:
            return [query]
        return [query.join(PlanNode, PlanNode.id == node_column).where(PlanNode.plan_id.in_(plan_ids))]
    return apply


def node_scope(node_ids: Sequence[int]) -> Scope:
    """Rows of the given nodes, in chunks of CHUNK ids.

    The ids are written into the SQL as numbers (`literal_execute`), not bound one parameter
    each: a month of the calendar names several hundred nodes, and on PostgreSQL hundreds of
    parameters cost more than the query (SQLAlchemy renders each placeholder, psycopg re-parses
    the statement and prepares it anew for every list length). They are our own integer ids."""
    ids = [int(i) for i in node_ids]

    def apply(query: Any, node_column: Any) -> Iterable[Any]:
        return [query.where(node_column.in_(bindparam("node_ids", ids[i:i + CHUNK], expanding=True,
                                                      literal_execute=True)))
                for i in range(0, len(ids), CHUNK)]
    return apply


def make_deadline(kind: str, phrase: str, params: dict[str, Any] | str | None, override: date | None,
                  trigger: date | None) -> Deadline:
    """The domain deadline of a stored row: its parsed meaning plus the clerk's override/trigger.

    `params` may be the stored JSON text: plans repeat the same phrases (`Thường xuyên`, `trong
    năm 2021 và các năm tiếp theo`), so decoding is memoised on the text.
    """
    if isinstance(params, str):
        return _deadline_from_text(kind, phrase, params, override, trigger)
    data: dict[str, Any] = dict(params) if params else {"kind": kind, "phrase": phrase}
    data["override"] = override.isoformat() if override else None
    data["trigger"] = trigger.isoformat() if trigger else None
    return Deadline.from_dict(data)


@lru_cache(maxsize=4096)
def _deadline_from_text(kind: str, phrase: str, params: str, override: date | None,
                        trigger: date | None) -> Deadline:
    decoded = json.loads(params) if params else None
    return make_deadline(kind, phrase, decoded if isinstance(decoded, dict) else None, override, trigger)


def current_due(deadline: Deadline | None, as_of: date) -> date | None:
    """The due date that matters at `as_of`: the next one, else the last one that passed."""
    if deadline is None:
        return None
    return _current_due(deadline, as_of)


def missed_due(deadline: Deadline | None, state: TaskState | None, as_of: date) -> date | None:
    """The occurrence an overdue recurring task missed (its state is judged by it: a yearly task seen on
    05/12/2026 that missed 15/12/2025), None otherwise. Shown beside `Quá hạn` instead of the next
    occurrence, which read "overdue, due next year?"."""
    if state is not TaskState.IN_PROGRESS_OVERDUE or deadline is None or not deadline.is_recurring:
        return None
    return last_due_on_or_before(deadline, as_of - timedelta(days=1))


@lru_cache(maxsize=4096)
def _current_due(deadline: Deadline, as_of: date) -> date | None:
    return next_due(deadline, as_of - timedelta(days=1)) or last_due_on_or_before(deadline, as_of)


def task_state(deadline: Deadline | None, assignees: Sequence[AssigneeView],
               latest: dict[tuple[int, int], AgencyProgress], node_id: int, as_of: date,
               issued_on: date | None) -> tuple[TaskState, int | None]:
    """State and mean percent of one task from its lead agencies' latest progress."""
    progress = [latest.get((node_id, agency)) for agency in lead_agency_ids(assignees)]
    # Occurrences of a recurring deadline before the plan was issued are not owed.
    state = derive_state(deadline or NO_DEADLINE, progress, as_of, since=issued_on)
    return state, _mean_percent(progress)


def group_members(session: Session) -> dict[int, tuple[int, ...]]:
    """Every group's member agencies, to count a group's task for each member."""
    members: dict[int, list[int]] = defaultdict(list)
    for group_id, agency_id in session.execute(select(AgencyGroupMember.group_id, AgencyGroupMember.agency_id)):
        members[group_id].append(agency_id)
    return {k: tuple(v) for k, v in members.items()}


# The stored JSON as text on both engines (SQLite keeps text; PostgreSQL's driver would decode
# every row into a new dict): `make_deadline` then decodes each distinct phrase once.
PARAMS_TEXT = cast(NodeDeadline.params, Text)


def load_deadlines(session: Session, scope: Scope) -> dict[int, Deadline]:
    """The parsed deadlines of the nodes in `scope`, by node id, as the task states are derived from them."""
    query = select(NodeDeadline.node_id, NodeDeadline.kind, NodeDeadline.phrase, PARAMS_TEXT,
                   NodeDeadline.override_date, NodeDeadline.trigger_date)
    return {row[0]: make_deadline(row[1], row[2], row[3], row[4], row[5])
            for q in scope(query, NodeDeadline.node_id) for row in session.execute(q)}


def load_assignees(session: Session, scope: Scope) -> dict[int, list[AssigneeView]]:
    """Every node's lead and support entries; a group entry carries its member agencies.

    The names come joined to the assignments (not from two more full-table reads): each query is
    a round trip to a server, and the calendar asks for this on every month it shows."""
    query = (select(Assignment.node_id, Assignment.role, Assignment.agency_id, Assignment.group_id, Assignment.mention,
                    Agency.name, AgencyGroup.name)
             .outerjoin(Agency, Agency.id == Assignment.agency_id)
             .outerjoin(AgencyGroup, AgencyGroup.id == Assignment.group_id)
             .order_by(Assignment.node_id, Assignment.role, Assignment.position))
    out: dict[int, list[AssigneeView]] = defaultdict(list)
    members: dict[int, tuple[int, ...]] | None = None
    for q in scope(query, Assignment.node_id):
        for node_id, role, agency_id, group_id, mention, agency_name, group_name in session.execute(q):
            if agency_id is not None:
                out[node_id].append(AssigneeView(role, agency_name or "?", agency_id=agency_id, mention=mention))
            else:
                if members is None:  # only when a group is assigned
                    members = group_members(session)
                out[node_id].append(AssigneeView(role, group_name or "?", group_id=group_id, mention=mention,
                                                 member_ids=members.get(group_id, ())))
    return out


def load_latest_progress(session: Session, scope: Scope, as_of: date) -> dict[tuple[int, int], AgencyProgress]:
    """Each (node, agency)'s latest update reported on or before `as_of`, picked in SQL (a window
    function) rather than by reading five years of history into Python."""
    rank = func.row_number().over(
        partition_by=(ProgressUpdate.node_id, ProgressUpdate.agency_id),
        order_by=(ProgressUpdate.reported_on.desc(), ProgressUpdate.id.desc()),
    ).label("rank")
    query = select(ProgressUpdate.node_id, ProgressUpdate.agency_id, ProgressUpdate.status, ProgressUpdate.percent,
                   ProgressUpdate.reported_on, ProgressUpdate.done_on, rank).where(ProgressUpdate.reported_on <= as_of)
    latest: dict[tuple[int, int], AgencyProgress] = {}
    for q in scope(query, ProgressUpdate.node_id):
        ranked = q.subquery()
        for node_id, agency_id, status, percent, reported_on, done_on, _rank in session.execute(
                select(ranked).where(ranked.c.rank == 1)):
            latest[(node_id, agency_id)] = AgencyProgress(
                agency_id=agency_id, status=ProgressStatus(status), percent=percent,
                reported_on=reported_on, done_on=done_on)
    return latest


def load_node_views(session: Session, plan_id: int, as_of: date) -> list[NodeView]:
    """Every node of one plan in document order (depth-first by position), with its state."""
    return load_plans_node_views(session, [plan_id], as_of).get(plan_id, [])


def load_plans_node_views(session: Session, plan_ids: Sequence[int] | None, as_of: date) -> dict[int, list[NodeView]]:
    """`load_node_views` for many plans (None = all) in the same few queries."""
    scope = plan_scope(plan_ids)
    plans = select(Plan.id, Plan.issued_on)
    issued = {k: v for k, v in session.execute(plans if plan_ids is None else plans.where(Plan.id.in_(plan_ids)))}
    node_query = select(PlanNode.id, PlanNode.plan_id, PlanNode.parent_id, PlanNode.position, PlanNode.label,
                        PlanNode.kind, PlanNode.text, PlanNode.version)
    if plan_ids is not None:
        node_query = node_query.where(PlanNode.plan_id.in_(plan_ids))
    nodes = session.execute(node_query).all()
    deadlines = load_deadlines(session, scope)
    assignees = load_assignees(session, scope)
    latest = load_latest_progress(session, scope, as_of)

    children: dict[tuple[int, int | None], list[Any]] = defaultdict(list)
    for row in nodes:
        children[(row.plan_id, row.parent_id)].append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: (r.position, r.id))

    def walk(plan_id: int, parent: int | None, depth: int, out: list[NodeView]) -> None:
        for row in children.get((plan_id, parent), ()):
            deadline = deadlines.get(row.id)
            node_assignees = tuple(assignees.get(row.id, ()))
            state = percent = None
            if row.kind == "task":
                state, percent = task_state(deadline, node_assignees, latest, row.id, as_of, issued.get(plan_id))
            out.append(NodeView(
                id=row.id, plan_id=row.plan_id, parent_id=row.parent_id, position=row.position, depth=depth,
                label=row.label, kind=row.kind, text=row.text, assignees=node_assignees, deadline=deadline,
                due_date=current_due(deadline, as_of), state=state, percent=percent, version=row.version,
                missed_due=missed_due(deadline, state, as_of),
            ))
            walk(plan_id, row.id, depth + 1, out)

    result: dict[int, list[NodeView]] = {}
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


def _mean_percent(progress: list[AgencyProgress | None]) -> int | None:
    values = [100 if p.status == ProgressStatus.DONE else (p.percent or 0) for p in progress if p is not None]
    if not progress or not values:
        return None
    return round(sum(values) / len(progress))
