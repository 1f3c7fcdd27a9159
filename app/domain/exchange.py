"""The exchange workbook's contract, shared by its writer, its reader and the import rules.

Each task row carries a *row key*: the identity of the database, plan, period, agency and task
it was made for, the stored entry it was based on (`id:version`, empty when none existed), and
a digest over all of them:

    TDKH1|<database uuid>|<plan id>|<period>|<agency id>|<node id>|<base>|<digest>

The digest (the first 16 hex digits of SHA-256 over the other fields) is for integrity, not
secrecy: anyone can recompute it. It catches what happens by accident — a row copied from
another agency's workbook, an identity cell edited, a workbook of another office's database.

Cell values are read leniently, the way people type into spreadsheets: a percent as 60, 0.6
(a cell formatted as percent, or a fraction) or "60%"; dates as real dates or dd/mm/yyyy text
(`15-03-25`, `ngày 15/3/2025` too);
numbers stored as text; trailing spaces. Status words are matched without case or diacritics.

A fractional percent (`45,5`, `45.5 %`, 0.455 in a percent cell) is rounded half up to a whole
percent — the stored percent is whole, as at the desk (a spin box) and in the reports — and never
silently: `read_percent` says what it rounded, and the preview and the command line show it on the
row. Refusing the row would send a whole report back for half a percent. A fraction is never
rounded onto 0 or 100 (99,6 → 99): those mean "not started" and "complete".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from app.domain.periods import Period
from app.domain.task_state import ProgressStatus
from app.domain.text import collapse_spaces, fold
from app.errors import InputError

FORMAT = "TDKH1"
MARKER = "theodoi-exchange"  # first cell of the hidden sheet that holds the workbook's identity
SHEET_TITLE = "Phiếu báo cáo"

# Header texts of the editable columns, exactly as the issue fixes them.
STATUS = "Tình trạng"
PERCENT = "Tỷ lệ hoàn thành (%)"
RESULT = "Kết quả thực hiện"
DIFFICULTIES = "Khó khăn, vướng mắc"
PROPOSALS = "Đề xuất, kiến nghị"
REPORTED_ON = "Ngày báo cáo"
ROW_KEY = "Mã dòng (không sửa)"
EDITABLE = (STATUS, PERCENT, RESULT, DIFFICULTIES, PROPOSALS, REPORTED_ON)
# The office's own columns, locked: what the agency reads while it fills. The import reads none of them; a column
# with any other title (one the agency inserted, `Ghi chú`) or none holds what the agency wrote and nobody reads.
TASK_NO, TASK, ROLE, DEADLINE = "STT", "Nội dung nhiệm vụ", "Vai trò", "Thời hạn"
STATE, PREVIOUS = "Tình trạng hiện tại", "Kết quả kỳ trước"
READ_ONLY = (TASK_NO, TASK, ROLE, DEADLINE, STATE, PREVIOUS)
# What the form printed in the office's columns that change with the day it is made (`printed_digest`), kept in the
# identity sheet from its column PRINTED_AT (1-based): the task's node id, then one digest per column of PRINTED.
PRINTED = (STATE, PREVIOUS)
PRINTED_AT = 4

# The drop-down's words (the progress form's labels) and the other ways people write them.
STATUS_WORDS = {status.label: status for status in ProgressStatus}
_STATUS_SYNONYMS = {
    "chua trien khai": ProgressStatus.NOT_STARTED, "chua thuc hien": ProgressStatus.NOT_STARTED,
    "dang thuc hien": ProgressStatus.IN_PROGRESS, "dang trien khai": ProgressStatus.IN_PROGRESS,
    "da hoan thanh": ProgressStatus.DONE, "hoan thanh": ProgressStatus.DONE,
    "khong thuc hien / tam dung": ProgressStatus.SUSPENDED, "khong thuc hien": ProgressStatus.SUSPENDED,
    "tam dung": ProgressStatus.SUSPENDED,
}
# `15/3/2025`, `15-03-25` (a two-digit year is this century's), `ngày 15/3/2025` (as a letter dates itself)
_DATE_TEXT = re.compile(r"^(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$", re.IGNORECASE)
_DAY_MONTH = re.compile(r"^(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})$", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"^(?:tháng\s+)?\d{1,2}\s*[/.-]\s*\d{4}$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
# A day pasted as a value into the day's text cell (Paste Special → values of a date copied from the agency's own
# sheet) keeps the date's serial number, `46307` for 12/10/2026, which the text format shows as it is: a number of
# days from Excel's epoch, read as such when it falls in 2000-2099 (a bare `15` stays no date).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_DAYS = ((dt.date(2000, 1, 1) - _EXCEL_EPOCH).days, (dt.date(2100, 1, 1) - _EXCEL_EPOCH).days)
_PERCENT_HOW = " (chỉ ghi một số từ 0 đến 100, ví dụ 80 — lời giải thích ghi ở cột Kết quả thực hiện)"
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
# Line breaks of every kind as a new line; the other control characters dropped (a stored result goes into XML
# again: the next form, the report — where they are not allowed).
_LINE_BREAKS = str.maketrans({**{chr(c): None for c in (*range(0x09), *range(0x0E, 0x20), 0x7F)},
                              "\v": "\n", "\f": "\n", "\u2028": "\n", "\u2029": "\n"})


@dataclass(frozen=True)
class RowKey:
    """Who and what one workbook row is about (see the module docstring)."""

    database: str
    plan_id: int
    period: str
    agency_id: int
    node_id: int
    base: str = ""  # "id:version" of the stored entry the row was exported with; "" if none

    def digest(self) -> str:
        text = "|".join((FORMAT, self.database, str(self.plan_id), self.period, str(self.agency_id),
                         str(self.node_id), self.base))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def encode(self) -> str:
        return "|".join((FORMAT, self.database, str(self.plan_id), self.period, str(self.agency_id),
                         str(self.node_id), self.base, self.digest()))

    @property
    def base_entry(self) -> tuple[int, int] | None:
        """(entry id, version) the row was based on, None when no entry existed at export."""
        if not self.base:
            return None
        entry, version = self.base.split(":")
        return int(entry), int(version)


class BadRowKey(ValueError):
    """The key cell is not one of ours, or its digest does not match what it says."""


def decode_row_key(text: object) -> RowKey:
    """The row's key; `BadRowKey` when it was edited, truncated or never was one."""
    parts = str(text if text is not None else "").strip().split("|")
    if len(parts) != 8 or parts[0] != FORMAT:
        raise BadRowKey("not a row key")
    _, database, plan, period, agency, node, base, digest = parts
    if not (plan.isdigit() and agency.isdigit() and node.isdigit()) or not re.fullmatch(r"(\d+:\d+)?", base):
        raise BadRowKey("malformed row key")
    key = RowKey(database, int(plan), period, int(agency), int(node), base)
    if key.digest() != digest:
        raise BadRowKey("digest mismatch")
    return key


