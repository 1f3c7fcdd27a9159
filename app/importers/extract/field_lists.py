"""Field headings whose values are printed as a list below them, and the caption over a section's field headings.

A plan that gives a section's agencies once for a whole list of items often prints each field as a heading with its
values as dashes, one body (or a few, split by `;`) a dash, and groups the field headings under one caption:

    2. Cơ quan chủ trì, phối hợp
    a) Cơ quan chủ trì
    - Ban Chỉ đạo tỉnh.
    - Sở Y tế; Sở Tài chính.
    b) Cơ quan phối hợp
    - Các sở, ngành liên quan.
    3. Thời gian thực hiện: Năm 2026.

The heading's own words say what its dashes are (the bodies who lead or support), so `Cơ quan chủ trì` + its
dashes reads as `Cơ quan chủ trì: Ban Chỉ đạo tỉnh; Sở Y tế; Sở Tài chính` — as `fields.fold_field_label` reads a
heading over one value — and the caption (`Cơ quan chủ trì, phối hợp`, `Chủ trì, thực hiện`) over nothing but field
lines gives way to them: they are the section's fields, beside its `Nội dung, biện pháp` list and its time. A note in
parentheses under a value (`(Văn phòng … là cơ quan thường trực …)`) says what a body does, it names no other lead.
Dashes that say more than names (a colon, sub-items, a paragraph of their own, role words) are items or role lines,
not values: nothing is folded then.
"""
from __future__ import annotations

import re

from app.importers.extract.agency_headings import agency_heading
from app.importers.extract.fields import attr_kind, fold_field_label
from app.importers.extract.outline import OutlineNode
from app.importers.extract.textutil import strip_trailing_punct

_AGENCY_FIELDS = ("lead", "support")
# a caption over field headings names the roles only: `Cơ quan chủ trì, phối hợp`, `Đơn vị chủ trì và thực hiện`,
# `Chủ trì, phối hợp thực hiện`, `Phân công thực hiện`
_CAPTION = re.compile(r"^(?:(?:Cơ quan|Đơn vị)(?:\s*(?:,|/|và)\s*(?:cơ quan|đơn vị))?\s+)?"
                      r"(?:chủ trì|thực hiện|phối hợp)(?:\s*(?:,|/|và)\s*(?:chủ trì|phối hợp|thực hiện))*"
                      r"(?:\s+thực hiện)?$|^Phân công (?:thực hiện|nhiệm vụ)$", re.IGNORECASE)
# a field heading is a short label (`Cơ quan chủ trì`, `Đơn vị phối hợp:`), its values below it
_LABEL_WORDS = 6
_NOTE = re.compile(r"^\(.*\)\.?$", re.DOTALL)
# a dash that says who leads and who supports (`+ Sở A chủ trì, phối hợp với Sở B`) is a role line, read as one by
# `fields.apply_attr`; a dash naming bodies names no role
_ROLES = re.compile(r"\b(?:chủ trì|phối hợp|thực hiện)\b", re.IGNORECASE)


def _bare(title: str) -> str | None:
    """The label of a heading printed without a value (`Cơ quan chủ trì`, `Cơ quan phối hợp:`), else None."""
    text = title.strip()
    text = text[:-1].rstrip() if text.endswith(":") else text
    return text if text and ":" not in text and len(text.split()) <= _LABEL_WORDS else None


def _values(node: OutlineNode) -> list[str] | None:
    """The bodies a field heading's dashes name, one dash each (a note in parentheses under one dropped), or None
    when a dash is more than a name (sub-items, a colon, a paragraph of its own, role words) or most dashes name no
    body (a name the vocabulary does not know, `Trung ương Hội …`, is still a value among names it knows)."""
    values: list[str] = []
    for dash in node.children:
        if not dash.style.startswith("bullet") or dash.children or ":" in dash.title \
                or any(not _NOTE.match(p.strip()) for p in dash.paras[1:]):
            return None
        values.append(strip_trailing_punct(dash.title.strip()))
    named = sum(agency_heading(v) is not None for v in values)
    if not all(values) or any(_ROLES.search(v) for v in values) or 2 * named < len(values):
        return None
    return values


def _fold_list(node: OutlineNode) -> None:
    """`Cơ quan chủ trì` + `- A.` + `- B; C.` → `Cơ quan chủ trì: A; B; C` (an agency field only: a time printed as
    several dashes is read by `fields.apply_attr` from the dashes themselves)."""
    label = _bare(node.title)
    if label is None or len(node.paras) > 1 or not node.children \
            or attr_kind(f"{label}: x") not in _AGENCY_FIELDS:
        fold_field_label(node)
        return
    values = _values(node)
    if values:
        node.paras[:1] = [f"{label}: {'; '.join(values)}"]
        node.children = []


def fold_field_lists(node: OutlineNode) -> None:
    """Read the field headings among `node`'s items as field lines, and put the field lines a caption groups
    (`2. Cơ quan chủ trì, phối hợp` + `a) Cơ quan chủ trì …` + `b) Cơ quan phối hợp …`) in the caption's place."""
    items: list[OutlineNode] = []
    for child in node.children:
        label = _bare(child.title)
        if label and _CAPTION.match(label) and len(child.paras) == 1 and child.children:
            for sub in child.children:
                _fold_list(sub)
            if all(attr_kind(sub.title) in ("lead", "support", "deadline") and not sub.children
                   for sub in child.children):
                for sub in child.children:
                    sub.parent = node
                items.extend(child.children)
                continue
        _fold_list(child)
        items.append(child)
    node.children = items
