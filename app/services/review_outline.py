"""The import review's outline repairs: split a row, merge it with the row above, delete rows,
raise or lower a row's level, add a row, move a row up or down — on the imported outline in memory, before
anything is stored.

Why these four: the importer reads about nine tasks in ten of a plan it has never seen; what it
gets wrong is mostly structure — two items run together (`… đúng hạn. b) Tổ chức …`), one item
cut in two at a page break, a table's header row or a `Điều 1` read as rows, an item hung one
level too deep or too high. The clerk repairs those in the review instead of retyping the plan.

Why every repair keeps the document's order: the outline is the document, read top to bottom;
a repair changes what is a row or which row holds it, never where a text stands. So deleting a
row hands its sub-rows to its parent in its place (a junk heading over the annex's 140 rows goes,
the rows stay), merging hands them to the row's place likewise, and raising a row's level makes
the rows that followed it under the same parent its own sub-rows (they stood below it). The one
repair that moves a text is the clerk's own: a row moved up or down among its level's rows (the plan
tree's Ctrl+↑/↓), for a missed item typed after the row it stands before in the document (Insert puts
a row after the current row's sub-rows).

Why a node keeps its `path` through a move: the plan's targets name the node they belong to by
the path it was read with (`store_in` links them by it), so a moved node keeps its targets.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from app.importers.extract.outline import split_label
from app.importers.readers.textfile import plain_cell
from app.importers.result import ImportedNode

Siblings = list[ImportedNode]


def walk(roots: Siblings) -> Iterator[ImportedNode]:
    """Every node of the outline in document order."""
    for root in roots:
        yield from root.walk()


def clone(roots: Siblings) -> Siblings:
    """A copy of the outline that shares nothing it could change (the review's undo keeps one per
    edit; `copy.deepcopy` took ten times as long on a 300-row plan)."""
    return [ImportedNode(label=n.label, kind=n.kind, text=n.text, lead=list(n.lead), support=list(n.support),
                         deadline_text=n.deadline_text, deadline=copy.deepcopy(n.deadline),
                         warnings=list(n.warnings), children=clone(n.children), path=list(n.path),
                         stored_id=n.stored_id)
            for n in roots]


def typed_deadline(text: str) -> str:
    """A deadline typed or pasted in the review, cleaned as the reader cleans a document's deadline cell: a
    phrase copied from a web page brings its `**`, `[ ](#)` and cell border `|`, which the reading of the
    deadline stumbles on and the stored plan would keep ("" when nothing else is left)."""
    return plain_cell(text)


def locate(roots: Siblings, node: ImportedNode) -> tuple[Siblings, int, ImportedNode | None]:
    """(the list holding `node`, its place there, its parent or None at the top)."""
    stack: list[tuple[Siblings, ImportedNode | None]] = [(roots, None)]
    while stack:
        siblings, parent = stack.pop()
        for place, each in enumerate(siblings):
            if each is node:
                return siblings, place, parent
            stack.append((each.children, each))
    raise ValueError("the node is not in this outline")


def split(roots: Siblings, node: ImportedNode, at: int, text: str | None = None) -> ImportedNode:
    """Cut the row's text at `at` (in `text`, the row's text as typed, else its own): the part
    before stays, the part after becomes a new row just below at the same level. The new row takes
    the label it starts with (`b)`, `2.`, `-`) and the row's kind, agencies and deadline — two items
    run together share their block's — and the sub-rows stay with the first part."""
    whole = node.text if text is None else text
    before, after = whole[:at].strip(), whole[at:].strip()
    if not before or not after:
        raise ValueError("nothing to split off")
    siblings, place, _parent = locate(roots, node)
    label, _style, rest = split_label(after)
    node.text = before
    new = ImportedNode(label=label or "", kind=node.kind, text=rest or after, lead=list(node.lead),
                       support=list(node.support), deadline_text=node.deadline_text,
                       deadline=copy.deepcopy(node.deadline), path=[*node.path[:-1], label or ""])
    siblings.insert(place + 1, new)
    return new


def add(roots: Siblings, after: ImportedNode | None = None) -> ImportedNode:
    """A new empty task row just after the row `after` and its sub-rows, at its level (under its
    parent), at the end of the first level when None. The clerk types its content, agencies and
    deadline. Why at the current row's level: a task the importer missed stands where the document
    prints it, between two rows it found (`7.1` after `7`'s text, `b)` after `a)`); put after the
    first-level block it had to be walked back up the outline, which no key does. Ctrl+Right puts
    it under the row before, Ctrl+Left one level up.

    Its path is its own (`store_in` links the document's targets by path): no target goes to it."""
    siblings, place = roots, len(roots)
    if after is not None:
        siblings, place, _parent = locate(roots, after)
        place += 1
    new = ImportedNode(label="", kind="task", text="")
    new.path = [f"+{id(new)}"]
    siblings.insert(place, new)
    return new


