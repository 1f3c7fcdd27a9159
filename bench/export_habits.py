"""Export-habit perturbations of a plan's text (for `bench.perturb`, beside `bench.perturbations`).

`bench.perturbations` covers how clerks TYPE a plan; these cover how other websites and programs
EXPORT it: Markdown stripped to plain text (tables as tab-separated lines or one cell per line),
Markdown escapes and decorations (`1\\.`, `\\-`, links, images, `<br>`, HTML entities, rules,
`#` headings), the page furniture of a PDF copy-paste (page numbers, a running header, footnote
markers and footnote text), line-end and encoding habits (lone CR, BOM, UTF-16, Windows-1258) and a
mail program's hard wrap and `> ` quoting. Each is a pure function of (text, seeded Random); none
changes a word of a task, an agency or a deadline (a footnote marker glued to a word aside, which
the reader must take off), so the gold stays valid.

`ENCODERS` names the perturbations that change the bytes rather than the text: `bench.perturb`
feeds their output to the reader instead of the UTF-8 text.
"""
from __future__ import annotations

import codecs
import random
import re
import unicodedata
from collections.abc import Callable

from bench.perturbations import Perturbation, _is_table, _lines, cells_to_pipe, unemphasised
from bench.table_layouts import SEPARATOR, pipe_cells, pipe_rows_end

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


# --- g. Markdown stripped / decorated -----------------------------------------------------------

def _plain_inline(line: str) -> str:
    """A line's Markdown taken off as a "copy as plain text" does: emphasis, heading marks,
    escapes, links (their text kept)."""
    line = re.sub(r"^\s*#{1,6}\s+", "", line)
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", line)
    return unemphasised(line, star_bullet="-")


def _table_rows(text: str) -> list[tuple[str, list[list[str]] | None]]:
    """The text as (line, None) and ("", rows) items: every pipe table (the one-cell-per-line
    layout first turned into one) as its rows of cells, `<br>` inside a cell read as a space."""
    out: list[tuple[str, list[list[str]] | None]] = []
    lines = cells_to_pipe(text, random.Random(0)).split("\n")
    i = 0
    while i < len(lines):
        j = pipe_rows_end(lines, i)
        if j == i:
            out.append((lines[i], None))
            i += 1
            continue
        rows = [[" ".join(_BR.sub(" ", c).split()) for c in pipe_cells(ln)]
                for ln in lines[i:j] if not SEPARATOR.match(ln.strip())]
        out.append(("", rows))
        i = j
    return out


def _plain(table: Callable[[list[list[str]]], list[str]]) -> Perturbation:
    def run(text: str, rng: random.Random) -> str:
        out: list[str] = []
        for line, rows in _table_rows(text):
            if rows is None:
                if line.strip() == "|":
                    continue  # a lone border of the header layout: a plain copy has none
                out.append(_plain_inline(line))
                continue
            rows = [[_plain_inline(c).strip() for c in row] for row in rows]
            if out and out[-1].strip():
                out.append("")
            out.extend(table(rows))
            out.append("")
        return "\n".join(out)

    return run


def _tsv(rows: list[list[str]]) -> list[str]:
    return ["\t".join(row).rstrip("\t") for row in rows]


def _cell_lines(rows: list[list[str]]) -> list[str]:
    out: list[str] = []
    for row in rows:
        out.extend(cell for cell in row if cell)
        out.append("")
    return out[:-1]


plain_tsv = _plain(_tsv)
plain_cells = _plain(_cell_lines)

_NUM_LABEL = re.compile(r"^(\s*(?:#{1,6}\s+)?(?:\*{1,3})?)(\d{1,2}(?:\.\d{1,2})*)\.(?=\s)")
_DASH = re.compile(r"^(\s*)([-+])(?=\s)")


def md_escapes(text: str) -> str:
    """A Markdown writer's escapes: `1\\.` after a line-opening number, `\\-`/`\\+` bullets, `\\*`
    and `\\_` in running text."""
    def fix(line: str) -> str:
        line = re.sub(r"(?<=\()\*(?=\))", r"\\*", line)
        line = _NUM_LABEL.sub(lambda m: m.group(1) + m.group(2) + "\\.", line)
        return _DASH.sub(lambda m: m.group(1) + "\\" + m.group(2), line)

    return _lines(text, fix)


def escapes(text: str, rng: random.Random) -> str:
    return md_escapes(text)


_CITED = re.compile(r"(?<![\[\w])((?:Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Thông tư|Nghị định|Luật|Công văn)"
                    r" số \d[\w/.\-]*\d?[\w/\-]*)")


