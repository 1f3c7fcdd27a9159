"""Field lines printed without their usual form: no dash after an item's dashes, or in parentheses as a note.

`1. Rà soát thủ tục hành chính …` + `- Rà soát các thủ tục cấp tỉnh;` + `- Rà soát các thủ tục cấp xã.` +
`Thời gian thực hiện: Quý II/2026.`: a plain text keeps no indent, so the outline hangs the unlabelled field line
on the last dash, which then became a task of its own with the item's time while the item lost it. Typed with
its dash (`- Thời gian thực hiện: …`) the same field is the item's (`fields_after_items`), and a clerk
drops the dash as often as he types it. When the item has two dashes or more and no other dash prints a field of
its own, the trailing field lines of the last dash stand where the item's fields stand — after all its dashes — and
are read as the item's field dashes; so is a line that only says by when (`Hoàn thành trong Quý II/2026.`), which
`closing_times` then reads as the time of the list it closes. Where each dash prints its own time
(`- Sở A …` + `Thời gian thực hiện: năm 2024 …` + `- UBND các huyện …` + `Thời gian thực hiện: hằng năm.`), every
time stays with its dash; so do the fields after a single dash (`IV. TỔ CHỨC THỰC HIỆN` + `- Bước 1: …` +
`Cơ quan chủ trì: …` + `Thời gian hoàn thành: …`: the step's own fields).

A field printed as a note in parentheses on a line of its own (`1. Cải cách thủ tục hành chính` + `*(Thời gian thực
hiện: Quý II/2026)*` + `a) …`, `b) …`) is the same field as without them: a heading's note under its title dates
the items below it as its `Thời gian thực hiện:` line does; a field whose value is printed on the next line
(`Thời gian hoàn thành:` + `Quý II/2026.`) is one line, as `fields.fold_field_label` reads a field heading (the value
was read as more of the task's wording).
"""
from __future__ import annotations

import re

from app.importers.extract.closing_times import done_line_time
from app.importers.extract.fields import attr_kind
from app.importers.extract.outline import OutlineNode

_FIELDS = ("deadline", "lead", "support")
# a line that is only a note in parentheses
_NOTE = re.compile(r"^\((?P<inner>[^()]+)\)\.?$")
# a field's value is a short phrase (a date, a quarter, a few names), not a sentence of its own
_VALUE_WORDS = 12


def _field_line(text: str) -> bool:
    return attr_kind(text) in _FIELDS or done_line_time(text) is not None


def _prints_own_field(dash: OutlineNode) -> bool:
    return any(_field_line(p) for p in dash.paras[1:]) or any(attr_kind(c.title) for c in dash.children)


def lift_trailing_fields(root: OutlineNode) -> None:
    """Read every field note in parentheses as its field, and move the unlabelled field lines that end an item's
    last dash up to the item, as field dashes of its own (the module's docstring says when)."""
    for node in root.walk():
        node.paras[1:] = _joined_values([_unwrapped(p) for p in node.paras[1:]])
        dashes = [c for c in node.children if c.style.startswith("bullet")]
        if node.style == "root" or len(dashes) < 2 or dashes[-1] is not node.children[-1]:
            continue
        last = dashes[-1]
        if last.children or attr_kind(last.title) or _field_line(last.title):
            continue
        tail = 0
        while tail < len(last.paras) - 1 and _field_line(last.paras[-1 - tail]):
            tail += 1
        if not tail or any(_prints_own_field(d) for d in dashes[:-1]) \
                or any(_field_line(p) for p in last.paras[1:-tail]):
            continue
        for text in last.paras[-tail:]:
            label = f"•{len(node.children) + 1}"
            node.children.append(OutlineNode(label=label, style=last.style, paras=[text], parent=node,
                                             path=[*node.path, label]))
        del last.paras[-tail:]


def _unwrapped(para: str) -> str:
    """`(Thời gian thực hiện: Quý II/2026)` → `Thời gian thực hiện: Quý II/2026`; any other line as printed."""
    m = _NOTE.match(para.strip())
    return m.group("inner").strip() if m and attr_kind(m.group("inner").strip()) in _FIELDS else para


def _joined_values(paras: list[str]) -> list[str]:
    """`Thời gian hoàn thành:` + `Quý II/2026.` → `Thời gian hoàn thành: Quý II/2026.`; other lines as printed."""
    out: list[str] = []
    for p in paras:
        prev = out[-1] if out else ""
        if prev.rstrip().endswith(":") and attr_kind(prev) in _FIELDS and not prev.split(":", 1)[1].strip() \
                and not attr_kind(p) and len(p.split()) <= _VALUE_WORDS:
            out[-1] = f"{prev.rstrip()} {p.strip()}"
        else:
            out.append(p)
    return out
