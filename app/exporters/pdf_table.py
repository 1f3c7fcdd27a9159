"""The PDF data table: pre-wrapped plain-string cells, paginated by us in one linear pass.

reportlab's own `Table.split` re-measures every remaining row on every page, and its span and
no-split bookkeeping is quadratic, which made a 1,000-row annex take over 3 s. Here every row's
height is known in advance (lines × leading + padding, exactly as the table will draw it), so
`_PagedTable.split` cuts off what fits on the page, with
the header row repeated, group rows never left at a page's foot, and rows never split unless
taller than a whole page. Each page's piece is drawn directly on the canvas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.exporters import fonts
from app.exporters.document import Align, RowKind
from app.exporters.layouts import first_baseline
from app.exporters.resolved import DataTable, lines_before_break

_CELL_ALIGN = {Align.LEFT: "LEFT", Align.CENTER: "CENTER", Align.RIGHT: "RIGHT", Align.JUSTIFY: "LEFT"}


@dataclass
class _Row:
    cells: list[str]
    height: float
    group: bool = False
    continued: bool = False  # a piece of a row taller than a page, continuing the row above
    lines: list[list[str]] | None = None  # the wrapped lines of a row taller than a page
    keep_next: bool = False  # never ends a page: it goes over with the row after it
    note: bool = False  # the note under the table: no rules but the one above it

    def cut(self, room: int, leading: float, vpad: float, widow_control: bool) -> tuple[_Row, _Row] | None:
        """The part of this row that fits in `room` lines, and the rest (continued); each cell
        breaks as its paragraph would (`lines_before_break`), unless that leaves a cell with text
        empty above the cut (a number and a date with no task). None when nothing may stay."""
        assert self.lines is not None
        keep = [lines_before_break(len(c), room, widow_control) for c in self.lines]
        if max(keep) > 0 and any(k == 0 and c for k, c in zip(keep, self.lines, strict=True)):
            # A cell with text would keep none of it while the STT and the deadline stay: break
            # every cell at the foot instead, as LibreOffice breaks the DOCX row (same pages).
            keep = [lines_before_break(len(c), room, False) for c in self.lines]
        head = [c[:k] for c, k in zip(self.lines, keep, strict=True)]
        tail = [c[k:] for c, k in zip(self.lines, keep, strict=True)]
        used, rest = max(keep), max(len(c) for c in tail)
        if used == 0 or rest == 0:
            return None
        return (
            _Row(["\n".join(c) for c in head], used * leading + vpad, continued=self.continued, lines=head,
                 keep_next=self.keep_next),
            _Row(["\n".join(c) for c in tail], rest * leading + vpad, continued=True, lines=tail),
        )


@dataclass
class _Spec:
    widths: list[float]  # points
    aligns: list[str]
    header: _Row
    regular: str
    bold: str
    header_font: str
    header_size: float
    note_font: str
    note_size: float
    size: float
    leading: float
    rule_pt: float
    pad: float
    top_pad: float
    bottom_pad: float
    widow_control: bool
    measure: Callable[[str, str, float], float]
    frame_height: float = 0.0  # a fresh page's room: below it, the table is not at a page's top


def build_table(
    t: DataTable,
    regular: str,
    bold: str,
    header_font: str,
    note_font: str,
    frame_height: float,
    step: Callable[[int, int], None],
) -> Flowable:
    """Measure and wrap every row once; return a flowable that paginates itself."""
    size = t.text.size
    leading = t.leading
    pad = t.padding * mm
    vpad = t.row_height(0)
    inner = [t.inner_width(w) * mm for w in t.widths]
    full = t.inner_width(sum(t.widths)) * mm
    measure = _Measure()
    _wrap = measure.wrap
    header_cells = [_wrap(h, header_font, t.header_style.size, w) for h, w in zip(t.header, inner, strict=True)]
    header = _Row(["\n".join(c) for c in header_cells], max(len(c) for c in header_cells) * leading + vpad)
    max_lines = t.page_lines(frame_height, max(len(c) for c in header_cells))
    rows: list[_Row] = []
    total = len(t.rows)
    for done, row in enumerate(t.rows, start=1):
        if done % 200 == 0:
            step(done, total)
        if row.kind is RowKind.GROUP:
            lines = _wrap(row.cells[0], bold, size, full)[:max_lines]
            rows.append(_Row(["\n".join(lines)] + [""] * (len(inner) - 1), len(lines) * leading + vpad, group=True))
            continue
        cells = [_wrap(text, regular, size, w) for text, w in zip(row.cells, inner, strict=True)]
        height = max(len(c) for c in cells)
        if height <= max_lines:  # moves whole (`DataTable`)
            rows.append(_Row(["\n".join(c) for c in cells], height * leading + vpad))
            continue
        # Taller than a page: page-high pieces, each of which `split` may cut at a page's foot.
        for start in range(0, height, max_lines):
            piece = [c[start : start + max_lines] for c in cells]
            count = min(max_lines, height - start)
            rows.append(_Row(["\n".join(c) for c in piece], count * leading + vpad, continued=start > 0, lines=piece))
    _keep_end(rows, t, max_lines * leading + vpad)
    if t.note:
        lines = _wrap(t.note, note_font, t.note_style.size, full)[:max_lines]
        rows.append(_Row(["\n".join(lines)] + [""] * (len(inner) - 1), len(lines) * leading + vpad, note=True))
    spec = _Spec(
        widths=[w * mm for w in t.widths],
        aligns=[_CELL_ALIGN[a] for a in t.aligns],
        header=header,
        regular=regular,
        bold=bold,
        header_font=header_font,
        header_size=t.header_style.size,
        note_font=note_font,
        note_size=t.note_style.size,
        size=size,
        leading=leading,
        rule_pt=t.rule_pt,
        pad=pad,
        top_pad=t.top_space,
        bottom_pad=t.bottom_space,
        widow_control=t.widow_control,
        measure=measure.width,
        frame_height=frame_height,
    )
    flowable = _PagedTable(spec, rows)
    flowable.spaceBefore = t.space_before
    return flowable


def _keep_end(rows: list[_Row], t: DataTable, page_high: float) -> None:
    """The table's last `t.end_rows` rows whole and going over together, with the note if there
    is one (the DOCX gives them `w:cantSplit` and keep-with-next). A piece of a row taller than
    a page stays cuttable: it cannot be whole."""
    ends = rows[len(rows) - min(t.end_rows, len(rows)):]
    for n, row in enumerate(ends):
        if row.height <= page_high and not row.continued:
            row.lines = None  # whole
        if n < len(ends) - 1 or t.note:
            row.keep_next = True


class _PagedTable(Flowable):
    def __init__(self, spec: _Spec, rows: list[_Row], rows_height: float | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.rows = rows
        # kept, not re-summed per page: that sum made pagination quadratic
        self.rows_height = sum(r.height for r in rows) if rows_height is None else rows_height
        self.hAlign = "CENTER"
        self.spaceBefore = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.spec.widths)
        self.height = self.spec.header.height + self.rows_height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.spec.header.height
        used, count = 0.0, 0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            count += 1
        if count < len(self.rows) and self.rows[count].lines is not None and not self._goes_with_heading(count):
            pieces = self._cut(count, room - used)
            if pieces:
                return pieces
        fitting = count
        while count and (self.rows[count - 1].group or self.rows[count - 1].keep_next):
            count -= 1  # a group heading never ends a page, nor do the table's last rows part ...
        if count == 0:
            # Only headings (or nothing) fit before the next row: headings and row move together
            # to the next page, where the row fits whole (rows taller than a page were cut into
            # page-high pieces in `build_table`). On a fresh page already, moving cannot help:
            # print the headings that fit and let the row follow.
            if not self._at_page_top(avail_height) or fitting == 0:
                return []
            count = fitting
        used = sum(r.height for r in self.rows[:count])
        head = _PagedTable(self.spec, self.rows[:count], used)
        head.spaceBefore = self.spaceBefore
        rest = _PagedTable(self.spec, self.rows[count:], self.rows_height - used)
        return [head, rest]

    def _goes_with_heading(self, count: int) -> bool:
        """Whether the row at `count`, under a group heading, goes over whole with its headings instead of being
        cut, as LibreOffice moves the keep-with-next heading row and the DOCX row after it (a line under a heading
        told nothing): when they fit a fresh page together."""
        start = count
        while start and self.rows[start - 1].group:
            start -= 1
        together = sum(r.height for r in self.rows[start : count + 1])
        return start < count and together <= self.spec.frame_height - self.spec.header.height

    def _cut(self, count: int, room: float) -> list[Flowable]:
        """A row taller than a page starts right here, under what fits, instead of leaving
        the rest of the page empty (NĐ 30 keeps rows whole only where they fit on one page)."""
        spec = self.spec
        vpad = spec.top_pad + spec.bottom_pad
        lines = int((room - vpad + 0.01) // spec.leading)
        pieces = self.rows[count].cut(lines, spec.leading, vpad, spec.widow_control) if lines > 0 else None
        if pieces is None:
            return []
        first, rest = pieces
        before = sum(r.height for r in self.rows[:count])
        head = _PagedTable(spec, [*self.rows[:count], first], before + first.height)
        head.spaceBefore = self.spaceBefore
        after = self.rows_height - before - self.rows[count].height
        tail = _PagedTable(spec, [rest, *self.rows[count + 1 :]], after + rest.height)
        return [head, tail]

    def _at_page_top(self, avail_height: float) -> bool:
        return avail_height >= self.spec.frame_height - 1.0

    def draw(self) -> None:
        """Rules in one `lines` call, texts in one text object: far fewer PDF operators than a
        reportlab `Table` per cell, which matters on a 1,000-row annex."""
        spec, canv = self.spec, self.canv
        rows = [spec.header, *self.rows]
        edges = [0.0]
        for w in spec.widths:
            edges.append(edges[-1] + w)
        tops = [self.height]
        for r in rows:
            tops.append(tops[-1] - r.height)
        segments = []
        for i, row in enumerate(rows):
            top, bottom = tops[i], tops[i + 1]
            if not row.continued or i == 1:  # a row going on under the repeated header is ruled off it
                segments.append((0.0, top, edges[-1], top))
            if row.note:
                continue  # under the table: its top is the table's bottom rule, no other rules
            for x in (edges[0], edges[-1]) if row.group else edges:
                segments.append((x, bottom, x, top))
        if not rows[-1].note:
            segments.append((0.0, tops[-1], edges[-1], tops[-1]))
        canv.saveState()
        canv.setStrokeColor(black)
        canv.setLineWidth(spec.rule_pt)
        canv.lines(segments)
        text = canv.beginText()
        for i, row in enumerate(rows):
            font = (spec.header_font if i == 0 else spec.bold if row.group else spec.note_font if row.note
                    else spec.regular)
            size = spec.header_size if i == 0 else spec.note_size if row.note else spec.size
            text.setFont(font, size, spec.leading)
            mid = (tops[i] - spec.top_pad + tops[i + 1] + spec.bottom_pad) / 2
            across = row.group or row.note  # one cell spanning the columns
            cells = row.cells[:1] if across else row.cells
            for c, cell in enumerate(cells):
                lines = cell.split("\n")
                # the cell's lines centred in the row, each baseline where LibreOffice puts it in its line box
                baseline = mid + len(lines) * spec.leading / 2 - first_baseline(size)
                align = "LEFT" if across else "CENTER" if i == 0 else spec.aligns[c]
                right = edges[-1] if across else edges[c + 1]
                if align == "LEFT":
                    # one origin per cell; each textLine steps down by the leading (T*)
                    text.setTextOrigin(edges[c] + spec.pad, baseline)
                    for line in lines:
                        text.textLine(line)
                    continue
                for line in lines:
                    if line:
                        width = spec.measure(line, font, size)
                        x = (edges[c] + right - width) / 2 if align == "CENTER" else right - spec.pad - width
                        text.setTextOrigin(x, baseline)
                        text.textLine(line)  # unlike textOut, does not measure the line again
                    baseline -= spec.leading
        canv.drawText(text)
        canv.restoreState()


class _Measure:
    """Word widths cached per font and size: Vietnamese text repeats its syllables so much
    that a 1,000-row annex measures a few thousand distinct words instead of 250,000 strings."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, float], dict[str, float]] = {}

    def width(self, word: str, font: str, size: float) -> float:
        cache = self._cache.setdefault((font, size), {})
        w = cache.get(word)
        if w is None:
            w = cache[word] = stringWidth(word, font, size)
        return w

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        """`fonts.wrap` (Word's and LibreOffice's break points) with cached widths; a word wider than the cell is
        broken between letters, as Word and LibreOffice do; an empty line of the text stays a line."""
        if not text:
            return [""]
        lines: list[str] = []
        for part in text.split("\n"):
            lines += fonts.wrap(part, width, lambda word: self.width(word, font, size),
                                lambda word: self._letters(word, font, size, width)) or [""]
        return lines

    def _letters(self, word: str, font: str, size: float, width: float) -> list[str]:
        """A word wider than the cell, cut into pieces that fit (at least one letter each)."""
        pieces, start = [], 0
        for end in range(1, len(word) + 1):
            if end - start > 1 and stringWidth(word[start:end], font, size) > width:
                pieces.append(word[start : end - 1])
                start = end - 1
        pieces.append(word[start:])
        return pieces
