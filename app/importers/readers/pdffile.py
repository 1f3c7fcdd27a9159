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

from app.domain.text import nfc
from app.errors import InputError
from app.importers.blocks import Block, Paragraph
from app.importers.readers.limits import check_text_length
from app.importers.readers.lines import (
    Line,
    clean_inline,
    drop_artefacts,
    is_page_edge_artefact,
    join_broken_lines,
    page_edge_artefacts,
)

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
        rows: list[list[list] | str] = []
        total = 0
        for pdf_page in pages:
            page_rows = _page_rows(pdf_page)
            total += len(page_rows) if isinstance(page_rows, str) else sum(len(r[2]) for r in page_rows)
            check_text_length(total)
            rows.append(page_rows)
        pages_lines = _mark_paragraphs(rows)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types (PdfReadError, KeyError, ValueError...) for bad files
        raise InputError("Tệp PDF bị hỏng hoặc không đọc được; hãy dùng tệp Word hoặc xuất lại PDF.") from exc
    texts = ["\n".join(text for text, _ in page_lines) for page_lines in pages_lines]
    visible = sum(1 for text in texts for ch in text if not ch.isspace())
    if visible < max(40, 10 * len(texts)):
        raise InputError(SCANNED)
    cleaned = [[(clean_inline(text), start) for text, start in lines] for lines in pages_lines]
    running = page_edge_artefacts([[text for text, _ in page] for page in cleaned])
    lines: list[Line | Paragraph] = []
    for page in cleaned:
        edges = _edge_indexes([text for text, _ in page])
        lines.extend(Line(text, starts_paragraph=start) for i, (text, start) in enumerate(page)
                     if not (i in edges and is_page_edge_artefact(text, running)))
    joined = join_broken_lines(drop_artefacts(lines, repeats=False), wrapped=True)
    return [Paragraph(line.text) for line in joined if isinstance(line, Line)]


def _page_rows(page) -> list[list] | str:
    """[x, y, text] rows of a page in reading order, or its plain text when pypdf gives no positions."""
    chunks: list[tuple[float, float, str]] = []

    def visit(text: str, cm, tm, _font, _size) -> None:
        if text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            chunks.append((x, y, text))

    plain = nfc(page.extract_text(visitor_text=visit) or "")
    rows: list[list] = []
    for x, y, text in chunks:
        for k, part in enumerate(nfc(text).replace("\r", "\n").split("\n")):
            if k == 0 and rows and abs(rows[-1][1] - y) <= 1.5:
                rows[-1][2] += part
            elif part.strip() or k == 0:
                rows.append([x, y, part])
    rows = [r for r in rows if r[2].strip()]
    if not rows or all(r[1] == 0 for r in rows):
        return plain
    return rows


def _mark_paragraphs(pages: list[list[list] | str]) -> list[list[tuple[str, bool | None]]]:
    """Each line with "starts a paragraph?" read from the layout: a gap above clearly larger than
    the document's usual line spacing, or an indent after a short line (a hanging indent after a
    full line continues the paragraph). None where unknown: a page's first line, or no positions.
    """
    gaps = sorted(a[1] - b[1] for rows in pages if not isinstance(rows, str)
                  for a, b in zip(rows, rows[1:], strict=False) if 0 < a[1] - b[1] < 60)
    usual = gaps[len(gaps) // 4] if gaps else 0.0  # line spacing: the small common gap
    lengths = sorted(len(r[2]) for rows in pages if not isinstance(rows, str) for r in rows)
    full = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0
    marked: list[list[tuple[str, bool | None]]] = []
    for rows in pages:
        if isinstance(rows, str):
            marked.append([(line, None) for line in rows.replace("\r", "\n").split("\n")])
            continue
        out: list[tuple[str, bool | None]] = [(rows[0][2], None)]
        for (px, py, ptext), (x, y, text) in zip(rows, rows[1:], strict=False):
            gap = py - y
            indented = x > px + 8 and len(ptext) < 0.9 * full
            out.append((text, (usual > 0 and gap > 1.25 * usual) or gap < 0 or indented))
        marked.append(out)
    return marked


def _edge_indexes(page: list[str], edge: int = 2) -> set[int]:
    filled = [i for i, text in enumerate(page) if text]
    return set(filled[:edge] + filled[-edge:])
