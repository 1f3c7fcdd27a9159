"""The blocks a reader gives (paragraphs, tables) → the printed lines the outline is built from, and the tables.

A reader hands over what the file holds, not what the clerk printed. Four habits of exports are undone here, before
any rule reads the text:
- a table copied as text keeps its cells on one line between ` | ` (`TT | Nhiệm vụ | Cơ quan chủ trì`): a run of
  such lines is the table again, and a single such line is a layout row (`Số: 12/NQ-CP | Hà Nội, ngày …`);
- a table of one or two columns that is no task table lays out the header or the signature side by side: its
  cells are lines of the text;
- a footnote's text (`¹ …`, `[2] …`) is printed at the foot of a page, inside the body: it is no line of it;
- Word's automatic numbering keeps the label apart from the text (`Paragraph.numbering_label`): it becomes the
  line's printed label, and a symbol-font bullet glyph a bullet level of its own.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from app.importers.blocks import Block, Paragraph, Table
from app.importers.extract.outline import Line, label_from_numbering, split_label
from app.importers.extract.tables import is_task_table
from app.importers.extract.textutil import clean_line

_PIPE = re.compile(r"\s+\|\s+")
_FOOTNOTE_LINE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])\s*\S")


def pipe_tables(blocks: Sequence[Block]) -> list[Block]:
    """Runs of text lines `TT | Nhiệm vụ | Cơ quan chủ trì | ...` (a table pasted as text) → a Table;
    a single `Số: 12/NQ-CP | Hà Nội, ngày ...` (a flattened layout row) → one line per cell."""
    out: list[Block] = []
    run: list[list[str]] = []

    def flush() -> None:
        if len(run) >= 2:
            out.append(Table(rows=[list(r) for r in run]))
        else:
            out.extend(Paragraph(c) for r in run for c in r if c)
        run.clear()

    for block in blocks:
        if isinstance(block, Paragraph) and block.numbering_label is None and len(_PIPE.findall(block.text)) >= 2:
            run.append([c.strip() for c in _PIPE.split(block.text.strip().strip("|"))])
            continue
        flush()
        if isinstance(block, Paragraph) and _PIPE.search(block.text) and block.numbering_label is None:
            out.extend(Paragraph(c.strip(), bold=block.bold) for c in _PIPE.split(block.text) if c.strip())
            continue
        out.append(block)
    flush()
    return out


def lines_of(blocks: Sequence[Block]) -> tuple[list[Line], list[Table]]:
    """The printed lines of `blocks` in order, and the tables that hold data (each captioned by the lines above)."""
    lines: list[Line] = []
    tables: list[Table] = []
    for block in pipe_tables(blocks):
        if isinstance(block, Table):
            if not is_task_table(block) and block.rows and max(len(r) for r in block.rows) <= 2:
                # a layout table (header or signature side by side): read its cells as lines
                cells = [c for row in block.rows for c in row if c and c.strip()]
                lines.extend(lines_of([Paragraph(c) for c in cells])[0])
            else:
                # the lines printed just above a table are its title (`PHỤ LỤC ... ĐẾN NĂM 2030`)
                tables.append(Table(rows=block.rows, caption=" ".join(ln.text for ln in lines[-3:])))
            continue
        if isinstance(block, Paragraph):
            lines.extend(_paragraph_lines(block))
    return lines, tables


def _paragraph_lines(block: Paragraph) -> list[Line]:
    """The lines of one paragraph: its line breaks (a numbered paragraph is one line), footnotes and rules left out,
    the first line labelled by the paragraph's numbering when Word keeps it apart, the others by their own label."""
    lines: list[Line] = []
    raw_lines = block.text.split("\n") if block.numbering_label is None else [block.text.replace("\n", " ")]
    for k, raw in enumerate(raw_lines):
        if _FOOTNOTE_LINE.match(raw):
            continue  # the text of a footnote, printed at the foot of a page
        text = clean_line(raw)
        if not text or re.fullmatch(r"[\W_]+", text) and not re.fullmatch(r"[-–+•]", text):
            continue
        if k == 0 and block.numbering_label and block.numbering_label.strip():
            lab, style = label_from_numbering(clean_line(block.numbering_label))
            if lab is None:  # a symbol-font bullet glyph: a bullet level of its own
                glyph = block.numbering_label.strip()[:1]
                lab, style = glyph, f"bullet{glyph}"
            if style and style.startswith("bullet"):
                lab = style[-1]
            lines.append(Line(text=text, label=lab, style=style, bold=block.bold))
            continue
        lab, style, rest = split_label(text)
        lines.append(Line(text=rest if lab is not None else text, label=lab, style=style, bold=block.bold))
    return lines
