"""The measured page content `compose.resolve` produces and the writers draw: styled lines, short
rules, borderless grids, bordered data tables with their cell geometry, and the sections that hold
them.

Why apart from the composer: this is the contract between the one place that decides (`compose.py`)
and the writers that only render (`docx_writer.py`, `pdf_writer.py`, `pdf_table.py`); a writer reads
these types and never the composer's rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.exporters.document import Align, Run, TableRow
from app.exporters.layouts import SINGLE_LINE_EM, Margins, TextStyle


@dataclass
class Line:
    """One paragraph with every property resolved."""

    runs: list[Run]  # the document's runs, text cleaned and the format's end mark applied
    size: float
    align: Align = Align.CENTER
    first_indent: float = 0.0  # mm
    space_before: float = 0.0  # pt
    space_after: float = 0.0  # pt
    line_spacing: float = 1.0  # multiple of a single line
    keep_with_next: bool = False
    exact: float | None = None  # pt: an exact line height, overriding `line_spacing`

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def leading(self) -> float:
        return self.exact if self.exact else self.size * SINGLE_LINE_EM * self.line_spacing


@dataclass
class Rule:
    """A centred solid line `width` mm long, drawn under the text above it."""

    width: float
    thickness: float
    space_after: float = 0.0  # pt
    # pt between the text above and the line: at 3.5 the line touched the descenders of
    # `Hạnh phúc` and the dots under `Ộ`, `Ụ` on paper.
    gap: float = 5.0

    @property
    def height(self) -> float:
        """pt the rule occupies: the DOCX's exact `gap` line and its bottom border under it, as LibreOffice lays
        them out. The PDF gave it 6.5 pt, a point more than the DOCX under each rule: the targets table began 0.4
        pt lower in the PDF and its page held one row less."""
        return self.gap + self.thickness


CellItem = Line | Rule


@dataclass
class Grid:
    """A borderless table laying blocks side by side (header and footer blocks)."""

    widths: list[float]
    rows: list[list[list[CellItem]]]


@dataclass
class DataTable:
    """A bordered table with its cell geometry (`Layout.table_*`): the one place where a row's
    height, a cell's wrapping width and which rows may break over a page are computed, for both writers.

    Every row that fits on a page under the repeated header moves whole to the next page (`w:cantSplit` in the
    DOCX; the PDF moves it): NĐ 30 keeps rows whole where they fit, and a row broken at a page's foot left one line
    of a three-line cell over the page wherever LibreOffice broke it (a cell with nothing at the foot makes it
    break every cell of the row there, widow control or not), so the leader read half a row. Only a row taller
    than a page breaks (kept whole, it would be clipped)."""

    widths: list[float]
    aligns: list[Align]
    header: list[str]
    rows: list[TableRow]
    text: TextStyle
    header_style: TextStyle
    padding: float  # mm left and right
    rule_pt: float
    space_before: float = 6.0
    padding_v: float = 0.5  # mm above and below
    paragraph_space: float = 1.0  # pt before and after the text of a cell
    widow_control: bool = True  # a row taller than a page leaves no cell's lone line on either page
    note: str | None = None  # under the table, in a borderless last row spanning the columns
    note_style: TextStyle = TextStyle(12, italic=True)
    end_rows: int = 2  # the last rows kept whole and together (with the note)

    @property
    def leading(self) -> float:
        """pt of one single-spaced line of cell text."""
        return self.text.size * SINGLE_LINE_EM

    @property
    def top_space(self) -> float:
        """pt from a row's top rule to its first baseline's line box: rule, margin, space."""
        return self.rule_pt + in_twips(self.padding_v) + self.paragraph_space

    @property
    def bottom_space(self) -> float:
        return in_twips(self.padding_v) + self.paragraph_space

    def row_height(self, lines: int) -> float:
        """pt a row of `lines` lines occupies on the page, as LibreOffice and Word measure it."""
        return lines * self.leading + self.top_space + self.bottom_space

    def inner_width(self, width_mm: float) -> float:
        """mm a cell's text wraps within."""
        return width_mm - 2 * self.padding

    def page_lines(self, room: float, header_lines: int) -> int:
        """The most lines a row may hold and still move whole: what fits in `room` pt (a fresh page's text
        height) under the repeated header of `header_lines` lines, less one line for rounding. A taller row
        breaks at a page's foot."""
        return max(1, int((room - self.row_height(header_lines) - self.row_height(0)) // self.leading) - 1)


PT_PER_MM = 72 / 25.4


def in_twips(mm: float) -> float:
    """pt of a length in mm as the DOCX stores it, in whole twips (1/20 pt): the 0.5 mm cell margin is 28 twips,
    1.4 pt, not 1.417. The PDF uses the same value, or its rows grew 0.03 pt each over LibreOffice's and a page of
    the targets table held one row less."""
    return round(mm * PT_PER_MM * 20) / 20


def lines_before_break(total: int, room: int, widow_control: bool) -> int:
    """How many of a paragraph's `total` lines stay on the page when `room` lines fit there.

    Widow and orphan control as Word, LibreOffice and reportlab apply it: never one line alone
    at the foot (orphan) or at the head of the next page (widow); a paragraph of three lines or
    fewer then moves whole."""
    if total <= room:
        return total
    if not widow_control:
        return max(0, room)
    if room <= 1:
        return 0
    if total - room == 1:
        return room - 1 if total > 3 else 0
    return room


Item = Line | Rule | Grid | DataTable


def ending_start(items: list[Item]) -> int | None:
    """Where a section's ending starts: a keep-with-next body paragraph, the keep-with-next closing line and the
    signature grid, which go over a page together, the paragraph whole (the PDF keeps them together; the DOCX
    gives the paragraph keep-lines, without which Word would leave its first lines behind); None when the
    section has no such ending."""
    for n in range(len(items) - 2):
        last, closing, grid = items[n : n + 3]
        if (isinstance(last, Line) and last.keep_with_next and isinstance(closing, Line)
                and closing.keep_with_next and isinstance(grid, Grid)):
            return n
    return None


@dataclass
class PageSpec:
    width: float
    height: float
    margins: Margins
    header_distance: float

    @property
    def text_width(self) -> float:
        return self.width - self.margins.left - self.margins.right


@dataclass
class ResolvedSection:
    page: PageSpec
    landscape: bool
    restart_numbering: bool
    items: list[Item] = field(default_factory=list)


@dataclass
class Resolved:
    sections: list[ResolvedSection]
    page_number: TextStyle
    title: str
    author: str
    widow_control: bool = True

    def texts(self) -> list[str]:
        """Every text that will be drawn, for the glyph check."""
        out: list[str] = []

        def walk(item: Item | CellItem) -> None:
            if isinstance(item, Line):
                out.append(item.text)
            elif isinstance(item, Grid):
                for row in item.rows:
                    for cell in row:
                        for sub in cell:
                            walk(sub)
            elif isinstance(item, DataTable):
                out.extend(item.header)
                out.extend(c for r in item.rows for c in r.cells)
                if item.note:
                    out.append(item.note)

        for s in self.sections:
            for it in s.items:
                walk(it)
        out.append("0123456789")
        return out
