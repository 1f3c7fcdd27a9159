"""The shapes a wrapped table's rows take, and each one's cells (PDF text).

A table printed one cell fragment per line (`wrapped_cells` reads its header, page furniture and row order) holds
more than numbered task rows; what each shape looks like, whatever the document:
- a numbered row opens with its number alone on a line (`1.`, `12`) or before its task's first line (`10. Xây dựng
  …`); its cells are cut from its fragments (`cell_bounds`), a page break's rests put back in column order;
- a group row opens with its number (`I.`, `A. Title`, the Công báo's dotless `I` / `IV Title`), groups counted in
  order (`I`, `II` …; `A`, `B` …);
- a note row spans the whole table between two numbered rows (`Các bộ, cơ quan … (chi tiết trong Kế hoạch …)`): a
  line wider than any column, with the next row's number a few lines below;
- a numbered row whose task stands over sub-rows prints its short cells empty (a blank line each), then one sub-row
  after another, each opening with a dash (or, alone, with no mark); a merged short cell prints once beside the
  sub-rows it spans.
These rules live apart from the reading of the table (`wrapped_cells`) so each shape is found in one place;
`cell_tables` is the entry to every reader of tables printed cell by cell.
"""
from __future__ import annotations

import re
from collections import Counter

from app.importers.readers.cell_bounds import continue_cells, short_cells, task_lines, time_run_on

# a row's number on its own line (`1.`, `12`) or before its task's first line (`10. Xây dựng …`), a group row's
# (`I.`, `A.`) with its title or alone
ROW_NUMBER = re.compile(r"^(\d{1,3})(?:\.?|\.\s+(\S.*))$")
_GROUP_OPEN = re.compile(r"^([IVXL]{1,5}|[A-HK-Z])\.(?:\s+(\S.*))?$")
# the Công báo prints a group row's Roman number in a cell of its own without a dot (`I` / its title, or `IV Huy động
# …` on one baseline)
_BARE_GROUP = re.compile(r"^([IVX]{1,5})(?:\s+([A-ZĐÀ-Ỹ].*))?$")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
# a sub-row's dash, alone on its line or before the sub-row's first words
_SUB_ROW_DASH = re.compile(r"^[-–]\s*(.*)$")
_NOTE_LINES = 4  # a note row spanning the table is this many lines at most


class Row:
    """A row being read: its number, whether it is a group row, its fragments split at page breaks."""

    def __init__(self, label: str, group: bool, first: str | None = None) -> None:
        self.label = label
        self.group = group
        self.parts: list[list[str]] = [[first] if first else []]
        self.blanks: list[int] = []  # where the first part printed a blank line (an empty cell): fragments before

    def add(self, text: str) -> None:
        self.parts[-1].append(text)

    def page_break(self) -> None:
        if self.parts[-1]:
            self.parts.append([])

    def blank(self) -> None:
        if len(self.parts) == 1:
            self.blanks.append(len(self.parts[0]))


def group_open(text: str) -> re.Match[str] | None:
    """A group row's opening (`I.`, `A. Title`, the Công báo's dotless `I` / `IV Title`): group 1 its number, group
    2 its title on the same line."""
    return _GROUP_OPEN.match(text) or _BARE_GROUP.match(text)


def next_group(label: str, last: str | None) -> bool:
    """Whether `label` is the group number after `last` (`I` first, then `II` …; `A`, then `B` …)."""
    if label in _ROMAN:
        return _ROMAN.index(label) == (_ROMAN.index(last) + 1 if last in _ROMAN else 0)
    return len(label) == 1 and ord(label) == (ord(last) + 1 if last and last not in _ROMAN else ord("A"))


def note_row_end(lines: list[str], j: int, number: int) -> int | None:
    """The index after a note row spanning the whole table (`Các bộ, cơ quan … (chi tiết trong Kế hoạch …)`) that
    starts at line j, when the next row's number follows it within a few lines; None when the table has ended."""
    for k in range(j + 1, min(j + _NOTE_LINES + 1, len(lines))):
        found = ROW_NUMBER.match(lines[k].strip())
        if found and int(found.group(1)) == number + 1:
            return k
    return None


def numbered_row(row: Row, width: int, kinds: list[str], pairs: Counter[str]) -> list[str]:
    """A numbered row's cells: number, task, then the short columns."""
    task, rest = task_lines(row.parts[0], width, False)
    rest = time_run_on(rest, width)
    cells, short_counts = short_cells(rest, kinds)
    counts = [len(task), *short_counts]
    out = [" ".join(task), *cells]
    for part in row.parts[1:]:
        more, rest = task_lines(part, width, True)
        if more:
            out[0] = f"{out[0]} {' '.join(more)}".strip()
        continue_cells(out, counts, rest, pairs)
    return [row.label, *out]


def sub_rows(row: Row, width: int, kinds: list[str]) -> list[list[str]] | None:
    """A numbered row whose task cell stands over sub-rows, each with its own cells, as rows: the numbered row with
    its short cells empty (the Công báo prints an empty cell as a blank line: as many blank lines as short columns
    after the task cell), then one row per sub-row, unnumbered, each opening with a dash (`-` / `Công trình giao
    thông.` / `Bộ Xây dựng`) or, for a single sub-row, with no mark. A short cell a sub-row leaves empty is the one
    printed beside the sub-row above: a merged cell prints once beside the sub-rows it spans. None for any other
    row (and for a row a page break cut: read by `numbered_row`)."""
    if any(row.parts[1:]):
        return None
    fragments = row.parts[0]
    cut = next((at for at in sorted(set(row.blanks)) if row.blanks.count(at) >= len(kinds)), None)
    if not cut or cut >= len(fragments):
        return None
    task, short = task_lines(fragments[:cut], width, False)
    if short:
        return None
    pieces: list[list[str]] = [[]]
    for text in fragments[cut:]:
        dash = _SUB_ROW_DASH.match(text)
        if dash and pieces[-1]:
            pieces.append([])
        if not dash or dash.group(1):
            pieces[-1].append(dash.group(1) if dash else text)
    out = [[row.label, " ".join(task), *([""] * len(kinds))]]
    above = [""] * len(kinds)
    for piece in pieces:
        sub_task, rest = task_lines(piece, width, False)
        cells, _ = short_cells(rest, kinds)
        above = [cell or merged for cell, merged in zip(cells, above, strict=True)]
        out.append(["", " ".join(sub_task), *above])
    return out
