"""An exchange workbook → its identity and plain rows, each with the problems found in it.

The sheet is found by its header row, not by its name or position (people rename sheets, add
columns, sort and filter rows); the identity comes from the very hidden sheet that starts with
`app.domain.exchange.MARKER`, or, when the sheet was copied into a new workbook without it, from
the rows' keys. A row's problems are collected, not raised: the import rules decide what a
problem means for the row. Only a file that is not an exchange workbook at all
raises (`InputError`), and nothing here writes anywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from app.domain import exchange as x
from app.domain.task_state import ProgressStatus
from app.errors import InputError
from app.importers.exchange.guard import not_a_workbook, wrong_kind
from app.importers.exchange.merges import merged_down
from app.importers.exchange.opendoc import as_xlsx
from app.importers.exchange.opened import opened_workbook

HEADER_SCAN_ROWS = 40
MAX_ROWS = 20_000
# Rows are counted when they hold something, and reading stops after MAX_ROWS empty ones. A sheet's
# dimension can reach its last row with nothing between: Calc, after the agency deleted a row (sheet unprotected,
# no password), writes row 1,048,576 with its own default height, and openpyxl pads every row up to it. Counted by
# number, the form was refused whole as «quá 20000 dòng» (session 17).
_REQUIRED = (*x.EDITABLE, x.ROW_KEY)
_READ_ONLY = frozenset(x.header_key(title) for title in x.READ_ONLY)
# What the agency does instead: a row it adds has no task here; a copied or edited row is not its own.
# ECMA-376's escape of a character in a cell's text (ST_Xstring): how a workbook stores a `\r` (`_x000D_`) or a
# vertical tab (`_x000B_`). A reply pasted from Word or a browser into a cell keeps its `\r\n` line ends and Word's
# Shift+Enter breaks; openpyxl hands the escapes on as they are, so a report read `…12/5/2025;_x000D_` line after line.
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_KEY_HOW = (" — không nhận: ghi vào đúng dòng của nhiệm vụ trong phiếu đã gửi; việc phát sinh ghi ở cột Kết quả "
            "thực hiện của nhiệm vụ gần nhất")


@dataclass
class ReadRow:
    """One filled row as read; `problems` lists why it cannot be taken as it is."""

    line: int  # the row's number in the sheet, as the clerk sees it in Excel
    key: x.RowKey | None
    status: ProgressStatus | None = None
    percent: int | None = None
    result: str = ""
    difficulties: str = ""
    proposals: str = ""
    reported_on: dt.date | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was taken otherwise than written (a rounded percent)
    stray: list[tuple[str, str]] = field(default_factory=list)  # (column, text) written where nothing is read
    deadline: str = ""  # the `Thời hạn` cell as sent back: the office's text, or what the agency wrote over it
    day_note: str = ""  # the day was typed without its year, which the form's period gave (`x.day_in_period`)
    blank: bool = False  # a task the agency left blank: taken only to see whether its office columns were typed in
    office: dict[str, str] = field(default_factory=dict)  # a blank row's office columns (`x.READ_ONLY`) as sent back
    merged: list[str] = field(default_factory=list)  # a cell merged over several tasks' rows, taken by each (_Merges)
    typed: dict[str, str] = field(default_factory=dict)  # each filled column (`x.EDITABLE`) as typed, by its title


@dataclass
class ReadWorkbook:
    meta: dict[str, str]
    rows: list[ReadRow]
    sha256: str
    saved_at: dt.datetime | None  # the workbook's own "modified" property, if any

    @property
    def file_id(self) -> str:
        return self.meta.get("file_id", "")


def read_exchange_workbook(data: bytes) -> ReadWorkbook:
    """Read a workbook given as bytes (see the module docstring); `InputError` for a file that
    is not an exchange workbook — a PDF, a photo, a letter in Word or a CSV sent instead of the form said as such
    (`wrong_kind`). An .ods is converted to .xlsx first (`as_xlsx`); the digest is of the file as received."""
    refusal = wrong_kind(data)
    if refusal is not None:
        raise InputError(refusal)
    digest = hashlib.sha256(data).hexdigest()
    data = as_xlsx(data)
    with opened_workbook(data) as book:
        meta, printed = _meta(book)
        try:
            rows = _rows(book, printed)
        except InputError:
            if meta is None:
                raise _no_identity("") from None
            raise
        saved = book.properties.modified if book.properties is not None else None
    return ReadWorkbook(meta or _meta_from_keys(rows, digest), rows, digest,
                        saved if isinstance(saved, dt.datetime) else None)


def _no_identity(detail: str) -> InputError:
    return InputError(f"Tệp không phải phiếu báo cáo do chương trình xuất ra (không có phần nhận dạng{detail}); "
                      "chỉ nhận lại các phiếu đã gửi cho cơ quan.")


def _meta_from_keys(rows: list[ReadRow], digest: str) -> dict[str, str]:
    """The identity of a form whose very hidden identity sheet is gone, read from its rows' keys. A sheet moved or
    copied into a new workbook (Move or Copy Sheet in Calc and Excel, or the whole table pasted into a new file)
    keeps the keys in its hidden column and leaves the identity sheet behind; such a form was refused whole. Every
    key names the database, plan, period and agency it was made for, under its digest: taken when the filled rows'
    keys all name one form (rows of several forms pasted into one file are refused whole, as no one agency sent
    them). The file's id is its digest."""
    forms = {(k.database, k.plan_id, k.period, k.agency_id) for row in rows if (k := row.key) is not None}
    if len(forms) != 1:
        raise _no_identity(f", dòng của {len(forms)} phiếu khác nhau gộp vào một tệp: hãy gửi lại từng phiếu"
                           if forms else "")
    database, plan, period, agency = forms.pop()
    return {"format": x.FORMAT, "database": database, "plan_id": str(plan), "period": period,
            "agency_id": str(agency), "file_id": digest[:32]}


