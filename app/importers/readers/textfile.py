"""Plain-text and Markdown plan files (.txt, .md) → blocks.

The sample plans were converted from web pages and PDFs: they carry Markdown heading marks
(`#### **1. ...**`), bold and italic marks, links, escapes and pipe tables, even in `.txt`
files. We read that markup off (keeping what it tells: heading level, bold), then remove page
artefacts and join sentences broken by page ends (`lines.py`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from app.importers.blocks import Block, Paragraph, Table
from app.importers.readers.artefacts import MARKED_PAGE_NUMBER, drop_artefacts, running_titles, title_copies
from app.importers.readers.cell_tables import take_cell_table, wrapped_table_lines
from app.importers.readers.decode import decode_text
from app.importers.readers.export_habits import (
    bare_pipe_rows,
    drop_footnotes,
    drop_signature_stamps,
    tabs_to_pipes,
    unescape_entities,
    unquote,
)
from app.importers.readers.flattable import unpipe_flat_header
from app.importers.readers.glued_words import split_glued_words
from app.importers.readers.indents import first_line_indents
from app.importers.readers.limits import check_line_lengths, check_text_length
from app.importers.readers.lines import Line, blank_separated, clean_inline, join_broken_lines, wrap_column
from app.importers.readers.page_furniture import mark_page_numbers
from app.importers.readers.pipecells import run_end, take_pipe_table
from app.importers.readers.wraps import full_line_column

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
# an italic mark whose pair is on another line (`*2.4. Bộ` / `Chỉ huy Quân sự tỉnh*`); `(*)` stays
_STRAY_EMPHASIS = re.compile(r"(?<![(\s*])\*(?=\s|$)|(?:^|(?<=\s))\*(?![\s)*])")
_INDENT = re.compile(r"^[ \t\u00a0\u2000-\u200b\u202f\u3000]+", re.MULTILINE)
_GLUED_STAR = re.compile(r"^\*(?=[A-ZĐÀ-Ỹ])")
# a star bullet glued to the italic words it opens (`**Nhóm 1:* hộ nghèo`): two stars open, one closes
_GLUED_STAR_ITALIC = re.compile(r"^\*\*(?=[A-ZĐÀ-Ỹ])")
_STAR_RUN = re.compile(r"\*+")
_CLOSING_STAR = re.compile(r"(?<=[^\s*])\*(?!\*)")
_EMPTY_EMPHASIS = re.compile(r"^[*_]+(?:\s+[*_]+)*$")
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
    # a no-break space (`&nbsp;`, Word's) is a space to every rule below (`Thời\u00a0gian` is a column name)
    text = unescape_entities(text).replace("\u00a0", " ")
    exported = unpipe_flat_header(bare_pipe_rows(tabs_to_pipes(drop_signature_stamps(unquote(text.split("\n"))))))
    text = "\n".join(_drop_running_titles(mark_page_numbers(drop_footnotes(exported))))
    # indentation typed with tabs or non-breaking spaces (Word's first-line indent) reads as spaces
    text = _INDENT.sub(lambda m: " " * len(m.group(0)), text)
    # `<br>` breaks a line, except inside a pipe table, where it breaks a cell (`Sở A;<br>Sở B`)
    text = "\n".join(ln if ln.lstrip().startswith("|") else _HTML_BREAK.sub("\n", ln) for ln in text.split("\n"))
    items: list[Line | Table] = []
    table: list[list[str]] = []
    bold_open = False
    raws = text.split("\n")
    layout = first_line_indents(raws)  # a PDF's text kept in its printed layout: paragraphs by their indents
    skip_to = 0
    bordered = 0  # column count of the bordered table just above (only blank lines since)
    unterminated = ""  # a pasted table row broken inside a cell, waiting for its next line
    layout_until = -1  # a bordered run that is no table (the header's two columns): read as lines
    for index, raw in enumerate(raws):
        if index < skip_to:
            continue
        if bordered and MARKED_PAGE_NUMBER.match(raw.strip()):
            continue  # the page's number between two parts of a bordered table a page break cut: it goes on below
        flat = take_cell_table(raws, index) if len(raw.strip()) <= 12 else None
        opens_border = raw.strip() == "|" and not table and (index == 0 or not raws[index - 1].strip())
        if flat is None and opens_border and index > layout_until:
            flat = take_pipe_table(raws, index, bordered or None)
            if flat is None:
                layout_until = run_end(raws, index)
            above = next((x for x in reversed(items) if not (isinstance(x, Line) and not x.text)), None)
            if flat is not None and bordered and isinstance(above, Table) and flat[0]:
                above.rows.extend([_strip_cell(c) for c in row] for row in flat[0])  # the table goes on
                skip_to = flat[1]
                continue
        if flat is not None:  # an annex table copied one cell per line
            if table:
                items.append(Table(rows=table))
                table = []
            items.append(Table(rows=[[_strip_cell(c) for c in row] for row in flat[0]]))
            bordered = len(flat[0][0]) if raw.strip() == "|" and flat[0] else 0
            skip_to = flat[1]
            continue
        if raw.strip():
            bordered = 0
        stripped = _QUOTE.sub("", raw.strip())
        if table and stripped.startswith("|") and stripped.count("|") < 2 and stripped.strip("| ") \
                and (unterminated or raws[index + 1 if index + 1 < len(raws) else index].lstrip().startswith("|")):
            # `| - Ủy ban A chủ trì thẩm tra; …` alone on its line: a cell of a row the website broke
            unterminated = (unterminated + " " if unterminated else "") + stripped
            continue
        if table and stripped.startswith("|") and (stripped.count("|") < 2 or not stripped.strip("| ")):
            continue  # a stray border inside a pasted table
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if unterminated:
                stripped = unterminated + " " + stripped  # the row went on after a line break in a cell
                unterminated = ""
            if not stripped.endswith("|") and index + 1 < len(raws) and raws[index + 1].lstrip().startswith("|"):
                unterminated = stripped
                continue
            if not _TABLE_SEPARATOR.match(stripped):
                table.append(["\n".join(_strip_inline(part)[0] for part in _HTML_BREAK.split(cell))
                              for cell in _split_row(stripped)])
            continue
        if unterminated:
            table.append([_strip_inline(cell)[0] for cell in _split_row(unterminated)])
            unterminated = ""
        if table and stripped.endswith("|") and not stripped.endswith("\\|") and index + 1 < len(raws) \
                and raws[index + 1].lstrip().startswith("|"):
            # `Ban A (Viện B phối hợp) |` between two rows: a cell the website broke at a line break,
            # its row goes on; the table goes on below it
            cells = [_strip_inline(cell)[0] for cell in _split_row("|" + stripped)]
            table[-1] = [*table[-1], *cells]
            continue
        if table:
            items.append(Table(rows=table))
            table = []
        if stripped == "|" or _EMPTY_EMPHASIS.match(stripped):
            # a cell border of the header/signature layout, or `** **` / `* *` with nothing inside
            # (a lone `**` still closes or opens bold)
            bold_open ^= stripped.count("**") % 2 == 1
            items.append(Line(""))
            continue
        if _RULE.match(stripped) or _FOOTNOTE_DEF.match(stripped):
            items.append(Line(""))
            continue
        if _GLUED_STAR.match(stripped) and not bold_open and not _italic_goes_on(raws, index):
            stripped = "- " + stripped[1:]  # `*Sở Tài chính chủ trì …`: a star bullet typed without its space
        elif _GLUED_STAR_ITALIC.match(stripped) and not bold_open and _closed_by_one_star(raws, index):
            stripped = "- " + stripped[1:]  # `**Nhóm 1:* …`: no bold opens there, it would never close
        line, bold_open = _read_line(stripped, bold_open)
        if (mark := layout[index]) is not None:
            line = replace(line, starts_paragraph=mark.starts or None, continues=mark.continues)
        items.append(line)
    if unterminated:
        table.append([_strip_inline(cell)[0] for cell in _split_row(unterminated)])
    if table:
        items.append(Table(rows=table))
    blocks: list[Block] = []
    printed = [x for x in items if isinstance(x, Line)]
    column = wrap_column([x.text for x in printed], [x.raw_len for x in printed])
    full_from = full_line_column([x.text for x in printed], [x.raw_len or len(x.text) for x in printed], column)
    paragraphs = blank_separated(items)
    for item in join_broken_lines(drop_artefacts(items, column=column), column=column, paragraphs=paragraphs,
                                  full_from=full_from):
        if isinstance(item, Line):
            blocks.append(Paragraph(item.text, bold=item.bold, heading_level=item.heading_level))
        else:
            blocks.append(item)
    return blocks


def _drop_running_titles(raws: list[str]) -> list[str]:
    """`raws` without the running titles page breaks put among them (`artefacts.running_titles`), judged on every
    printed line, the cells of a table printed one cell per line included (a border or a pipe row parts lines as a
    blank line does): a title a break put inside a cell (`… phát triển` / title / `công dân số …`) is no cell text,
    and the table readers would keep it. The copies of a long title printed above each part go too (`title_copies`)."""
    printed = [Line("") if raw.strip().startswith("|") else _read_line(raw.strip(), False)[0] for raw in raws]
    tables = wrapped_table_lines(raws)  # a wrapped table's fragments repeat like titles: its reader judges them
    printed = [Line("") if k in tables else line for k, line in enumerate(printed)]
    titles = running_titles(printed, MARKED_PAGE_NUMBER)  # the page numbers are marked by now
    copies = title_copies(printed)
    return [raw for k, (raw, line) in enumerate(zip(raws, printed, strict=True))
            if k in tables or not line.text or (line.text not in titles and k not in copies)]


def _italic_goes_on(raws: list[str], index: int) -> bool:
    """Whether a star opening line `index` has its pair on it or on the next printed line (an
    italic run the export broke: `*Cần Thơ, ngày` / `17 tháng 11 năm 2025*`)."""
    if raws[index].count("*") > 1:
        return True
    nxt = next((r for r in raws[index + 1:index + 4] if r.strip()), "")
    return bool(_CLOSING_STAR.search(nxt))  # a single star: the `**` closing a bold heading below is no pair


def _closed_by_one_star(raws: list[str], index: int) -> bool:
    """Whether the `**` opening line `index` is closed by a single star, on it or on the next printed line (an
    italic run wrapped: `**Giai đoạn khẩn cấp` / `(0-48 giờ):* Tổ chức …`): a star bullet glued to italic words."""
    nxt = next((r for r in raws[index + 1:index + 3] if r.strip()), "")
    run = _STAR_RUN.search(raws[index].strip()[2:] + "\n" + nxt)
    return run is not None and run.group(0) == "*"


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
    closes = bold_open and raw.startswith("**") and not raw.startswith("***") and bool(text)
    # the printed length counts the spaces a PDF's text layer lost after a marked vowel (`vụĐảng`): the wrap measured
    # them
    return Line(text, bold=all_bold and bool(text), heading_level=level if text else None,
                raw_len=len(split_glued_words(raw_line)), closes_emphasis=closes,
                bold_carried=bold_open and bool(text)), bold_after


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
    text = _STRAY_EMPHASIS.sub("", text)
    text = _UNDERSCORE_EMPH.sub(r"\1", text)
    text = text.replace("\x00", "")
    return clean_inline(text), all_bold, state


def _strip_cell(cell: str) -> str:
    """A table cell's lines without their inline markup."""
    return "\n".join(_strip_inline(line)[0] for line in cell.split("\n"))


def plain_cell(text: str) -> str:
    """One cell's text as a pipe table's reading keeps it: its borders (`| … |`) and inline markup (`**`,
    `[ ](#)`, a site's name) dropped, the cells of a row joined. The import review cleans a deadline
    typed or pasted from a web page with it, as the document's own cells were."""
    return " ".join(cell for cell in (_strip_inline(cell)[0] for cell in _split_row(text)) if cell)


def _split_row(row: str) -> list[str]:
    inner = row.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    cells = re.split(r"(?<!\\)\|", inner)
    return [cell.replace("\\|", "|").strip() for cell in cells]
