"""A development plan (the website text of `tests/fixtures/real*`) typed again as a clerk types it
in Word, for `bench.formats_roundtrip` and its guard test.

The text is read by the project's own text reader (markup off, broken lines joined), so the
document carries what the `.txt` import sees, no more: one Word paragraph per line, bold where
the text was bold, the two-column header (issuer and number | motto and date) as a borderless
2-column table as Nghị định 30 lays it out, the page number at the top of each page, pipe tables
as real Word tables with merged group rows and the widths a clerk's AutoFit leaves. With
`auto_numbering` the labels (`I.`, `1.`, `1.2.`, `a)`, `-`, `+`) are not typed but drawn by
Word's automatic numbering (numbering.xml + `w:numPr`), one level per outline depth.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import docx
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from app.importers.blocks import Block, Paragraph, Table
from app.importers.readers.numbering import VIETNAMESE_LETTERS, format_number
from app.importers.readers.textfile import parse_text
from bench.table_layouts import merged_layout

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "importers"))  # Word's list XML: docx_factory
from docx_factory import add_abstract_list, add_num, number_paragraph  # noqa: E402

_MOTTO = re.compile(r"^(?:CỘNG H(?:ÒA|OÀ|OA)|ĐẢNG CỘNG SẢN)", re.IGNORECASE)
_MOTTO_END = re.compile(r"^Độc lập\b")
_DATED = re.compile(r",\s*ngày\b")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# (kind, pattern): the label kinds Word can draw; group 1 the counter, group 2 the punctuation
_LABELS = (
    ("multi", re.compile(r"^((?:\d{1,2}\.)+)(\d{1,2})(\.?)\s+(?=\S)")),
    ("upperRoman", re.compile(r"^([IVXLC]{1,6})([.\-)])\s+(?=\S)")),
    ("decimal", re.compile(r"^(\d{1,2})([.)])\s+(?=\S)")),
    ("lowerLetter", re.compile(r"^([a-zđ])([.)])\s+(?=\S)")),
    ("bullet", re.compile(r"^([-+•])\s+(?=\S)")),
)


def write_plan_docx(text: str, path: Path, *, auto_numbering: bool = False, merged: bool = False,
                    middle: bool = False, running: bool = False) -> Path:
    """Write the plan text `text` as a .docx at `path`. With `merged`, its task tables are laid out
    as offices print them (`bench.table_layouts.merged_layout`): equal agency and time cells of
    adjacent rows merged into one (Word `vMerge`), the header row marked to repeat on every page and
    printed once more mid-table; `middle`: the merged cells' text centred in their span, as many
    offices set it (a PDF then prints it beside a middle row of the span, not the first);
    `running`: the document's kind and number (`Kế hoạch số 12/KH-UBND`) printed at the top of
    every page and `Trang 2/9` at its foot, as many offices print them (`running_title`)."""
    blocks = parse_text(text)
    document = docx.Document()
    start = _header_table(document, blocks)
    lists = _Lists(document) if auto_numbering else None
    for block in blocks[start:]:
        if isinstance(block, Table):
            _table(document, block, merged=merged, middle=middle)
            if lists is not None:
                lists.reset()
        elif block.text:
            _paragraph(document, block, lists)
    if running:
        _running_furniture(document, running_title(blocks))
    else:
        _page_numbers(document)
    if isinstance(blocks[-1], Table):
        document.add_paragraph()  # Word always ends a body with a paragraph (LibreOffice drops a last table)
    document.save(str(path))
    return path


def _page_numbers(document) -> None:
    """The page number at the top centre of every page (a PAGE field), as plans print it."""
    para = document.sections[0].header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


_KINDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "CHỈ THỊ", "NGHỊ QUYẾT", "HƯỚNG DẪN", "CÔNG VĂN")


def running_title(blocks: list[Block]) -> str:
    """`Kế hoạch số 12/KH-UBND`: the document's kind (its title line) and number (its `Số:` line)."""
    texts = [b.text.strip("* ") for b in blocks[:40] if isinstance(b, Paragraph)]
    kind = next((t for t in texts if t.upper() in _KINDS), "Văn bản")
    number = next((m.group(1) for t in texts if (m := re.match(r"^Số\s*:?\s*(\S+)", t))), "")
    return f"{kind[:1].upper()}{kind[1:].lower()} số {number}".strip()


