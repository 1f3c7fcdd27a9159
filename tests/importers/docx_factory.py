"""Build small .docx plans for tests, with *Word automatic numbering* (numbering.xml + numPr).

python-docx has no API for list definitions, so we add `w:abstractNum`/`w:num` elements to the
document's numbering part ourselves — exactly what Word writes — and mark paragraphs with
`w:numPr`. Also builds the hostile packages the reader must refuse (zip bomb, entities).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

TASK_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


class DocxBuilder:
    """A plan document under construction: lists, numbered paragraphs, headings, tables."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self._numbering = self.document.part.numbering_part.element
        self._next_id = 900

    def add_list(self, levels: list[tuple[str, str]], *, start_override: dict[int, int] | None = None) -> str:
        """Define an abstract list of (numFmt, lvlText) levels and a w:num using it; return numId."""
        self._next_id += 1
        abstract_id = num_id = str(self._next_id)
        add_abstract_list(self._numbering, abstract_id, levels)
        add_num(self._numbering, num_id, abstract_id, start_override)
        return num_id

    def reuse_list(self, abstract_of: str, *, restart: bool) -> str:
        """Another w:num over the same abstract list (Word's "continue" or "restart numbering")."""
        self._next_id += 1
        num_id = str(self._next_id)
        add_num(self._numbering, num_id, abstract_of, {0: 1} if restart else None)
        return num_id

    def paragraph(self, text: str, *, num: str | None = None, level: int = 0, bold: bool = False,
                  style: str | None = None):
        para = self.document.add_paragraph(style=style)
        run = para.add_run(text)
        if bold:
            run.bold = True
        if num is not None:
            number_paragraph(para._p, num, level)
        return para

    def heading(self, text: str, level: int, *, num: str | None = None, num_level: int = 0):
        para = self.document.add_heading(text, level=level)
        if num is not None:
            number_paragraph(para._p, num, num_level)
        return para

    def task_table(self, rows: list[list[str]], *, number_list: str | None = None):
        """A task table (STT | Nhiệm vụ | chủ trì | phối hợp | thời gian); STT auto-numbered if asked."""
        table = self.document.add_table(rows=1, cols=len(TASK_HEADER))
        for cell, title in zip(table.rows[0].cells, TASK_HEADER, strict=True):
            cell.text = title
        for values in rows:
            cells = table.add_row().cells
            for i, (cell, value) in enumerate(zip(cells, values, strict=True)):
                cell.text = value
                if i == 0 and number_list is not None:
                    number_paragraph(cell.paragraphs[0]._p, number_list, 0)
        return table

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def add_abstract_list(numbering, abstract_id: str, levels: list[tuple[str, str]]) -> None:
    """A `w:abstractNum` of (numFmt, lvlText) levels, as Word writes it, in the numbering part
    `numbering`, placed before every `w:num` as the schema orders them."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # schema order: every abstractNum before the nums
    else:
        numbering.append(abstract)


def add_num(numbering, num_id: str, abstract_id: str, start_override: dict[int, int] | None = None) -> None:
    """A `w:num` (a list instance) over the abstract list `abstract_id`; `start_override`: the
    levels that start again, at what number (Word's "restart numbering" or "set numbering value")."""
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for lvl, start in (start_override or {}).items()
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'))


def number_paragraph(p, num_id: str, level: int) -> None:
    """Mark the paragraph element `p` as an item of list `num_id` at `level` (`w:numPr`)."""
    ppr = p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>'))


def plain_docx() -> bytes:
    """A two-paragraph Word plan the reader accepts: the sound base the hostile packages are made from."""
    builder = DocxBuilder()
    builder.paragraph("KẾ HOẠCH")
    builder.paragraph("1. Sở Nội vụ chủ trì rà soát. Thời gian hoàn thành: Quý II/2024.")
    return builder.to_bytes()


def rewrite_part(docx_bytes: bytes, name: str, new_content: bytes) -> bytes:
    """A copy of a .docx with one member replaced (to plant hostile XML)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = new_content if info.filename == name else src.read(info.filename)
            dst.writestr(info, data)
    return out.getvalue()


def add_members(docx_bytes: bytes, members: dict[str, bytes]) -> bytes:
    out = io.BytesIO(docx_bytes)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members.items():
            dst.writestr(name, data)
    return out.getvalue()


def zip_bomb_docx(base: bytes, *, unpacked_mb: int = 300) -> bytes:
    """A valid .docx plus a member of zeros that deflates ~1000:1 (a few hundred KB on disk)."""
    out = io.BytesIO(base)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as dst:
        with dst.open("word/media/bomb.bin", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(block)
    return out.getvalue()
