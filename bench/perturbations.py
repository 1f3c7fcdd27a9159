"""Typing-habit perturbations of a plan's text (for `bench.perturb`).

Each function takes the document's text and a `random.Random` and returns the same plan as
another clerk or office would have typed it: other Unicode form or tone placement, other bullet
glyphs, other label punctuation, other emphasis, other line breaks, the other table layout. None
changes a word of a task's wording, an agency's name or a deadline, so the document's gold stays
valid — except a changed tone placement, which the importer keeps as written: the gold is
respelled the same way (`GOLD_SPELLING`).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from app.importers.extract.spelling import respell, to_new_style, to_old_style
from app.importers.readers.lines import SENTENCE_END
from app.importers.readers.wraps import sentence_dash
from bench.cell_fields import role_cells, time_in_cell
from bench.layouts import LAYOUTS, relaid_gold
from bench.perturb_deadlines import DEADLINE_PERTURBATIONS, DEADLINE_SPELLING
from bench.perturb_names import NAME_GOLD, NAME_PERTURBATIONS, renamed_gold
from bench.table_layouts import SEPARATOR as _SEPARATOR
from bench.table_layouts import merged_cells, pipe_rows_end
from bench.table_layouts import pipe_cells as _pipe_cells

Perturbation = Callable[[str, random.Random], str]



def _is_table(line: str) -> bool:
    return line.lstrip().startswith("|")


def _lines(text: str, fn: Callable[[str], str]) -> str:
    """Apply `fn` to every line that is not part of a table."""
    return "\n".join(ln if _is_table(ln) else fn(ln) for ln in text.split("\n"))


# --- a. Unicode ---------------------------------------------------------------------------------

def nfd(text: str, rng: random.Random) -> str:
    """The whole text decomposed (letters + combining marks), as some Mac and web tools save it."""
    return unicodedata.normalize("NFD", text)


def tone_old(text: str, rng: random.Random) -> str:
    """New-style tone placement → old style: `hòa` → `hoà`, `thủy` → `thuỷ`, `ủy` → `uỷ`."""
    return to_old_style(text)


def tone_new(text: str, rng: random.Random) -> str:
    """Old-style tone placement → new style: `hoà` → `hòa`, `thuỷ` → `thủy`, `uỷ` → `ủy`."""
    return to_new_style(text)


# --- b. bullet glyphs ---------------------------------------------------------------------------

# a Markdown star bullet is the dash's level (the reader reads `* ` as `- `: exports mix them)
_BULLET = re.compile(r"^(\s*(?:\*\*|_)?)([-–—+•*])\s+(?=\S)")


def _bullets(mapping: dict[str, str]) -> Perturbation:
    """Each bullet glyph of the text replaced by the one `mapping` gives (its value includes the
    space after it, or none for a glued bullet); glyphs not in `mapping` stay. A dash a hard wrap put at a
    line's start inside a sentence (`… Kế hoạch tài chính` / `- ngân sách nhà nước …`) is the sentence's, no
    bullet: a clerk who types other bullets keeps it."""

    def run(text: str, rng: random.Random) -> str:
        def fix(line: str, above: str) -> str:
            m = _BULLET.match(line)
            if not m or (above.strip() and sentence_dash(line.lstrip()) and not SENTENCE_END.search(above)):
                return line
            key = "-" if m.group(2) in "-–—*" else m.group(2)
            if key not in mapping:
                return line
            return m.group(1) + mapping[key] + line[m.end():]

        rows = text.split("\n")
        return "\n".join(ln if _is_table(ln) else fix(ln, above) for above, ln in zip(["", *rows], rows, strict=False))

    return run


bullet_endash = _bullets({"-": "– "})
bullet_round = _bullets({"-": "• ", "+": "o "})
bullet_star = _bullets({"-": "* "})
bullet_star_glued = _bullets({"-": "*", "+": "+"})
bullet_dash_glued = _bullets({"-": "-", "+": "+"})
bullet_swap = _bullets({"-": "+ ", "+": "- "})


# --- c. label styles ----------------------------------------------------------------------------

_PRE = r"^(?P<pre>\s*(?:#{1,6}\s+)?(?:\*{1,3}|_{1,2})?)"


def _relabel(pattern: str, sep: str) -> Perturbation:
    """Every label matching `pattern` (groups `lab`, `sep`) printed with `sep` instead."""
    regex = re.compile(_PRE + pattern)

    def run(text: str, rng: random.Random) -> str:
        return _lines(text, lambda ln: regex.sub(lambda m: m.group("pre") + m.group("lab") + sep + " ", ln, count=1))

    return run


_ALPHA = r"(?P<lab>[a-zđ])(?P<sep>[).])\s+(?=\S)"
_DEC = r"(?P<lab>\d{1,2})(?P<sep>\.)\s+(?=\S)"
_ROMAN = r"(?P<lab>(?:IX|IV|V?I{1,3}|VI{0,3}|X{1,2}I{0,3}|XI?V))(?P<sep>\.)\s+(?=\S)"

alpha_dot = _relabel(_ALPHA, ".")
alpha_slash = _relabel(_ALPHA, "/")
dec_paren = _relabel(_DEC, ")")
dec_slash = _relabel(_DEC, "/")
roman_dash = _relabel(_ROMAN, "-")
roman_slash = _relabel(_ROMAN, "/")

_MULTI_DOT = re.compile(_PRE + r"(?P<lab>\d{1,2}(?:\.\d{1,2}){1,3})\.\s+(?=\S)")
_MULTI_BARE = re.compile(_PRE + r"(?P<lab>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\S)")


def multi_toggle(text: str, rng: random.Random) -> str:
    """`1.1.` → `1.1` and `1.1` → `1.1.` (both are common)."""
    def fix(line: str) -> str:
        m = _MULTI_DOT.match(line)
        if m:
            return m.group("pre") + m.group("lab") + " " + line[m.end():]
        m = _MULTI_BARE.match(line)
        if m:
            return m.group("pre") + m.group("lab") + ". " + line[m.end():]
        return line

    return _lines(text, fix)


# a roman label has its punctuation (`XIII CỦA ĐẢNG …` is a title's wrapped line, not a heading)
_HEADING_LABEL = re.compile(_PRE + r"(?:(?:IX|IV|V?I{1,3}|VI{0,3}|X{1,2}I{0,3})[.\-/)]"
                            r"|\d{1,2}(?:\.\d{1,2}){0,3}[.\-/)]?)\s+")


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_SYLLABLE = re.compile(r"^(?:NGH|NG|GH|KH|PH|TH|TR|CH|NH|GI|QU|[BCDGHKLMNPQRSTVX])?[AEIOUY]{1,3}"
                       r"(?:NG|NH|CH|[CMNPTIOUY])?$")


def _lower_words(text: str) -> str:
    """Lower-case every word that reads as a syllable (an acronym like `UBND`, `HĐND` does not: kept)."""
    def low(m: re.Match[str]) -> str:
        word = m.group(0)
        bare = "".join(c for c in unicodedata.normalize("NFD", word.upper()) if not unicodedata.combining(c))
        return word.lower() if _SYLLABLE.match(bare.replace("Đ", "D")) else word

    return re.sub(r"\w+", low, text)


def heading_case(text: str, rng: random.Random) -> str:
    """Upper-case labelled headings → sentence case (`I. MỤC ĐÍCH` → `I. Mục đích`), and the upper
    lines that continue them up to the next blank line."""
    out: list[str] = []
    going = False
    for line in text.split("\n"):
        if not line.strip() or _is_table(line):
            going = False
            out.append(line)
            continue
        m = _HEADING_LABEL.match(line)
        if m and _is_upper(line[m.end():]):
            rest = _lower_words(line[m.end():])
            lead = re.match(r"^([*_\s]*)(\w)", rest)
            if lead:
                rest = lead.group(1) + lead.group(2).upper() + rest[lead.end():]
            out.append(line[: m.end()] + rest)
            going = True
            continue
        if going and _is_upper(line):
            out.append(_lower_words(line))
            continue
        going = False
        out.append(line)
    return "\n".join(out)


# --- d. emphasis --------------------------------------------------------------------------------

_STAR_BULLET = re.compile(r"^(\s*)\*\s+(?=\S)")


def unemphasised(line: str, star_bullet: str = "*") -> str:
    """`line` without its `**`, `*`, `__`, `_` emphasis marks; a leading bullet star stays, written as
    `star_bullet` (a program that strips Markdown prints it as `-`), and `(*)` stays."""
    bullet = _STAR_BULLET.match(line)
    head = ""
    if bullet and not line.lstrip().startswith("**"):
        head, line = line[: bullet.end()].replace("*", star_bullet), line[bullet.end():]
    line = re.sub(r"\*{2,3}", "", line)
    line = re.sub(r"(?<!\()\*(?!\))", "", line)
    line = re.sub(r"(?<!\w)__?(?=\S)|(?<=\S)__?(?!\w)", "", line)
    return head + line


def no_emphasis(text: str, rng: random.Random) -> str:
    """All `**`, `*`, `__`, `_` emphasis marks removed (a bullet star and `(*)` stay)."""
    return _lines(text, unemphasised)


_BOLD_HEAD = re.compile(r"^(?:(?:IX|IV|V?I{1,3}|VI{0,3}|X{1,2}I{0,3})[.\-/]|\d{1,2}(?:\.\d{1,2}){0,3}[./)]?)\s+\S")


def bold_headings(text: str, rng: random.Random) -> str:
    """Every roman or decimal labelled paragraph wrapped in `**` (headings typed bold)."""
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_table(line) or line.lstrip().startswith(("*", "#", "_")) or not _BOLD_HEAD.match(line.lstrip()):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip() and not _is_table(lines[j + 1]) \
                and not _LABEL_START.match(lines[j + 1].lstrip()) and j - i < 3 \
                and (lines[j + 1].lstrip()[:1].islower() or (_is_upper(lines[j]) and _is_upper(lines[j + 1]))):
            j += 1
        if "*" in "".join(lines[i:j + 1]):
            i = j + 1
            continue
        out[i] = re.sub(r"^(\s*)", r"\1**", line, count=1)
        out[j] = out[j].rstrip() + "**"
        i = j + 1
    return "\n".join(out)


# --- e. line breaks -----------------------------------------------------------------------------

_LABEL_START = re.compile(r"^(?:[-–—+•*]|\(?\w{1,4}[.)/:-]|\d)")


def hard_wrap(text: str, rng: random.Random) -> str:
    """Every line longer than a width of 70–90 columns broken at spaces (a PDF copy); no broken
    line starts with something that reads as a label."""
    width = rng.randint(70, 90)

    def wrap(line: str) -> str:
        if len(line) <= width:
            return line
        words, rows, cur = line.split(" "), [], ""
        for word in words:
            if cur and len(cur) + 1 + len(word) > width and word and not _LABEL_START.match(word):
                rows.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        rows.append(cur)
        return "\n".join(rows)

    return _lines(text, wrap)


def _near_table(lines: list[str], i: int) -> bool:
    return any(_is_table(lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines))


def no_blank_lines(text: str, rng: random.Random) -> str:
    """Blank lines between paragraphs removed (those around a table stay: they end it)."""
    lines = text.split("\n")
    return "\n".join(ln for i, ln in enumerate(lines) if ln.strip() or _near_table(lines, i))


def double_blank_lines(text: str, rng: random.Random) -> str:
    """Every blank line doubled."""
    return "\n".join(ln + "\n" if not ln.strip() else ln for ln in text.split("\n"))


def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _indent(prefix: str) -> Perturbation:
    def run(text: str, rng: random.Random) -> str:
        return _lines(text, lambda ln: prefix + ln if ln.strip() else ln)

    return run


indent_tab = _indent("\t")
indent_nbsp = _indent("\u00a0\u00a0\u00a0\u00a0")


# --- f. tables ----------------------------------------------------------------------------------

def pipe_to_cells(text: str, rng: random.Random) -> str:
    """A well-formed markdown pipe table (header, `---` row, rows of as many cells) → one cell per
    line between lone `|` borders, as a legal-document website exports it: a row's trailing empty
    cells merged away, an empty cell inside a row printed as nothing between its two borders."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        j = pipe_rows_end(lines, i)
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        block = lines[i:j]
        rows = [_pipe_cells(ln) for ln in block if not _SEPARATOR.match(ln.strip())]
        if len(block) < 3 or not _SEPARATOR.match(block[1].strip()) or len({len(r) for r in rows}) > 1 \
                or len(rows[0]) < 3:
            out.extend(block)
            i = j
            continue
        if out and out[-1].strip():
            out.append("")
        for row in rows:
            while len(row) > 1 and not row[-1]:
                row = row[:-1]
            out.append("|")
            for cell in row:
                out.extend(part for part in re.split(r"<br\s*/?>", cell) if part.strip())
                out.append("|")
        out.append("")
        i = j
    return "\n".join(out)


