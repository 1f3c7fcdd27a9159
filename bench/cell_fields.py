"""Several fields of a task typed in one cell of an annex table, for the perturbation bench (`k.role_cells`,
`k.time_in_cell` of `bench.perturbations`).

Offices that keep the annex narrow give one `Đơn vị thực hiện` cell both roles, `Chủ trì: A<br>Phối hợp: B`
(genre/15_quan3_quanuy prints it), or type them on one line as dashes (`- Chủ trì: A - Phối hợp: B`); others
write the time under the task's wording in its own cell (`…<br>Thời gian: Quý II/2026`, the prose field habit
kept in a table) and print no time column. Neither changes a word the gold compares.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable

from bench.table_layouts import SEPARATOR, each_table, pipe_cells

_LEAD = re.compile(r"chủ trì", re.IGNORECASE)
_PARTNER = re.compile(r"phối hợp", re.IGNORECASE)
_TIME = re.compile(r"thời gian|thời hạn|tiến độ", re.IGNORECASE)
_TASK = re.compile(r"nội dung|nhiệm vụ|công việc|giải pháp", re.IGNORECASE)
# how the two roles are set in one cell: a line each (`<br>`), a dash each, or dashes run on one line
_ROLE_STYLES = ("Chủ trì: {lead}<br>Phối hợp: {partner}", "- Chủ trì: {lead}<br>- Phối hợp: {partner}",
                "- Chủ trì: {lead} - Phối hợp: {partner}")


def _tables(text: str, relay: Callable[[list[list[str]]], list[list[str]]]) -> str:
    """Every markdown pipe table of `text` passed through `relay`, which takes and returns the table's rows of
    cells (the header first)."""
    def pipe(block: list[str]) -> list[str]:
        rows = relay([pipe_cells(ln) for ln in block if not SEPARATOR.match(ln.strip())])
        return ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0]),
                *("| " + " | ".join(r) + " |" for r in rows[1:])]
    return each_table(text, pipe)


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((c for c, h in enumerate(header) if pattern.search(h)), None)


def role_cells(text: str, rng: random.Random) -> str:
    """Each table's `… chủ trì` and `… phối hợp` columns (side by side) typed as one `Đơn vị thực hiện` cell
    marking both roles; a row with no partner names its lead alone, as offices write it."""
    def relay(rows: list[list[str]]) -> list[list[str]]:
        lead = _column(rows[0], _LEAD)
        if lead is None or _column(rows[0], _PARTNER) != lead + 1 or _PARTNER.search(rows[0][lead]):
            return rows
        style = rng.choice(_ROLE_STYLES)
        kind = re.sub(r"\s*chủ trì.*$", "", rows[0][lead], flags=re.IGNORECASE).strip() or "Đơn vị"
        out = [[*rows[0][:lead], f"{kind} thực hiện", *rows[0][lead + 2:]]]  # `Cơ quan chủ trì` → `Cơ quan thực hiện`
        for row in rows[1:]:
            first, second = (row[lead] if lead < len(row) else ""), (row[lead + 1] if lead + 1 < len(row) else "")
            both = style.format(lead=first, partner=second) if first and second else first or second
            out.append([*row[:lead], both, *row[lead + 2:]])
        return out
    return _tables(text, relay)


def time_in_cell(text: str, rng: random.Random) -> str:
    """Each table's time column dropped, the row's time written under the wording in the task cell."""
    def relay(rows: list[list[str]]) -> list[list[str]]:
        when, task = _column(rows[0], _TIME), _column(rows[0], _TASK)
        if when is None or task is None or when == task:
            return rows
        label = rng.choice(("Thời gian", "Thời gian thực hiện", "Thời hạn"))
        out = [[h for c, h in enumerate(rows[0]) if c != when]]
        for row in rows[1:]:
            time = row[when].strip() if when < len(row) else ""
            cells = [f"{v}<br>{label}: {time}" if c == task and time and v else v for c, v in enumerate(row)]
            out.append([v for c, v in enumerate(cells) if c != when])
        return out
    return _tables(text, relay)
