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
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about odd PDFs are not the user's business
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("Tệp PDF được đặt mật khẩu; hãy bỏ mật khẩu hoặc dùng tệp Word.")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise InputError(f"Tệp PDF quá dài ({len(pages)} trang; tối đa {MAX_PAGES} trang).")
        texts = []
        total = 0
        for page in pages:
            text = page.extract_text() or ""
            total += len(text)
            check_text_length(total)
            texts.append(nfc(text))
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types (PdfReadError, KeyError, ValueError...) for bad files
        raise InputError("Tệp PDF bị hỏng hoặc không đọc được; hãy dùng tệp Word hoặc xuất lại PDF.") from exc
    visible = sum(1 for text in texts for ch in text if not ch.isspace())
    if visible < max(40, 10 * len(texts)):
        raise InputError(SCANNED)
    pages = [[clean_inline(raw) for raw in text.replace("\r", "\n").split("\n")] for text in texts]
    running = page_edge_artefacts(pages)
    lines: list[Line] = []
    for page in pages:
        edges = _edge_indexes(page)
        lines.extend(Line(text) for i, text in enumerate(page)
                     if not (i in edges and is_page_edge_artefact(text, running)))
        lines.append(Line(""))
    cleaned = join_broken_lines(drop_artefacts(lines, repeats=False), wrapped=True)
    return [Paragraph(line.text) for line in cleaned if isinstance(line, Line)]


def _edge_indexes(page: list[str], edge: int = 2) -> set[int]:
    filled = [i for i, text in enumerate(page) if text]
    return set(filled[:edge] + filled[-edge:])