def _field(para, instr: str) -> None:
    para._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _running_furniture(document, title: str) -> None:
    """`title` at the top right of every page, `Trang N/M` at the foot (PAGE and NUMPAGES fields)."""
    head = document.sections[0].header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run(title).italic = True
    foot = document.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Trang ")
    _field(foot, "PAGE")
    foot.add_run("/")
    _field(foot, "NUMPAGES")


def _header_table(document, blocks: list[Block]) -> int:
    """The header lines before the title as a borderless 2×2 table; how many blocks it took."""
    head: list[Paragraph] = []
    for block in blocks[:12]:
        if not isinstance(block, Paragraph):
            break
        head.append(block)
        if _DATED.search(block.text):
            break
    if not head or not _DATED.search(head[-1].text) or not any(_MOTTO.match(p.text) for p in head):
        return 0
    number = [p for p in head if p.text.startswith("Số")]
    first = next(i for i, p in enumerate(head) if _MOTTO.match(p.text))
    last = next((i for i, p in enumerate(head[first:first + 4], first) if _MOTTO_END.match(p.text)), first)
    right = head[first:last + 1]  # the motto with its wrapped lines
    left = [p for p in head if p not in right and p not in number and p is not head[-1]]
    table = document.add_table(rows=2, cols=2)  # the default style: no borders
    for column, width in zip(table.columns, (Cm(5.7), Cm(9.5)), strict=True):
        column.width = width  # a narrow issuer column, a wide motto column
        for cell in column.cells:
            cell.width = width
    for cell, lines in zip([*table.rows[0].cells, *table.rows[1].cells],
                           (left, right, number, [head[-1]]), strict=True):
        for i, line in enumerate(lines):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para.add_run(line.text).bold = line.bold
    return len(head)


def _paragraph(document, block: Paragraph, lists: _Lists | None) -> None:
    level = block.heading_level
    para = document.add_paragraph(style=f"Heading {level}" if level and level <= 9 else None)
    text = block.text
    if lists is not None:
        text = lists.number(para, text)
    para.add_run(text).bold = block.bold or None


def _table(document, block: Table, *, merged: bool = False, middle: bool = False) -> None:
    # columns empty in every row are none (a website's ragged rows): Word has no ragged rows
    width = max((c + 1 for row in block.rows for c, v in enumerate(row) if v.strip()), default=1)
    table = document.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    rows, continues = merged_layout(block.rows) if merged and len(block.rows) > 1 else (block.rows, set())
    for r, values in enumerate(rows):
        cells = table.add_row().cells
        values = [("" if (r, c) in continues else v) for c, v in enumerate((values + [""] * width)[:width])]
        rest = [v for v in values[2:] if v]
        group = width > 2 and values[1] and all(v == values[1] for v in rest)
        for cell, value in zip(cells, values[:2] if group else values, strict=False):
            for i, line in enumerate(value.split("\n")):
                (cell.paragraphs[0] if i == 0 else cell.add_paragraph()).add_run(line)
        if group:  # a group row: its title merged across the remaining columns
            cells[1].merge(cells[-1])
    if continues:
        _merge_down(table, continues, middle)
    # widths as Word's AutoFit leaves them: a narrow STT column, wide columns for long texts
    weights = [max(1.0, (sum(len(r[c]) for r in block.rows if c < len(r)) / len(block.rows)) ** 0.5)
               for c in range(width)]
    # cm: `STT` fits on one line, a short column still holds `Thường xuyên` or `12/2025`
    widths = [max(1.3 if c == 0 else 2.2, 16 * w / sum(weights)) for c, w in enumerate(weights)]
    for column, cm in zip(table.columns, widths, strict=True):
        column.width = Cm(cm * 16 / sum(widths))  # the grid LibreOffice lays out by
        for cell in column.cells:
            cell.width = column.width


