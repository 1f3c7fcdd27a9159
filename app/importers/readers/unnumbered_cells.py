"""Annex task lists printed one cell fragment per line whose rows carry no number (PDF text).

The habit `wrapped_cells` reads (every cell wrapped at its column's width, one fragment a line, the header's names
wrapped too), in a list that numbers only its group rows, a bare roman numeral on a line of its own above the
group's title (a Party committee's `Danh mục các nhiệm vụ`):

    Stt / Nội dung / Thời gian trình BTV, BCH / Cơ quan / chủ trì / thực hiện / Nguồn lực / thực hiện / BTV / BCH
    I / Lĩnh vực kinh tế
    Nghị quyết về cơ cấu lại / ngành nông nghiệp giai đoạn / 2026 – 2030. / Quý I/2026 / Quý I/2026 / Đảng uỷ /
    UBND xã
    Nghị quyết … (the next row)

No number says where a row starts; the columns do, whatever the document: a row is its task cell (the widest
column, its lines as wide as the column, a justified line broken into single words now and then), then its short
cells, the time cell first (`Quý I/2026`, `Hàng quý`, `Theo chỉ đạo của tỉnh`, printed once for each sub-column
the header splits it into: `BTV` / `BCH`), then the agencies' cells, up to the next line as wide as a task line.
The short cells after the time are read as one agency cell (`Đảng uỷ` / `UBND xã` / `chủ trì,` / `phối hợp` /
`Công an` / `xã`: who leads, and whom it works with, as printed). A task cell the export printed around the short
cells goes on after them in lower case (`… cho đội ngũ cán bộ,` / cells / `đảng viên trong tình hình mới.`).
A list with a row number alone on a line anywhere is numbered after all (a gazette's table under bare roman group
rows): not this printing, and left to the other readers. The time and agency cells are read by their order and
shape, so a list whose columns after the time are a lead and a partner column gets both in its agency cell.
"""
from __future__ import annotations

import re

from app.importers.readers.flattable import STT_HEAD, is_column_name

# a group row's number alone on its line (`I`, `II.`)
_GROUP = re.compile(r"^([IVX]{1,5})\.?$")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
# a row's number alone on its line: the rows are numbered, the list is no unnumbered one
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")
# a sub-column's caption under a spanning one (`BTV` / `BCH` under `Thời gian trình BTV, BCH`)
_SUB_CAPTION = re.compile(r"^[A-ZĐ]{2,5}$")
# the first fragment of a time cell: a period, a frequency, a date or year, `Theo chỉ đạo …`
_TIME_OPENS = re.compile(r"^(?:(?:Hàng|Hằng) (?:quý|năm|tháng|tuần)|Quý|Tháng|Năm \d|Trước|Chậm nhất|Thường xuyên"
                         r"|Định kỳ|(?:Thực hiện )?[Tt]heo(?: |$)|(?:\d{1,2}/)?(?:19|20)\d{2}\b)")
# what follows the list in an annex: the signature block, another annex
_END = re.compile(r"^(?:Nơi nhận|PHỤ LỤC|Phụ lục|TM\.|T/M|KT\.)")
# the last word of a fragment that leaves its phrase open
_OPEN_END = re.compile(r"(?:\b(?:của|theo|và|về|với|cho|tại)|[,(/-])$")
_WIDE = 0.6  # of the task column's width: a line this wide is a task's, never a short cell's