def cells_to_pipe(text: str, rng: random.Random) -> str:
    """One cell per line between lone `|` borders → a markdown pipe table."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != "|" or (i and lines[i - 1].strip()):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        row: list[str] = []
        cell: list[str] = []
        j = i + 1
        while j < len(lines) and (lines[j].strip() or (j + 1 < len(lines) and lines[j + 1].strip() == "|")):
            if lines[j].strip() == "|":
                if cell or (row and lines[j - 1].strip() != "|"):
                    row.append(" ".join(c.strip() for c in cell))
                    cell = []
                elif lines[j - 1].strip() == "|" and row:
                    rows.append(row)
                    row = []
            else:
                cell.append(lines[j])
            j += 1
        if cell:
            row.append(" ".join(c.strip() for c in cell))
        if row:
            rows.append(row)
        if len(rows) < 2 or max(len(r) for r in rows) < 3:
            out.extend(lines[i:j])
            i = j
            continue
        width = max(len(r) for r in rows)
        out.append("| " + " | ".join(rows[0] + [""] * (width - len(rows[0]))) + " |")
        out.append("|" + "---|" * width)
        out.extend("| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows[1:])
        i = j
    return "\n".join(out)


PERTURBATIONS: dict[str, Perturbation] = {
    "a.nfd": nfd,
    "a.tone_old": tone_old,
    "a.tone_new": tone_new,
    "b.endash": bullet_endash,
    "b.round(•/o)": bullet_round,
    "b.star": bullet_star,
    "b.star_glued": bullet_star_glued,
    "b.dash_glued": bullet_dash_glued,
    "b.swap(-/+)": bullet_swap,
    "c.a.": alpha_dot,
    "c.a/": alpha_slash,
    "c.1)": dec_paren,
    "c.1/": dec_slash,
    "c.I-": roman_dash,
    "c.I/": roman_slash,
    "c.1.1(.)": multi_toggle,
    "c.heading_case": heading_case,
    "d.no_emphasis": no_emphasis,
    "d.bold_headings": bold_headings,
    "e.wrap70-90": hard_wrap,
    "e.no_blank": no_blank_lines,
    "e.double_blank": double_blank_lines,
    "e.crlf": crlf,
    "e.indent_tab": indent_tab,
    "e.indent_nbsp": indent_nbsp,
    "f.pipe_to_cells": pipe_to_cells,
    "f.cells_to_pipe": cells_to_pipe,
    "k.merged_cells": merged_cells,
    "k.role_cells": role_cells,
    "k.time_in_cell": time_in_cell,
}

# perturbations that change words the gold compares: the gold is respelled the same way
GOLD_SPELLING: dict[str, Callable[[str], str]] = {"a.tone_old": to_old_style, "a.tone_new": to_new_style}

# l. deadline spellings (`bench.perturb_deadlines`): they change the deadline phrases, and the gold the same way
PERTURBATIONS.update(DEADLINE_PERTURBATIONS)
GOLD_SPELLING.update(DEADLINE_SPELLING)

# session 10 (names): bodies and places renamed through a document; its gold renamed the same way
PERTURBATIONS.update(NAME_PERTURBATIONS)


def expected_gold(name: str, gold: dict) -> dict:
    """The gold a document perturbed by `name` is scored against: respelled or renamed as its text was."""
    if name in LAYOUTS:
        return relaid_gold(name, gold)
    if name in NAME_GOLD:
        return renamed_gold(gold, NAME_GOLD[name])
    return respell(gold, GOLD_SPELLING[name]) if name in GOLD_SPELLING else gold
