"""Render a document as PDF (reportlab platypus) from the composer's measured primitives.

The same primitives as the DOCX writer, drawn with the embedded Times New Roman or the bundled
Liberation Serif (see `fonts.py`). Every text is checked against the font before drawing because
reportlab silently draws boxes for missing glyphs. Table cells are plain strings pre-wrapped to
the column width: a `Paragraph` per cell is several times slower on a 1,000-row annex.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from app.exporters import fonts
from app.exporters.atomic import Cancel, Monitor, Progress, atomic_path
from app.exporters.compose import resolve
from app.exporters.document import Align, Document
from app.exporters.layouts import first_baseline
from app.exporters.pdf_table import build_table
from app.exporters.resolved import DataTable, Grid, Line, Resolved, ResolvedSection, Rule, ending_start

_ALIGN = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT, Align.JUSTIFY: TA_JUSTIFY}
_CELL_ALIGN = {Align.LEFT: "LEFT", Align.CENTER: "CENTER", Align.RIGHT: "RIGHT", Align.JUSTIFY: "LEFT"}
_ASCENT = 0.891  # Times/Liberation Serif ascent per em, to put the number's top at the header line


def write(
    document: Document,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Write `document` to `path` atomically; raises `MissingGlyphError` before drawing a box."""
    monitor = Monitor(progress, cancel)
    resolved = resolve(document)
    family = fonts.family()
    fonts.check_glyphs(resolved.texts())
    monitor.step(0, 0, "Đang dựng văn bản")
    builder = _PdfBuilder(resolved, family, monitor)
    story = builder.story()
    with atomic_path(path) as tmp, _binary_streams():
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=(resolved.sections[0].page.width * mm, resolved.sections[0].page.height * mm),
            pageTemplates=builder.templates(),
            title=resolved.title,
            author=resolved.author,
            lang="vi-VN",
            invariant=True,
            initialFontName=family.face(False, False),  # else every page names Helvetica
            initialFontSize=resolved.page_number.size,
        )
        doc.build(story)


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer: smaller files, and a pure-Python step
    that took a tenth of the time of a long annex. rl_config is global, so it is restored."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


class _KeepRoom(CondPageBreak):
    """A page break unless `height` is left; invisible to paragraph spacing, so the space
    after the paragraph above and the space before the one below still overlap (the larger
    wins, as in Word and LibreOffice), where a plain CondPageBreak would add them."""

    _SPACETRANSFER = True


def _space_after(item: object) -> float:
    return float(getattr(item, "space_after", 0.0))


def _first_rows(item: object) -> float:
    """The header row and first row of a data table (what a heading is kept with), or a
    grid's height estimate; 0 for anything else."""
    if isinstance(item, DataTable):
        return item.space_before + item.row_height(2) + item.row_height(2)
    return 0.0


class _Rule(Flowable):
    """The short centred solid line under a body name, the motto or the subject."""

    def __init__(self, rule: Rule) -> None:
        super().__init__()
        self.rule = rule
        self.spaceAfter = rule.space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.rule.height

    def draw(self) -> None:
        width = min(self.rule.width * mm, self._avail)
        x = (self._avail - width) / 2
        y = self.rule.height - self.rule.gap
        self.canv.setLineWidth(self.rule.thickness)
        self.canv.setStrokeColor(black)
        self.canv.line(x, y, x + width, y)