def above(roots: Siblings, node: ImportedNode) -> ImportedNode | None:
    """The row shown just above `node` (the one before it in document order), None for the first."""
    previous = None
    for each in walk(roots):
        if each is node:
            return previous
        previous = each
    raise ValueError("the node is not in this outline")


def merge_up(roots: Siblings, node: ImportedNode) -> ImportedNode:
    """Join the row to the row above it (one item cut in two): its text is appended, its agencies
    added, its deadline kept when the row above has none; its sub-rows take its place."""
    target = above(roots, node)
    if target is None:
        raise ValueError("the first row has no row above")
    siblings, place, _parent = locate(roots, node)
    siblings[place:place + 1] = node.children
    target.text = f"{target.text.rstrip()} {node.text.strip()}".strip()
    target.lead = list(dict.fromkeys([*target.lead, *node.lead]))
    target.support = [m for m in dict.fromkeys([*target.support, *node.support]) if m not in target.lead]
    if not target.deadline_text and node.deadline_text:
        target.deadline_text, target.deadline = node.deadline_text, node.deadline
    if node.kind == "task":
        target.kind = "task"
    target.warnings = list(dict.fromkeys([*target.warnings, *node.warnings]))
    return target


def delete(roots: Siblings, nodes: list[ImportedNode]) -> int:
    """Remove the rows; the sub-rows of each that are not removed themselves take its place.
    Returns how many sub-rows moved up."""
    doomed = {id(n) for n in nodes}
    kept = 0
    for node in reversed([n for n in walk(roots) if id(n) in doomed]):  # the deepest first
        siblings, place, _parent = locate(roots, node)
        siblings[place:place + 1] = node.children
        kept += len(node.children)
    return kept


def lower(roots: Siblings, nodes: list[ImportedNode]) -> bool:
    """Make each row the last sub-row of the row before it at its level (the plan tree's Indent).
    Rows under another row that moves go with it. False when no row could move."""
    moved = False
    for node in _outermost(roots, nodes):
        siblings, place, _parent = locate(roots, node)
        if place == 0:
            continue
        siblings.pop(place)
        siblings[place - 1].children.append(node)
        moved = True
    return moved


def raise_level(roots: Siblings, nodes: list[ImportedNode]) -> bool:
    """Make each row a row of its parent's level, just after the parent, with the rows that
    followed it under that parent as its own last sub-rows (they stood below it). False when no
    row could move (all at the top)."""
    moved = False
    for node in reversed(_outermost(roots, nodes)):  # the last first: an earlier row takes no moved one along
        siblings, place, parent = locate(roots, node)
        if parent is None:
            continue
        outer, parent_place, _grand = locate(roots, parent)
        node.children.extend(siblings[place + 1:])
        del siblings[place:]
        outer.insert(parent_place + 1, node)
        moved = True
    return moved


def shift(roots: Siblings, nodes: list[ImportedNode], delta: int) -> bool:
    """Move each row, its sub-rows with it, one place up (`delta` -1) or down (+1) among the rows of its level, as
    the plan tree's Ctrl+↑/↓ does; rows chosen together move as a block (one at the edge holds the others).
    False when no row could move."""
    chosen = _outermost(roots, nodes)
    moving = {id(n) for n in chosen}
    moved = False
    for node in chosen if delta < 0 else reversed(chosen):  # the leading row first: the block keeps its order
        siblings, place, _parent = locate(roots, node)
        target = place + delta
        if not 0 <= target < len(siblings) or id(siblings[target]) in moving:
            continue
        siblings[place], siblings[target] = siblings[target], siblings[place]
        moved = True
    return moved


def _outermost(roots: Siblings, nodes: list[ImportedNode]) -> list[ImportedNode]:
    """The given rows in document order, less those under another given row."""
    wanted = {id(n) for n in nodes}
    out: list[ImportedNode] = []

    def visit(siblings: Siblings, inside: bool) -> None:
        for each in siblings:
            chosen = id(each) in wanted and not inside
            if chosen:
                out.append(each)
            visit(each.children, inside or chosen)

    visit(roots, False)
    return out
