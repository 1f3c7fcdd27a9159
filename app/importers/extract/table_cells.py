"""What an agency cell of an annex task table says: its names, and who presides or coordinates.

Agencies listed one per line, roles marked inside one cell (`Ban A (chủ trì)`, `Chủ trì: Ban A`), a partner
named in brackets, and a cell that names who does what (`Sở A thúc đẩy, theo dõi, báo cáo chỉ tiêu`): the
names are kept, the work is the task column's.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import starts_predicate, take_phrase
from app.importers.extract.subjects import is_specific
from app.importers.extract.textutil import strip_trailing_punct


def as_list(cell: str) -> str:
    """Agencies one per line → a `;` list; a line the layout wrapped inside a list or a name (it ends
    with a comma or a bare head, `..., Sở` + `Tài chính, ...`, or the next opens in lowercase with no
    body of its own) goes on."""
    lines: list[str] = []
    for ln in (x.strip() for x in cell.split("\n")):
        if not ln:
            continue
        if lines and (_cut_inside(lines[-1]) or (ln[:1].islower() and not head_at(ln))):
            lines[-1] = f"{lines[-1]} {ln}"
        else:
            lines.append(ln)
    return "; ".join(strip_trailing_punct(ln) for ln in lines if strip_trailing_punct(ln))


def _cut_inside(line: str) -> bool:
    """A line cut inside a list (`Sở A,`) or before a name (`..., Sở`: a bare head noun)."""
    last = re.split(r",\s*", line)[-1]
    return line.endswith(",") or (bool(last) and head_at(last) == last.lower())


_MARKED = re.compile(r"([^;\n()]+?)\s*\((chủ trì|phối hợp)\)", re.IGNORECASE)
_LABELLED = re.compile(r"^(chủ trì|phối hợp)(?: thực hiện)?\s*:\s*(.+)$", re.IGNORECASE)


# where the next role's label opens inside one cell: a new line, or `;`, `.`, `,` or a dash before `Phối hợp:`
# (a cell typed on one line, `- Chủ trì: Ban A - Phối hợp: Ban B`), or a capitalised `Phối hợp:` after a space (a
# web page's `<br>` lost on the way: `Chủ trì: Ban A Phối hợp: Ban B`)
_ROLE_LABEL_BREAK = re.compile(r"\n|;\s*(?=(?:chủ trì|phối hợp)\b)|(?:[.,]\s*|\s+[-–]\s*)(?=(?:chủ trì|phối hợp)"
                               r"(?: thực hiện)?\s*:)|\s+(?=(?-i:Chủ trì|Phối hợp)(?: thực hiện)?\s*:)", re.IGNORECASE)


def roles_in_cell(cell: str) -> tuple[list[str], list[str]] | None:
    """`Ban A (chủ trì), UBND quận (phối hợp)` or `Chủ trì: Ban A` / `Phối hợp: Mặt trận ...` in one
    cell, one per line or run together on one line: (lead, support), or None when the cell marks no roles."""
    lead: list[str] = []
    support: list[str] = []
    for m in _MARKED.finditer(cell):
        names = split_mentions(m.group(1).strip(" ,;"))
        (lead if m.group(2).lower() == "chủ trì" else support).extend(names)
    if not lead:
        role = None  # the list of the last label met: a line naming bodies with no label of its own adds to it
        for part in (p.strip() for p in _ROLE_LABEL_BREAK.split(cell)):
            labelled = _LABELLED.match(part)
            if labelled:
                role = lead if labelled.group(1).lower() == "chủ trì" else support
            if role is not None and (labelled or head_at(part)):
                role.extend(split_mentions(strip_trailing_punct(labelled.group(2) if labelled else part)))
    return (lead, support) if lead else None


_PAREN_PARTNER = re.compile(r"\(([^()]+?)\s+phối hợp\b[^()]*\)", re.IGNORECASE)


def partners_in_parens(cell: str) -> list[str]:
    """`Ban A (Viện B phối hợp chuẩn bị dự thảo)`: the body said to coordinate in brackets supports."""
    out: list[str] = []
    for m in _PAREN_PARTNER.finditer(cell or ""):
        phrase = take_phrase(m.group(1).strip())
        if phrase.strip() == m.group(1).strip() and head_at(phrase):
            out.extend(x for x in split_mentions(phrase) if x not in out)
    return out


# what a body named by its kind does in a lead cell, the words after it no part of its name: it presides, or it
# submits to the authority that decides (`Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp`)
_PRESIDES_OR_SUBMITS = re.compile(r"^(?:chủ trì|trình)\b", re.IGNORECASE)


def agencies_only(cell: str) -> str:
    """`Sở A thúc đẩy, theo dõi, báo cáo chỉ tiêu; Sở B` → `Sở A; Sở B`: a cell naming who does
    what keeps the names; when one part says `chủ trì`, that part alone is the lead.

    Only a body named by its own name (`Sở Khoa học và Công nghệ`, `Sở KH&CN`) does work in a cell, or one said
    to preside: a body named by its kind or post alone (`Địa phương`, `Cán bộ phụ trách lĩnh vực`, `Cơ quan, tổ
    chức, đơn vị`) is told apart by the words after it (`được lựa chọn`, `giám sát và phản biện xã hội`, `trực
    tiếp quản lý người ứng cử`), and the whole part is its name — unless those words say it presides or submits
    (`… trình cấp có thẩm quyền`)."""
    parts = [p.strip() for p in cell.split(";") if p.strip()]
    presiding = [p for p in parts if re.search(r"\bchủ trì\b", p)]
    kept: list[str] = []
    for part in presiding[:1] or parts:
        phrase = take_phrase(part)
        rest = part[len(phrase):].strip(" ,")
        # a predicate has an object: a single word left (`Bộ Ngoại giao`) is part of the name
        said = bool(rest) and len(rest.split()) > 1 and starts_predicate(rest.lower()) \
            and (is_specific(phrase) or bool(_PRESIDES_OR_SUBMITS.match(rest)))
        kept.append(phrase if phrase and head_at(phrase) and said else part)
    return "; ".join(kept)


# a time labelled inside the task's own cell, on its own line or after the wording: `… năm 2024.<br>Thời gian: Quý
# I/2025`, `… - Thời gian thực hiện: Thường xuyên` (the prose field habit kept when the plan was typed as a table)
_TIME_LABEL = re.compile(r"(?:\n|[.;,]\s*|\s+[-–]\s*)(?:thời gian|thời hạn|tiến độ)(?: thực hiện| hoàn thành)?\s*:\s*"
                         r"([^\n]+)$", re.IGNORECASE)


def times_in_task_cells(body: list[list[str]], cols: dict[str, int]) -> tuple[list[list[str]], dict[str, int]]:
    """Rows whose task cell ends with a labelled time, that time moved to the row's empty time cell (a column
    added when the table has none): each row's time is its own, before any merged time cell is carried down."""
    task = cols.get("task")
    if task is None or not any(task < len(r) and _TIME_LABEL.search(r[task]) for r in body):
        return body, cols
    when = cols.get("deadline", max(len(r) for r in body))
    out: list[list[str]] = []
    for row in body:
        m = _TIME_LABEL.search(row[task]) if task < len(row) else None
        if m is None or (when < len(row) and row[when].strip()):
            out.append(row)
            continue
        row = [*row, *([""] * (when + 1 - len(row)))]
        row[task], row[when] = row[task][:m.start()].rstrip(), strip_trailing_punct(m.group(1).strip())
        out.append(row)
    return out, {**cols, "deadline": when}