def _meta(book: Any) -> tuple[dict[str, str] | None, dict[int, dict[str, str]]]:
    """The identity sheet's fields, None when the workbook has none (`_meta_from_keys`); and what the form printed in
    the office's columns, by task: `x.printed_digest` of each, kept beside the fields (`x.PRINTED_AT`: the writer's
    `_write_meta`). A form of an earlier version has none, and its office columns are checked by their words only."""
    for ws in book.worksheets:
        first = next(ws.iter_rows(min_row=1, max_row=1, max_col=1, values_only=True), (None,))
        if first and first[0] == x.MARKER:
            meta: dict[str, str] = {}
            printed: dict[int, dict[str, str]] = {}
            width = x.PRINTED_AT + len(x.PRINTED)
            for line, values in enumerate(ws.iter_rows(max_col=width, values_only=True), start=1):
                padded = (*values, *(None,) * width)
                key, value = padded[:2]
                node, *digests = padded[x.PRINTED_AT - 1:width]
                if 2 <= line <= 40 and isinstance(key, str) and value is not None:
                    meta[key] = str(value)
                if line > 1 and (isinstance(node, int) or (isinstance(node, str) and node.isdigit())):
                    printed[int(node)] = {title: str(d or "") for title, d in zip(x.PRINTED, digests, strict=True)}
            if meta.get("format") != x.FORMAT:
                raise InputError("Phiếu báo cáo được tạo bởi phiên bản chương trình khác, không đọc được; "
                                 "hãy xuất phiếu mới.")
            for needed in ("database", "plan_id", "period", "agency_id", "file_id"):
                if not meta.get(needed):
                    raise not_a_workbook(f"phần nhận dạng thiếu «{needed}»")
            if not (meta["plan_id"].isdigit() and meta["agency_id"].isdigit()):
                raise not_a_workbook("phần nhận dạng bị sửa")
            return meta, printed
    return None, {}


