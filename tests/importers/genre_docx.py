"""Word renderings of the genre plans (tests/fixtures/genre): how offices send the same text.

- `render_word_numbered`: every printed label (`I.`, `1.`, `1.1.`, `a)`, `-`, `+`) becomes Word
  automatic numbering (one multi-level list, bullets in lists of their own), so the labels exist
  only in numbering.xml — the reader has to compute them as Word would.
- `render_word_tables`: pipe tables become real Word tables; a group row (`I | TITLE | | |`) is
  one cell merged across the row, as Word annexes print it.
"""
from __future__ import annotations

import re
from pathlib import Path

from docx_factory import DocxBuilder

from app.importers.blocks import Paragraph, Table
from app.importers.readers.textfile import parse_text

_LABELS = [
    (0, re.compile(r"^([IVX]+)\.\s+(.*)$")),
    (2, re.compile(r"^(\d+\.\d+)\.?\s+(.*)$")),
    (1, re.compile(r"^(\d+)\.\s+(.*)$")),
    (3, re.compile(r"^([a-zđ])\)\s+(.*)$")),
]
_BULLET = re.compile(r"^([-+])\s+(.*)$")


def _outline_list(builder: DocxBuilder) -> str:
    return builder.add_list([("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."),
                             ("lowerLetter", "%4)")])


def render_word_numbered(text_file: Path, out: Path) -> Path:
    builder = DocxBuilder()
    outline = _outline_list(builder)
    bullets = {"-": builder.add_list([("bullet", "-")]), "+": builder.add_list([("bullet", "+")])}
    for block in parse_text(text_file.read_text(encoding="utf-8")):
        if isinstance(block, Table):
            _word_table(builder, block)
            continue
        if not isinstance(block, Paragraph):
            continue
        text = block.text.replace("\n", " ")
        bullet = _BULLET.match(text)
        if bullet:
            builder.paragraph(bullet.group(2), num=bullets[bullet.group(1)], bold=block.bold)
            continue
        for level, pattern in _LABELS:
            m = pattern.match(text)
            if m:
                builder.paragraph(m.group(2), num=outline, level=level, bold=block.bold)
                break
        else:
            builder.paragraph(text, bold=block.bold)
    return builder.save(out)


def render_word_tables(text_file: Path, out: Path) -> Path:
    builder = DocxBuilder()
    for block in parse_text(text_file.read_text(encoding="utf-8")):
        if isinstance(block, Table):
            _word_table(builder, block)
        elif isinstance(block, Paragraph):
            builder.paragraph(block.text, bold=block.bold)
    return builder.save(out)


def _word_table(builder: DocxBuilder, block: Table) -> None:
    width = max(len(r) for r in block.rows)
    table = builder.document.add_table(rows=0, cols=width)
    rows = [r + [""] * (width - len(r)) for r in block.rows]
    if len(rows) > 1 and not rows[1][0].strip() and any(rows[1]):
        _two_row_header(table, rows[0], rows[1])
        rows = rows[2:]
    for values in rows:
        cells = table.add_row().cells
        filled = [v for v in values if v.strip()]
        if len(filled) == 2 and values[0].strip() and values[1].strip():
            cells[0].text = values[0]
            merged = cells[1].merge(cells[width - 1])  # a group row: the title spans the row
            merged.text = values[1]
            continue
        for cell, value in zip(cells, values + [""] * (width - len(values)), strict=False):
            cell.text = value


def _two_row_header(table, top: list[str], sub: list[str]) -> None:
    """`Cơ quan thực hiện` over `Chủ trì | Phối hợp`, as Word prints it: the parent cell merged
    across its children, the other header cells merged down over both rows."""
    first, second = table.add_row().cells, table.add_row().cells
    i = 0
    while i < len(top):
        span = 1
        while i + span < len(top) and not top[i + span].strip() and sub[i + span].strip():
            span += 1
        if span > 1:
            merged = first[i].merge(first[i + span - 1])
            merged.text = top[i]
            for k in range(i, i + span):
                second[k].text = sub[k]
        elif sub[i].strip():
            first[i].text, second[i].text = top[i], sub[i]
        else:
            merged = first[i].merge(second[i])
            merged.text = top[i]
        i += span