def parse_status(value: object) -> ProgressStatus | None:
    """The status a cell names; None when empty; InputError for a word not in the list."""
    text = cell_text(value)
    if not text:
        return None
    folded = fold(text).rstrip(" .;,:")  # `Đang thực hiện.`: a clerk ends a cell as a sentence
    for label, status in STATUS_WORDS.items():
        if fold(label) == folded:
            return status
    if folded in _STATUS_SYNONYMS:
        return _STATUS_SYNONYMS[folded]
    raise InputError(f"tình trạng «{text}» không có trong danh sách ({', '.join(STATUS_WORDS)})")


def read_percent(value: object, *, percent_format: bool = False) -> tuple[int | None, str]:
    """The whole percent a cell means and, when it had to be rounded, the note that says so
    (module docstring); None when empty; InputError for what is not a percent."""
    if value is None or value == "":
        return None, ""
    fraction = percent_format
    signed = False  # the text ends with `%`: the number is the percent itself, `0,5%` half of one, not 50
    if isinstance(value, bool):
        raise InputError(f"tỷ lệ hoàn thành «{value}» không phải là số{_PERCENT_HOW}")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = cell_text(value).replace(" ", "")
        if not text:
            return None, ""
        if text.endswith("%"):
            text, fraction, signed = text[:-1], False, True
        if not _NUMBER.match(text):
            raise InputError(f"tỷ lệ hoàn thành «{cell_text(value)}» không phải là số{_PERCENT_HOW}")
        number = float(text.replace(",", "."))
    if fraction or (0 < number < 1 and not signed):
        number *= 100  # a cell formatted as percent stores 0.6 for 60%; a bare 0.6 means the same
    if number != number or not 0 <= number <= 100:
        raise InputError(f"tỷ lệ hoàn thành «{cell_text(value)}» phải từ 0 đến 100{_PERCENT_HOW}")
    # half up (round() takes 44,5 to 44), but never onto 0 or 100: those say "not started" and "complete"
    whole = min(99, max(1, int(number + 0.5)))
    if abs(number - round(number)) < 1e-6:  # 0.6 × 100 is 60.00000000000001: whole, nothing to say
        return round(number), ""
    shown = f"{number:.4f}".rstrip("0").replace(".", ",")
    return whole, f"tỷ lệ hoàn thành {shown}% làm tròn thành {whole}%"


