"""A website's Markdown text saved as a Word file (.docx) → the blocks the text reader gives.

A clerk who copies a plan from a legal-document website into Word (or opens the site's `.txt` in
Word or LibreOffice and saves it as `.docx`) gets one Word paragraph per line of the text: the
pipe tables are paragraphs `| 1 | Nhiệm vụ … | Sở … |`, a one-cell-per-line table is lone `|`
paragraphs, bold is `**` typed as text, headings keep their `#`, and sentences stay hard-wrapped.
Read paragraph by paragraph, such a file loses its tables, its bold and its sentences. Its markup
says how it was made, whatever the plan: when enough paragraphs carry it, the paragraphs between
Word's own tables are read as the lines of a text file (`textfile.parse_text`), with what Word
itself marks (bold, heading level, a list label) written back as the same markup.
"""
from __future__ import annotations

import re

from app.importers.blocks import Block, Table

# a pipe-table row (`| 1 | … |`), a lone cell border `|`, a `#` heading, a `**bold**` run, a `* ` bullet
_MARKUP = re.compile(r"^\|(?:.*\|)?$|^#{1,6}\s+\S|\*\*[^*\s][^*]*\*\*|^\*\*\S|\S\*\*$|^\*\s+\S")
# paragraphs carrying markup before the file is read as text: one or two stray marks are a writer's
MIN_MARKED = 3


def as_markdown_line(label: str | None, text: str, bold: bool, level: int | None) -> str:
    """One Word paragraph as the text line a website would have printed for it."""
    if label:
        text = f"{label} {text}".strip()
    if not text:
        return ""
    if bold and "**" not in text:
        text = f"**{text}**"
    if level and not text.startswith("#"):
        text = f"{'#' * min(level, 6)} {text}"
    return text


def pasted_markdown(texts: list[str]) -> bool:
    """Whether the paragraphs' own text (not Word's formatting) is a Markdown text's lines: at least
    `MIN_MARKED` lines carry its markup."""
    marked = 0
    for text in texts:
        marked += sum(1 for line in text.split("\n") if _MARKUP.search(line.strip()))
        if marked >= MIN_MARKED:
            return True
    return False


def markdown_blocks(lines: list[str | Table]) -> list[Block]:
    """The paragraphs between Word's tables read as text lines; Word's tables kept as they are."""
    from app.importers.readers.textfile import parse_text  # the text reader imports the line rules

    out: list[Block] = []
    run: list[str] = []
    for item in [*lines, None]:
        if isinstance(item, str):
            run.append(item)
            continue
        if any(line.strip() for line in run):
            out.extend(parse_text("\n".join(run)))
        run = []
        if item is not None:
            out.append(item)
    return out
