"""What other websites and programs leave in a plan's text when they export it, read off before
the Markdown reader sees the lines (`textfile.parse_text`).

- HTML entities a web page's source kept (`&nbsp;`, `&amp;`, `&#8211;`): the characters they name.
- A mail program's quoting (`> ` before every line of a forwarded plan): taken off when the whole
  text is quoted (a lone quoted line stays what it is).
- A table copied as tab-separated lines (Excel, a browser's "copy as plain text"): read as the
  pipe table it was, so the table reader sees its cells.
- A Word table written out by a docx text export: one row a line, its cells between ` | ` and no border at the
  line's ends (`1 | Tổ chức … | Sở A | Sở B | Quý II/2026 | `, an empty first cell ` | (1) | (2) …`): read as
  the pipe table it was too (without it the rows, printed with no blank line between, run together as one
  paragraph and every cell becomes a line of prose).
- Footnotes of a PDF copy: a marker glued to a word (`thực hiện1`, `thực hiện[1]`) whose number
  opens a line further down (`1 Theo báo cáo …`, the footnote text at the page's end). Both go:
  the marker is not part of the task's words, the note (when it is one line) is not a task. A number glued to a word is
  read as a marker only when that footnote line exists, so `Covid19` or `H5N1` stay.
- The stamp a digitally signed PDF prints into its text layer (the Công báo's `Ký bởi: CÔNG BÁO …` / `Cơ quan:
  VĂN PHÒNG CHÍNH PHỦ` / `Ngày ký: …`, or `Email:`, `Thời gian ký:`) at the foot of a page: no words of the
  document. Left in, the reader joins it to the sentence the page break cut, inside a task's text.
"""
from __future__ import annotations

import html
import re

from app.importers.readers.artefacts import PAGE_NUMBER
from app.importers.readers.lines import SENTENCE_END

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
_CELL_TAB = re.compile(r"(?<=\S)[ ]*\t+[ ]*(?=\S)")
_BRACKET_MARK = re.compile(r"(?<=[^\s\d\[(])\[(\d{1,3})\](?=[\s,.;:)]|$)")
_GLUED_MARK = re.compile(r"(?<=[a-zà-ỹđ]{2})(\d{1,3})(?=[\s,.;:)]|$)")
# a cell border of a row written without its outer borders: a bar with a space (or the line's end) on each side
_BARE_BORDER = re.compile(r"(?:^|\s)\|(?=\s|$)")
# a row of a task table has three cells with text at least; the header's and signature's two columns side by side
# (`ỦY BAN NHÂN DÂN … |  | CỘNG HÒA …`) have two
_ROW_CELLS = 3
# a signature stamp opens with its signer; its other lines name the body, the mail and the time of signing
_STAMP_OPEN = re.compile(r"^\s*Ký bởi\s*:", re.IGNORECASE)
_STAMP_REST = re.compile(r"^\s*(?:Cơ quan|Tổ chức|Email|Ngày ký|Thời gian ký|Ký ngày)\s*:", re.IGNORECASE)
_NOTE_LINE = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3}))\s+(?=[A-ZĐÀ-Ỹ])")