class _Paragraph(RLParagraph):
    """A paragraph whose lines sit where LibreOffice puts them in their line boxes (`layouts.first_baseline`):
    reportlab puts the first baseline one font size under the box's top, 0.8–0.9 pt lower than LibreOffice for
    single lines. The boxes, and so every break, stay as they were: only the text moves inside them."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 - reportlab's name
        drop = getattr(self.style, "first_baseline", self.style.fontSize) - self.style.fontSize
        super().drawOn(canvas, x, y - drop, _sW)


class _PdfBuilder:
    def __init__(self, resolved: Resolved, family: fonts.FontFamily, monitor: Monitor) -> None:
        self.res = resolved
        self.fam = family
        self.monitor = monitor
        self._styles: dict[tuple[object, ...], ParagraphStyle] = {}
        self._first_page: dict[int, int] = {}
        self._frame_height = 0.0
        self._text_width = 0.0  # pt, of the section being laid out

    # ---- pages --------------------------------------------------------------------------------

    def templates(self) -> list[PageTemplate]:
        out = []
        for i, sec in enumerate(self.res.sections):
            p = sec.page
            frame = Frame(
                p.margins.left * mm,
                p.margins.bottom * mm,
                p.text_width * mm,
                (p.height - p.margins.top - p.margins.bottom) * mm,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=f"f{i}",
            )
            out.append(
                PageTemplate(
                    id=f"s{i}",
                    frames=[frame],
                    pagesize=(p.width * mm, p.height * mm),
                    onPageEnd=self._page_end,
                )
            )
        return out

    def _page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Number centred in the top margin; never on a section's first page; annexes from 1."""
        index = int(doc.pageTemplate.id[1:])
        page = canvas.getPageNumber()
        self._first_page.setdefault(index, page)
        self.monitor.step(page, 0, f"Đang dàn trang {page}")
        if page == self._first_page[index]:
            return
        base_index = index
        while base_index > 0 and not self.res.sections[base_index].restart_numbering:
            base_index -= 1
        number = page - self._first_page[base_index] + 1
        spec: ResolvedSection = self.res.sections[index]
        size = self.res.page_number.size
        y = (spec.page.height - spec.page.header_distance) * mm - size * _ASCENT
        x = (spec.page.margins.left + spec.page.text_width / 2) * mm
        canvas.saveState()
        canvas.setFont(self.fam.face(False, False), size)
        canvas.drawCentredString(x, y, str(number))
        canvas.restoreState()

    # ---- story --------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for i, sec in enumerate(self.res.sections):
            if i:
                story += [NextPageTemplate(f"s{i}"), PageBreak()]
            margins = sec.page.margins
            self._frame_height = (sec.page.height - margins.top - margins.bottom) * mm
            self._text_width = sec.page.text_width * mm
            items = sec.items
            ending = ending_start(items)
            for n, item in enumerate(items):
                if ending is not None and n == ending:
                    # a signature never stands alone on a page: the closing line moves with it, as
                    # Word moves a keep-with-next paragraph with the unsplittable row after it, and
                    # so does the paragraph above it, whole, as LibreOffice moves it
                    closing, grid = items[n + 1], items[n + 2]
                    assert isinstance(item, Line) and isinstance(closing, Line) and isinstance(grid, Grid)
                    story.append(KeepTogether([self._paragraph(replace(item, keep_with_next=False)),
                                               self._paragraph(replace(closing, keep_with_next=False)),
                                               self._grid(grid)]))
                    continue
                if ending is not None and ending < n <= ending + 2:
                    continue  # in the ending above
                following = items[n + 1] if n + 1 < len(items) else None
                if isinstance(item, Line) and item.keep_with_next and isinstance(following, Grid):
                    continue  # kept with the grid below
                before = items[n - 1] if n else None
                if isinstance(item, Grid) and isinstance(before, Line) and before.keep_with_next:
                    closing_line = self._paragraph(replace(before, keep_with_next=False))
                    story.append(KeepTogether([closing_line, self._grid(item)]))
                    continue
                if isinstance(item, Line) and item.keep_with_next:
                    story.append(_KeepRoom(self._room_kept(items, n)))
                story.extend(self._item(item))
        return story

    def _room_kept(self, items: list[Line | Rule | Grid | DataTable], start: int) -> float:
        """What Word keeps together from a keep-with-next paragraph: it and the keep-with-next
        paragraphs after it, whole, then the first lines that may stay at a page's foot of what
        follows (two with widow control, all of a paragraph of three lines or fewer).
        reportlab's own keepWithNext would move a heading and a long paragraph whole."""
        need, n = 0.0, start
        while n < len(items):
            item = items[n]
            if isinstance(item, Rule):
                need += item.height + item.space_after
            elif isinstance(item, Line):
                para = self._paragraph(item)
                para.wrap(self._text_width, 1e6)
                lines = len(para.blPara.lines)
                if n > start:
                    need += max(item.space_before, _space_after(items[n - 1]))
                if not item.keep_with_next:
                    keep = lines if (lines <= 3 or not self.res.widow_control) else 2
                    return need + keep * item.leading
                need += lines * item.leading
            elif isinstance(item, Grid):  # a signature block: never split, kept whole, below the space after its
                # closing line (left out, a heading whose chain missed the page by that space stayed at its foot)
                return need + _space_after(items[n - 1]) + self._grid(item).wrap(self._text_width, 1e6)[1]
            else:
                return need + _first_rows(item)
            n += 1
        return need

    def _item(self, item: Line | Rule | Grid | DataTable) -> list[Flowable]:
        if isinstance(item, Line):
            return [self._paragraph(replace(item, keep_with_next=False))]
        if isinstance(item, Rule):
            return [_Rule(item)]
        if isinstance(item, Grid):
            return [self._grid(item)]
        return [self._table(item)]

    def _style(self, line: Line) -> ParagraphStyle:
        key: tuple[object, ...] = (
            line.size,
            line.align,
            line.first_indent,
            line.space_before,
            line.space_after,
            line.leading,
        )
        key += (line.keep_with_next, line.exact)
        style = self._styles.get(key)
        if style is None:
            style = ParagraphStyle(
                f"p{len(self._styles)}",
                fontName=self.fam.face(False, False),
                fontSize=line.size,
                leading=line.leading,
                alignment=_ALIGN[line.align],
                firstLineIndent=line.first_indent * mm,
                spaceBefore=line.space_before,
                spaceAfter=line.space_after,
                keepWithNext=int(line.keep_with_next),
                # Word and LibreOffice justify by widening spaces only; reportlab would also
                # squeeze them by up to 5 % to take one more word on a line (lines then break
                # elsewhere than in the DOCX, and pages end elsewhere).
                spaceShrinkage=0,
                allowWidows=int(not self.res.widow_control),
                allowOrphans=int(not self.res.widow_control),
            )
            style.first_baseline = first_baseline(line.size, line.exact)
            self._styles[key] = style
        return style

    def _paragraph(self, line: Line) -> RLParagraph:
        parts = []
        for run in line.runs:
            text = escape(run.text).replace("\n", "<br/>")
            if run.underline:
                text = f"<u>{text}</u>"
            if run.italic:
                text = f"<i>{text}</i>"
            if run.bold:
                text = f"<b>{text}</b>"
            parts.append(text)
        return _Paragraph("".join(parts), self._style(line))

    def _grid(self, grid: Grid) -> Table:
        data = []
        for row in grid.rows:
            cells = []
            for items in row:
                flow: list[Flowable] = []
                first = items[0] if items else None
                if isinstance(first, Line) and first.space_before:
                    # A table cell ignores its first flowable's spaceBefore: use a spacer instead.
                    flow.append(Spacer(1, first.space_before))
                    items = [replace(first, space_before=0.0), *items[1:]]
                flow += [f for it in items for f in self._item(it)]
                cells.append(flow)
            data.append(cells)
        table = Table(data, colWidths=[w * mm for w in grid.widths], hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 0), (-1, -1), self.fam.face(False, False), 12),  # not Helvetica
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _table(self, t: DataTable) -> Flowable:
        return build_table(
            t,
            self.fam.face(False, False),
            self.fam.face(True, False),
            self.fam.face(t.header_style.bold, t.header_style.italic),
            self.fam.face(t.note_style.bold, t.note_style.italic),
            self._frame_height,
            lambda done, total: self.monitor.step(done, total, "Đang dựng bảng"),
        )