def links(text: str, rng: random.Random) -> str:
    """A website's links: every cited document (`Quyết định số 12/QĐ-UBND`) as `[...](url)`, and
    the emblem picture `![](…)` above the header and an icon image in the body."""
    count = 0

    def link(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"[{m.group(1)}](https://vanban.example.vn/van-ban/{count}.aspx)"

    out = _lines(text, lambda ln: _CITED.sub(link, ln)).split("\n")
    out.insert(0, "![](https://vanban.example.vn/images/quoc-huy.png)")
    blanks = [i for i, ln in enumerate(out) if not ln.strip() and i > 10]
    if blanks:
        out.insert(rng.choice(blanks), "![](data:image/png;base64,iVBORw0KGgo=)")
    return "\n".join(out)


def br_cells(text: str, rng: random.Random) -> str:
    """Line breaks inside table cells written `<br>`: a cell's `;`, `,` lists of agencies broken."""
    def fix(line: str) -> str:
        if not _is_table(line) or SEPARATOR.match(line.strip()):
            return line
        return re.sub(r"([;,])\s+(?=[^|]*\|)", lambda m: m.group(1) + "<br>", line)

    return "\n".join(fix(ln) for ln in text.split("\n"))


def entities(text: str, rng: random.Random) -> str:
    """HTML entities left in: `&nbsp;` after labels and bullets and in some spaces, `&amp;`,
    `&quot;`, `&#8211;` for an en dash."""
    def fix(line: str) -> str:
        line = line.replace("&", "&amp;").replace('"', "&quot;").replace("–", "&#8211;")
        line = re.sub(r"^(\s*(?:[-+]|\w{1,4}[.)/]))\s+", r"\1&nbsp;", line)
        return re.sub(r"(?<=\w) (?=\w)", lambda m: "&nbsp;" if rng.random() < 0.03 else " ", line)

    return "\n".join(fix(ln) if not _is_table(ln) else ln.replace("&", "&amp;") for ln in text.split("\n"))


_ROMAN_HEAD = re.compile(r"^\s*(?:\*{1,3})?(?:IX|IV|V?I{1,3}|VI{0,3}|X{1,2}I{0,3})[.\-/]\s")
_DEC_HEAD = re.compile(r"^\s*(?:\*{1,3})?\d{1,2}[./)]\s")
_SUB_HEAD = re.compile(r"^\s*(?:\*{1,3})?\d{1,2}\.\d{1,2}\.?\s")


def headings_rules(text: str, rng: random.Random) -> str:
    """`#`/`##`/`###` in front of roman, decimal and `1.1` labels (where none is), and a `* * *`
    rule above every roman section that a blank line already sets apart."""
    out: list[str] = []
    for line in text.split("\n"):
        if _is_table(line) or line.lstrip().startswith("#"):
            out.append(line)
            continue
        if _ROMAN_HEAD.match(line):
            if out and not out[-1].strip():  # a website's rule stands between blank lines
                out.extend(["* * *", ""])
            out.append("# " + line.lstrip())
        elif _SUB_HEAD.match(line):
            out.append("### " + line.lstrip())
        elif _DEC_HEAD.match(line):
            out.append("## " + line.lstrip())
        else:
            out.append(line)
    return "\n".join(out)


# --- h. page furniture of a PDF copy-paste ------------------------------------------------------

_PAGE_STYLES = ("{n}", "- {n} -", "Trang {n}/{total}")
_FOOTNOTES = (
    "Theo báo cáo của Cục Thống kê tỉnh năm 2024.",
    "Số liệu tính đến ngày 30/6/2025.",
    "Đã được sửa đổi, bổ sung theo văn bản hợp nhất năm 2023.",
)
_WORD_END = re.compile(r"(?<=[a-zà-ỹđ]{2})(?=[,;.]?\s)")


def _page_breaks(lines: list[str], rng: random.Random) -> list[int]:
    """Line indexes (outside tables) where a page of 45–55 lines ends."""
    breaks: list[int] = []
    at = rng.randint(45, 55)
    while at < len(lines):
        while at < len(lines) and (_is_table(lines[at]) or _is_table(lines[at - 1])):
            at += 1
        if at < len(lines):
            breaks.append(at)
        at += rng.randint(45, 55)
    return breaks


def _paginate(text: str, rng: random.Random, *, number: bool, header: bool, notes: bool) -> str:
    lines = text.split("\n")
    breaks = _page_breaks(lines, rng)
    style = rng.choice(_PAGE_STYLES)
    total = len(breaks) + 1
    running = "Kế hoạch thực hiện - " + rng.choice(("Công báo tỉnh", "Văn phòng UBND tỉnh", "Bản sao điện tử"))
    out: list[str] = []
    start = 0
    note_no = 0
    for page, end in enumerate([*breaks, len(lines)], start=1):
        body = lines[start:end]
        if notes and end < len(lines):
            candidates = [i for i, ln in enumerate(body) if not _is_table(ln) and len(ln) > 40
                          and _WORD_END.search(ln)]
            if candidates:
                i = rng.choice(candidates)
                note_no += 1
                ends = list(_WORD_END.finditer(body[i]))
                cut = rng.choice(ends).start()
                marker = str(note_no) if rng.random() < 0.7 else f"[{note_no}]"
                body[i] = body[i][:cut] + marker + body[i][cut:]
                body = [*body, f"{note_no} {rng.choice(_FOOTNOTES)}"]
        out.extend(body)
        if end < len(lines):
            if number:
                out.append(style.format(n=page, total=total))
            if header:
                out.append(running)
        start = end
    return "\n".join(out)


def page_numbers(text: str, rng: random.Random) -> str:
    """A page number on its own line every 45–55 lines, one style a document (`2`, `- 3 -`, `Trang 4/12`)."""
    return _paginate(text, rng, number=True, header=False, notes=False)


def running_header(text: str, rng: random.Random) -> str:
    """A running header line repeated at the top of every page (45–55 lines)."""
    return _paginate(text, rng, number=False, header=True, notes=False)


def footnotes(text: str, rng: random.Random) -> str:
    """A footnote marker glued to a word on each page (`hiện1`, `hiện[1]`) and its text at the page's end."""
    return _paginate(text, rng, number=False, header=False, notes=True)


def pdf_pages(text: str, rng: random.Random) -> str:
    """All three: footnotes, then the page number, then the next page's running header."""
    return _paginate(text, rng, number=True, header=True, notes=True)


# --- i. line ends and encodings -----------------------------------------------------------------

def lone_cr(text: str, rng: random.Random) -> str:
    """Classic-Mac line ends (a lone CR)."""
    return text.replace("\r\n", "\n").replace("\n", "\r")


def same(text: str, rng: random.Random) -> str:
    return text


_CP1258_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes as Windows writes them: a base letter cp1258 has (â ơ ư ă đ …) and the
    tone as a combining mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _CP1258_TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _CP1258_TONES))
        out += (base + tones).encode("cp1258", errors="replace")
    return bytes(out)


