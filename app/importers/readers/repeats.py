"""Repeated lines that are plan text, not page furniture (`artefacts.drop_artefacts` asks these).

A running header or footer recurs once a page, wherever the page breaks: beside the page number, or
between the two halves of a sentence it cuts. Two kinds of repeated line are the document's own words:
- a section title every part of a document repeats (`Thành phần hội nghị`, `Nhiệm vụ`): one copy keeps its
  number (`I. THÀNH PHẦN HỘI NGHỊ`), which a running header never carries, or each copy opens a numbered
  list (`1.` / `a)` right below it), where a page break would fall among items numbered anyhow;
- the first line of a paragraph repeated under several items (`Cơ quan chuyên môn về bảo vệ` /
  `môi trường cấp xã …`): it opens a paragraph (a blank line or a finished sentence above) and the line
  right below goes on with it in lower case.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# the first label of a numbered list (`1.`, `a)`, `I.`, `(1)`): a list that starts here
_FIRST_LABEL = re.compile(r"^(?:(?:1|I|a)\s*[.)/]|\((?:1|a)\))\s")
_BULLETS = "-+•*–—·▪●○◦►✓o"


class _Printed(Protocol):
    @property
    def text(self) -> str: ...


def section_titles(filled: Sequence[_Printed], positions: dict[str, list[int]], list_item: re.Pattern[str]) -> set[str]:
    """The repeated lines (`positions`: where each repeats among the `filled` lines) that are section titles."""
    numbered = set()
    for line in filled:
        label = list_item.match(line.text)
        if label and label.group(0).strip() not in _BULLETS:
            numbered.add(_fold(line.text[label.end():]))
    return {text for text, where in positions.items()
            if _fold(text) in numbered or all(i + 1 < len(filled) and _FIRST_LABEL.match(filled[i + 1].text)
                                              for i in where)}


def opens_paragraph(above: str | None, text: str, below: str | None, sentence_end: re.Pattern[str]) -> bool:
    """Is `text` the first line of a paragraph the line `below` goes on with (`above`: the line right above,
    None after a blank line; `sentence_end`: the readers' test of a finished sentence)? A running header
    cutting a sentence has the sentence's first half above it."""
    if above is not None and not sentence_end.search(above):
        return False
    return below is not None and below[:1].islower() and not sentence_end.search(text)


def _fold(text: str) -> str:
    return " ".join(text.rstrip(" :.").split()).casefold()
