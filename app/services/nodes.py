"""Editing a plan's outline: add, edit, move, delete (with a restorable snapshot for undo),
assignments and deadlines of a node."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.domain.deadline_phrases import parse_deadline
from app.domain.roles import Permission
from app.domain.text import collapse_spaces, fold
from app.errors import InputError
from app.models import Agency, AgencyGroup, Assignment, NodeDeadline, Plan, PlanNode, ProgressUpdate, Target
from app.services.base import Service

NODE_KINDS = ("section", "task", "target", "text")


@dataclass(frozen=True)
class AssigneeSpec:
    """What the editor asks for: an agency or a group, as lead or support."""

    role: str
    agency_id: int | None = None
    group_id: int | None = None
    mention: str | None = None


@dataclass(frozen=True)
class DeletedSubtree:
    """Everything a delete removed, so undo can put it back with the same ids."""

    plan_id: int
    parent_id: int | None
    position: int
    rows: dict[str, list[dict[str, Any]]]
    target_links: list[tuple[int, int]]


# Tables whose rows hang off a node and come back on restore, in insertion order.
_SUBTREE_TABLES = (PlanNode, NodeDeadline, Assignment, ProgressUpdate)


class NodeService(Service):
    def add(self, plan_id: int, parent_id: int | None, position: int | None, *, label: str = "",
            kind: str = "task", text: str = "") -> int:
        """Add an outline node under `parent_id` at `position` (None: last), renumbering its siblings; returns the
        new node's id."""
        self.require(Permission.EDIT_PLANS)
        _check_kind(kind)
        with self.db.session() as s:
            self.get(s, Plan, plan_id)
            if parent_id is not None:
                _check_parent(self.get(s, PlanNode, parent_id), plan_id)
            siblings = _siblings(s, plan_id, parent_id)
            position = len(siblings) if position is None else max(0, min(position, len(siblings)))
            node = PlanNode(plan_id=plan_id, parent_id=parent_id, position=position, label=label.strip(),
                            kind=kind, text=text.strip(), text_folded=fold(text))
            siblings.insert(position, node)
            s.add(node)
            _renumber(siblings)
            s.flush()
            self.audit(s, "create", node, new=text[:200])
            return node.id

    def labels_from_top(self, node_id: int) -> list[str]:
        """The labels of the node and its sections, from the plan's top (`["II", "6"]`): what names a task whose own
        label (`6`) several sections share (`app.domain.text.path_label`)."""
        labels: list[str] = []
        with self.db.session() as s:
            node: PlanNode | None = self.get(s, PlanNode, node_id)
            while node is not None:
                labels.append(node.label)
                node = s.get(PlanNode, node.parent_id) if node.parent_id is not None else None
        return labels[::-1]

    def update(self, node_id: int, version: int | None, **changes: object) -> int:
        """Edit a node as read at `version` (a stale edit is refused with who changed it and when);
        returns the new version. The window always sends one, its undo and redo too (the version
        the previous step left: `app.ui.task.undo_commands`); None skips the check, for scripts
        and tests only."""
        self.require(Permission.EDIT_PLANS)
        if "kind" in changes:
            _check_kind(str(changes["kind"]))
        for key in ("label", "text"):
            if key in changes:
                changes[key] = collapse_spaces(str(changes[key] or "")) if key == "label" else str(changes[key]).strip()
        with self.db.session() as s:
            node = self.get(s, PlanNode, node_id)
            if version is not None:
                self.check_version(s, node, version)
            self.apply_changes(s, node, changes, ("label", "kind", "text"))
            node.text_folded = fold(node.text)
            s.flush()
            return node.version

    def move(self, node_id: int, new_parent_id: int | None, new_position: int) -> None:
        """Reorder among siblings or move under another parent of the same plan."""
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            node = self.get(s, PlanNode, node_id)
            if new_parent_id is not None:
                parent = self.get(s, PlanNode, new_parent_id)
                _check_parent(parent, node.plan_id)
                if new_parent_id in _subtree_ids(s, node.id):
                    raise InputError("Không thể chuyển một mục vào bên trong chính nó.")
            old_siblings = [n for n in _siblings(s, node.plan_id, node.parent_id) if n.id != node.id]
            _renumber(old_siblings)
            new_siblings = [n for n in _siblings(s, node.plan_id, new_parent_id) if n.id != node.id]
            new_position = max(0, min(new_position, len(new_siblings)))
            new_siblings.insert(new_position, node)
            old_parent = node.parent_id
            node.parent_id = new_parent_id
            _renumber(new_siblings)
            self.audit(s, "move", node, "parent_id", old_parent, new_parent_id)

    def delete(self, node_id: int) -> DeletedSubtree:
        """Delete a node and everything under it; the returned snapshot lets undo restore it."""
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            node = self.get(s, PlanNode, node_id)
            ids = _subtree_ids(s, node_id)
            rows = {model.__tablename__: [_row_dict(r) for r in s.scalars(
                select(model).where(_node_key(model).in_(ids)))] for model in _SUBTREE_TABLES}
            links = [(t, n) for t, n in s.execute(select(Target.id, Target.node_id).where(Target.node_id.in_(ids)))
                     if n is not None]
            snapshot = DeletedSubtree(node.plan_id, node.parent_id, node.position, rows, links)
            self.audit(s, "delete", node, old=node.text[:200])
            s.delete(node)
            s.flush()
            _renumber(_siblings(s, snapshot.plan_id, snapshot.parent_id))
            return snapshot

    def restore(self, snapshot: DeletedSubtree) -> None:
        """Put back a subtree removed by `delete` (undo), with its ids, assignments, deadlines and progress, and the
        targets that pointed into it."""
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            siblings = _siblings(s, snapshot.plan_id, snapshot.parent_id)
            for sibling in siblings[snapshot.position:]:
                sibling.position += 1
            s.flush()
            nodes = sorted(snapshot.rows[PlanNode.__tablename__], key=lambda r: _depth(r, snapshot.rows))
            s.execute(insert(PlanNode), nodes)
            for model in _SUBTREE_TABLES[1:]:
                if snapshot.rows[model.__tablename__]:
                    s.execute(insert(model), snapshot.rows[model.__tablename__])
            for target_id, node_id in snapshot.target_links:
                s.execute(update(Target).where(Target.id == target_id).values(node_id=node_id))
            root = s.get(PlanNode, nodes[0]["id"])
            if root is not None:
                self.audit(s, "restore", root, new=root.text[:200])

    def set_assignments(self, node_id: int, assignees: list[AssigneeSpec]) -> None:
        """Replace the node's lead and supporting assignees (each one agency or one group, which must exist), in the
        given order; the old list is audited."""
        self.require(Permission.EDIT_PLANS)
        with self.db.session() as s:
            node = self.get(s, PlanNode, node_id)
            old = ", ".join(f"{a.role}:{a.agency_id or 'g' + str(a.group_id)}" for a in node.assignments)
            node.assignments.clear()
            s.flush()
            for position, spec in enumerate(assignees):
                if spec.role not in ("lead", "support") or (spec.agency_id is None) == (spec.group_id is None):
                    raise InputError("Mỗi phân công cần đúng một cơ quan hoặc một nhóm, vai trò chủ trì hoặc phối hợp.")
                if spec.agency_id is not None:
                    self.get(s, Agency, spec.agency_id)
                else:
                    self.get(s, AgencyGroup, spec.group_id)  # type: ignore[arg-type]
                node.assignments.append(Assignment(role=spec.role, agency_id=spec.agency_id,
                                                   group_id=spec.group_id, mention=spec.mention, position=position))
            new = ", ".join(f"{a.role}:{a.agency_id or 'g' + str(a.group_id)}" for a in assignees)
            if old != new:
                self.audit(s, "update", node, "assignments", old, new)

    def set_deadline(self, node_id: int, phrase: str, *, override: date | None = None,
                     trigger: date | None = None) -> None:
        """Store the phrase as printed and what it means; an empty phrase and no override clears it."""
        self.require(Permission.EDIT_PLANS)
        phrase = collapse_spaces(phrase or "")
        with self.db.session() as s:
            node = self.get(s, PlanNode, node_id)
            row = s.scalar(select(NodeDeadline).where(NodeDeadline.node_id == node_id))
            old = row.phrase if row else None
            if not phrase and override is None:
                if row is not None:
                    s.delete(row)
                    self.audit(s, "update", node, "deadline", old, None)
                return
            plan_year = node.plan.issued_on.year if node.plan.issued_on else None
            meaning = parse_deadline(phrase, plan_year=plan_year) if phrase else None
            if row is None:
                row = NodeDeadline(node_id=node_id)
                s.add(row)
            row.phrase = phrase
            row.kind = meaning.kind.value if meaning else "date"
            row.params = meaning.to_dict() if meaning else {}
            row.override_date = override
            row.trigger_date = trigger
            self.audit(s, "update", node, "deadline", old, f"{phrase} | {override or ''} | {trigger or ''}")


