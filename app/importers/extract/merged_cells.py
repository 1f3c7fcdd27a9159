"""Merged and continued cells of an annex task table, read back into whole rows.

Offices merge cells: one `Cơ quan chủ trì` (or `Phối hợp`, `Thời gian`) cell spans the rows of
every task it belongs to. Word files give the merged text on each row it spans (the reader
repeats it), but a PDF prints it once and a website's text export puts it in the first row and
leaves the next rows' cells empty. Read literally, every row after the first of a span has no
lead, no partner, no deadline.

Whether an empty cell continues the one above is decided per column from the whole table, not
per row: a table reads merged when its lead column (every task has a lead), or its time column
when it has no lead column, is empty in some task rows but filled in the first task row of every
group (a merged cell cannot reach across a group row, so an empty cell there means "none"). In
such a table each agency or time column that is also filled in the first task row of every group
carries its text down over the empty cells below it, up to the next group row. A table whose
empty cells open a group, or whose lead column is always filled, is left as printed: there an
empty partner cell means "no partner" and an empty time cell "no time" — a time merged over rows
of different leads is given on every row by Word, but in a website's text it cannot be told from
rows that have none (genre2/05 laid out as a table, `r.table`: half its tasks print no time).

Whatever the table as a whole reads, in a numbered table an empty lead cell of a task row under a task row of
its group is the lead above, and a task row printing no agency nor time at all (a bare row) takes the time
above too: as printed it would be a group title swallowing the rows after it (`_fill_bare_rows`, decided on the
development plans laid out as merged annex tables, the counts in its docstring).

A task row is numbered (`1`, `2.1`) or lettered as a sub-task under one (`a`, `b)`).

A row with no number and no title whose cells are agency or time cells (`| | | Sở Y tế |`), or
whose one cell is the title's lowercase rest, is part of the row above — cut off by a page break,
or a merged cell a PDF prints centred below the row it starts in: it is joined to it.
"""
from __future__ import annotations

import re
from itertools import pairwise

# a task's number, or a sub-task's lowercase letter under it (`a`, `b)`): rows an office merges with the row above
_TASK_NUMBER = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?$")
_CARRIED = ("lead", "support", "deadline")


def _filled(row: list[str], i: int | None) -> bool:
    return i is not None and i < len(row) and bool(row[i].strip())


def _value(row: list[str], i: int | None) -> str:
    return row[i].strip() if i is not None and i < len(row) else ""


def is_task_row(row: list[str], cols: dict[str, int]) -> bool:
    """A row that reads as a task whatever its agency cells: a task title beside an arabic number or a
    sub-task's lowercase letter (or no number column at all). A group row (`I`, `A`, a title alone across
    the row) is not."""
    if not _filled(row, cols.get("task")):
        return False
    if "stt" not in cols:
        return sum(1 for c in row if c.strip()) >= 2
    stt = re.sub(r"\s+", "", _value(row, cols["stt"])).strip("*")  # `5.1. 1`: a number wrapped in its narrow cell
    return bool(_TASK_NUMBER.match(stt)) and len({c.strip() for c in row if c.strip()}) >= 2


def join_cut_rows(body: list[list[str]], cols: dict[str, int]) -> list[list[str]]:
    """Rows cut by a page break put back together: a row with no number and no title whose cells are
    agency or time cells (the rest of a cut row, or a PDF's cells centred lower in a merged span), or
    whose one cell is a title going on in lowercase, continues the row above."""
    out: list[list[str]] = []
    task = cols.get("task")
    known = set(cols.values()) - {cols.get("stt")}
    for row in body:
        filled = [i for i, c in enumerate(row) if c.strip()]
        if out and filled and not _filled(row, cols.get("stt")) and is_task_row(out[-1], cols) \
                and set(filled) <= known and (task not in filled or (
                    len(filled) == 1 and row[task].strip()[:1].islower() and _filled(out[-1], task))):
            above = [*out[-1], *([""] * (max(filled) + 1 - len(out[-1])))]
            for i in filled:
                above[i] = f"{above[i].rstrip()}\n{row[i].strip()}" if above[i].strip() else row[i].strip()
            out[-1] = above
            continue
        out.append(list(row))
    return out


def _number(row: list[str], cols: dict[str, int]) -> str:
    return re.sub(r"\s+", "", _value(row, cols.get("stt"))).strip("*.)(")


def heads_numbers_below(body: list[list[str]], k: int, cols: dict[str, int]) -> bool:
    """A numbered row that names no agency, over rows numbered under it (`1` over `1.1`, `1.2`, or over its
    lettered sub-rows `a)`, `b)`), or over unnumbered sub-rows each naming its own lead (the Công báo's `-` rows,
    whose dash the cell reading drops): a group title, not a task whose cells are merged from above — even with a
    time, the one a merged time cell spanning the group gives it."""
    number = _number(body[k], cols)
    if not number or any(_filled(body[k], cols.get(key)) for key in ("lead", "support")):
        return False
    if k + 1 < len(body) and not _number(body[k + 1], cols) and _filled(body[k + 1], cols.get("task")) \
            and _filled(body[k + 1], cols.get("lead")):
        return True
    below = next((_number(r, cols) for r in body[k + 1:] if _number(r, cols)), "")
    return below.startswith(f"{number}.") or (number.isdigit() and below in ("a", "a)"))


