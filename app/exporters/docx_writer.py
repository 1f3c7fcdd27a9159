"""Render a document as .docx (python-docx) from the composer's measured primitives.

Everything about *what* and *how big* is decided in `compose.py` from `layouts.py`; this module
only maps the primitives to WordprocessingML. Big tables are built by deep-copying one
formatted template row (`w:tr`), because python-docx's cell accessors rebuild the grid on every
call and make filling cell by cell quadratic (PITFALLS.md).
"""

from __future__ import annotations

import copy
import os

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section as DocxSection
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

from app.exporters import docx_xml as X
from app.exporters import fonts
from app.exporters.atomic import Cancel, Monitor, Progress, atomic_path, zip_bytes
from app.exporters.compose import resolve
from app.exporters.document import Align, Document, RowKind
from app.exporters.layouts import TextStyle
from app.exporters.resolved import PT_PER_MM, DataTable, Grid, Line, Resolved, ResolvedSection, Rule, ending_start

_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_ROWS_PER_STEP = 100


def write(
    document: Document,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Write `document` to `path` atomically; raises `ExportCancelled` when `cancel()` is true."""
    monitor = Monitor(progress, cancel)
    resolved = resolve(document)
    monitor.step(0, 1, "Đang dựng văn bản")
    doc = _DocxBuilder(resolved, monitor).build()
    monitor.step(1, 1, "Đang ghi tệp")
    with atomic_path(path) as tmp:
        tmp.write_bytes(zip_bytes(doc.save))


class _DocxBuilder:
    def __init__(self, resolved: Resolved, monitor: Monitor) -> None:
        self.res = resolved
        self.monitor = monitor
        self.doc: DocxDocument = docx.Document()
        self._text_width = 0.0
        self._text_height = 0.0
        body = next((ln.size for s in resolved.sections for ln in s.items if isinstance(ln, Line)), 14.0)
        X.fix_styles(self.doc, body, resolved.widow_control)
        X.drop_template_leftovers(self.doc)
        props = self.doc.core_properties
        props.title, props.author = resolved.title[:255], resolved.author[:255]
        props.language = "vi-VN"

    def build(self) -> DocxDocument:
        for index, section in enumerate(self.res.sections):
            sec = self.doc.sections[0] if index == 0 else self.doc.add_section(WD_SECTION.NEW_PAGE)
            self._setup_section(sec, section, first=index == 0)
            ending = ending_start(section.items)
            for n, item in enumerate(section.items):
                self._item(item)
                if n == ending:  # goes over whole with the closing line and the signature, as in the PDF
                    self.doc.paragraphs[-1].paragraph_format.keep_together = True
        for p in self.doc.element.body.iterchildren(qn("w:p")):
            if p.pPr is not None and p.pPr.find(qn("w:sectPr")) is not None:
                X.hairline(p)
        return self.doc

    # ---- page setup ---------------------------------------------------------------------------

    def _setup_section(self, sec: DocxSection, spec: ResolvedSection, first: bool) -> None:
        page = spec.page
        self._text_width = page.text_width
        self._text_height = page.height - page.margins.top - page.margins.bottom
        sec.orientation = WD_ORIENT.LANDSCAPE if spec.landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(page.width), Mm(page.height)  # swapped by compose
        sec.top_margin, sec.bottom_margin = Mm(page.margins.top), Mm(page.margins.bottom)
        sec.left_margin, sec.right_margin = Mm(page.margins.left), Mm(page.margins.right)
        sec.header_distance, sec.footer_distance = Mm(page.header_distance), Mm(page.header_distance)
        sec.gutter = 0
        # Every section hides the number on its own first page; set explicitly, not inherited.
        sec.different_first_page_header_footer = True
        if spec.restart_numbering:
            X.restart_page_numbers(sec._sectPr, 1)
        if first:
            para = sec.header.paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            X.add_page_field(para._p, self.res.page_number.size)
            sec.first_page_header.paragraphs[0].text = ""

    # ---- items --------------------------------------------------------------------------------

    def _item(self, item: Line | Rule | Grid | DataTable) -> None:
        if isinstance(item, Line):
            self._line(self.doc.add_paragraph(), item)
        elif isinstance(item, Rule):
            self._rule(self.doc.add_paragraph(), item, self._text_width)
        elif isinstance(item, Grid):
            self._grid(item)
        else:
            self._table(item)

    def _line(self, para: DocxParagraph, line: Line) -> None:
        pf = para.paragraph_format
        pf.alignment = _ALIGN[line.align]
        pf.first_line_indent = Mm(line.first_indent) if line.first_indent else None
        pf.space_before, pf.space_after = Pt(line.space_before), Pt(line.space_after)
        if line.exact:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line.exact)
        else:
            pf.line_spacing = line.line_spacing
        pf.keep_with_next = line.keep_with_next or None
        for r in line.runs:
            run = para.add_run(r.text)
            _format_run(run, line.size, r.bold, r.italic, r.underline)

    def _rule(self, para: DocxParagraph, rule: Rule, available_mm: float) -> None:
        """An empty 2 pt paragraph whose bottom border, between equal indents, is the line."""
        side = max(0.0, (available_mm - rule.width) / 2)
        pf = para.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf.left_indent, pf.right_indent = Mm(side), Mm(side)
        pf.space_before, pf.space_after = Pt(0), Pt(rule.space_after)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(rule.gap)
        X.bottom_border(para._p.get_or_add_pPr(), rule.thickness)

    def _grid(self, grid: Grid) -> None:
        ncols = len(grid.widths)
        table = self.doc.add_table(rows=len(grid.rows), cols=ncols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        X.table_properties(table._tbl, grid.widths, None, 0.0)
        for row, cells in zip(table.rows, grid.rows, strict=True):
            X.row_flags(row._tr, header=False)  # a signature block is never cut by a page break
            for cell, items, width in zip(row.cells, cells, grid.widths, strict=True):
                X.cell_properties(cell._tc, width, "top")
                self._fill_cell(cell, items, width)

    def _fill_cell(self, cell: _Cell, items: list[Line | Rule], width: float) -> None:
        for i, item in enumerate(items):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if isinstance(item, Line):
                self._line(para, item)
            else:
                self._rule(para, item, width)

    # ---- data table ---------------------------------------------------------------------------

    def _table(self, t: DataTable) -> None:
        ncols = len(t.widths)
        table = self.doc.add_table(rows=3, cols=ncols)
        tbl = table._tbl
        X.table_properties(tbl, t.widths, t.rule_pt, t.padding, t.padding_v)
        header, task, group = list(table.rows)
        for i, cell in enumerate(header.cells):
            X.cell_properties(cell._tc, t.widths[i], "center")
            self._cell_text(cell, t.header[i], t.header_style, Align.CENTER, t.paragraph_space)
        for i, cell in enumerate(task.cells):
            X.cell_properties(cell._tc, t.widths[i], "center")
            self._cell_text(cell, "", t.text, t.aligns[i], t.paragraph_space)
        group_cells = group.cells
        X.cell_properties(group_cells[0]._tc, sum(t.widths), "center", span=ncols)
        self._cell_text(group_cells[0], "", TextStyle(t.text.size, bold=True), Align.LEFT, t.paragraph_space)
        group_cells[0].paragraphs[0].paragraph_format.keep_with_next = True  # never ends a page
        for cell in group_cells[1:]:
            group._tr.remove(cell._tc)
        X.row_flags(header._tr, header=True)
        templates = {RowKind.TASK: task._tr, RowKind.GROUP: group._tr}
        for tr in templates.values():
            X.row_flags(tr, header=False)
            tbl.remove(tr)
        note = copy.deepcopy(group._tr) if t.note else None
        total = len(t.rows)
        header_lines = max(len(fonts.split_lines(h, t.inner_width(w), t.header_style.size, t.header_style.bold))
                           for h, w in zip(t.header, t.widths, strict=True))
        max_lines = t.page_lines(self._text_height * PT_PER_MM, header_lines)
        first_end = total - min(t.end_rows, total)
        for n, row in enumerate(t.rows):
            if n % _ROWS_PER_STEP == 0:
                self.monitor.step(n, total, "Đang dựng bảng")
            tr = copy.deepcopy(templates[row.kind])
            for tc, text in zip(tr.iterchildren(qn("w:tc")), row.cells, strict=False):
                X.set_run_text(tc.find(qn("w:p")).find(qn("w:r")), text)
            fits = row.kind is RowKind.GROUP or not _taller_than(row.cells, t, max_lines)
            if not fits:
                X.allow_split(tr)
            if n >= first_end and (n < total - 1 or note is not None):  # the last rows go over together
                X.keep_row_with_next(tr)
            tbl.append(tr)
        if note is not None and t.note:
            self._note_row(note, t)
            tbl.append(note)
        # LibreOffice drops a section break that directly follows a table: end with a paragraph.
        X.hairline(self.doc.add_paragraph()._p)

    def _note_row(self, tr: BaseOxmlElement, t: DataTable) -> None:
        """The group row's copy turned into the note under the table: italic, no rules but the
        table's bottom one above it (`DataTable.note`)."""
        tc = tr.find(qn("w:tc"))
        X.open_cell(tc)
        para = tc.find(qn("w:p"))
        ppr = para.find(qn("w:pPr"))
        for old in ppr.findall(qn("w:keepNext")):
            ppr.remove(old)
        run = para.find(qn("w:r"))
        X.set_run_text(run, t.note or "")
        style = t.note_style
        _format_run(DocxRun(run, None), style.size, style.bold, style.italic, style.underline)  # type: ignore[arg-type]

    def _cell_text(self, cell: _Cell, text: str, style: TextStyle, align: Align, space: float) -> None:
        para = cell.paragraphs[0]
        pf = para.paragraph_format
        pf.alignment = _ALIGN[align]
        pf.space_before, pf.space_after = Pt(space), Pt(space)
        pf.line_spacing = 1.0
        X.mark_size(para._p.get_or_add_pPr(), style.size)  # an empty cell is a line of table text
        run = para.add_run(text)
        _format_run(run, style.size, style.bold, style.italic, style.underline)


def _taller_than(cells: list[str], t: DataTable, limit: float) -> bool:
    """Whether a row's tallest cell holds more than `limit` lines. Word and LibreOffice clip a
    `w:cantSplit` row taller than a page, losing its end, so such a row may break (`DataTable.page_lines`). A
    character count settles almost every cell; only the doubtful ones are measured."""
    generous = 2.2 * t.text.size / 12  # mm per character, above Times' average
    for text, width in zip(cells, t.widths, strict=False):
        inner = t.inner_width(width)
        if inner <= 0 or (len(text) * generous / inner + text.count("\n") + 1) < limit * 0.8:
            continue
        if sum(len(fonts.split_lines(part, inner, t.text.size)) for part in text.split("\n")) > limit:
            return True
    return False


def _format_run(run: DocxRun, size: float, bold: bool, italic: bool, underline: bool) -> None:
    font = run.font
    font.size = Pt(size)
    font.bold = bold or None
    font.italic = italic or None
    font.underline = underline or None
    X.set_fonts(run._r.get_or_add_rPr())
