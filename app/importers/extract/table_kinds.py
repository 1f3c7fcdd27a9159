"""What a table holds, judged by its cells the way a clerk does, not by its header words.

A plan's annexes hold tables of tasks and tables that are not tasks: figures (indicators,
forecasts, monitoring points), budgets, members of a steering committee, legal bases, contacts.
Their headers vary from office to office (`Nội dung | Năm 2024 | Năm 2025`, `Việc cần làm | Ai
làm | Khi nào`), but what fills the columns does not:

- the *subject* column is the first column of text after the numbering; it says what each row
  is about: a duty (opens with an action verb), a quantity, a person, a legal document;
- a row is a task only when something in it assigns the duty or dates it: a column of agency
  names or a column of times (ANNOTATION: a task carries an assignment or a deadline);
- a table whose cells past the subject are mostly figures (numbers, percentages, amounts,
  units) is data, whatever agency column stands beside them, and so is a table whose money
  column is not dated (a budget);
- a table whose subject is a person's name is a list of people, one whose subject is a legal
  document with no agency or time beside it is a list of bases, one of telephone numbers or
  e-mail addresses a contact list.

Every judgement is a share over the whole table's rows, never one row's wording, so a stray
figure in a task table or a task-like row in a data table does not flip it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.importers.blocks import Table
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.indicator_tables import is_indicator_table
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import starts_predicate
from app.importers.extract.textutil import clean_line, squash

# the kinds whose rows are never tasks (indicator tables give targets, indicator_tables.py)
NOT_TASKS = frozenset({"indicators", "data", "budget", "people", "bases", "contacts"})

# words of a time in a cell (`Quý II/2026`, `Năm 2026`, `Thường xuyên`, `Kỳ họp thứ 9`)
TIME_WORDS = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:quý|tháng|hằng|hàng|thường xuyên|kỳ họp|phiên họp)\b",
                        re.IGNORECASE)
_NUM = r"\d+(?:[.,]\d+)*"
# a measure printed after a figure or alone in a unit column: short lowercase words, no verb
_UNIT = r"%|‰|[a-zđà-ỹ²³/]{1,12}(?:\s+[a-zđà-ỹ²³/]{1,12}){0,2}"
_FIGURE = re.compile(
    rf"^(?:[<>≤≥~≈]=?|khoảng|trên|dưới|tối thiểu|tối đa|ít nhất|đạt|giảm|tăng|còn)?\s*[-+]?{_NUM}"
    rf"(?:\s*(?:[-–]|đến)\s*{_NUM})?\s*(?:{_UNIT})?\s*(?:\([^()]{{0,30}}\))?$", re.IGNORECASE)
_UNIT_ONLY = re.compile(r"^(?:%|‰|km2?|m[23²³]?|ha|kg|tấn|lít|(?:tỷ|triệu|nghìn|ngàn)?\s*đồng|usd|người|lượt|hộ|"
                        r"xã|huyện|cơ sở|doanh nghiệp|đơn vị|sản phẩm|công trình|dự án|cái|chiếc|bộ|mẫu|điểm|"
                        r"lớp|trường|giường|con|km/h|kw|mw|kwh)$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:năm\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$", re.IGNORECASE)
_MONEY = re.compile(r"kinh phí|dự toán|thành tiền|đơn giá|tổng (?:vốn|mức|cộng)|nguồn vốn|ngân sách|\bvốn\b|"
                    r"\bđồng\b|\busd\b", re.IGNORECASE)
# a numbering cell: `1`, `1.2`, `I`, `a)`, `(3)`, `A`
_NUMBERING = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLivxl]{1,5}|[A-ZĐa-zđ])[.)]?\)?$")
# the number a column is given under the header: `(1)`, `A`, `4=3/2`
_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-Z])\)?$|^\d{1,2}\s*=\s*[\d/+*×-]+$")
_SAMPLE = 40  # body rows looked at
_PLACEHOLDER = re.compile(r"^[-–—x×…./\s]*$", re.IGNORECASE)
# Vietnamese family names: a cell that is a person's name opens with one (or a form of address)
_SURNAMES = ("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ",
             "ngô", "dương", "lý", "đinh", "trương", "đoàn", "lâm", "mai", "trịnh", "đào", "cao", "lưu", "hà",
             "tạ", "chu", "lương", "tô", "vương", "kiều", "quách", "thái", "triệu", "la", "y", "h'", "ksor")
_ADDRESS = re.compile(r"^(?:ông|bà|anh|chị|đồng chí|đ/c|ô\.|b\.)\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ']*$")
_LEGAL = re.compile(r"^(?:căn cứ\s+)?(?:bộ luật|luật|pháp lệnh|nghị định|nghị quyết|quyết định|thông tư(?: liên tịch)?|"
                    r"chỉ thị|kết luận|công văn|kế hoạch|chương trình|hướng dẫn|văn bản|quy định|thông báo)\b"
                    r"(?=.*(?:\d+/[\w./-]*[A-ZĐ]|\bngày\s+\d))", re.IGNORECASE)  # issued: numbered or dated
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?:\+84|\b0)\d{1,3}[ .]?\d{3}[ .]?\d{3,4}\b")


def _cell(text: str | None) -> str:
    return squash(clean_line(re.sub(r"^\s*[-–+•]\s*", "", text or "")))


def is_figure(cell: str) -> bool:
    """A number, percentage, amount or unit (`95%`, `≥ 8,5`, `1.364.329`, `02 lớp`, `tỷ đồng`), not a year or date."""
    return bool(cell) and not _YEAR.match(cell) and bool(_FIGURE.match(cell) or _UNIT_ONLY.match(cell))


def is_time(cell: str) -> bool:
    """A short time or deadline (`Quý II/2026`, `Năm 2026`, `Thường xuyên`, `trước 30/6/2026`)."""
    return len(cell) <= 80 and bool(find_in_prose(cell) or TIME_WORDS.search(cell)) and not is_figure(cell)


def is_agency(cell: str) -> bool:
    """A cell naming a body (`Sở Y tế`, `UBND các huyện`, `Chủ trì: Sở A`)."""
    return bool(head_at(cell) or re.match(r"^(?:chủ trì|phối hợp)\b", cell, re.IGNORECASE))


def is_person(cell: str) -> bool:
    """A person's name, with or without a form of address or a position after it
    (`Nguyễn Văn A`, `Ông Trần Văn B, Phó Chủ tịch UBND tỉnh`)."""
    addressed = bool(_ADDRESS.match(cell))
    name = re.split(r"\s*[,–(]\s*|\s+-\s+", _ADDRESS.sub("", cell), maxsplit=1)[0].strip()
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return False
    return addressed or words[0].lower() in _SURNAMES


@dataclass(frozen=True)
class Column:
    """Shares of a column's filled body cells that are of each sort."""

    filled: int = 0
    figure: float = 0.0
    time: float = 0.0
    agency: float = 0.0
    verb: float = 0.0
    person: float = 0.0
    legal: float = 0.0
    contact: float = 0.0
    numbering: float = 0.0


