"""Abbreviations a document defines for its agencies (`Sở Nội vụ (SNV)`).

Apart from `mention_heads` (which reads the abbreviations in force) because finding a definition
needs the end of the name before the parentheses, which `mention_phrase` finds.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import take_phrase

_ABBR_DEF = re.compile(r"\(([A-ZĐ][A-ZĐ&\-]{1,9})\)")


def abbreviations_in(text: str) -> frozenset[str]:
    """Abbreviations printed in parentheses right after an agency name (`Sở Nội vụ (SNV)`)."""
    found = set()
    for m in _ABBR_DEF.finditer(text):
        before = text[max(0, m.start() - 80):m.start()].rstrip()
        words = before.split()
        suffixes = (" ".join(words[i:]) for i in range(max(0, len(words) - 10), len(words)))
        if any(head_at(x) and take_phrase(x) == x.strip(" ,;") for x in suffixes):  # the name, then `(ABBR)`
            found.add(m.group(1))
    return frozenset(found)