def unescape_entities(text: str) -> str:
    """HTML entities → their characters (`&nbsp;` a no-break space, read as a space later)."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def unquote(lines: list[str]) -> list[str]:
    """Every line without its `> ` when (nearly) every printed line has one: a quoted mail."""
    printed = [ln for ln in lines if ln.strip()]
    quoted = sum(1 for ln in printed if _QUOTE.match(ln))
    if not printed or quoted < 0.9 * len(printed):
        return lines
    out = lines
    while True:  # a mail forwarded twice is quoted twice (`> > `)
        out = [_QUOTE.sub("", ln, count=1) for ln in out]
        still = [ln for ln in out if ln.strip()]
        if not still or sum(1 for ln in still if _QUOTE.match(ln)) < 0.9 * len(still):
            return out


def tabs_to_pipes(lines: list[str]) -> list[str]:
    """Runs of tab-separated lines (at least two, the first with three cells) → pipe-table rows.

    A run is found by tabs between words (a tab that only indents a line is no border); a line
    without a tab between two tabbed ones is a row of one cell (a group row, `I. Kinh tế số`); a
    single line with tabs is left alone (a tab typed inside a sentence)."""
    out = list(lines)
    tabbed = [bool(_CELL_TAB.search(ln.strip())) for ln in lines]
    i = 0
    while i < len(lines):
        if not tabbed[i] or len(_CELL_TAB.findall(lines[i].strip())) < 2:
            i += 1
            continue
        j = i
        while j < len(lines) and (tabbed[j] or (lines[j].strip() and j + 1 < len(lines) and tabbed[j + 1])):
            j += 1
        if sum(tabbed[i:j]) >= 2:
            for k in range(i, j):
                # each tab is one border: two in a row hold an empty cell, a leading one an empty first cell
                cells = [c.strip() for c in lines[k].rstrip().lstrip(" ").split("\t")]
                out[k] = "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
        i = j
    return out


def bare_pipe_rows(lines: list[str]) -> list[str]:
    """Runs of table rows written without their outer borders (at least two lines, one with text at both ends)
    → pipe-table rows with the borders, every cell kept in its place (an empty first or last cell included)."""
    out = list(lines)
    bare = [_bare_row(ln) for ln in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and bare[j]:
            j += 1
        run = lines[i:j]
        # a Markdown row a line break cut inside a cell opens with its border: a bare row opens with its first cell
        if len(run) >= 2 and any(not ln.strip().startswith("|") for ln in run):
            for k in range(i, j):
                cells = [c.strip() for c in _BARE_BORDER.split(lines[k].strip())]
                out[k] = "| " + " | ".join(cells) + " |"
        i = max(j, i + 1)
    return out


def _bare_row(line: str) -> bool:
    """A line holding a table row's cells between ` | ` without both outer borders (a Markdown row has both)."""
    text = line.strip()
    if "|" not in text or text.startswith("|") and text.endswith("|"):
        return False
    return sum(1 for cell in _BARE_BORDER.split(text) if cell.strip()) >= _ROW_CELLS


def drop_footnotes(lines: list[str]) -> list[str]:
    """Footnote markers glued to words and the footnote lines they point to, both removed."""
    notes: dict[str, int] = {}
    for index, line in enumerate(lines):
        m = _NOTE_LINE.match(line)
        if m and not line.lstrip().startswith("|"):
            notes.setdefault(m.group(1) or m.group(2), index)
    if not notes:
        return lines
    used: set[int] = set()

    def unmark(index: int, line: str) -> str:
        def drop(m: re.Match[str]) -> str:
            at = notes.get(m.group(1))
            if at is None or at <= index:
                return m.group(0)
            used.add(at)
            return ""

        return _GLUED_MARK.sub(drop, _BRACKET_MARK.sub(drop, line))

    out = [unmark(index, line) for index, line in enumerate(lines)]
    # a note of one line goes (a page number, a blank line or the end below it, or it ends its sentence); a
    # note that goes on over more lines stays whole rather than leave its tail to join the text above
    return [line for index, line in enumerate(out) if index not in used or _note_goes_on(out, index)]


def _note_goes_on(lines: list[str], index: int) -> bool:
    """Does the note on line `index` go on below? Not when a page number, a blank line or the end follows,
    nor when it ends its sentence (`1 Số liệu đến 30/6/2025.`): a copy without page numbers runs the next
    page's first line — an item, a new sentence or the rest of the one the page break cut — on right below."""
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return bool(below) and not PAGE_NUMBER.match(below) and not SENTENCE_END.search(lines[index])


def is_stamp_line(line: str) -> bool:
    """A line of a signed PDF's stamp (`Ký bởi: …`, `Cơ quan: …`, `Thời gian ký: …`): the table readers drop one
    printed inside a table, where no opening `Ký bởi` tells them a stamp began."""
    return bool(_STAMP_OPEN.match(line) or _STAMP_REST.match(line))


def drop_signature_stamps(lines: list[str]) -> list[str]:
    """`lines` without the stamps of a signed PDF: a `Ký bởi:` line and the stamp's lines right after it (a lone
    `Cơ quan: …` elsewhere is a field of the document and stays)."""
    out: list[str] = []
    in_stamp = False
    for line in lines:
        in_stamp = bool(_STAMP_OPEN.match(line)) or (in_stamp and bool(_STAMP_REST.match(line)))
        if not in_stamp:
            out.append(line)
    return out