_SORTS = {"figure": is_figure, "time": is_time, "agency": is_agency, "person": is_person,
          # `Quyết định số 06/QĐ-TTg`, `Kế hoạch số 12/KH-UBND` name documents: the verb-like word is a noun
          "verb": lambda c: starts_predicate(c.lower()) and not _LEGAL.match(c),
          "legal": lambda c: bool(_LEGAL.match(c)),
          "contact": lambda c: bool(_CONTACT.search(c)), "numbering": lambda c: bool(_NUMBERING.match(c))}


def _column(cells: list[str], sorts: tuple[str, ...]) -> Column:
    """The column's shares of the given sorts (the word-list tests are asked only where they decide)."""
    cells = [c for c in cells if c and not _PLACEHOLDER.match(c)]
    if not cells:
        return Column()
    return Column(filled=len(cells), **{k: sum(1 for c in cells if _SORTS[k](c)) / len(cells) for k in sorts})


@dataclass
class TableShape:
    """A table's kind, where its body starts and, for tasks, which column holds what (by content)."""

    kind: str = "other"
    body_start: int = 0
    columns: dict[str, int] = field(default_factory=dict)
    subject: Column = field(default_factory=Column)

    def task_columns(self) -> tuple[int, dict[str, int]] | None:
        """For a table whose header names no task columns: (first body row, columns) when its cells
        show a task table — duties (the subject mostly opens with an action verb) beside an agency or
        a time column, or things to deliver (`Nghị định quy định ...`, not yet numbered) beside both
        — else None. Issued documents beside an agency and a date are a list of bases."""
        if self.kind != "tasks":
            return None
        found = {"lead", "deadline"} & self.columns.keys()
        if (found and self.subject.verb >= 0.5) or (len(found) == 2 and self.subject.legal < 0.5):
            return self.body_start, self.columns
        return None


# a value no header holds: a quarter, a month, a day (`Quý II/2026`, `30/6/2026`); `Năm 2026` heads a column
_DATED = re.compile(r"\d{1,2}/\d{2,4}|\bquý\s+[IV]+\b|\btháng\s+\d", re.IGNORECASE)


def _header_like(row: list[str]) -> bool:
    """A header row: several short cells naming kinds of things, no value (a figure, a date, a person,
    a named body, a duty) and no numbering in front (a body row has one)."""
    filled = [c for c in row if c]
    return (len(filled) >= 2 and all(len(c) <= 60 for c in filled) and not _NUMBERING.match(filled[0])
            and not any(_value(c) for c in filled))


