"""Replacing a stored plan by its amended document, in place: what is kept, what is lost.

Why in place: an office re-imports a plan when the issuer amends it, and years of agency progress,
report documents and target measurements hang off the stored outline. Deleting the old plan and
storing the new one lost every row of it. Instead the old and new outlines are matched
(`app.domain.outline_match`): matched nodes keep their ids — so progress, deadline overrides and
triggers, and the audit history stay attached — while their text, label, place, assignments and
deadline come from the new document. Targets are matched the same way and keep their
measurements; the plan's agency reports belong to the plan and stay. Only old nodes and targets
without a counterpart are removed, and those carrying data are listed before anything changes
(`ReplacementPreview`), so the clerk sees what goes into the automatic backup.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.domain.outline_match import OutlineItem, match_outlines
from app.importers.result import ImportedNode, ImportedPlan
from app.models import (
    Agency,
    AgencyGroup,
    AgencyReport,
    Assignment,
    Measurement,
    NodeDeadline,
    Plan,
    PlanNode,
    ProgressUpdate,
    Target,
)

SHOWN_LOST = 30  # lines of the lost list shown in a message; the counts cover the rest
SHOWN_CHANGES = 25  # lines of the list of added, removed and changed tasks shown in a message


@dataclass(frozen=True)
class LostItem:
    """An old node or target with no counterpart in the new document that carries data."""

    kind: str  # "node" or "target"
    label: str  # label path, `II › 3 › a`
    text: str
    progress: int = 0
    measurements: int = 0
    deadline_override: bool = False

    @property
    def line(self) -> str:
        what = "Mục" if self.kind == "node" else "Chỉ tiêu"
        data = []
        if self.progress:
            data.append(f"{self.progress} báo cáo tiến độ")
        if self.measurements:
            data.append(f"{self.measurements} số đo")
        if self.deadline_override:
            data.append("thời hạn đã điều chỉnh")
        label = f"{self.label} " if self.label else ""
        text = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"{what} {label}“{text}”: {', '.join(data)}"


@dataclass
class ReplacementPreview:
    """What replacing the stored plan with the new document keeps and loses (nothing changed yet)."""

    plan_id: int
    plan_label: str
    nodes_kept: int = 0  # every outline row: tasks, headings, paragraphs
    nodes_added: int = 0
    nodes_removed: int = 0
    tasks_kept: int = 0  # the rows of kind task among them (the figure the header gives)
    tasks_added: int = 0
    tasks_removed: int = 0
    targets_kept: int = 0
    targets_added: int = 0
    targets_removed: int = 0
    progress_kept: int = 0
    progress_lost: int = 0
    measurements_kept: int = 0
    measurements_lost: int = 0
    overrides_kept: int = 0
    overrides_lost: int = 0
    agency_reports: int = 0
    lost: list[LostItem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # task by task: added, removed, changed (what)

    @property
    def counts(self) -> str:
        """One line of figures, also what the audit log records. Tasks and the other outline rows
        are counted apart: one "mục" figure counting headings too (150) beside the plan's task
        count (148) read as two counts of the same thing. A kind of data the plan holds none of
        (`số đo chỉ tiêu: giữ 0, mất 0`) is left out: six zero groups buried the figures that mattered."""
        groups = [
            ("nhiệm vụ", (("giữ", self.tasks_kept), ("thêm", self.tasks_added), ("bỏ", self.tasks_removed)), True),
            ("đề mục/đoạn văn", (("giữ", self.nodes_kept - self.tasks_kept),
                                 ("thêm", self.nodes_added - self.tasks_added),
                                 ("bỏ", self.nodes_removed - self.tasks_removed)), True),
            ("chỉ tiêu", (("giữ", self.targets_kept), ("thêm", self.targets_added), ("bỏ", self.targets_removed)),
             False),
            ("báo cáo tiến độ", (("giữ", self.progress_kept), ("mất", self.progress_lost)), False),
            ("số đo chỉ tiêu", (("giữ", self.measurements_kept), ("mất", self.measurements_lost)), False),
            ("thời hạn đã điều chỉnh", (("giữ", self.overrides_kept), ("mất", self.overrides_lost)), False),
            ("báo cáo định kỳ", (("giữ", self.agency_reports),), False),
        ]
        return "; ".join(f"{name}: " + ", ".join(f"{word} {n}" for word, n in figures)
                         for name, figures, always in groups if always or any(n for _, n in figures))

    def lines(self, limit: int | None = SHOWN_LOST) -> list[str]:
        """The message: the figures, then the unmatched items that carry data."""
        out = [f"Thay thế kế hoạch {self.plan_label} (mã {self.plan_id}) — {self.counts}."]
        if self.changes:
            out.append(f"Nhiệm vụ thay đổi theo văn bản mới ({len(self.changes)}):")
            shown_changes = self.changes if limit is None else self.changes[:min(limit, SHOWN_CHANGES)]
            out += [f"  - {line}" for line in shown_changes]
            if len(shown_changes) < len(self.changes):
                out.append(f"  … và {len(self.changes) - len(shown_changes)} thay đổi khác.")
        else:
            out.append("Nội dung, cơ quan và thời hạn các nhiệm vụ không đổi.")
        if not self.lost:
            out.append("Không có dữ liệu nào bị mất: mọi mục có dữ liệu đều khớp với văn bản mới.")
            return out
        out.append(f"Các mục/chỉ tiêu cũ không còn trong văn bản mới mà có dữ liệu ({len(self.lost)}):")
        shown = self.lost if limit is None else self.lost[:limit]
        out += [f"  - {item.line}" for item in shown]
        if len(shown) < len(self.lost):
            out.append(f"  … và {len(self.lost) - len(shown)} mục khác.")
        return out

    @property
    def text(self) -> str:
        return "\n".join(self.lines())


@dataclass
class Replacement:
    """The matching of one stored plan with one new document, ready to apply."""

    old: Plan
    node_reuse: dict[int, PlanNode]  # id(ImportedNode) → the stored node it continues
    removed_nodes: list[PlanNode]
    target_reuse: dict[int, Target]  # index in ImportedPlan.targets → the stored target it continues
    removed_targets: list[Target]
    preview: ReplacementPreview

    def remove_unmatched(self, s: Session) -> None:
        """Delete the old nodes and targets without counterpart — after the kept nodes have been
        moved under their new parents (a removed parent's delete cascades to its children)."""
        s.flush()
        for rows, model in ((self.removed_targets, Target), (self.removed_nodes, PlanNode)):
            ids = [r.id for r in rows]
            for start in range(0, len(ids), 500):
                s.execute(delete(model).where(model.id.in_(ids[start:start + 500])),  # type: ignore[attr-defined]
                          execution_options={"synchronize_session": False})
            for r in rows:
                s.expunge(r)


def plan_label(plan: Plan) -> str:
    """How a plan is named in messages: its number, else the start of its title."""
    return plan.number or f"“{plan.title[:60]}”"


def match_replacement(s: Session, old: Plan, plan: ImportedPlan) -> Replacement:
    """Match the stored plan `old` with the new document; counts what is kept and lost."""
    stored = list(s.scalars(select(PlanNode).where(PlanNode.plan_id == old.id)))
    old_items, old_paths = stored_outline(stored)
    new_nodes = list(plan.walk())
    new_items = [OutlineItem(i, path, n.kind, n.text or "") for i, (n, path) in enumerate(new_outline(plan))]
    pairs = _given_pairs(old_items, new_nodes) or match_outlines(old_items, new_items)
    by_id = {n.id: n for n in stored}
    node_reuse = {id(new_nodes[j]): by_id[i] for i, j in pairs.items()}
    removed_nodes = [by_id[item.key] for item in old_items if item.key not in pairs]

    targets = list(s.scalars(select(Target).where(Target.plan_id == old.id).order_by(Target.position, Target.id)))
    target_pairs = match_outlines(
        [OutlineItem(t.id, tuple(t.path or ()), "target", t.indicator) for t in targets],
        [OutlineItem(i, tuple(t.path), "target", t.indicator) for i, t in enumerate(plan.targets)])
    by_target = {t.id: t for t in targets}
    target_reuse = {j: by_target[i] for i, j in target_pairs.items()}
    removed_targets = [t for t in targets if t.id not in target_pairs]

    preview = ReplacementPreview(plan_id=old.id, plan_label=plan_label(old))
    _count(s, old, preview, pairs, old_items, old_paths, by_id, new_count=len(new_items))
    _count_tasks(preview, pairs, old_items, new_items)
    preview.changes = _task_changes(s, pairs, old_items, old_paths, new_outline(plan))
    _count_targets(s, preview, targets, target_pairs, new_count=len(plan.targets))
    return Replacement(old, node_reuse, removed_nodes, target_reuse, removed_targets, preview)


def _given_pairs(old_items: list[OutlineItem], new_nodes: list[ImportedNode]) -> dict[int, int]:
    """Stored id → index in `new_nodes` as the replace review gave them (`ImportedNode.stored_id`): the review
    started from the stored plan, so each row it kept names its row; a row split off or typed in has none and is
    new. Empty when no row names one of this plan's nodes (a document read afresh: matched by similarity)."""
    known = {item.key for item in old_items}
    pairs: dict[int, int] = {}
    for index, node in enumerate(new_nodes):
        if node.stored_id is not None and node.stored_id in known and node.stored_id not in pairs:
            pairs[node.stored_id] = index
    return pairs


def stored_outline(stored: list[PlanNode]) -> tuple[list[OutlineItem], dict[int, tuple[str, ...]]]:
    """The stored nodes in document order (depth first by position) with their label paths."""
    children: dict[int | None, list[PlanNode]] = defaultdict(list)
    for node in stored:
        children[node.parent_id].append(node)
    for siblings in children.values():
        siblings.sort(key=lambda n: (n.position, n.id))
    items: list[OutlineItem] = []
    paths: dict[int, tuple[str, ...]] = {}
    stack: list[tuple[PlanNode, tuple[str, ...]]] = [(n, ()) for n in reversed(children[None])]
    while stack:
        node, parent_path = stack.pop()
        path = parent_path + (node.label,)
        paths[node.id] = path
        items.append(OutlineItem(node.id, path, node.kind, node.text))
        stack.extend((child, path) for child in reversed(children.get(node.id, [])))
    return items, paths


def new_outline(plan: ImportedPlan) -> list[tuple[ImportedNode, tuple[str, ...]]]:
    """The new document's nodes in `plan.walk()` order with their label paths."""
    out: list[tuple[ImportedNode, tuple[str, ...]]] = []

    def visit(node: ImportedNode, parent_path: tuple[str, ...]) -> None:
        path = parent_path + (node.label or "",)
        out.append((node, path))
        for child in node.children:
            visit(child, path)

    for root in plan.nodes:
        visit(root, ())
    return out


def _count(s: Session, old: Plan, preview: ReplacementPreview, pairs: dict[int, int], old_items: list[OutlineItem],
           old_paths: dict[int, tuple[str, ...]], by_id: dict[int, PlanNode], *, new_count: int) -> None:
    progress = dict(s.execute(select(ProgressUpdate.node_id, func.count()).join(PlanNode)
                              .where(PlanNode.plan_id == old.id).group_by(ProgressUpdate.node_id)).all())
    overrides = set(s.scalars(select(NodeDeadline.node_id).join(PlanNode).where(
        PlanNode.plan_id == old.id,
        (NodeDeadline.override_date.is_not(None)) | (NodeDeadline.trigger_date.is_not(None)))))
    preview.nodes_kept = len(pairs)
    preview.nodes_added = new_count - len(pairs)
    preview.nodes_removed = len(old_items) - len(pairs)
    preview.agency_reports = s.scalar(select(func.count()).select_from(AgencyReport)
                                      .where(AgencyReport.plan_id == old.id)) or 0
    for item in old_items:
        rows, override = progress.get(item.key, 0), item.key in overrides
        if item.key in pairs:
            preview.progress_kept += rows
            preview.overrides_kept += override
            continue
        preview.progress_lost += rows
        preview.overrides_lost += override
        if rows or override:
            preview.lost.append(LostItem("node", " › ".join(p for p in old_paths[item.key] if p),
                                         by_id[item.key].text, progress=rows, deadline_override=override))


def _count_tasks(preview: ReplacementPreview, pairs: dict[int, int], old_items: list[OutlineItem],
                 new_items: list[OutlineItem]) -> None:
    """The tasks among the kept, added and removed rows (a kept row counts as what the new document makes it)."""
    matched = set(pairs.values())
    preview.tasks_kept = sum(item.kind == "task" for item in new_items if item.key in matched)
    preview.tasks_added = sum(item.kind == "task" for item in new_items if item.key not in matched)
    preview.tasks_removed = sum(item.kind == "task" for item in old_items if item.key not in pairs)


def _count_targets(s: Session, preview: ReplacementPreview, targets: list[Target], pairs: dict[int, int], *,
                   new_count: int) -> None:
    ids = [t.id for t in targets]
    counts = dict(s.execute(select(Measurement.target_id, func.count()).where(Measurement.target_id.in_(ids))
                            .group_by(Measurement.target_id)).all()) if ids else {}
    preview.targets_kept = len(pairs)
    preview.targets_added = new_count - len(pairs)
    preview.targets_removed = len(targets) - len(pairs)
    for target in targets:
        rows = counts.get(target.id, 0)
        if target.id in pairs:
            preview.measurements_kept += rows
            continue
        preview.measurements_lost += rows
        if rows:
            preview.lost.append(LostItem("target", " › ".join(p for p in target.path or () if p), target.indicator,
                                         measurements=rows))


def _short(text: str, width: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _task_changes(s: Session, pairs: dict[int, int], old_items: list[OutlineItem],
                  old_paths: dict[int, tuple[str, ...]],
                  new: list[tuple[ImportedNode, tuple[str, ...]]]) -> list[str]:
    """What replacing changes, task by task, in document order: removed and added tasks, and
    the kept tasks whose content, agencies or deadline the new document words differently —
    the clerk confirms knowing what the amendment changed, not only how many rows."""
    ids = [item.key for item in old_items]
    phrases: dict[int, str] = {node_id: phrase or "" for node_id, phrase in s.execute(
        select(NodeDeadline.node_id, NodeDeadline.phrase).where(NodeDeadline.node_id.in_(ids)))} if ids else {}
    mentions = stored_names(s, ids)
    changes: list[str] = []
    matched_new = set(pairs.values())
    for item in old_items:
        if item.kind == "task" and item.key not in pairs:
            changes.append(f"Bỏ {_path(old_paths[item.key])}“{_short(item.text)}”")
    for j, (node, path) in enumerate(new):
        if node.kind == "task" and j not in matched_new:
            changes.append(f"Thêm {_path(path)}“{_short(node.text)}”")
    new_by_index = {j: node for j, (node, _path_) in enumerate(new)}
    for item in old_items:
        if item.key not in pairs or item.kind != "task" and new_by_index[pairs[item.key]].kind != "task":
            continue
        node = new_by_index[pairs[item.key]]
        what = []
        if " ".join(item.text.split()) != " ".join((node.text or "").split()):
            what.append("nội dung")
        for role, label, names in (("lead", "chủ trì", node.lead), ("support", "phối hợp", node.support)):
            if [" ".join(m.split()) for m in mentions[(item.key, role)]] != [" ".join(m.split()) for m in names]:
                what.append(label)
        before, after = phrases.get(item.key) or "", node.deadline_text or ""
        if " ".join(before.split()) != " ".join(after.split()):
            what.append(f"thời hạn “{_short(before, 30) or 'không có'}” → “{_short(after, 30) or 'không có'}”")
        if what:
            changes.append(f"Sửa {_path(old_paths[item.key])}“{_short(node.text, 50)}”: {', '.join(what)}")
    return changes


def stored_names(s: Session, ids: list[int]) -> dict[tuple[int, str], list[str]]:
    """(node id, role) → the agencies of stored rows as the review shows them: the mention as read or typed, else
    the directory's name. Why not the mention alone: an agency the clerk picked from the directory has none, and
    the replace question then listed a lead the clerk had corrected, and the document did not change, as changed."""
    names: dict[tuple[int, str], list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        for node_id, role, mention, agency, group in s.execute(
                select(Assignment.node_id, Assignment.role, Assignment.mention, Agency.name, AgencyGroup.name)
                .outerjoin(Agency, Agency.id == Assignment.agency_id)
                .outerjoin(AgencyGroup, AgencyGroup.id == Assignment.group_id)
                .where(Assignment.node_id.in_(ids[start:start + 500]))
                .order_by(Assignment.node_id, Assignment.position)):
            names[(node_id, role)].append(mention or agency or group or "")
    return names


def _path(path: tuple[str, ...]) -> str:
    shown = " › ".join(p for p in path if p)
    return f"{shown} " if shown else ""