def _check_kind(kind: str) -> None:
    if kind not in NODE_KINDS:
        raise InputError("Loại mục không hợp lệ (phần, nhiệm vụ, chỉ tiêu hoặc đoạn văn).")


def _check_parent(parent: PlanNode, plan_id: int) -> None:
    if parent.plan_id != plan_id:
        raise InputError("Mục cha thuộc một kế hoạch khác.")


def _siblings(s: Session, plan_id: int, parent_id: int | None) -> list[PlanNode]:
    parent_clause = PlanNode.parent_id.is_(None) if parent_id is None else PlanNode.parent_id == parent_id
    return list(s.scalars(select(PlanNode).where(PlanNode.plan_id == plan_id, parent_clause)
                          .order_by(PlanNode.position, PlanNode.id)))


def _renumber(siblings: list[PlanNode]) -> None:
    for index, node in enumerate(siblings):
        if node.position != index:
            node.position = index


def _subtree_ids(s: Session, root_id: int) -> set[int]:
    ids, frontier = {root_id}, [root_id]
    while frontier:
        frontier = list(s.scalars(select(PlanNode.id).where(PlanNode.parent_id.in_(frontier))))
        ids.update(frontier)
    return ids


def _node_key(model: Any) -> Any:
    """The column tying a subtree table's rows to a node."""
    return model.id if model is PlanNode else model.node_id


def _row_dict(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def _depth(row: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> int:
    parents = {r["id"]: r["parent_id"] for r in rows[PlanNode.__tablename__]}
    depth, current = 0, row["parent_id"]
    while current in parents:
        depth, current = depth + 1, parents[current]
    return depth