def _rows(book: Any, printed: dict[int, dict[str, str]]) -> list[ReadRow]:
    """The table's rows (`ReadRow`); `printed`: what the form printed in the office's columns, by task (`_meta`)."""
    for ws in book.worksheets:
        found = _header(ws)
        if found is None:
            continue
        header_row, columns, titles = found
        passed = frozenset(columns.values()) | {i for i, t in enumerate(titles) if x.header_key(t) in _READ_ONLY}
        deadline = next((i for i, t in enumerate(titles) if x.header_key(t) == x.header_key(x.DEADLINE)), None)
        office = {title: i for title in x.READ_ONLY for i, t in enumerate(titles)
                  if x.header_key(t) == x.header_key(title)}
        merges = _Merges(merged_down(ws, frozenset(columns[title] for title in x.EDITABLE)))
        out = []
        held = last = 0  # rows that hold anything, and the last of them
        for line, cells in enumerate(ws.iter_rows(min_row=header_row + 1), start=header_row + 1):
            merges.passing(line, cells)
            if not any(getattr(cell, "value", None) not in (None, "") for cell in cells):
                if line - max(last, header_row) > MAX_ROWS:
                    break  # the sheet's own end (see MAX_ROWS)
                continue
            held, last = held + 1, line
            if held > MAX_ROWS:
                raise InputError(f"Phiếu có quá {MAX_ROWS} dòng: không phải phiếu báo cáo của một cơ quan.")
            key_text = x.cell_text(_unescaped(getattr(_cell(cells, columns[x.ROW_KEY]), "value", None)))
            key = _key(key_text)
            stray = _stray(cells, passed, titles)
            if key is not None:
                stray += _retyped(cells, office, printed.get(key.node_id, {}))
            row = _row(line, cells, columns, (key, key_text), stray, office,
                       merges.taken(line) if key is not None else {})
            if row is not None and deadline is not None:
                row.deadline = x.cell_text(_unescaped(getattr(_cell(cells, deadline), "value", None)))
            if row is not None:
                out.append(row)
        merges.say(out, titles)
        return out
    raise InputError("Tệp không có bảng «Phiếu báo cáo» với các cột: " + ", ".join(_REQUIRED) + ".")


class _Merges:
    """A result (or any filled column) merged down over several tasks' rows: the first task's cell holds the text,
    the others are empty. The agency wrote one answer for those tasks, and each task's row takes it, with a note on
    every one of them saying so (`say`): the second task was taken with no result, without a word (session 17).
    Only rows with their own key take it: a merge down over the rows a long task's text is printed on, below its
    own, gives those no task."""

    def __init__(self, covered: dict[tuple[int, int], int]) -> None:
        self.covered: dict[int, dict[int, int]] = {}  # line → {column: the merge's first line}
        for (line, column), first in covered.items():
            self.covered.setdefault(line, {})[column] = first
        self.firsts: dict[int, set[int]] = {}  # a merge's first line → its columns
        for (_line, column), first in covered.items():
            self.firsts.setdefault(first, set()).add(column)
        self.values: dict[tuple[int, int], Any] = {}  # (first line, column) → the merged cell's value
        self.spread: dict[tuple[int, int], list[int]] = {}  # (first line, column) → the lines that took it

    def passing(self, line: int, cells: tuple[Any, ...]) -> None:
        """Keep the value of each merge starting on `line`."""
        for column in self.firsts.get(line, ()):
            self.values[line, column] = _unescaped(getattr(_cell(cells, column), "value", None))

    def taken(self, line: int) -> dict[int, Any]:
        """The merged values a task's row on `line` takes, by column (those written in the merge's first cell)."""
        out = {}
        for column, first in self.covered.get(line, {}).items():
            if x.cell_text(value := self.values.get((first, column))):
                out[column] = value
                self.spread.setdefault((first, column), []).append(line)
        return out

    def say(self, rows: list[ReadRow], titles: list[str]) -> None:
        """The note on every task's row that shares a merged cell (see the class)."""
        by_line = {row.line: row for row in rows}
        for (first, column), lines in sorted(self.spread.items()):
            title = titles[column] if column < len(titles) else get_column_letter(column + 1)
            said = (f"ô «{title}» gộp qua dòng {first}–{lines[-1]} ({len(lines) + 1} nhiệm vụ): đã lấy cùng nội dung "
                    "cho mỗi nhiệm vụ — nếu chỉ thuộc một nhiệm vụ, bỏ gộp ô, ghi riêng từng dòng rồi gửi lại")
            for line in (first, *lines):
                if line in by_line:
                    by_line[line].merged.append(said)


def _key(text: str) -> x.RowKey | None:
    try:
        return x.decode_row_key(text)
    except x.BadRowKey:
        return None


def _retyped(cells: tuple[Any, ...], office: dict[str, int], printed: dict[str, str]) -> list[tuple[str, str]]:
    """The office's columns whose text is not what the form printed in them (`x.printed_digest`, kept by task in the
    identity sheet): typed over after unprotecting the sheet. (column, text) each, as `_stray` says them."""
    out = []
    for title, digest in printed.items():
        index = office.get(title)
        text = x.cell_text(_unescaped(getattr(_cell(cells, index), "value", None))) if index is not None else ""
        if index is not None and text and x.printed_digest(text) != digest:
            out.append((f"cột {get_column_letter(index + 1)} «{title}» (đã gõ đè chữ của phiếu)", text))
    return out


