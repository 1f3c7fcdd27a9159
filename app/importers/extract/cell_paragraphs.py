"""An annex task table the export printed one cell per paragraph, its rows' cells not always in row order.

A plain `pdftotext` of a table whose cells wrap over several lines prints each cell as a paragraph of its own and,
where a row's cells are of unequal height, the short cells of several rows together (`Nhiệm vụ` / `Đảng ủy A` /
`Nhiệm vụ` / `Đảng ủy A` / `Đồng chí …` / `Đồng chí … 2026 - 2030`); the row numbers and page numbers are dropped
as page furniture. No row can be rebuilt cell by cell, but each cell says which column it is from by its shape:
the column captions (`Nhiệm vụ cụ thể`, `Cơ quan … chủ trì`, `Thời hạn thực hiện`), a group row (`II.1 Hoàn thiện
…`: the number cell run into its title), a cell that only names bodies (`Đảng ủy UBND tỉnh`, `Sở A; Sở B`: who
leads), a cell naming a person (`Đồng chí …`: the leader who oversees, neither lead nor partner), a cell that is only
a time (`Trước ngày 15/10/2026`, `2026 - 2030`), possibly run onto the person cell before it. Every other cell is a
task's wording. A task takes the first body cell after it (the export keeps a row's subject and its lead together,
the two tallest cells); the times go to the group's tasks in the order both are printed (a scrambled run prints
the wordings of several rows, then their short cells: `2026 - 2030` / `2029 - 2030` / … for rows 1, 2, …; a row
whose time cell is empty gives its time to the next one, up to the next group row).

Kept apart from the outline: read as an outline, the cells became tasks led by the group row or by a person, and the
wordings that did not start a paragraph with a label became text. Used by `pipeline` for an annex whose captions name
a task column and a lead column and that carries no outline labels of its own.

One of two printings of an annex table as text, told apart by what marks a cell's end. Here a blank line ends every
cell (pdftotext's paragraphs), so a cell reaches the extraction as one paragraph, from any reader (a .docx copy too),
but the rows come out of order and without their numbers: only a cell's shape says its column. The other printing
(`readers.cell_tables.take_cell_table`, with `readers.unnumbered_cells`) has no blank line at all: one line per
fragment of a wrapped cell, the rows in order; there the reader rebuilds the rows from the lines' widths before any
paragraph is joined, and the annex comes to the extraction as a table.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.outline import Line
from app.importers.extract.textutil import strip_trailing_punct
from app.importers.result import ImportedNode

# the captions of a task table's columns
_TASK_CAPTION = re.compile(r"^(?:Nội dung )?[Nn]hiệm vụ(?: cụ thể| chủ yếu| trọng tâm)?$|^Nội dung(?: công việc)?$")
_LEAD_CAPTION = re.compile(r"^(?:Cơ quan|Đơn vị)\b.{0,30}\bchủ trì$|^Chủ trì$", re.IGNORECASE)
_OTHER_CAPTION = re.compile(r"^(?:S?TT|Cá nhân phụ trách.*|(?:Cơ quan|Đơn vị) phối hợp|Phối hợp|Thời (?:hạn|gian).*"
                            r"|Sản phẩm.*|Ghi chú|Kết quả.*)$", re.IGNORECASE)
# an indicator table's column of figures (`Mục tiêu`, `Chỉ tiêu`): its rows are targets, not tasks
_FIGURE_CAPTION = re.compile(r"^(?:Mục tiêu|Chỉ tiêu|Giá trị|Kế hoạch năm \d{4})\b.{0,20}$", re.IGNORECASE)
# a group row: its number cell (`II.1`, `I`) run into its title
_GROUP = re.compile(r"^(?P<label>[IVX]{1,4}(?:\.\d{1,2})?)\s+(?=[A-ZĐÀ-Ỹ])")
# the first row's number cell and wording run onto its group row (`II.5 Thích ứng … nền kinh tế 16 Xây dựng …`)
_RUN_ON_ROW = re.compile(r"\s\d{1,3}\s+(?=[A-ZĐÀ-Ỹ])")
# the person who oversees a row (`Đồng chí …`), and the wrapped rest of that cell printed as a dash
_PERSON = re.compile(r"^(?:Đồng chí|Đ/c)\s")
_POST = re.compile(r"^(?:Ủy viên|Uỷ viên|Tỉnh ủy viên|Phó|Chủ tịch|Bí thư|Trưởng|Giám đốc)\b")
# a time cell: a date, a year or a span of years, with a note in parentheses
_TIME = re.compile(r"(?:(?:Trước|Chậm nhất|Hoàn thành)\s+(?:ngày\s+)?)?(?:\d{1,2}/\d{1,2}/)?20\d{2}"
                   r"(?:\s*[-–]\s*20\d{2})?(?:\s*\([^()]*\)?)?", re.IGNORECASE)
# a year or span of years ending a cell of another column, the time cell joined to it
_RUN_ON_TIME = re.compile(r"\s((?:\d{1,2}/\d{1,2}/)?20\d{2}(?:\s*[-–]\s*20\d{2})?)$")
# a paragraph of this many words or more is a task's wording, never a cell naming bodies
_NAMES_WORDS = 15
# fewer tasks than this read from the cells: not a task table
_MIN_TASKS = 2


def _caption(text: str) -> bool:
    bare = strip_trailing_punct(re.sub(r"\s*\(\W*\)\s*$", "", text)).strip()
    return bool(_TASK_CAPTION.match(bare) or _LEAD_CAPTION.match(bare) or _OTHER_CAPTION.match(bare))


def _bodies(text: str) -> list[str] | None:
    """The bodies a cell names when it names only bodies (`Đảng ủy HĐND tỉnh; Đảng uỷ UBND tỉnh`), else None."""
    if len(text.split()) >= _NAMES_WORDS:
        return None
    parts = [p.strip(" ,;.") for p in text.split(";") if p.strip(" ,;.")]
    if not parts or not all(head_at(p) and take_phrase(p).strip(" ,;.") == p for p in parts):
        return None
    return [m for p in parts for m in split_mentions(p)]


def _split_run_on(title: str) -> tuple[str, str]:
    """A group row's title, and the wording of the row run onto it (or "")."""
    parts = _RUN_ON_ROW.split(title, maxsplit=1)
    return (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else (title, "")


def _time(text: str) -> str | None:
    m = _TIME.search(text)
    return strip_trailing_punct(m.group(0).strip()) if m else None


def is_cell_table(lines: list[Line]) -> bool:
    """Do the annex's lines hold a task table's column captions (a task column and a lead column), with no outline
    label of their own (a labelled annex is read as an outline)?"""
    texts = [ln.text.strip() for ln in lines if ln.label is None]
    if any(ln.label is not None and not (ln.style or "").startswith("bullet") for ln in lines):
        return False
    if any(_FIGURE_CAPTION.match(t) for t in texts):
        return False
    return any(_TASK_CAPTION.match(t) for t in texts) and any(_LEAD_CAPTION.match(strip_trailing_punct(t))
                                                              for t in texts)


def cell_tasks(lines: list[Line], prefix: str) -> list[ImportedNode] | None:
    """The tasks of an annex table printed one cell per paragraph (the module's docstring says how each cell is
    read), grouped under its group rows; None when fewer than two tasks come out of it."""
    groups: list[ImportedNode] = []
    tasks: list[ImportedNode] = []
    current: ImportedNode | None = None  # the last task, waiting for its lead
    waiting: list[ImportedNode] = []  # the tasks of this group still without a time, first printed first
    person = False

    def give_time(text: str) -> None:  # each time printed in the cell (short cells joined) to the next task
        for m in _TIME.finditer(text):
            if waiting:
                waiting.pop(0).deadline_text = strip_trailing_punct(m.group(0).strip())

    started = False
    for ln in lines:
        text = ln.text.strip()
        if ln.label is not None:  # a cell's wrapped rest the export printed after a dash
            if person and _POST.match(text):
                give_time(text)
            continue
        if _caption(text):
            started = True
            continue
        if not started or not text:
            continue
        person = False
        if group := _GROUP.match(text):
            label = group.group("label")
            title, run_on = _split_run_on(text[group.end():].strip())
            groups.append(ImportedNode(label=label, kind="section", text=title, path=[prefix, label]))
            current = None
            waiting.clear()
            if not run_on:
                continue
            text = run_on
        if _PERSON.match(text):
            person = True
            give_time(text)
            continue
        joined = _RUN_ON_TIME.search(text)  # the row's time cell joined to its lead's (`Đảng ủy UBND tỉnh 2027`)
        if (bodies := _bodies(text[:joined.start()] if joined else text)) is not None:
            if current is not None and not current.lead:
                current.lead = bodies
            if joined:
                give_time(joined.group(1))
            continue
        if _time(text) == strip_trailing_punct(text):
            give_time(text)
            continue
        holder = groups[-1] if groups else None
        path = [*(holder.path if holder else [prefix]), f"{len(tasks) + 1}"]
        current = ImportedNode(label=f"{len(tasks) + 1}", kind="task", text=strip_trailing_punct(text), path=path)
        tasks.append(current)
        waiting.append(current)
        (holder.children if holder else groups).append(current)
    if len(tasks) < _MIN_TASKS:
        return None
    for task in tasks:
        if not task.lead and task.deadline_text is None:
            task.kind = "text"  # a cell read as a wording that no body or time belongs to
    return groups