def _merge_down(table, continues: set[tuple[int, int]], middle: bool) -> None:
    """Each run of cells continuing the one above merged into it (`vMerge`; `middle`: its text
    centred in the span), the header row repeated on every page (`tblHeader`)."""
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for r, c in sorted(continues, key=lambda rc: (rc[1], rc[0])):
        if (r + 1, c) not in continues:  # the last row of a run: merge from the run's first
            first = r
            while (first, c) in continues:
                first -= 1
            cell = table.cell(first, c).merge(table.cell(r, c))
            if middle:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


class _Lists:
    """Word lists drawing the labels: one abstract list per label kind and punctuation, its
    level k printing `%k+1`; a new list instance (with a start override) wherever the typed
    number is not the one Word would draw next."""

    def __init__(self, document) -> None:
        self._numbering = document.part.numbering_part.element
        self._abstracts: dict[tuple[str, str, str], str] = {}
        self._current: dict[tuple[str, str, str], tuple[str, int, int]] = {}
        self._stack: list[tuple[str, str]] = []
        self._ids = 100

    def reset(self) -> None:
        self._stack = []

    def number(self, para, text: str) -> str:
        """Bind `para` to a list drawing the label of `text`; the text without its label."""
        found = _label(text)
        if found is None:
            return text
        kind, prefix, value, punct, rest = found
        depth_key = (kind, punct)
        if depth_key in self._stack:
            del self._stack[self._stack.index(depth_key) + 1:]
        else:
            self._stack.append(depth_key)
        ilvl = min(len(self._stack) - 1, 8)
        key = (kind, prefix, punct)
        num_id, at_level, last = self._current.get(key, ("", -1, -1))
        if kind == "bullet":
            num_id = num_id or self._new_num(key, ilvl, 1)
        elif at_level != ilvl or value != last + 1:
            num_id = self._new_num(key, ilvl, value)
        self._current[key] = (num_id, ilvl, value)
        number_paragraph(para._p, num_id, ilvl)
        return rest

    def _new_num(self, key: tuple[str, str, str], ilvl: int, start: int) -> str:
        self._ids += 1
        if key not in self._abstracts:
            self._abstracts[key] = abstract_id = str(self._ids)
            kind, prefix, punct = key
            fmt = "decimal" if kind == "multi" else kind
            add_abstract_list(self._numbering, abstract_id,
                              [(fmt, punct if kind == "bullet" else f"{prefix}%{k + 1}{punct}") for k in range(9)])
        num_id = str(self._ids)
        add_num(self._numbering, num_id, self._abstracts[key], {ilvl: start})
        return num_id


def _label(text: str) -> tuple[str, str, int, str, str] | None:
    """(kind, literal prefix, counter value, punctuation, text after the label) of a typed label."""
    for kind, pattern in _LABELS:
        match = pattern.match(text)
        if not match:
            continue
        rest = text[match.end():]
        if kind == "multi":
            return kind, match.group(1), int(match.group(2)), match.group(3), rest
        if kind == "bullet":
            return kind, "", 1, match.group(1), rest
        if kind == "upperRoman":
            value = _roman_value(match.group(1))
            return (kind, "", value, match.group(2), rest) if value else None
        if kind == "lowerLetter":
            if match.group(1) not in VIETNAMESE_LETTERS:
                return None
            return kind, "", VIETNAMESE_LETTERS.index(match.group(1)) + 1, match.group(2), rest
        return kind, "", int(match.group(1)), match.group(2), rest
    return None


def _roman_value(numeral: str) -> int:
    """The value of a well-formed Roman numeral, 0 otherwise (so `CL.` stays typed)."""
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if format_number(total, "upperRoman") == numeral else 0
