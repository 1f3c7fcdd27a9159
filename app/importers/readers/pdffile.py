"""PDF plans with a text layer → blocks, through pypdf.

A PDF keeps no paragraphs: every printed line is a line, page headers and numbers included. We
take the text page by page, drop what repeats on every page and the page numbers, and join lines
that continue a sentence (`lines.py`, with the wrapped-column rule). A scanned PDF has no text
to take: we say so rather than import an empty plan. Nothing in the PDF (JavaScript, forms,
attachments) is run or opened.
"""
from __future__ import annotations

import io
import logging
import re

from app.domain.text import nfc
from app.errors import InputError
from app.importers.blocks import Block, Paragraph, Table
from app.importers.readers.artefacts import drop_artefacts, is_page_edge_artefact, page_edge_artefacts
from app.importers.readers.limits import check_text_length
from app.importers.readers.lines import Line, clean_inline, join_broken_lines
from app.importers.readers.pdftable import join_page_tables, split_pages

MAX_PAGES = 1000
SCANNED = "Tệp PDF không có lớp văn bản (bản quét); hãy dùng tệp Word hoặc PDF có văn bản."


def read_pdf_bytes(data: bytes) -> list[Block]:
    """Extract the text layer of a PDF; raise `InputError` for a broken, locked or scanned file."""
    # pypdf logs what it repairs (even at ERROR: "Advanced encoding … not implemented"); without a
    # logging setup Python prints that on stderr, under the one-line answer the user is promised
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("Tệp PDF được đặt mật khẩu; hãy bỏ mật khẩu hoặc dùng tệp Word.")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise InputError(f"Tệp PDF quá dài ({len(pages)} trang; tối đa {MAX_PAGES} trang).")
        raw: list[list[list] | str] = []
        total = 0
        for pdf_page in pages:
            page_rows = _page_rows(pdf_page)
            total += len(page_rows) if isinstance(page_rows, str) else sum(len(r[2]) for r in page_rows)
            check_text_length(total)
            raw.append(page_rows)
        pages_lines = _mark_paragraphs(split_pages(raw))
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types (PdfReadError, KeyError, ValueError...) for bad files
        raise InputError("Tệp PDF bị hỏng hoặc không đọc được; hãy dùng tệp Word hoặc xuất lại PDF.") from exc
    texts = ["\n".join(_plain(text) for text, _ in page_lines) for page_lines in pages_lines]
    visible = sum(1 for text in texts for ch in text if not ch.isspace())
    if visible < max(40, 10 * len(texts)):
        raise InputError(SCANNED)
    cleaned = [[(text if isinstance(text, Table) else clean_inline(text), start) for text, start in lines]
               for lines in pages_lines]
    running = page_edge_artefacts([[text if isinstance(text, str) else "" for text, _ in page] for page in cleaned])
    lines: list[Line | Table] = []
    for page in cleaned:
        edges = _edge_indexes([text if isinstance(text, str) else "" for text, _ in page])
        for i, (text, start) in enumerate(page):
            if isinstance(text, Table):
                lines.append(text)
            elif not (i in edges and is_page_edge_artefact(text, running)):
                lines.append(Line(text, starts_paragraph=start))
    joined = join_broken_lines(drop_artefacts(lines, repeats=False), wrapped=True)
    return join_page_tables([Paragraph(item.text) if isinstance(item, Line) else item for item in joined])


def _plain(text: str | Table) -> str:
    return text if isinstance(text, str) else " ".join(cell for row in text.rows for cell in row)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(raw: str) -> str:
    """NFC text without lone surrogates: a damaged font map makes pypdf return halves of
    characters that no file or database can store (found by fuzzing)."""
    return nfc(_SURROGATE.sub("", raw))


def _widest(text: str) -> float:
    """How many ems `text` takes at most in a common font (capitals and digits ~0.8, lower case
    ~0.65, spaces and punctuation ~0.4 in DejaVu Serif, the widest of them)."""
    return sum(0.8 if ch.isupper() or ch.isdigit() else 0.65 if ch.isalpha() else 0.4 for ch in text)


def _page_rows(page) -> list[list] | str:
    """[x, y, text, end, pieces] rows of a page in reading order (text side by side at one height is two
    rows when a column gap parts it), or its plain text when pypdf gives no positions."""
    chunks: list[tuple[float, float, str, float]] = []

    def visit(text: str, cm, tm, _font, size) -> None:
        if text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = (abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2])) ** 0.5
            chunks.append((x, y, text, (size or 0) * scale))

    plain = _text(page.extract_text(visitor_text=visit) or "")
    # [x, y, text, x where the text so far ends at the latest, (x, offset in text) of the later
    # pieces printed on the same line: where a table's cells may part, `pdftable.py`]
    rows: list[list] = []
    for x, y, text, size in chunks:
        for k, part in enumerate(_text(text).replace("\r", "\n").split("\n")):
            # at one height, more than an em of blank past where the text can end is another
            # column: the header's `Số: 12/KH-UBND` beside `Hà Nội, ngày ...`, a table's cells
            if k == 0 and rows and abs(rows[-1][1] - y) <= 1.5 and x <= rows[-1][3] + size:
                rows[-1][2] += part
                rows[-1][3] = max(rows[-1][3], x + _widest(part) * size)
                rows[-1][4].append((x, len(rows[-1][2]) - len(part)))
            elif part.strip() or k == 0:
                rows.append([x, y, part, x + _widest(part) * size, []])
    rows = [r for r in rows if r[2].strip()]
    if not rows or all(r[1] == 0 for r in rows):
        return plain
    return rows


def _mark_paragraphs(pages: list[list[list | Table] | str]) -> list[list[tuple[str | Table, bool | None]]]:
    """Each line with "starts a paragraph?" read from the layout: a gap above clearly larger than
    the document's usual line spacing, or an indent after a short line (a hanging indent after a
    full line continues the paragraph). None where unknown: a page's first line, or no positions.
    """
    gaps = sorted(a[1] - b[1] for rows in pages if not isinstance(rows, str)
                  for a, b in zip(rows, rows[1:], strict=False)
                  if isinstance(a, list) and isinstance(b, list) and 0 < a[1] - b[1] < 60)
    usual = gaps[len(gaps) // 4] if gaps else 0.0  # line spacing: the small common gap
    lengths = sorted(len(r[2]) for rows in pages if not isinstance(rows, str) for r in rows if isinstance(r, list))
    full = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0
    marked: list[list[tuple[str | Table, bool | None]]] = []
    for rows in pages:
        if isinstance(rows, str):
            marked.append([(line, None) for line in rows.replace("\r", "\n").split("\n")])
            continue
        first = rows[0]
        out: list[tuple[str | Table, bool | None]] = [(first if isinstance(first, Table) else first[2], None)]
        for above, row in zip(rows, rows[1:], strict=False):
            if isinstance(row, Table) or isinstance(above, Table):
                out.append((row if isinstance(row, Table) else row[2], True))
                continue
            (px, py, ptext, *_), (x, y, text, *_) = above, row
            gap = py - y
            indented = x > px + 8 and len(ptext) < 0.9 * full
            beside = abs(gap) <= 1.5  # the next column at the same height
            out.append((text, (usual > 0 and gap > 1.25 * usual) or gap < 0 or indented or beside))
        marked.append(out)
    return marked


def _edge_indexes(page: list[str], edge: int = 2) -> set[int]:
    filled = [i for i, text in enumerate(page) if text]
    return set(filled[:edge] + filled[-edge:])
