"""The outline the review starts from when the document replaces a stored plan: the stored plan's tasks, with the
clerk's corrections, matched to the new document's reading (`app.domain.outline_merge`).

Why: the review used to show the new document's fresh reading, and storing it overwrote the stored rows with it —
a clerk who had retyped 40 leads, settled deadlines, split or removed tasks found them all back as first read.
Now each stored row the document still has stays, with the values the clerk gave it unless the document itself
changed them; what the document adds comes in marked new; what it dropped is listed as gone (storing removes it,
after asking about the ones with progress); a task the clerk had removed stays removed. Every row carries the id
of the stored row it continues (`ImportedNode.stored_id`), so storing updates that row and its progress stays.

The stored document is read again to tell the clerk's corrections from the document's amendments (the domain
module says why); a plan stored without its file has no such reading, and then every difference keeps the clerk's
value and shows the document's on the row.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.outline_match import OutlineItem
from app.domain.outline_merge import Outcome, merge_value, reconcile
from app.domain.text import collapse_spaces, fold, nfc
from app.errors import AppError
from app.importers.result import ImportedNode, ImportedPlan, NodeKind
from app.models import NodeDeadline, Plan, PlanNode, ProgressUpdate
from app.services.mention_matching import is_name
from app.services.plan_replace import new_outline, stored_names, stored_outline
from app.services.review_outline import clone, walk

NOTE = "Văn bản mới "  # every note this module puts on a row starts so (`is_replace_note`)
KEPT_NOTE = f"{NOTE}bỏ dòng này; bạn giữ lại làm nhiệm vụ của mình"  # a gone task the clerk kept (`keep_gone`)
KINDS = {"section": "đề mục", "task": "nhiệm vụ", "text": "đoạn văn", "target": "chỉ tiêu"}  # a kind in words
FIELDS = {"label": "số thứ tự", "kind": "loại mục", "text": "nội dung", "lead": "cơ quan chủ trì",
          "support": "cơ quan phối hợp", "deadline": "thời hạn"}


def is_replace_note(warning: str) -> bool:
    """A row's note from this module (not an importer warning the row's current values replace)."""
    return warning.startswith(NOTE)


@dataclass(frozen=True)
class GoneTask:
    """A stored task the new document no longer has: storing removes it (and its progress) unless the clerk keeps
    it (`keep_gone`): then it goes back under its parent as stored, continuing its row."""

    label: str
    text: str
    progress: int
    row: ImportedNode = field(compare=False, repr=False)  # the task as stored (no children), to put back
    ancestors: tuple[int, ...] = ()  # stored ids of its parents, nearest first
    before: tuple[int, ...] = ()  # stored ids of the siblings printed before it, nearest first


@dataclass
class ReplaceReview:
    """What the replace review starts from, and the figures its note gives."""

    plan: ImportedPlan  # the new document's header and targets, the merged outline
    plan_id: int
    has_base: bool  # the stored document was read again: corrections told from amendments
    database: str = ""  # where the stored plan is: its row ids mean nothing in another database
    kept: int = 0  # stored tasks the document still has
    amended: int = 0  # of them, tasks the document words differently (its value taken, or shown beside the clerk's)
    corrections: int = 0  # tasks keeping a value the clerk gave them
    own: int = 0  # tasks the clerk made (split off, typed in): kept
    new: int = 0  # tasks of the document not stored before
    removed_by_clerk: int = 0  # tasks of the document the clerk had removed: left out
    progress_kept: int = 0  # progress reports on the tasks that stay
    gone: list[GoneTask] = field(default_factory=list)
    # stored id → a task whose words the document changed, as a gone task should it be another one (`detach`)
    reworded: dict[int, GoneTask] = field(default_factory=dict)
    # stored id → the values the document gives where the clerk's were kept (`take_document_values`)
    differing: dict[int, dict[str, object]] = field(default_factory=dict)


@dataclass
class _Stored:
    """One stored row as the review needs it."""

    node: PlanNode
    path: tuple[str, ...]
    lead: list[str]
    support: list[str]
    deadline: str
    progress: int


def build_review(s: Session, old: Plan, plan: ImportedPlan, original: bytes | None = None) -> ReplaceReview:
    """The review of `plan` replacing the stored `old` (reads only). `original`: the new document's bytes — the
    stored file itself again (a plan re-imported as it was) is not read a second time: its reading is `plan`'s."""
    rows, items = _stored_rows(s, old)
    theirs_nodes = new_outline(plan)
    theirs = [OutlineItem(j, path, n.kind, n.text or "") for j, (n, path) in enumerate(theirs_nodes)]
    base: list[OutlineItem] | None
    if original is not None and original == old.original_bytes:
        base_nodes, base = theirs_nodes, theirs  # the stored file itself again
    else:
        base_plan = _read_stored_document(old)
        base_nodes = new_outline(base_plan) if base_plan is not None else []
        base = [OutlineItem(k, path, n.kind, n.text or "") for k, (n, path) in enumerate(base_nodes)] \
            if base_plan is not None else None
    fate = reconcile(items, theirs, base)
    review = ReplaceReview(plan=plan, plan_id=old.id, has_base=base is not None)
    gone = set(fate.gone)
    made: dict[int, ImportedNode] = {}  # stored id → its row in the merged outline
    placed: dict[int, ImportedNode] = {}  # new document index → its row in the merged outline
    roots: list[ImportedNode] = []
    for item in items:
        row = rows[item.key]
        if item.key in gone:
            if row.node.kind == "task":
                review.gone.append(_gone(row, rows))
            continue
        theirs_index = fate.persist.get(item.key)
        if theirs_index is None:
            node = _from_stored(row)
            review.own += row.node.kind == "task"
        else:
            base_index = fate.base_of.get(item.key)
            node = _merged(row, theirs_nodes[theirs_index][0],
                           base_nodes[base_index][0] if base_index is not None else None, base is not None, review)
            placed[theirs_index] = node
            if row.node.kind == "task" and any(w.startswith(f"{NOTE}sửa {FIELDS['text']}") for w in node.warnings):
                review.reworded[row.node.id] = _gone(row, rows)  # the document's words may be another task
        review.progress_kept += row.progress
        made[item.key] = node
        parent = _kept_parent(row.node, rows, made)
        (parent.children if parent is not None else roots).append(node)
    review.removed_by_clerk = sum(theirs_nodes[j][0].kind == "task" for j in fate.removed_by_clerk)
    _insert_new(theirs_nodes, set(fate.new), placed, roots, review)
    plan.nodes = roots
    return review


