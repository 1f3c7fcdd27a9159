"""Plain-text and Markdown plan files (.txt, .md) → blocks.

The sample plans were converted from web pages and PDFs: they carry Markdown heading marks
(`#### **1. ...**`), bold and italic marks, links, escapes and pipe tables, even in `.txt`
files. We read that markup off (keeping what it tells: heading level, bold), then remove page
artefacts and join sentences broken by page ends (`lines.py`).
"""
from __future__ import annotations

import re

from app.importers.blocks import Block, Paragraph, Table
from app.importers.readers.decode import decode_text
from app.importers.readers.flattable import take_flat_table
from app.importers.readers.limits import check_line_lengths, check_text_length
from app.importers.readers.lines import Line, clean_inline, drop_artefacts, join_broken_lines, wrap_column

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]\s]+\]:")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_ITALIC = re.compile(r"(?<![*\w])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![*\w])")
_UNDERSCORE_EMPH = re.compile(r"(?<!\w)_{1,2}(?!\s)([^_\n]+?)(?<!\s)_{1,2}(?!\w)")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|sup|sub|p|div|font)(?:\s[^>]*)?>", re.IGNORECASE)
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_MD_BULLET = re.compile(r"^[*]\s+")
_QUOTE = re.compile(r"^(?:>\s?)+")


def read_text_bytes(data: bytes) -> list[Block]:
    """Decode and parse a .txt/.md plan."""
    text = decode_text(data)
    check_text_length(len(text))
    check_line_lengths([text])  # before parsing: a 1 MB line takes seconds to parse
    return parse_text(text)


def parse_text(text: str) -> list[Block]:
    """Markdown-ish text → paragraphs and tables, artefacts removed, broken lines joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    # `<br>` breaks a line, except inside a pipe table, where it breaks a cell (`Sở A;<br>Sở B`)
    text = "\n".join(ln if ln.lstrip().startswith("|") else _HTML_BREAK.sub("\n", ln) for ln in text.split("\n"))
    items: list[Line | Table] = []
    table: list[list[str]] = []
    bold_open = False
    raws = text.split("\n")
    skip_to = 0
    for index, raw in enumerate(raws):
        if index < skip_to:
            continue
        flat = take_flat_table(raws, index) if len(raw.strip()) <= 12 else None
        if flat is not None:  # an annex table copied one cell per line
            if table:
                items.append(Table(rows=table))
                table = []
            items.append(Table(rows=flat[0]))
            skip_to = flat[1]
            continue
        stripped = _QUOTE.sub("", raw.strip())
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if not _TABLE_SEPARATOR.match(stripped):
                table.append(["\n".join(_strip_inline(part)[0] for part in _HTML_BREAK.split(cell))
                              for cell in _split_row(stripped)])
            continue
        if table:
            items.append(Table(rows=table))
            table = []
        if _RULE.match(stripped) or _FOOTNOTE_DEF.match(stripped):
            items.append(Line(""))
            continue
        line, bold_open = _read_line(stripped, bold_open)
        items.append(line)
    if table:
        items.append(Table(rows=table))
    blocks: list[Block] = []
    printed = [x for x in items if isinstance(x, Line)]
    column = wrap_column([x.text for x in printed], [x.raw_len for x in printed])
    for item in join_broken_lines(drop_artefacts(items), column=column):
        if isinstance(item, Line):
            blocks.append(Paragraph(item.text, bold=item.bold, heading_level=item.heading_level))
        else:
            blocks.append(item)
    return blocks


def _read_line(raw: str, bold_open: bool) -> tuple[Line, bool]:
    """Read heading marks and bold state off one line; `bold_open` carries `**` across lines."""
    level = None
    raw_line = raw
    match = _HEADING.match(raw)
    if match:
        level = len(match.group(1))
        raw = match.group(2)
    raw = _MD_BULLET.sub("- ", raw)
    text, all_bold, bold_after = _strip_inline(raw, bold_open)
    return Line(text, bold=all_bold and bool(text), heading_level=level if text else None,
                raw_len=len(raw_line)), bold_after


def _strip_inline(raw: str, bold_open: bool = False) -> tuple[str, bool, bool]:
    """Remove inline Markdown; return (text, whole line bold?, `**` still open at the end?)."""
    raw = _FOOTNOTE_REF.sub("", raw)
    raw = _LINK.sub(r"\1", raw)
    raw = _HTML_TAG.sub("", raw)
    raw = _ESCAPE.sub(lambda m: "\x00" + m.group(1), raw)  # protect escaped marks
    pieces = raw.split("**")
    state = bold_open
    all_bold = True
    kept: list[str] = []
    for i, piece in enumerate(pieces):
        if i:
            state = not state
        if piece.strip() and not state:
            all_bold = False
        kept.append(piece)
    text = "".join(kept)
    text = _ITALIC.sub(r"\1", text)
    text = _UNDERSCORE_EMPH.sub(r"\1", text)
    text = text.replace("\x00", "")
    return clean_inline(text), all_bold, state


def _split_row(row: str) -> list[str]:
    inner = row.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    cells = re.split(r"(?<!\\)\|", inner)
    return [cell.replace("\\|", "|").strip() for cell in cells]
