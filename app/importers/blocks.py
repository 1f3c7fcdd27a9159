"""Neutral blocks a reader produces from a plan document and the extractor consumes.

Readers (.docx, .txt, .md, .pdf) turn a file into a sequence of these; the extraction rules in
`app.importers.extract` only ever see blocks, so every format shares one set of rules.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of running text.

    `numbering_label` is a label Word drew from automatic numbering (e.g. ``"a)"``, ``"1.2."``)
    that is not part of `text`; the extractor treats it as if it were printed at the start.
    """

    text: str
    bold: bool = False
    heading_level: int | None = None
    numbering_label: str | None = None


@dataclass(frozen=True)
class Table:
    """A table as rows of cell texts (merged cells repeated or empty, as the reader sees fit)."""

    rows: list[list[str]] = field(default_factory=list)
    # the text printed just above the table (its title), when the extractor knows it
    caption: str = ""


Block = Paragraph | Table
