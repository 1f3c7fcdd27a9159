"""Word plans (.docx) → blocks, paragraphs and tables in document order.

python-docx opens the package, but its `paragraph.text` misses what a plan needs: the labels of
automatic numbering (`numbering.py`), tracked insertions, text boxes, and merged table cells. So
we walk the body XML ourselves, once, in order. The zip is checked first (`zipguard.py`) and
nothing in the document is ever executed: macros, fields and external links are only text or
ignored.
"""
from __future__ import annotations

import io

from app.domain.text import nfc
from app.errors import InputError
from app.importers.blocks import Block, Paragraph, Table
from app.importers.readers.docxstyles import Styles, on_off, parse_num_pr
from app.importers.readers.docxtext import as_markdown_line, markdown_blocks, pasted_markdown
from app.importers.readers.limits import check_text_length
from app.importers.readers.lines import Line, clean_inline, should_join
from app.importers.readers.numbering import Numbering, W
from app.importers.readers.zipguard import open_office_zip

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "proofErr", W + "bookmarkStart",
         W + "bookmarkEnd", W + "commentRangeStart", W + "commentRangeEnd", MC + "Fallback"}
_TEXT_BOX = W + "txbxContent"


def read_docx_bytes(data: bytes) -> list[Block]:
    """Check, open and walk a .docx; raise `InputError` for anything unreadable or unsafe."""
    parts = open_office_zip(data)
    try:
        import docx  # python-docx; imported here so the text reader does not pay for it

        document = docx.Document(io.BytesIO(data))
        body = document.element.body  # a main part whose root is not w:document has none (fuzzing)
        if body is None:
            raise ValueError("no w:body")
    except Exception as exc:  # python-docx raises many types for a broken package; all mean "not Word"
        raise InputError(
            "Tệp .docx bị hỏng hoặc không phải văn bản Word; hãy mở bằng Word và lưu lại."
        ) from exc
    styles = Styles.from_xml(parts.get(_related_part(document, "/styles") or "word/styles.xml"))
    numbering = Numbering.from_xml(parts.get(_related_part(document, "/numbering") or "word/numbering.xml"))
    walker = _Walker(styles, numbering)
    walker.body(body)
    check_text_length(walker.chars)
    blocks = markdown_blocks(walker.lines) if pasted_markdown(walker.texts) else walker.blocks
    return flatten_layout_tables(blocks)


def flatten_layout_tables(blocks: list[Block]) -> list[Block]:
    """Turn the borderless layout tables of a plan's first and last lines into paragraphs.

    Word plans put the header (`ỦY BAN NHÂN DÂN ... | CỘNG HÒA ...`, `Số: ... | Hà Nội, ngày ...`)
    and the signature block (`Nơi nhận: ... | TM. ỦY BAN NHÂN DÂN ...`) in two-column tables
    only to place text side by side. They are not data: the header rules read them as lines,
    like the same lines of a text file. Recognised by shape and place: at most 2 columns and 6
    rows, with no long paragraph before it (header) or after it (signature).
    """
    long_at = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and len(b.text) > 120]
    out: list[Block] = []
    for i, block in enumerate(blocks):
        layout = (isinstance(block, Table) and bool(block.rows) and len(block.rows) <= 6
                  and max(len(r) for r in block.rows) <= 2
                  and (not long_at or i < long_at[0] or i > long_at[-1]))
        if not layout or not isinstance(block, Table):
            out.append(block)
            continue
        for row in block.rows:
            for cell in row:
                out.extend(Paragraph(line.strip()) for line in cell.split("\n") if line.strip())
    return out


def _related_part(document, suffix: str) -> str | None:
    """Zip member name of the main document's related part (styles, numbering). A relation with no
    type (python-docx gives None; found by fuzzing) is not the one."""
    for rel in document.part.rels.values():
        if (rel.reltype or "").endswith(suffix) and not rel.is_external:
            return str(rel.target_part.partname).lstrip("/")
    return None