ENCODERS: dict[str, Callable[[str], bytes]] = {
    "i.bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "i.utf16": lambda text: text.encode("utf-16"),  # Notepad "Unicode": LE with BOM
    "i.utf16_nobom": lambda text: text.encode("utf-16-le"),
    "i.cp1258": to_cp1258,
    "i.bom_crlf": lambda text: codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"),
}


# --- j. mail ------------------------------------------------------------------------------------

def _mail_wrap(text: str, width: int) -> str:
    """Every line longer than `width` broken at the last space before it, whatever word follows
    (a mail program knows no labels); blank lines kept, tables left whole."""
    def wrap(line: str) -> str:
        rows: list[str] = []
        while len(line) > width and " " in line[1:width + 1]:
            cut = line.rfind(" ", 1, width + 1)
            rows.append(line[:cut])
            line = line[cut + 1:]
        rows.append(line)
        return "\n".join(rows)

    return _lines(text, wrap)


def mail_wrap(text: str, rng: random.Random) -> str:
    """Hard-wrapped at 72–80 columns by a mail program."""
    return _mail_wrap(text, rng.randint(72, 80))


def mail_quote(text: str, rng: random.Random) -> str:
    """Hard-wrapped at 72–80 columns and quoted: `> ` before every line (`>` on a blank one)."""
    wrapped = _mail_wrap(text, rng.randint(72, 80))
    return "\n".join("> " + ln if ln.strip() else ">" for ln in wrapped.split("\n"))


EXPORTS: dict[str, Perturbation] = {
    "g.plain_tsv": plain_tsv,
    "g.plain_cells": plain_cells,
    "g.escapes": escapes,
    "g.links": links,
    "g.br_cells": br_cells,
    "g.entities": entities,
    "g.headings_rules": headings_rules,
    "h.page_numbers": page_numbers,
    "h.running_header": running_header,
    "h.footnotes": footnotes,
    "h.pdf_pages": pdf_pages,
    "i.cr": lone_cr,
    **{name: same for name in ENCODERS},
    "j.mail_wrap": mail_wrap,
    "j.mail_quote": mail_quote,
}