def _header(ws: Any) -> tuple[int, dict[str, int], list[str]] | None:
    """The header's row, the columns read (by title) and every header cell's text."""
    wanted = {x.header_key(title): title for title in _REQUIRED}
    for line, values in enumerate(ws.iter_rows(max_row=HEADER_SCAN_ROWS, values_only=True), start=1):
        columns = {}
        for index, value in enumerate(values):
            title = wanted.get(x.header_key(value))
            if title is not None and title not in columns:
                columns[title] = index
        if x.STATUS in columns and x.RESULT in columns:
            missing = [t for t in _REQUIRED if t not in columns]
            if missing:
                raise InputError("Phiếu báo cáo thiếu cột: " + ", ".join(missing) + " (không xóa cột của phiếu).")
            return line, columns, [x.cell_text(value) for value in values]
    return None


def _cell(cells: tuple[Any, ...], index: int) -> Any:
    return cells[index] if index < len(cells) else None


def _unescaped(value: Any) -> Any:
    """A cell's value with the format's `_xHHHH_` escapes as the characters they stand for (see `_ESCAPE`)."""
    if isinstance(value, str) and "_x" in value:
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return value


def _stray(cells: tuple[Any, ...], passed: frozenset[int], titles: list[str]) -> list[tuple[str, str]]:
    """What the row holds in columns the import does not read and the office did not make (`x.READ_ONLY`): one the
    agency inserted (`Ghi chú`), or one right of the table, typed into after unprotecting the sheet (no password).
    It was passed over without a word — a deadline extension asked for in a note, lost. (column, text) each."""
    out = []
    for index, cell in enumerate(cells):
        if index not in passed and (text := x.cell_text(_unescaped(getattr(cell, "value", None)))):
            header = titles[index] if index < len(titles) else ""
            out.append((f"cột {get_column_letter(index + 1)}" + (f" «{header}»" if header else " (không có tiêu đề)"),
                        text))
    return out


def _row(line: int, cells: tuple[Any, ...], columns: dict[str, int], keyed: tuple[x.RowKey | None, str],
         stray: list[tuple[str, str]], office: dict[str, int], merged: dict[int, Any]) -> ReadRow | None:
    """One row as read, None for a row that is no task's; `merged`: the values a merge down gives its empty cells."""
    value = {title: merged[i] if i in merged else _unescaped(getattr(_cell(cells, i), "value", None))
             for title, i in columns.items()}
    filled = [t for t in x.EDITABLE if x.cell_text(value[t]) != ""]
    key, key_text = keyed
    if not filled and not stray:
        if key is None:
            return None  # a blank row, or a separator somebody added
        # a task the agency left blank: its office columns, which the review compares with what was sent
        return ReadRow(line, key, blank=True, office={
            title: x.cell_text(_unescaped(getattr(_cell(cells, i), "value", None))) for title, i in office.items()})
    row = ReadRow(line, key, stray=stray, typed={title: x.cell_text(value[title]) for title in filled})
    if key is None:
        row.problems.append(f"mã dòng bị sửa hoặc không có (dòng thêm tay, chép từ nơi khác?){_KEY_HOW}" if key_text
                            else f"dòng không có mã (dòng thêm tay?){_KEY_HOW}")
    try:
        row.status = x.parse_status(value[x.STATUS])
    except InputError as exc:
        row.problems.append(exc.message)
    percent_cell = _cell(cells, columns[x.PERCENT])
    try:
        row.percent, note = x.read_percent(value[x.PERCENT],
                                           percent_format="%" in str(getattr(percent_cell, "number_format", "") or ""))
        if note:
            row.notes.append(note)
    except InputError as exc:
        row.problems.append(exc.message)
    try:
        row.reported_on = x.parse_date(value[x.REPORTED_ON])
    except InputError as exc:  # `15/12`: the form knows its period, so it knows the year (`x.day_in_period`)
        row.reported_on = x.day_in_period(value[x.REPORTED_ON], row.key.period) if row.key is not None else None
        if row.reported_on is None:
            row.problems.append(exc.message)
        else:
            row.day_note = x.year_added_note(value[x.REPORTED_ON], row.reported_on)
    row.result = x.cell_text(value[x.RESULT])
    row.difficulties = x.cell_text(value[x.DIFFICULTIES])
    row.proposals = x.cell_text(value[x.PROPOSALS])
    if not filled:
        row.problems.append(x.stray_refusal(stray))
    return row
