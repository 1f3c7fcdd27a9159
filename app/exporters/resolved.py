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
    height: float = 6.5  # pt the rule occupies in the PDF (DOCX: gap plus the border)
    # pt between the text above and the line: at 3.5 the line touched the descenders of
    # `Hạnh phúc` and the dots under `Ộ`, `Ụ` on paper.
    gap: float = 5.0


CellItem = Line | Rule


@dataclass
class Grid:
    """A borderless table laying blocks side by side (header and footer blocks)."""

    widths: list[float]
    rows: list[list[list[CellItem]]]


@dataclass
class DataTable:
    """A bordered table with its cell geometry (`Layout.table_*`): the one place where a row's
    height and a cell's wrapping width are computed, for both writers."""

    widths: list[float]
    aligns: list[Align]
    header: list[str]
    rows: list[TableRow]
    text: TextStyle
    header_style: TextStyle
    padding: float  # mm left and right
    rule_pt: float
    space_before: float = 6.0
    split_rows: bool = False  # rows break at a page's foot (Table.split_rows)
    padding_v: float = 0.5  # mm above and below
    paragraph_space: float = 1.0  # pt before and after the text of a cell
    widow_control: bool = True  # a broken row leaves no cell's lone line on either page
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
        return self.rule_pt + self.padding_v * PT_PER_MM + self.paragraph_space

    @property
    def bottom_space(self) -> float:
        return self.padding_v * PT_PER_MM + self.paragraph_space

    def row_height(self, lines: int) -> float:
        """pt a row of `lines` lines occupies on the page, as LibreOffice and Word measure it."""
        return lines * self.leading + self.top_space + self.bottom_space

    def inner_width(self, width_mm: float) -> float:
        """mm a cell's text wraps within."""
        return width_mm - 2 * self.padding

    @property
    def whole_lines(self) -> int:
        """The tallest row (in lines of its tallest cell) that never breaks over a page in a table of
        `split_rows`. Under widow control a paragraph of three lines or fewer moves whole, and where one
        cell of a row would keep nothing at the foot LibreOffice breaks every cell of the row there,
        widow control or not: Phụ lục I of 179/KH-UBND left `Ngân hàng nhà nước` (a three-line row) and
        the first line of four- and five-line rows at a page's foot, the rest over the page. The DOCX
        writes `w:cantSplit` on such a row, the PDF moves it whole."""
        return WHOLE_ROW_LINES if self.widow_control else 1

    def may_break(self, lines: int) -> bool:
        """Whether a row whose tallest cell holds `lines` lines may break at a page's foot."""
        return self.split_rows and lines > self.whole_lines


PT_PER_MM = 72 / 25.4
WHOLE_ROW_LINES = 5  # under widow control, a row no taller never breaks over a page (`DataTable.whole_lines`)


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