def _value(cell: str) -> bool:
    named_body = head_at(cell) and re.search(r"\s[A-ZĐÀ-Ỹ]", cell)  # `Sở Tư pháp`, not `Cơ quan chủ trì`
    duty = len(cell) > 20 and starts_predicate(cell.lower())
    return bool((_FIGURE.match(cell) and not _YEAR.match(cell)) or is_person(cell) or _DATED.search(cell)
                or named_body or duty)


def _body_start(rows: list[list[str]]) -> int:
    """The first body row: past a title row spanning the table, the header rows and a numbering row
    `(1) (2) (3)` / `A B 1 2`."""
    i = 0
    while i < min(len(rows), 3) and sum(1 for c in rows[i] if c) <= 1:
        i += 1  # the table's title, or an empty row
    k = i
    while k < min(len(rows), i + 3) and _header_like(rows[k]):
        k += 1
    while k < len(rows) and sum(1 for c in rows[k] if c) >= 3 and all(_COLUMN_NUMBER.match(c) for c in rows[k] if c):
        k += 1  # the columns numbered under the header
    return k


def table_shape(table: Table) -> TableShape:
    """What the table holds: `tasks`, one of `NOT_TASKS`, or `other` (too little to tell)."""
    if is_indicator_table(table):
        return TableShape("indicators")
    rows = [[_cell(c) for c in row] for row in table.rows[:8]]
    start = _body_start(rows)
    # rows with two cells or more: a group title spanning the table says nothing of the columns
    body = [r for r in table.rows[start:] if sum(1 for c in r if c and c.strip()) >= 2]
    width = max((len(r) for r in table.rows), default=0)
    if len(body) < 2 or width < 2:
        return TableShape("other", start)
    if len(body) > _SAMPLE:  # rows spread over the whole table: its shares, at a bounded cost
        body = [body[k * len(body) // _SAMPLE] for k in range(_SAMPLE)]
    body = [[_cell(c) for c in row] for row in body]
    cells = [[r[i] if i < len(r) else "" for r in body] for i in range(width)]
    cols = [_column(column, ("figure", "numbering")) for column in cells]
    stt = next((i for i, c in enumerate(cols) if c.filled and c.numbering >= 0.6), None)
    subject = next((i for i, c in enumerate(cols) if i != stt and c.filled * 2 >= len(body)
                    and c.figure < 0.5 and c.numbering < 0.6), None)
    if subject is None:
        return TableShape("data" if any(c.figure >= 0.5 for c in cols) else "other", start)
    rest = [i for i, c in enumerate(cols) if i not in (stt, subject) and c.filled]
    cols[subject] = _column(cells[subject], ("figure", "numbering", "person", "verb", "legal", "contact"))
    for i in rest:
        cols[i] = _column(cells[i], ("figure", "numbering", "time", "agency", "contact", "verb"))
    head = [" ".join(r[i] for r in rows[:start] if i < len(r)) for i in range(width)]
    return TableShape(_kind(cols, subject, rest, head), start, _task_columns(cols, stt, subject, rest),
                      cols[subject])


def _kind(cols: list[Column], subject: int, rest: list[int], header: list[str]) -> str:
    sub = cols[subject]
    if sub.person >= 0.5 and not any(cols[i].verb >= 0.5 for i in rest):
        return "people"  # names with their positions and roles; duties beside the names are tasks
    if sub.contact >= 0.5 or any(cols[i].contact >= 0.5 for i in rest):
        return "contacts"
    agencies = [i for i in rest if cols[i].agency >= 0.5]
    times = [i for i in rest if cols[i].time >= 0.6]
    filled = sum(cols[i].filled for i in rest)
    figures = sum(cols[i].figure * cols[i].filled for i in rest)
    # duties (rows opening with a verb) given to agencies or dated stay tasks beside their figures
    duties = sub.verb >= 0.5 and bool(agencies or times)
    if filled and figures * 2 >= filled and not duties:
        return "data"
    money = [i for i in rest if cols[i].figure >= 0.5 and i < len(header) and _MONEY.search(header[i])]
    if money and not times:
        return "budget"  # what each content costs and from which source, not when it is due
    if agencies or times:
        return "tasks"
    if sub.legal >= 0.5:
        return "bases"
    return "other"


def _task_columns(cols: list[Column], stt: int | None, subject: int, rest: list[int]) -> dict[str, int]:
    """Columns of a task table read from their cells: the subject is the task, the first agency
    column presides and the next coordinates (the order every annex prints them in), the first
    column of times is the deadline."""
    out = {"task": subject, **({"stt": stt} if stt is not None else {})}
    agencies = [i for i in rest if cols[i].agency >= 0.5 and i > subject]
    times = [i for i in rest if cols[i].time >= 0.6 and cols[i].agency < 0.5]
    if agencies:
        out["lead"] = agencies[0]
    if len(agencies) > 1:
        out["support"] = agencies[1]
    if times:
        out["deadline"] = times[0]
    return out