def _merged(row: _Stored, theirs: ImportedNode, base: ImportedNode | None, has_base: bool,
            review: ReplaceReview) -> ImportedNode:
    """A persisting row: each value as `merge_value` decides, the notes saying what the document changed."""
    def text_key(value: object) -> object:
        return collapse_spaces(nfc(str(value or "")))

    def names_key(value: object) -> object:
        names = value if isinstance(value, list) else []
        return tuple(dict.fromkeys(fold(collapse_spaces(m)) for m in names if is_name(m)))

    values = {"label": (row.node.label, theirs.label or "", base.label or "" if base else None, text_key),
              "kind": (row.node.kind, theirs.kind, base.kind if base else None, text_key),
              "text": (row.node.text, theirs.text or "", base.text or "" if base else None, text_key),
              "lead": (row.lead, list(theirs.lead), list(base.lead) if base else None, names_key),
              "support": (row.support, list(theirs.support), list(base.support) if base else None, names_key),
              "deadline": (row.deadline, theirs.deadline_text or "", base.deadline_text or "" if base else None,
                           text_key)}
    chosen: dict[str, object] = {}
    notes: list[str] = []
    outcomes = set()
    for name, (ours, new, old, key) in values.items():
        value, outcome = merge_value(ours, new, old, has_base=has_base, key=key)
        chosen[name] = value
        outcomes.add(outcome)
        if name == "label" or (name == "kind" and "task" not in (ours, new)):
            continue  # a renumbering, a heading read as a paragraph: nothing followed changes, no news to check
        before, after = (KINDS[str(ours)], KINDS[str(new)]) if name == "kind" else (_shown(ours), _shown(new))
        if outcome is Outcome.AMENDED:
            notes.append(f"{NOTE}sửa {FIELDS[name]} (trước: “{before}”)")
        elif outcome is Outcome.CONFLICT:
            notes.append(f"{NOTE}ghi {FIELDS[name]} khác: “{after}” (giữ bản bạn đã sửa)")
            review.differing.setdefault(row.node.id, {})[name] = new
    if row.node.kind == "task" or theirs.kind == "task":
        review.kept += 1
        review.amended += bool(notes)
        review.corrections += Outcome.KEPT in outcomes or Outcome.CONFLICT in outcomes
    node = ImportedNode(label=str(chosen["label"]), kind=cast(NodeKind, chosen["kind"]), text=str(chosen["text"]),
                        lead=list(cast(list[str], chosen["lead"])), support=list(cast(list[str], chosen["support"])),
                        deadline_text=str(chosen["deadline"]) or None, path=list(theirs.path),
                        stored_id=row.node.id)
    if chosen["deadline"] == (theirs.deadline_text or "") and theirs.deadline_text:
        node.deadline = theirs.deadline
    node.warnings = notes + (list(theirs.warnings) if Outcome.AMENDED in outcomes and notes else [])
    return node