class _Walker:
    """Walks body XML in order; counts list numbers as it goes, like Word does."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.lines: list[str | Table] = []  # each paragraph as a text line, blank ones too (`docxtext`)
        self.texts: list[str] = []  # each paragraph's own text, its markup typed as text
        self.chars = 0

    # -- containers ---------------------------------------------------------------------------
    def body(self, element) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                table = self.table(child)
                self.blocks.append(table)
                self.lines.append(table)
            elif tag in (W + "sdt", W + "customXml", W + "sdtContent"):
                self.body(child.find(W + "sdtContent") if tag == W + "sdt" else child)

    def paragraph(self, p) -> None:
        label, text, bold, level, boxes = self.read_paragraph(p)
        for box in boxes:
            self.body(box)
        self.lines.append(as_markdown_line(label, text, bold, level))
        self.texts.append(text)
        segments = _split_breaks(text)
        for i, segment in enumerate(segments):
            if not segment and not (i == 0 and label):
                continue
            self.chars += len(segment)
            self.blocks.append(Paragraph(segment, bold=bold, heading_level=level,
                                         numbering_label=label if i == 0 else None))

    def table(self, tbl) -> Table:
        rows: list[list[str]] = []
        above: dict[int, str] = {}
        for tr in tbl.iter(W + "tr"):
            if _nearest_table(tr) is not tbl:
                continue  # a row of a nested table: read as part of its cell
            row: list[str] = []
            col = 0
            trpr = tr.find(W + "trPr")
            before = _int_val(trpr.find(W + "gridBefore")) if trpr is not None else 0
            row.extend([""] * before)
            col += before
            for tc in tr.findall(W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span = max(1, _int_val(tcpr.find(W + "gridSpan")) if tcpr is not None else 1)
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                if vmerge is not None and vmerge.get(W + "val", "continue") == "continue":
                    text = above.get(col, "")
                    self.cell_text(tc)  # still advance list counters inside
                else:
                    text = self.cell_text(tc)
                for k in range(span):
                    row.append(text if k == 0 else "")
                    above[col + k] = text
                col += span
            rows.append(row)
        return Table(rows=rows)

    def cell_text(self, tc) -> str:
        lines: list[str] = []
        for child in tc:
            if child.tag == W + "p":
                label, text, _, _, _ = self.read_paragraph(child)
                parts = _split_breaks(text)
                if label:
                    parts[0] = f"{label} {parts[0]}".strip()
                lines.extend(part for part in parts if part)
            elif child.tag == W + "tbl":
                nested = self.table(child)
                lines.extend(" | ".join(c for c in r if c) for r in nested.rows)
        text = "\n".join(lines)
        self.chars += len(text)
        return text

    # -- one paragraph ------------------------------------------------------------------------
    def read_paragraph(self, p):
        """(numbering label, text with \\n for line breaks, all bold?, heading level, text boxes)."""
        ppr = p.find(W + "pPr")
        style_el = ppr.find(W + "pStyle") if ppr is not None else None
        style_id = style_el.get(W + "val") if style_el is not None else self.styles.default_paragraph
        label = self._label(ppr, style_id)
        level = self._heading_level(ppr, style_id)
        para_bold = self.styles.bold(style_id)
        if para_bold is None:
            para_bold = self.styles.default_bold
        pieces: list[str] = []
        bolds: list[bool] = []
        boxes: list = []
        self._collect(p, pieces, bolds, boxes, para_bold)
        text = nfc("".join(pieces))
        text = "\n".join(clean_inline(line) for line in text.split("\n"))
        return label, text, bool(bolds) and all(bolds), level, boxes

    def _label(self, ppr, style_id: str | None) -> str | None:
        num_id, ilvl = parse_num_pr(ppr)
        style_num, style_ilvl, carrier = self.styles.numbering(style_id)
        if num_id is None:
            num_id = style_num
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:
            ilvl = style_ilvl
        if ilvl is None and carrier:
            ilvl = self.numbering.level_for_style(num_id, carrier)
        return self.numbering.next_label(num_id, ilvl or 0)

    def _heading_level(self, ppr, style_id: str | None) -> int | None:
        outline = ppr.find(W + "outlineLvl") if ppr is not None else None
        if outline is not None:
            value = _int_val(outline, default=9)
            return value + 1 if value < 9 else None
        return self.styles.heading_level(style_id)

    def _collect(self, element, pieces: list[str], bolds: list[bool], boxes: list, para_bold: bool) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == W + "r":
                self._run(child, pieces, bolds, boxes, para_bold)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._collect(choice, pieces, bolds, boxes, para_bold)
            elif tag == _TEXT_BOX:
                boxes.append(child)
            elif isinstance(tag, str):
                self._collect(child, pieces, bolds, boxes, para_bold)

    def _run(self, r, pieces: list[str], bolds: list[bool], boxes: list, para_bold: bool) -> None:
        rpr = r.find(W + "rPr")
        bold = on_off(rpr.find(W + "b")) if rpr is not None else None
        if bold is None and rpr is not None:
            rstyle = rpr.find(W + "rStyle")
            if rstyle is not None:
                bold = self.styles.bold(rstyle.get(W + "val"))
        if bold is None:
            bold = para_bold
        start = len(pieces)
        for child in r:
            tag = child.tag
            if tag == W + "t":
                pieces.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                pieces.append(" ")
            elif tag in (W + "br", W + "cr"):
                pieces.append("\n")
            elif tag == W + "noBreakHyphen":
                pieces.append("-")
            elif tag in (W + "drawing", W + "pict", MC + "AlternateContent", W + "object"):
                boxes.extend(_text_boxes(child))
        if "".join(pieces[start:]).strip():
            bolds.append(bool(bold))


def _text_boxes(element) -> list:
    """Text-box contents inside a drawing, skipping the VML fallback copy of the same box."""
    found = []
    for box in element.iter(_TEXT_BOX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not element and ancestor.tag != MC + "Fallback":
            ancestor = ancestor.getparent()
        if ancestor is None or ancestor.tag != MC + "Fallback":
            found.append(box)
    return found


def _split_breaks(text: str) -> list[str]:
    """Manual line breaks: a break inside a sentence is a space (the next line starts in lower
    case, or follows a word no sentence ends with); a break before an outline item or between
    title lines (`CỘNG HÒA ... VIỆT NAM` / `Độc lập - Tự do - Hạnh phúc`) starts a new line."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if out and line and out[-1] and should_join(Line(out[-1]), Line(line)):
            out[-1] = f"{out[-1]} {line}"
        elif line or not out:
            out.append(line)
    return [line for line in out if line] or [""]


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != W + "tbl":
        parent = parent.getparent()
    return parent


def _int_val(element, default: int = 0) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W + "val", default))
    except (TypeError, ValueError):
        return default
