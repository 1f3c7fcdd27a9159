"""Annex tables of tasks (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành).

Rows with a number in STT are tasks; rows that only carry a group title (`I`, `A`, or text
spanning the row) are sections whose following rows are their children.
"""
from __future__ import annotations

import re

from app.importers.blocks import Table
from app.importers.extract import assignments as asg
from app.importers.extract.deadline_phases import phase_heading
from app.importers.extract.deadline_text import cell_value, find_in_prose
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.merged_cells import fill_merged, heads_numbers_below, join_cut_rows, realigned_header
from app.importers.extract.roles import ATTR_OTHER, roles_in_list
from app.importers.extract.subjects import names_in
from app.importers.extract.table_cells import (
    agencies_only,
    as_list,
    partners_in_parens,
    roles_in_cell,
    times_in_task_cells,
)
from app.importers.extract.table_kinds import NOT_TASKS, table_shape
from app.importers.extract.table_kinds import TIME_WORDS as _TIME_WORDS
from app.importers.extract.textutil import clean_line, squash, strip_trailing_punct
from app.importers.result import ImportedNode

# Ordered: the first rule a header cell matches names its column.
_COLS: list[tuple[str, re.Pattern[str]]] = [
    ("stt", re.compile(r"^(?:stt|tt|số thứ tự|số tt)\b", re.IGNORECASE)),
    ("unit", re.compile(r"^đơn vị tính|^đvt\b", re.IGNORECASE)),
    # who submits or reviews a draft is not who does it (`Cơ quan trình`, `Cơ quan thẩm tra`)
    ("review", re.compile(r"^cơ quan trình$|thẩm tra|thẩm định|cho ý kiến|chuẩn bị ý kiến", re.IGNORECASE)),
    ("support", re.compile(r"phối hợp", re.IGNORECASE)),
    ("deadline", re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành|thời điểm|lộ trình|năm thực hiện", re.IGNORECASE)),
    ("task", re.compile(r"^(?:(?:các|những) )?(?:nội dung|nhiệm vụ|tên|công việc|giải pháp|hoạt động|đề án|"
                        r"danh mục|chương trình|dự án|chỉ tiêu)", re.IGNORECASE)),
    ("lead", re.compile(r"chủ trì|thực hiện|chịu trách nhiệm|cơ quan|đơn vị", re.IGNORECASE)),
    ("product", re.compile(r"sản phẩm|kết quả|hình thức|ghi chú|kinh phí", re.IGNORECASE)),
]
_SUBHEADER = re.compile(r"chủ trì|phối hợp", re.IGNORECASE)


# `Sản phẩm hoàn thành`, `Kết quả hoàn thành`: what is delivered, not when (`Thời gian hoàn thành` is when)
_PRODUCT_DONE = re.compile(r"^(?:dự kiến )?(?:sản phẩm|kết quả)\b(?!.*(?:thời gian|thời hạn|tiến độ))", re.IGNORECASE)


def _kind(cell: str) -> str | None:
    """The kind of a header cell: the first rule it matches."""
    text = squash(cell)
    for key, pattern in _COLS:
        if pattern.search(text):
            return "product" if key == "deadline" and _PRODUCT_DONE.search(text) else key
    return None


def _columns(header: list[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = _kind(cell)
        if key is not None and key not in cols:
            cols[key] = i
    if "task" in cols and ("lead" in cols or "deadline" in cols):
        return cols
    if "stt" in cols and "lead" in cols and ("deadline" in cols or "support" in cols):
        # `TT | Tên đề án | Chủ trì | ...` with a task column under an unexpected name: the
        # first untyped column after the number is what the rows are about
        typed = set(cols.values())
        free = [i for i in range(cols["stt"] + 1, len(header)) if i not in typed and squash(header[i])]
        if free and free[0] < min(cols["lead"], cols.get("deadline", len(header))):
            return {**cols, "task": free[0]}
    return None


def _cell(text: str | None) -> str:
    """A cell's lines, cleaned; agencies listed one per line become a `;` list."""
    lines = [clean_line(ln) for ln in (text or "").split("\n")]
    lines = [re.sub(r"^[-–+•]\s*", "", ln) for ln in lines if ln]
    return "\n".join(lines)


_PERIOD = re.compile(r"(?:đến|trước|giai đoạn|trong)\s+(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?", re.IGNORECASE)


def _title_period(caption: str) -> str | None:
    """`PHÂN CÔNG ... CHỈ TIÊU ĐẾN NĂM 2030` → `ĐẾN NĂM 2030`; `(Kèm theo Kế hoạch ... ngày ...)` is no period."""
    caption = re.sub(r"\((?:Kèm|Ban hành kèm)[^()]*\)?", "", caption, flags=re.IGNORECASE)
    m = _PERIOD.search(caption)
    return m.group(0) if m else None


def _repeated_header(row: list[str]) -> bool:
    """The header printed again on a new page: short cells naming the columns, even with its task word
    broken in a narrow cell (`Nội dun g`) when three other cells name three kinds of column and none holds
    a figure (a task row's time or product cell does)."""
    cells = [squash(c) for c in row if c.strip()]
    if len(cells) < 3 or any(len(c) >= 40 for c in cells):
        return False
    return _columns(row) is not None or (len({_kind(c) for c in cells} - {None}) >= 3
                                         and not any(ch.isdigit() for c in cells for ch in c))


def _realign(row: list[str], cols: dict[str, int], width: int) -> list[str]:
    """A pasted row that lost its empty number cell (`| Nghị quyết ... | Ban A | ...`) moves back under
    its columns: its first cell holds the task's long wording where the number belongs."""
    stt, task = cols.get("stt"), cols.get("task")
    if stt is None or task != stt + 1 or len(row) <= task or not row[stt].strip():
        return row
    first = squash(row[stt])
    if len(first) > 40 and not re.fullmatch(r"[\dIVXivx.]+", first) and (len(row) < width or not row[-1].strip()):
        return ["", *row[: width - 1]] if len(row) >= width else ["", *row]
    return row


_GROUP_ROW = re.compile(r"^(?:[IVX]{1,4}|[A-Z])[.)]\s+\S")
_AGENCY_KINDS = ("lead", "support", "review")
# a time cell that defers to something else: `Theo kết quả rà soát, đề xuất của các cơ quan`, `Theo tiến độ
# của dự án` (short: a long `Theo ...` cell is a note)
_DEFERRED_TIME = re.compile(r"^theo\b.{0,80}$", re.IGNORECASE)


def _time_column(body: list[list[str]], cols: dict[str, int]) -> int | None:
    """A column whose header names no kind (`Giai đoạn`, `Mốc`, `Năm`, no header at all) but whose
    cells are all short times (`Quý II/2026`, `Năm 2026`, `Thường xuyên`) is the time column: what
    a column holds says what it is whatever its header word, and without it every row loses its time."""
    typed = set(cols.values())
    width = max((len(r) for r in body), default=0)
    for i in (i for i in range(width) if i not in typed):
        cells = [squash(r[i]) for r in body if i < len(r) and r[i].strip()]
        times = [c for c in cells if len(c) <= 60 and (find_in_prose(c) or _TIME_WORDS.search(c))]
        if len(cells) >= 2 and len(times) * 10 >= len(cells) * 8:
            return i
    return None


# the two ends of a time printed in two columns: `Bắt đầu | Hoàn thành`, `Thời gian thực hiện` over `Từ | Đến`
_START = re.compile(r"bắt đầu|khởi công|\btừ$", re.IGNORECASE)
_END = re.compile(r"hoàn thành|kết thúc|\bđến$", re.IGNORECASE)


def _span_end(header: list[str], sub: list[str], cols: dict[str, int]) -> int | None:
    """When the time column is the start of a span whose end is the next column (`Thời gian bắt đầu |
    Thời gian hoàn thành`, or a merged `Thời gian thực hiện` over `Bắt đầu | Kết thúc`), the end: a
    deadline is when the work must be done, and the start would put every row's time wrong."""
    start = cols.get("deadline")
    if start is None:
        return None
    task = cols.get("task")
    if task is not None and task < len(sub) and sub[task].strip() or any(len(c) > 30 for c in sub):
        sub = []  # the first row of tasks, not a second header row

    def label(i: int) -> str:
        return squash(f"{header[i] if i < len(header) else ''} {sub[i] if i < len(sub) else ''}")

    if not _START.search(label(start)):
        return None
    return next((i for i in (start + 1, start + 2) if _END.search(label(i)) and not _PRODUCT_DONE.search(label(i))),
                None)  # `Sản phẩm hoàn thành` is what is delivered


def _broken(rows: list[list[str]], width: int) -> bool:
    """A pasted table whose rows the website broke: many rows with several cells but not the
    header's count (a group row spanning the table has one cell and does not count)."""
    full = [r for r in rows if sum(1 for c in r if c.strip()) >= 2]
    odd = [r for r in full if len(r) != width]
    # rows run together (more cells than columns), or a row opening with what belongs after the
    # task (an agency, a time, a bullet of a note), marks breakage; short rows alone are a table
    # that leaves its empty trailing cells out
    return len(full) >= 3 and len(odd) * 3 >= len(full) and any(len(r) > width or _shifted(r) for r in full)


def _shifted(row: list[str]) -> bool:
    first = next((c.strip() for c in row if c.strip()), "")
    return bool(head_at(first) or re.match(r"^[-–+•]\s", first)
                or (len(first) < 60 and (find_in_prose(first) or _TIME_WORDS.search(first))))


def _accepts(kind: str, cell: str) -> bool:
    if kind in _AGENCY_KINDS:
        return bool(head_at(re.sub(r"^[-–+•]\s*", "", cell)))
    if kind == "deadline":
        return bool(find_in_prose(cell) or _TIME_WORDS.search(cell) or _DEFERRED_TIME.match(cell))
    return kind not in ("stt", "task", "empty")


def _rebuild(rows: list[list[str]], cols: dict[str, int], header: list[str]) -> list[list[str]]:
    """Rows again from the stream of a broken table's cells, read in order: a cell of the task's
    kind (a long wording, not an agency, not a bullet, not a time once the time column is due)
    opens a row, and each following cell goes to the next column whose kind it fits (agencies
    to agency columns, a time to the time column, anything to a product or note column)."""
    width = len(header)
    # a column without a header holds nothing; a second column of a kind (`Cơ quan trình` and `Cơ quan
    # thẩm tra`) takes the same cells as the first
    kinds = [(_kind(h) or "other") if squash(h) else "empty" for h in header]
    for kind, i in cols.items():
        if i < width:
            kinds[i] = kind
    task = cols["task"]
    out: list[list[str]] = []
    current: list[str] | None = None
    column = width
    openings: set[str] = set()  # the first two words of the task cells read so far
    for cell in (c.strip() for row in rows for c in row):
        if not cell or re.fullmatch(r"[\dIVXivx.()]+", cell):
            continue
        if _GROUP_ROW.match(cell) and len(cell) < 200:
            current = None
            out.append([cell if i == task else "" for i in range(width)])
            continue
        fits = next((i for i in range(column, width) if _accepts(kinds[i], cell)), None)
        wording = len(cell) >= 25 and not re.match(r"^[-–+•]", cell) and not head_at(cell)
        opening = " ".join(cell.lower().split()[:2])
        # a wording where only a note column is left opens the next row when it opens like the
        # task cells before it, or when that note is already filled
        new_row = wording and (fits is None or (kinds[fits] not in _AGENCY_KINDS + ("deadline",) and (
            opening in openings or (current is not None and current[fits] != ""))))
        if current is None or new_row:
            current = ["" for _ in range(width)]
            current[task] = cell
            out.append(current)
            openings.add(opening)
            column = task + 1
            continue
        if fits is not None:
            current[fits] = cell
            column = fits + 1
    return out


def _group_kind(stt: str, last_letter: str) -> str:
    """How a group row is numbered: `letter` (`A`, `B`), `roman` (`I`, `II`) or `other` (`1`, `5.1`, a bare title).
    A letter right after the last letter row (`B` then `C`, `H` then `I`) is a letter even where it reads as a
    roman numeral."""
    label = stt.strip("*. ")
    if re.fullmatch(r"[A-ZĐ]", label) and (not re.fullmatch(r"[IVXL]", label)
                                           or (last_letter and ord(label) == ord(last_letter) + 1)):
        return "letter"
    return "roman" if re.fullmatch(r"[IVXL]{1,5}", label) else "other"


def _closes_numbered_group(stt: str, group: ImportedNode) -> bool:
    """Whether a task row numbered `stt` follows a group row numbered in the same digits (`4` heading its sub-rows,
    then `5`): the next item of the group's own list, which ends the group."""
    return stt.isdigit() and group.label.isdigit()


def is_task_table(table: Table) -> bool:
    rows = [[_cell(c) for c in row] for row in table.rows]
    return any(_columns(r) for r in rows[:4])


def table_nodes(tables: list[Table]) -> list[ImportedNode]:
    """One section node per task table, with a task node per numbered row."""
    out: list[ImportedNode] = []
    count = 0
    for table in tables:
        shape = table_shape(table)
        if shape.kind in NOT_TASKS:
            continue  # figures, a budget, people, legal bases (table_kinds.py); indicators give targets
        rows = [[_cell(c) for c in row] for row in table.rows]
        header_i = next((i for i, r in enumerate(rows[:4]) if _columns(r)), None)
        by_content = shape.task_columns() if header_i is None else None
        if by_content is not None:  # a header naming no task columns over rows that are tasks
            rows = [[""] * max(len(r) for r in rows), *rows[by_content[0]:]]
            header_i = 0
        if header_i is None:
            continue
        header = rows[header_i]
        # a two-row header: `Cơ quan thực hiện` over `Chủ trì | Phối hợp`
        while header_i + 1 < len(rows) and rows[header_i + 1] == rows[header_i]:
            header_i += 1  # the header repeated
        if by_content is None and header_i + 1 < len(rows) and _SUBHEADER.search(" ".join(rows[header_i + 1])) \
                and all(len(c) < 40 for c in rows[header_i + 1]):
            sub = rows[header_i + 1]
            header = [f"{h} {sub[i] if i < len(sub) else ''}".strip() for i, h in enumerate(header)]
            header_i += 1
        cols = _columns(header) or (by_content[1] if by_content else {})
        shifted = realigned_header(header, rows[header_i + 1:], cols)
        if shifted is not None and (shifted_cols := _columns(shifted)):  # slid one cell left (`merged_cells`)
            header, cols = shifted, {**shifted_cols, "stt": cols["task"]}
        time_col = _time_column(rows[header_i + 1:], cols) if cols and "deadline" not in cols else None
        if time_col is not None:
            cols = {**cols, "deadline": time_col}
        end_col = _span_end(header, rows[header_i + 1] if header_i + 1 < len(rows) else [], cols)
        if end_col is not None:
            cols = {**cols, "deadline": end_col}
        # no time column: the period in the table's title (`... ĐẾN NĂM 2030`) dates every row
        period = None if "deadline" in cols else _title_period(table.caption)
        count += 1
        label = f"PL{count}" if len(tables) > 1 else "PL"
        section = ImportedNode(label=label, kind="section", text="Phụ lục", path=[label])
        group: ImportedNode | None = None
        groups: list[tuple[int, ImportedNode]] = []  # the open group rows, outermost first, with their rank
        kinds: list[str] = []  # the kinds of group numbering met, in order (`_group_kind`)
        last_letter = ""
        group_time: str | None = None  # a time printed on a group row: its rows' that print none
        group_times: dict[int, str | None] = {}  # each open group row's time, for the group rows under it
        body = rows[header_i + 1:]
        if "task" in cols and _broken(body, len(header)):
            body = _rebuild(body, cols, header)
        # the header repeated on a new page (or worded a little differently, `Nội dung` for `Nhiệm vụ`)
        body = [_realign(row, cols, len(header)) for row in body
                if not (row == rows[header_i] or [c.lower() for c in row] == [c.lower() for c in header]
                        or _repeated_header(row))]
        body, timed = times_in_task_cells(join_cut_rows(body, cols), cols)
        body, cols = fill_merged(body, cols), timed  # a time column added for labelled times was never merged
        for k, row in enumerate(body):
            def cell(key: str, row: list[str] = row, cols: dict[str, int] = cols) -> str:
                i = cols.get(key)
                return row[i].strip() if i is not None and i < len(row) else ""
            if re.fullmatch(r"\(?\d+\)?", cell("task")) or not any(c.strip() for c in row):
                continue  # a numbering row `(1) (2) (3)` under the header
            stt = re.sub(r"[.)]$", "", cell("stt"))
            task_text = strip_trailing_punct(cell("task"))
            lead, support, dl = (c if c != cell("task") else "" for c in (cell("lead"), cell("support"),
                                                                          cell("deadline")))
            task_text = squash(task_text.replace("\n", " "))
            dl = squash(re.sub(r"(?<=[/\-])\n", "", dl).replace("\n", " "))
            distinct = {c.strip() for c in row if c.strip()}
            # a row numbered `I.`, `IV.` with no agency is a group title, even with a stray time cell; so is `1`
            # over `1.1`
            group_row = (bool(re.fullmatch(r"\**[IVXL]{1,5}\.?\**", stt)) and not (lead or support)) \
                or heads_numbers_below(body, k, cols)
            if not (lead or support or dl) or len(distinct) == 1 or group_row:
                title = task_text or next(iter(distinct), "")
                # the numbering met first is the outermost (`A` parts over `I` sections, or `I` over `A`): an
                # annex nests its group rows as the plan nests its parts, one kind of label per level
                kind = _group_kind(stt, last_letter)
                last_letter = stt.strip("*. ") if kind == "letter" else last_letter
                kinds += [kind] if kind not in kinds else []
                rank = kinds.index(kind)
                while groups and groups[-1][0] >= rank:
                    groups.pop()
                above = groups[-1][1] if groups else section
                group = ImportedNode(label=stt or title[:10], kind="section", text=strip_trailing_punct(title),
                                     path=[*above.path, stt or title[:10]])
                # its time cell, else the time its title states (`Nhiệm vụ hoàn thành trong Quý I/2026`), as a
                # prose heading's (`section_context.items_context`), else the time of the group it is part of
                group_time = (cell_value(dl) if dl and _accepts("deadline", dl) else None) \
                    or phase_heading(title) or find_in_prose(title) or group_times.get(id(above))
                group_times[id(group)] = group_time
                above.children.append(group)
                groups.append((rank, group))
                continue
            if not task_text or ATTR_OTHER.match(task_text):
                continue  # `Kinh phí thực hiện: ngân sách tỉnh`: what the work costs or yields, no row of its own
            if group is not None and groups and _closes_numbered_group(stt, group):
                groups.pop()  # `5` after the sub-rows of `4`: the numbered group's sibling, not its sub-row
                group = groups[-1][1] if groups else None
                group_time = group_times.get(id(group)) if group is not None else None
            parent = group or section
            node = ImportedNode(label=stt or str(len(parent.children) + 1), kind="task", text=task_text,
                                path=[*parent.path, stt or str(len(parent.children) + 1)])
            node.lead = names_in(agencies_only(as_list(lead))) if lead else []
            node.support = split_mentions(as_list(support)) if support else partners_in_parens(lead)
            roles = (roles_in_list(as_list(lead)) or roles_in_cell(lead)) if lead and not support else None
            if roles:  # one `Đơn vị thực hiện` cell marking who presides and who coordinates
                node.lead, node.support = roles
            if not (lead or support):  # no agency cell: the task's own wording may name its actor
                own = asg.from_text(task_text)
                node.lead, node.support = own.lead, own.support
            node.deadline_text = cell_value(dl) if dl else (group_time or period)
            if not node.lead and not node.deadline_text:
                node.kind = "text"
            parent.children.append(node)
        out.append(section)
    return out