def _shown(value: object) -> str:
    text = "; ".join(value) if isinstance(value, list) else str(value or "")
    text = collapse_spaces(text) or "trống"
    return text if len(text) <= 80 else text[:79] + "…"


def _from_stored(row: _Stored) -> ImportedNode:
    """A stored row the clerk made (no counterpart in either reading): as stored."""
    return ImportedNode(label=row.node.label, kind=cast(NodeKind, row.node.kind), text=row.node.text,
                        lead=list(row.lead), support=list(row.support), deadline_text=row.deadline or None,
                        path=list(row.path), stored_id=row.node.id)


def _gone(row: _Stored, rows: dict[int, _Stored]) -> GoneTask:
    """A gone task with what putting it back needs: its parents and earlier siblings, by stored id."""
    ancestors: list[int] = []
    parent_id = row.node.parent_id
    while parent_id is not None and parent_id in rows:
        ancestors.append(parent_id)
        parent_id = rows[parent_id].node.parent_id
    siblings = sorted((r.node for r in rows.values() if r.node.parent_id == row.node.parent_id),
                      key=lambda n: (n.position, n.id))
    before = [n.id for n in siblings[:siblings.index(row.node)]]
    return GoneTask(" › ".join(p for p in row.path if p), row.node.text, row.progress, _from_stored(row),
                    tuple(ancestors), tuple(reversed(before)))


def _kept_parent(node: PlanNode, rows: dict[int, _Stored], made: dict[int, ImportedNode]) -> ImportedNode | None:
    """The nearest ancestor of a stored row that stays (a gone heading's rows move up to its place)."""
    parent_id = node.parent_id
    while parent_id is not None and parent_id not in made:
        parent_id = rows[parent_id].node.parent_id if parent_id in rows else None
    return made.get(parent_id) if parent_id is not None else None


def _insert_new(theirs_nodes: list[tuple[ImportedNode, tuple[str, ...]]], new: set[int],
                placed: dict[int, ImportedNode], roots: list[ImportedNode], review: ReplaceReview) -> None:
    """Put the document's new rows where it prints them: under their parent's row (the nearest placed
    ancestor), after the row of the nearest sibling printed before them, else first."""
    index_of = {id(node): j for j, (node, _path) in enumerate(theirs_nodes)}
    parent_of: dict[int, int] = {index_of[id(child)]: j for j, (node, _path) in enumerate(theirs_nodes)
                                 for child in node.children}
    top = [j for j in range(len(theirs_nodes)) if j not in parent_of]
    for j, (node, _path) in enumerate(theirs_nodes):
        if j not in new:
            continue
        row = ImportedNode(label=node.label or "", kind=node.kind, text=node.text or "", lead=list(node.lead),
                           support=list(node.support), deadline_text=node.deadline_text, deadline=node.deadline,
                           path=list(node.path), warnings=[f"{NOTE}thêm dòng này", *node.warnings])
        review.new += node.kind == "task"
        parent = parent_of.get(j)
        printed = [index_of[id(c)] for c in theirs_nodes[parent][0].children] if parent is not None else top
        while parent is not None and parent not in placed:
            parent = parent_of.get(parent)
        siblings = placed[parent].children if parent is not None else roots
        place = 0
        for k in reversed(printed[:printed.index(j)]):
            at = next((i for i, each in enumerate(siblings) if k in placed and each is placed[k]), None)
            if at is not None:
                place = at + 1
                break
        siblings.insert(place, row)
        placed[j] = row


def _stored_rows(s: Session, old: Plan) -> tuple[dict[int, _Stored], list[OutlineItem]]:
    """Every stored row of the plan with its agencies as the review shows them (the mention as read or typed,
    else the directory's name), its deadline phrase and how many progress reports it has; and the rows in document
    order, to match."""
    nodes = list(s.scalars(select(PlanNode).where(PlanNode.plan_id == old.id)))
    ids = [n.id for n in nodes]
    names = stored_names(s, ids)
    phrases: dict[int, str] = {}
    progress: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        phrases.update((node_id, phrase) for node_id, phrase in s.execute(
            select(NodeDeadline.node_id, NodeDeadline.phrase).where(NodeDeadline.node_id.in_(chunk))))
        progress.update((node_id, count) for node_id, count in s.execute(
            select(ProgressUpdate.node_id, func.count()).where(ProgressUpdate.node_id.in_(chunk))
            .group_by(ProgressUpdate.node_id)))
    items, paths = stored_outline(nodes)
    return {n.id: _Stored(n, paths[n.id], names[(n.id, "lead")], names[(n.id, "support")], phrases.get(n.id) or "",
                          progress.get(n.id, 0)) for n in nodes}, items