def parse_date(value: object) -> dt.date | None:
    """A real date, a date's serial number (`_SERIAL_DAYS`), dd/mm/yyyy (or with . or -, a two-digit year, `ngày`
    before it) text, or yyyy-mm-dd; None when empty. Agencies type the day as they write it on paper; a month first
    (`3/15/2025`) is no date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and _SERIAL_DAYS[0] <= value < _SERIAL_DAYS[1]:
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = cell_text(value)
    if not text:
        return None
    match = _DATE_TEXT.match(text)
    try:
        if match:
            year = int(match.group(3))
            return dt.date(year + 2000 if year < 100 else year, int(match.group(2)), int(match.group(1)))
        iso = _ISO_DATE.match(text)
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        pass
    raise InputError(f"ngày báo cáo «{text}» không phải là ngày{_missing(text)} (dùng dạng dd/mm/yyyy)")


def day_in_period(value: object, period: str) -> dt.date | None:
    """A day typed without its year (`15/12`, `ngày 5.1`) on the form of `period` (a period code, `2026-Q4`): the
    year that puts the day nearest the period's end (its data cut-off); None when `value` is no such day.

    What an agency means: it writes the day it reports, and a report is written around the end of the period it
    reports on — a little before when sent early, after when late. So `15/12` on the fourth quarter of 2026 is
    15/12/2026; `05/01` on 2026's yearly report (or on its fourth quarter) is 05/01/2027, a report sent late in
    January; `20/12` on January 2027's report (its window opens 15/12/2026) is 20/12/2026. The form was written for
    one period (its rows' keys say which), so the year is not a guess about an unknown reader's calendar."""
    match = _DAY_MONTH.match(cell_text(value))
    if not match:
        return None
    day, month = int(match.group(1)), int(match.group(2))
    end = Period.parse(period).window().end
    days = []
    for year in (end.year - 1, end.year, end.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:  # 29/02 of a year without it, 31/04
            continue
    return min(days, key=lambda d: abs((d - end).days)) if days else None


def year_added_note(value: object, day: dt.date) -> str:
    """The note on a row whose day was typed without its year (`day_in_period`): the clerk sees the year added."""
    return f"ngày báo cáo «{cell_text(value)}» không ghi năm: đã đọc là {day:%d/%m/%Y} (năm theo kỳ báo cáo của phiếu)"


def _missing(text: str) -> str:
    """What a day typed short lacks, said with the refusal: `15/3` (no year) and `tháng 3/2026` (a month, no day)
    were refused as «không phải là ngày» alone, and the agency, sure it had written a day, wrote it again the same."""
    if _DAY_MONTH.match(text):
        return ": thiếu năm"
    if _MONTH_YEAR.match(text):
        return ": chỉ có tháng, thiếu ngày"
    return ""


def cell_text(value: object) -> str:
    """Text of a cell with spaces tidied (Excel keeps trailing spaces and non-breaking ones) and every line break as
    a new line, however it came: a reply pasted from Word or a browser into a cell keeps its CR LF line ends, and
    Word's line break within a paragraph (Shift+Enter) comes as a vertical tab, which Excel shows as a break; other
    control characters are dropped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    return "\n".join(collapse_spaces(line) for line in text.split("\n")).strip()


def printed_digest(value: object) -> str:
    """A short digest of what an office column (`STATE`, `PREVIOUS`) of the form holds, as `cell_text` reads it. The
    writer keeps each row's in the very hidden identity sheet; the reader compares the column as sent back with it,
    so words typed over the column after unprotecting the sheet (no password) are seen — there is nothing else to
    compare them with: both columns change with the day a form is made. Empty text has no digest."""
    text = cell_text(value)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12] if text else ""


def stray_refusal(stray: list[tuple[str, str]]) -> str:
    """Why a row with words only in columns the import does not read (`READ_ONLY`, an inserted column, one right of
    the table) is sent back: nothing of it can be taken, and it said nothing at all."""
    return (f"chỉ có chữ ở cột không thuộc phần điền của phiếu ({_strays(stray)}): không nhập — ghi vào cột "
            f"{RESULT} hoặc {PROPOSALS}, chọn {STATUS} rồi gửi lại")


def stray_note(stray: list[tuple[str, str]]) -> str:
    """The note on a row taken while it also holds words where nothing is read (`stray_refusal`)."""
    return (f"chữ ở cột không thuộc phần điền của phiếu không được nhập ({_strays(stray)}): nếu cần, ghi vào cột "
            f"{RESULT} hoặc {PROPOSALS} và gửi lại")


def _strays(stray: list[tuple[str, str]]) -> str:
    return "; ".join(f"{column}: «{text if len(text) <= 60 else text[:59] + '…'}»" for column, text in stray)


def header_key(value: object) -> str:
    """A header cell compared without case, diacritics or spacing (a renamed header still counts
    only when its words are the same)."""
    return fold(cell_text(value))
