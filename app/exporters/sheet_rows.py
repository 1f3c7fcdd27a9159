"""How tall a wrapped spreadsheet row must be, and how a table's columns scale on the printed page.

Why: Excel keeps a row's stored height, and Calc 7.4 fits no row on opening a file, so a writer sets each row's
height from the lines its tallest cell wraps into. Counting characters (1.1 a width unit) took a task of the
140-row annex over a dozen lines where Calc wrapped it in eight: each long task printed with blank lines below
it. The lines are now counted by wrapping the text with the font's real metrics (`fonts.split_lines`: Times New
Roman, or Liberation Serif, which has its metrics), at the width both programs give the column.

Measured in LibreOffice 7.4 (PDF of a sheet of the annex's task texts at three widths), with the
workbook's default font Times New Roman 11 (the writer sets it): a column's width unit is the default font's
digit — 0.5 em, 5.5 pt in Calc; 7 px, 5.25 pt in Excel at 96 dpi — and Calc wraps a text into exactly the
lines the metrics give at 5.5 pt a unit less 4 pt of padding (58 of 60 cells; the other two, one line less).
A line of Times 11 is 12.1 pt apart in Calc, 17 px (12.75 pt) in Excel. The model takes Excel's narrower
width and taller line, so that Excel never cuts a line (its unit, 5 % narrower than Calc's, is the margin
for its hinted glyphs); in Calc a task or a result gets at most a line of room below it
(`tests/exporters/test_sheet_rows.py` prints the annex's texts through Calc to hold it there).
"""

from __future__ import annotations

import math
from functools import lru_cache

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.worksheet import Worksheet

from app.exporters import fonts

UNIT_PT = 5.25  # Excel's width unit (7 px at 96 dpi); Calc's is 5.5 pt: what fits in Excel fits in Calc
# The widest a unit may print: Excel takes the digit's width hinted to whole pixels, 7 or 8 of Times 11's 7.33 —
# 8 px (6 pt) would make the table widest, so the print scale is judged by it (Calc's 5.5 pt prints larger).
WIDEST_UNIT_PT = 6.0
PADDING_PT = 4.0  # inside a cell, both sides together
LINE_EM = 12.75 / 11  # a wrapped line's pitch in ems: Excel's 17 px of Times 11 (Calc's 12.1 pt is less)
MAX_ROW_PT = 409.0  # Excel's largest row height


def set_default_font(wb: Workbook, font: Font) -> None:
    """Make `font` (Times New Roman 11, the table's own) the workbook's Normal style. A column's width unit is the
    default font's digit: with openpyxl's Calibri, Calc on a machine without Calibri measured the columns in its
    substitute's wider digit (DejaVu Sans) and the exchange form printed at 5.4 pt. Times (or its metric twin
    Liberation Serif) has the same digit everywhere, so the widths counted here are the ones the sheet gets.
    Call it on a new workbook, before any cell is styled."""
    wb._fonts = IndexedList([font])  # noqa: SLF001 - openpyxl has no setter for the default font
    wb._named_styles["Normal"].font = font  # noqa: SLF001


@lru_cache(maxsize=8192)
def _wrapped(text: str, units: float, size: float, bold: bool, italic: bool) -> tuple[tuple[str, ...], ...]:
    """Each of the text's own lines as the lines it wraps into in a column `units` wide. Memoised: a task
    several agencies report on, and every form's header, is measured once an export."""
    width_mm = max(units * UNIT_PT - PADDING_PT, size) * 25.4 / 72
    return tuple(tuple(fonts.split_lines(part, width_mm, size, bold, italic)) for part in text.split("\n"))


def text_lines(text: str, units: float, size: float = 11, *, bold: bool = False, italic: bool = False) -> int:
    """Lines `text` wraps into in a column `units` wide (its own line breaks kept)."""
    return sum(len(lines) for lines in _wrapped(text, units, size, bold, italic))


# The most lines a row of a long text is given (about a quarter of an A4 landscape page). A row never splits
# over two pages, so a page ends on average half a row early: with 20 lines a piece, the 79-row form of the annex
# left two pages half empty below a 259-point piece (13 pages; 12 lines: one page fewer).
PIECE_LINES = 12


def pieces(text: str, units: float, size: float = 11) -> list[str]:
    """`text` cut, between wrapped lines, into pieces of at most `PIECE_LINES` lines, each for one row of a
    column `units` wide: a task of 1,742 characters needs more than Excel's largest row (409 points) at the
    printed width, and a row cut there loses the end of the task on screen and on paper; rows of half a page
    leave less of each page blank than rows of a whole one (a row is never split over two pages). A piece
    wraps as it did in the whole (a greedy wrap of a prefix of lines gives the same lines) and keeps the
    text's own line breaks."""
    room = PIECE_LINES
    out: list[str] = []
    current: list[str] = []  # the piece's text, its own lines joined by "\n"
    used = 0
    for lines in _wrapped(text, units, size, False, False):
        parts: list[str] = []
        for line in lines or [""]:
            if used == room:
                current.append(" ".join(parts))
                out.append("\n".join(current))
                current, parts, used = [], [], 0
            parts.append(line)
            used += 1
        current.append(" ".join(parts))
    out.append("\n".join(current))
    return out


class _FittedRow(RowDimension):
    """A row whose height is its text's fit, not one the user set: written without `customHeight`, which
    openpyxl adds to every row given a height. ECMA-376 (§18.3.1.73 `row`) says `customHeight` is "1 if the row
    height has been manually set"; a row without it is an automatic one, which Excel refits to its cells when one
    is edited. So does Calc 7.4: a long result typed (set) in a row without it grew the row from 55 to 216 points;
    with it the row kept 55 and the printed result lost its end. Neither program refits on opening."""

    @property
    def customHeight(self) -> bool:  # noqa: N802 - openpyxl's attribute name
        return False


def set_fitted_height(ws: Worksheet, row: int, height: float) -> None:
    """Give `row` the height its text needs, as a height the spreadsheet program may grow when a cell of the row
    is typed into (see `_FittedRow`): the agency's answer, longer than the task beside it, gets the room it needs
    without anyone fitting the row by hand."""
    ws.row_dimensions[row] = _FittedRow(ws, index=row, ht=height)


def row_height(lines: int, size: float = 11) -> float:
    """Points for `lines` wrapped lines of `size` points, with a little room above and below."""
    return min(lines * LINE_EM * size + 4, MAX_ROW_PT)


def print_scale(units: float, page_width_pt: float) -> float:
    """The least scale a table `units` wide may be printed at when fitted to `page_width_pt` (at the widest unit
    a program may give it), in whole percents as both programs take it."""
    return min(100, math.floor(100 * page_width_pt / (units * WIDEST_UNIT_PT))) / 100
