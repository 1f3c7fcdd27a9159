"""Assignments made by cross-reference: `Sở Y tế: Chủ trì triển khai các nhiệm vụ tại mục (IV) (5)`.

Many plans list their sector tasks first, with no agency, and assign them later in the
implementation section by pointing at their numbers (`tại mục IV.1`, `tại mục (IV)(4.1)(4.2)`,
`tại điểm a khoản 2 mục III`). The items pointed at are tasks of the pointing item's lead.
"""
from __future__ import annotations

import re

from app.importers.result import ImportedNode

_ITEM = (r"(?:\(\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*\)"
         r"|(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)(?![\w]))")
_POINTER = re.compile(
    r"(?:chủ trì|thực hiện|triển khai)(?:,? (?:thực hiện|triển khai|tổ chức thực hiện))?\s+(?:các |những )?"
    r"(?:nhiệm vụ|nội dung|giải pháp)[^.;:()]{0,40}?(?:nêu |quy định |đề ra )?tại\s+"
    r"(?:điểm\s+(?P<point>[a-zđ])\s*,?\s*)?(?:(?:khoản|tiểu mục)\s+(?P<clause>\d{1,2}(?:\.\d{1,2})*)\s*,?\s*)?"
    rf"(?:mục|phần)\s*(?P<ref>(?:{_ITEM}[\s.,]*(?:và\s+)?){{1,6}})", re.IGNORECASE)
# a line of at most this many words, unlabelled, among a heading's items: a label over them (`Trọng tâm:`)
_LABEL_WORDS = 4
_TOKEN = re.compile(r"[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|(?<=\()\s*[a-zđ](?=\s*\))")


def _references(text: str) -> list[list[str]]:
    """`mục (IV) (4.1) (4.2)` → [["IV", "4.1"], ["IV", "4.2"]]; `mục IV.1` → [["IV", "1"]]."""
    refs: list[list[str]] = []
    for m in _POINTER.finditer(text):
        raw = m.group("ref")
        tokens = [t.strip() for t in _TOKEN.findall(raw)]
        if not tokens or not re.fullmatch(r"[IVX]{1,5}", tokens[0]):
            continue
        top, rest = tokens[0], tokens[1:]
        # `điểm a khoản 1 mục II` names the section last: II → 1 → a
        rest += [t for t in (m.group("clause"), m.group("point")) if t]
        # `IV.1` printed as one token group: roman then decimal
        numbers = [t for t in rest if not re.fullmatch(r"[a-zđ]", t)]
        letters = [t for t in rest if re.fullmatch(r"[a-zđ]", t)]
        if len(numbers) > 1 and all("." in n for n in numbers) and len({n.split(".")[0] for n in numbers}) == 1:
            refs.extend([top, n, *letters] for n in numbers)  # `(4.1) (4.2)`: two siblings
        else:
            refs.append([top, *rest])
    return refs


def _matches(path: list[str], ref: list[str]) -> bool:
    """The node's path starts at the referenced top section and holds the other labels in order."""
    if not path or path[0] != ref[0]:
        return False
    pos = 1
    for label in ref[1:]:
        while pos < len(path) and path[pos] != label:
            pos += 1
        if pos == len(path):
            return False
        pos += 1
    return True


def _label_line(node: ImportedNode) -> bool:
    """`Trọng tâm:` printed over the items: a label, not an item."""
    return not node.label and len(node.text.split()) <= _LABEL_WORDS


def _units(node: ImportedNode) -> list[ImportedNode]:
    """The items under a referenced heading: numbered or lettered leaves (bullets stay in their item). Where a
    label announces the items (`Trọng tâm:`), the paragraphs above it state what the topic aims at: not items."""
    numbered = [c for c in node.children if not c.label.startswith("•")]
    if not node.children or not numbered:
        return [node] if node.text else []
    label = next((i for i, c in enumerate(numbered) if i and _label_line(c) and all(not p.label for p in numbered[:i])),
                 None)
    out: list[ImportedNode] = []
    for child in numbered[label or 0:]:
        out.extend(_units(child))
    return out


def assign_by_reference(nodes: list[ImportedNode]) -> None:
    """Make the items a task points at (`tại mục (IV)(1)`) tasks of that task's lead."""
    every = [n for root in nodes for n in root.walk()]
    pointers = [(ref, n) for n in every if n.kind == "task" and n.lead for ref in _references(n.text)]
    # the narrowest reference first: `(IV)(3.4)(a)` to one agency, then `(IV)(3)` to another
    for ref, pointer in sorted(pointers, key=lambda p: -len(p[0])):
        heads = [n for n in every if n is not pointer and _matches(n.path, ref)]
        if not heads:
            continue
        top = min(heads, key=lambda n: len(n.path))
        for unit in _units(top):
            if unit.kind == "task" and unit.lead:
                continue
            if _label_line(unit):
                continue
            unit.kind = "task"
            unit.lead = list(pointer.lead)
            _take_in_dashes(unit)


def _take_in_dashes(unit: ImportedNode) -> None:
    """`a) Phát triển hải quan số:` + `- Số hóa …` + `- Nghiên cứu …`, made a task by reference: its dashes say what
    it covers, so they are its text (ANNOTATION: descriptive sub-bullets stay inside the item), as for an item
    read with its actor in place."""
    dashes = unit.children
    if dashes and all(d.label.startswith("•") and d.kind == "text" and not d.children for d in dashes):
        unit.text = f"{unit.text}: {'; '.join(d.text for d in dashes)}"
        unit.children = []