def _read_stored_document(old: Plan) -> ImportedPlan | None:
    """The stored plan's own file read again today, None when it was stored without one or cannot be read."""
    if not old.original_bytes or not old.original_filename:
        return None
    from app.importers import import_plan_document

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(old.original_filename).name
        path.write_bytes(old.original_bytes)
        try:
            return import_plan_document(path)[1]
        except AppError:
            return None


def take_document_values(review: ReplaceReview, node: ImportedNode) -> bool:
    """Give a row the values the document gives where the clerk's were kept (the clerk chose the document's), and
    drop the notes that said so; False when the document gives none other. Why: a plan typed by hand, or stored
    without its file, keeps every value of its own against the official document; retyping each was the only way."""
    values = review.differing.get(node.stored_id or 0)
    if not values:
        return False
    for name, value in values.items():
        if name == "deadline":
            node.deadline_text, node.deadline = str(value) or None, None
        elif name in ("lead", "support"):
            setattr(node, name, list(cast(list[str], value)))
        else:
            setattr(node, name, value)
    node.warnings = [w for w in node.warnings if not w.startswith(f"{NOTE}ghi ")]
    return True


def still_gone(review: ReplaceReview, roots: list[ImportedNode]) -> list[GoneTask]:
    """The gone tasks the clerk has not kept: read from the outline, so the review's undo needs no list of its own."""
    present = {node.stored_id for node in walk(roots) if node.stored_id is not None}
    return [gone for gone in review.gone if gone.row.stored_id not in present]


def keep_gone(review: ReplaceReview, roots: list[ImportedNode], stored_id: int) -> ImportedNode:
    """Put a task the document dropped back in the outline: under its nearest parent still there, after its nearest
    earlier sibling still there (else first), as stored and continuing its row, so storing keeps it and its
    progress — it is the clerk's own task from now on (the document no longer prints it). Why: storing removed every
    gone task after one question; a task the office still follows (an amendment moving it to another plan, a
    paragraph the new version forgot) had no way to stay but typing it in again, losing its progress."""
    gone = next(g for g in still_gone(review, roots) if g.row.stored_id == stored_id)
    by_id = {node.stored_id: node for node in walk(roots) if node.stored_id is not None}
    parent = next((by_id[a] for a in gone.ancestors if a in by_id), None)
    siblings = parent.children if parent is not None else roots
    place = next((i + 1 for b in gone.before for i, each in enumerate(siblings) if each.stored_id == b), 0)
    node = clone([gone.row])[0]
    node.warnings = [KEPT_NOTE]
    siblings.insert(place, node)
    return node


def detach(review: ReplaceReview, node: ImportedNode) -> bool:
    """The row the document reworded is another task, not the stored one: the row becomes new (storing adds it) and
    the stored task gone (listed, asked about, and `keep_gone` can keep it) — False for a row that is not such.
    Why: items are matched by place and words, and a task the issuer replaced by another at the same place with
    some words in common read as the same task reworded: its progress would have moved to the new task."""
    gone = review.reworded.get(node.stored_id or 0)
    if gone is None:
        return False
    if gone not in review.gone:
        review.gone.append(gone)
    node.stored_id = None
    node.warnings = [f"{NOTE}thêm dòng này"]
    return True


def figures(review: ReplaceReview, roots: list[ImportedNode]) -> tuple[int, int, int, int]:
    """The note's figures for the outline as the clerk left it: tasks kept, their progress reports, new tasks, tasks
    the document changed — a gone task kept counts as kept; a reworded row told another task counts as new (and its
    stored task as gone unless kept too). Read from the outline, so the review's undo needs nothing more."""
    rows = {node.stored_id: node for node in walk(roots) if node.stored_id is not None}
    kept, progress, new, amended = review.kept, review.progress_kept, review.new, review.amended
    for gone in review.gone:
        stored_id = gone.row.stored_id
        row = rows.get(stored_id or 0)
        if stored_id in review.reworded:
            if row is not None and not any(w.startswith(KEPT_NOTE) for w in row.warnings):
                continue  # told another task, then undone: as the review started
            new, amended = new + 1, amended - 1
            if row is None:
                kept, progress = kept - 1, progress - gone.progress
        elif row is not None:
            kept, progress = kept + 1, progress + gone.progress
    return kept, progress, new, amended
