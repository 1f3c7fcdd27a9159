"""Reading back what the PDF writer produced (pypdf)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

_SPACES = re.compile(r"\s+")
_HYPHEN_END = re.compile(r"[^\s-]-$")  # a line broken after a hyphen inside a word (`80/2020/NĐ-` / `CP`)


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


def joined(lines: list[str]) -> str:
    """Printed lines as one text: with a space, but none after a line that broke after a word's hyphen."""
    text = ""
    for line in lines:
        text += line if _HYPHEN_END.search(text) else " " + line
    return text.strip()


def body_text(path: Path) -> str:
    """All text with the page numbers taken out, whitespace squashed (lines join with a space)."""
    reader = PdfReader(str(path))
    parts = []
    for i, page in enumerate(reader.pages):
        numbers = set(top_margin_texts(reader, i))
        lines = [ln for ln in page.extract_text().splitlines() if ln.strip() not in numbers]
        parts.append(joined(lines))
    return squash(" ".join(parts))


def text_spans(reader: PdfReader, index: int) -> list[tuple[float, float, float, str]]:
    """(x, baseline y, font size, text) of every text drawn on a page, in points from the
    bottom left corner (the layouts here never rotate or scale text)."""
    spans: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4] if cm else tm[4]
            y = tm[5] * cm[3] + cm[5] if cm else tm[5]
            spans.append((x, y, size, text.strip()))

    reader.pages[index].extract_text(visitor_text=visit)
    return spans


def stroked_segments(reader: PdfReader, index: int) -> list[tuple[float, float, float, float]]:
    """(x1, y1, x2, y2) of every `m … l` line segment of a page with the transformations
    (`cm`, `q`/`Q`) applied: rules, underlines and table borders."""
    from pypdf.generic import ContentStream

    page = reader.pages[index]
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    current = (0.0, 0.0)
    out: list[tuple[float, float, float, float]] = []

    def point(x: float, y: float) -> tuple[float, float]:
        return ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]

    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            stack.append(ctm[:])
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            m = ctm
            ctm = [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3],
                   e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]]
        elif op == b"m":
            current = point(float(operands[0]), float(operands[1]))
        elif op == b"l":
            end = point(float(operands[0]), float(operands[1]))
            out.append((*current, *end))
            current = end
    return out