def _header(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """(column names, index of the first group row) when a wrapped header over unnumbered rows starts at line i:
    `STT`, short names (a lower-case fragment going on with the name above, one at least), the sub-columns'
    captions, then a group row's bare number."""
    if not STT_HEAD.match(lines[i].strip(" *_#")):
        return None
    names = [lines[i].strip(" *_#")]
    wrapped = False
    j = i + 1
    while j < len(lines) and j - i < 20:
        text = lines[j].strip(" *_#")
        if not text or len(text) > 45 or _GROUP.match(text):
            break
        if _SUB_CAPTION.match(text):
            pass  # a spanning column's parts: its cells are read by their shape
        elif text[:1].islower() and len(names) > 1:
            names[-1] += " " + text
            wrapped = True
        else:
            names.append(text)
        j += 1
    if not wrapped or j >= len(lines) or _GROUP.match(lines[j].strip()) is None or len(names) < 4:
        return None
    if not all(is_column_name(n) for n in names[1:]) or not any(re.search(r"chủ trì", n, re.I) for n in names):
        return None
    return names, j


def _opens_time(prev: str, line: str) -> bool:
    """Whether `line` opens a time cell after `prev` (not a year the task's wording goes on with: `giai đoạn` /
    `2026 – 2030.`)."""
    return bool(_TIME_OPENS.match(line)) \
        and not (line[:1].isdigit() and re.search(r"(?:số|năm|giai đoạn|ngày|tháng|đến|từ|,|-)$", prev))


def _cells(fragments: list[str]) -> list[str]:
    """The short cells of a row from their fragments: a cell opens at a capital or a digit, unless the fragment
    above leaves a phrase open (`Thực hiện theo` / `chỉ đạo của` / `Tỉnh uỷ`)."""
    cells: list[str] = []
    for fragment in fragments:
        if cells and (not (fragment[:1].isupper() or fragment[:1].isdigit()) or _OPEN_END.search(cells[-1])):
            cells[-1] += " " + fragment
        else:
            cells.append(fragment)
    return cells


def _rows(lines: list[str], j: int, width: int) -> tuple[list[list[str]], int]:
    """The rows from line j: `[number, title]` for a group row, `[task, time, agencies]` for a task row; and the
    index after the list."""
    rows: list[list[str]] = []
    task: list[str] = []
    short: list[str] = []  # the row's short cells' fragments, from its time cell on
    group = ""  # the last group row's number

    def close() -> None:
        if task:
            cells = _cells(short)
            time = cells[0] if cells and _TIME_OPENS.match(cells[0]) else ""
            rest = cells[1:] if time else cells
            while rest and _TIME_OPENS.match(rest[0]):
                rest = rest[1:]  # the time printed again under the spanning column's next part
            rows.append(["", " ".join(task), time, " ".join(rest)])
        task.clear()
        short.clear()

    while j < len(lines):
        text = lines[j].strip()
        if not text:
            j += 1
            continue
        if _END.match(text) or len(text) > 2 * width:
            break
        numbered = _GROUP.match(text)
        expected = _ROMAN[_ROMAN.index(group) + 1] if group in _ROMAN[:-1] else "I"
        if numbered and numbered.group(1) == expected and j + 1 < len(lines):
            close()
            group = numbered.group(1)
            title = [lines[j + 1].strip()]
            j += 2
            while j < len(lines) and lines[j].strip()[:1].islower():
                title.append(lines[j].strip())
                j += 1
            rows.append([group, " ".join(title)])
            continue
        if not group:
            break
        wide = len(text) >= _WIDE * width
        if short and wide and text[:1].islower():
            task.append(text)  # the task cell printed around the short cells goes on
        elif short and wide:
            close()
            task.append(text)
        elif short or (task and _opens_time(task[-1], text)):
            short.append(text)
        else:
            task.append(text)
        j += 1
    close()
    return rows, j


def take_unnumbered_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """(rows, index after the list) when a task list printed cell fragment by fragment with unnumbered rows starts at
    line i: its header (the names joined) first, then a row per group row and per task row, each task row's cells
    under the task column, the first time column and the first column naming who presides."""
    head = _header(lines, i)
    if head is None:
        return None
    names, j = head
    lengths = sorted(len(ln.strip()) for ln in lines[j:j + 200] if ln.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    rows, end = _rows(lines, j, width)
    if sum(len(r) == 4 for r in rows) < 2 or any(_ROW_NUMBER.match(ln.strip()) for ln in lines[j:end]):
        return None  # too few rows, or rows numbered after all (a number alone on its line): not this printing
    time_col = next((k for k, n in enumerate(names) if re.search(r"thời gian|thời hạn|tiến độ", n, re.I)), None)
    lead_col = next((k for k, n in enumerate(names) if re.search(r"chủ trì", n, re.I)), None)
    table = [names]
    for row in rows:
        out = [""] * len(names)
        out[0], out[1] = (row[0], row[1]) if len(row) == 2 else ("", row[1])
        if len(row) == 4:
            for col, cell in ((time_col, row[2]), (lead_col, row[3])):
                if col is not None and col > 1:
                    out[col] = cell
        table.append(out)
    return table, end