def _groups(body: list[list[str]], cols: dict[str, int]) -> list[list[int]]:
    """The indexes of the task rows, in runs between group rows (or anything that is no task)."""
    runs: list[list[int]] = [[]]
    for k, row in enumerate(body):
        if is_task_row(row, cols) and not heads_numbers_below(body, k, cols):
            runs[-1].append(k)
        elif runs[-1] and any(c.strip() for c in row):
            runs.append([])
    return [r for r in runs if r]


def _carries(body: list[list[str]], groups: list[list[int]], i: int) -> bool:
    """Whether column `i` reads merged: filled where each group opens, empty in some row below."""
    opens_filled = all(_filled(body[run[0]], i) for run in groups)
    return opens_filled and any(not _filled(body[k], i) for run in groups for k in run)


def fill_merged(body: list[list[str]], cols: dict[str, int]) -> list[list[str]]:
    """`body` with the cells a merged cell spans given its text (see the module docstring)."""
    groups = _groups(body, cols)
    if not groups:
        return body
    gate = cols.get("lead", cols.get("deadline"))
    if gate is None or not _carries(body, groups, gate):
        return _fill_bare_rows(body, cols, groups)
    columns = [cols[key] for key in _CARRIED if key in cols and _carries(body, groups, cols[key])]
    return _fill_bare_rows(_carry(body, groups, columns), cols, groups)


def _fill_bare_rows(body: list[list[str]], cols: dict[str, int], groups: list[list[int]]) -> list[list[str]]:
    """Below a task row of its group, a numbered task row's empty lead cell is the lead above (a merged cell), and
    so is the time of a row whose agency and time cells are all empty — read literally, such a bare row would be
    a group title swallowing the rows after it. An empty partner cell is left empty: as likely "none" as "merged".
    Counted on the development plans laid out as merged annex tables (the cell above filled): an empty lead cell
    is the one above 746 times and none 11; a bare row's time is the one above 112 times and none 7, any other
    row's 178 and 56 (left to the table's reading); a partner 144 and 161."""
    keys = [key for key in _CARRIED if key in cols]
    if "lead" not in cols or "stt" not in cols:  # without numbers a bare row may be a group title: nothing tells
        return body
    lead, time = cols["lead"], cols.get("deadline")
    out = [list(r) for r in body]
    for run in groups:
        for above, k in pairwise(run):
            bare = not any(_filled(out[k], cols[key]) for key in keys)
            for i in ([lead, time] if bare and time is not None else [lead]):
                if not _filled(out[k], i) and _filled(out[above], i):
                    out[k] = [*out[k], *([""] * (i + 1 - len(out[k])))]
                    out[k][i] = _value(out[above], i)
    return out


def _carry(body: list[list[str]], groups: list[list[int]], columns: list[int]) -> list[list[str]]:
    """Each of `columns` carried down its empty cells to the end of each group's run of task rows."""
    out = [list(r) for r in body]
    for run in groups:
        for i in columns:
            above = ""
            for k in run:
                if _filled(out[k], i):
                    above = out[k][i]
                elif above:
                    out[k] = [*out[k], *([""] * (i + 1 - len(out[k])))]
                    out[k][i] = above
    return out


_LABEL = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3})*)[.)]?$")


def realigned_header(header: list[str], body: list[list[str]], cols: dict[str, int]) -> list[str] | None:
    """A header row that lost the cell a merge above it covered, moved back over its columns.

    A header whose `STT` cell spans two header rows (or a row of group titles above it) loses that
    cell in a web page's table: its words slide one column left, so `Nội dung` heads the column of
    row numbers and the agencies' words the task column. Seen in the rows below: the column the
    header names for the task holds only labels (`1.1`, `II`, `A`) while the column right of it holds
    the long wordings, and the header's last cell is empty (or missing). Returns the header one cell
    to the right (the labels' column left without a name), None when the header fits its rows."""
    task = cols.get("task")
    if task is None or "stt" in cols:
        return None
    width = max((len(r) for r in body), default=0)
    if any(c.strip() for c in header[width - 1:]) if len(header) >= width else False:
        return None
    rows = [r for r in body if len(r) > task + 1 and sum(1 for c in r if c.strip()) >= 3]
    labels = [r for r in rows if _LABEL.match(re.sub(r"\s+", "", r[task]).strip("*"))]
    wordings = [r for r in labels if len(r[task + 1].strip()) >= 20]
    if len(rows) < 3 or len(labels) * 10 < len(rows) * 8 or len(wordings) * 10 < len(labels) * 8:
        return None
    return ["", *header][:max(width, len(header))]
