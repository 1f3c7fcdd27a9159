"""Reading back what the PDF writer produced (pypdf)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def top_margin_texts(reader: PdfReader, index: int, margin_pt: float = 56.0) -> list[str]:
    """Texts drawn in the top margin of a page (where the page number goes)."""
    page = reader.pages[index]
    height = float(page.mediabox.height)
    found: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        y = tm[5] * cm[3] + cm[5] if cm else tm[5]
        if text.strip() and y > height - margin_pt:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return found


def body_text(path: Path) -> str:
    """All text with the page numbers taken out, whitespace squashed (lines join with a space)."""
    reader = PdfReader(str(path))
    parts = []
    for i, page in enumerate(reader.pages):
        numbers = set(top_margin_texts(reader, i))
        lines = [ln for ln in page.extract_text().splitlines() if ln.strip() not in numbers]
        parts.append(" ".join(lines))
    return squash(" ".join(parts))
