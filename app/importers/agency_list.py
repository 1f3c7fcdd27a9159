"""An agency list as an office keeps it: a spreadsheet (.xlsx, or .ods through LibreOffice), a CSV or a
plain list, one agency a line.

Columns, in this order: name, kind (optional), parent (optional) — or as a header row names them
(`STT | Tên cơ quan | Loại | Cấp trên | Ghi chú`, maybe under a title row); a first column of row
numbers without a header is skipped. The kind is written as a clerk says it (`Sở`, `Ban`, `UBND
quận, huyện`, `Phường, xã`, `Đảng`, `Đoàn thể`, `Trung ương`, `Nhóm`); blank means "guess from the
name". The parent is the agency above it — or a group (`Các sở, ban, ngành`), which makes the agency
one of that group's members. The same three columns are read from the assistant's text box, where
they are separated by `;` or a tab.

Limits: the file at most 5 MB and 5,000 rows — a city's directory is a few hundred.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.text import collapse_spaces, fold
from app.errors import InputError
from app.importers.exchange.guard import MAX_UNZIPPED
from app.importers.exchange.opendoc import as_xlsx
from app.importers.exchange.opened import opened_workbook
from app.importers.readers.decode import decode_text
from app.importers.readers.zipguard import PackageKind
from app.os_errors import os_error_cause

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
GROUP = "group"
# folded word → agency kind (app.services.agencies.AGENCY_KINDS) or GROUP
KIND_WORDS = {
    "so": "so", "ban": "ban", "nganh": "nganh", "quan huyen": "quan_huyen", "quan": "quan_huyen",
    "huyen": "quan_huyen", "thi xa": "quan_huyen", "ubnd quan huyen": "quan_huyen", "cap huyen": "quan_huyen",
    "xa phuong": "xa_phuong", "phuong xa": "xa_phuong", "xa": "xa_phuong", "phuong": "xa_phuong",
    "thi tran": "xa_phuong", "cap xa": "xa_phuong", "dang": "dang", "co quan dang": "dang",
    "doan the": "doan_the", "to chuc chinh tri xa hoi": "doan_the", "trung uong": "trung_uong",
    "khac": "other", "other": "other", "nhom": GROUP, "group": GROUP, "nhom co quan": GROUP,
}
HEADERS = ("ten", "ten co quan", "ten co quan, don vi", "co quan", "co quan, don vi", "don vi", "name")
KIND_HEADERS = ("loai", "loai co quan", "kind")
PARENT_HEADERS = ("cap tren", "co quan cap tren", "truc thuoc", "thuoc", "thuoc nhom", "nhom", "parent")
HEAD_ROWS = 5  # a title or two may stand above a spreadsheet's header row


@dataclass(frozen=True)
class AgencyRow:
    """One line of the list: `kind` is an agency kind, GROUP, or None (guess from the name)."""

    line: int
    name: str
    kind: str | None = None
    parent: str | None = None


def kind_of(word: str, line: int) -> str | None:
    key = " ".join(fold(word).replace(",", " ").split())
    if not key:
        return None
    if key not in KIND_WORDS:
        raise InputError(f"Dòng {line}: không hiểu loại “{word}” (dùng: Sở, Ban, Ngành, UBND quận huyện, "
                         "Phường xã, Đảng, Đoàn thể, Trung ương, Nhóm, Khác — hoặc để trống).")
    return KIND_WORDS[key]


def _text(cell: Any) -> str:
    return collapse_spaces(str(cell)) if cell is not None else ""


def _columns(table: list[list[Any]]) -> tuple[int, tuple[int, int | None, int | None]]:
    """The rows to skip and the (name, kind, parent) columns. An office's own list has a header row
    (`STT | Tên cơ quan | Loại | Ghi chú`), maybe under a title: its words place the columns. Without
    one, a first column of row numbers (STT) is not the name: the three columns after it are read."""
    for index, cells in enumerate(table[:HEAD_ROWS]):
        keys = [fold(_text(c)).rstrip(":") for c in cells]
        name = _place(keys, HEADERS)
        if name is not None:
            return index + 1, (name, _place(keys, KIND_HEADERS), _place(keys, PARENT_HEADERS))
    firsts = [_text(cells[0]) for cells in table if cells and _text(cells[0])]
    if firsts and all(f.rstrip(".").isdigit() for f in firsts) and any(len(c) > 1 and _text(c[1]) for c in table):
        return 0, (1, 2, 3)
    return 0, (0, 1, 2)


def _place(keys: list[str], words: tuple[str, ...]) -> int | None:
    return next((i for i, k in enumerate(keys) if k in words), None)


def rows_from_cells(table: list[list[Any]]) -> list[AgencyRow]:
    """Rows of cells → agency rows (`_columns`: which columns, below which header); blank lines skipped."""
    rows: list[AgencyRow] = []
    start, columns = _columns(table)
    for number, cells in enumerate(table, start=1):
        if number <= start:
            continue
        name, kind, parent = (_text(cells[c]) if c is not None and c < len(cells) else "" for c in columns)
        if not name:
            continue
        if len(rows) >= MAX_ROWS:
            raise InputError(f"Danh sách quá dài (hơn {MAX_ROWS:,} dòng): hãy tách tệp.".replace(",", "."))
        rows.append(AgencyRow(number, name, kind_of(kind, number), parent or None))
    if not rows:
        raise InputError("Danh sách không có cơ quan nào (mỗi dòng một tên cơ quan).")
    return rows


def parse_lines(text: str) -> list[AgencyRow]:
    """The assistant's text box: one agency a line, `name; kind; parent` (tab also separates). A line's
    leading blanks are no empty first cell: an indented name was left out of the list without a word."""
    table = [line.strip().replace("\t", ";").split(";") for line in text.splitlines()]
    return rows_from_cells([[c.strip() for c in cells] for cells in table])


def read_agency_list(path: str | Path) -> list[AgencyRow]:
    """Read .xlsx, .ods, .csv or .txt; `InputError` (Vietnamese) for anything unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"Tệp {path.name} quá lớn ({size // (1024 * 1024)} MB) cho một danh sách cơ quan "
                             f"(giới hạn {MAX_BYTES // (1024 * 1024)} MB).")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {path.name}: {os_error_cause(exc)}.") from exc
    if not data:
        raise InputError(f"Tệp {path.name} rỗng: không có cơ quan nào.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".ods"):
        return rows_from_cells(_sheet(as_xlsx(data), path.name))
    if suffix == ".csv":
        return rows_from_cells(_csv(decode_text(data)))
    if suffix in (".txt", ""):
        return parse_lines(decode_text(data))
    raise InputError(f"Không đọc được loại tệp “{suffix}”: hãy dùng .xlsx, .ods, .csv hoặc .txt "
                     "(mỗi dòng một cơ quan).")


def _csv(text: str) -> list[list[Any]]:
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def _sheet(data: bytes, name: str) -> list[list[Any]]:
    """The first sheet's first columns, through the workbooks' guard (zip bombs, macros, old
    .xls) and openpyxl's failures as one message naming the file."""
    kind = PackageKind(lambda detail: InputError(f"Tệp {name} không phải bảng tính Excel (.xlsx) đọc được "
                                                 f"({detail})."), ".xlsx", MAX_UNZIPPED, MAX_UNZIPPED)
    with opened_workbook(data, kind) as book:
        table: list[list[Any]] = []
        for cells in book.worksheets[0].iter_rows(max_col=8, values_only=True):
            table.append(list(cells))
            if len(table) > MAX_ROWS + 50:
                break
        return table


KIND_LABELS = {"so": "Sở", "ban": "Ban", "nganh": "Ngành", "quan_huyen": "UBND quận, huyện", "xa_phuong": "Phường, xã",
               "dang": "Đảng", "doan_the": "Đoàn thể", "trung_uong": "Trung ương", "other": "Khác", GROUP: "Nhóm"}


def format_rows(rows: list[AgencyRow]) -> str:
    """Rows back as the text box's lines (`name; kind; parent`), what `parse_lines` reads."""
    lines = []
    for row in rows:
        cells = [row.name, KIND_LABELS.get(row.kind or "", ""), row.parent or ""]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("; ".join(cells))
    return "\n".join(lines)
