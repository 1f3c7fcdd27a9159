"""The names a plan gives its bodies on their own, read before its items (`mention_heads.KNOWN_NAMES`).

A plan names each body the same way throughout. `Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính thu hút
vốn …`: the name walk stops at the predicate words it knows (`agency_vocab.VERBS`), and no list holds every verb
(`thu hút`, `tuần tra`, `quảng bá`); where the plan names the same body on its own elsewhere (`Sở Tài chính chủ trì
…`, `3. Sở Tài chính:`), the walk stops after that name when lower-case words follow that carry no name on.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import starts_predicate, take_phrase
from app.importers.extract.subjects import is_specific

# a body of one place named by its kind and level (`Công an tỉnh`, `UBND xã`): one body, though all lower case
_LEVEL = re.compile(r"^(?!các |những )\S+(?: \S+)* (?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|đặc khu)$",
                    re.IGNORECASE)


def names_in(texts: Iterable[str]) -> frozenset[str]:
    """The named bodies (`Sở Tài chính`, `Công an tỉnh`, not `Các sở, ngành`) that open a line and stand on their
    own there: the whole line (a heading), or followed by a colon or by a verb the walk knows."""
    found: set[str] = set()
    for text in texts:
        if not head_at(text):
            continue
        phrase = take_phrase(text)
        rest = text[len(phrase):].strip(" ,")
        if phrase and (not rest or rest.startswith(":") or starts_predicate(rest.lower())):
            found.update(m for m in split_mentions(phrase) if m in phrase and (is_specific(m) or _LEVEL.search(m)))
    return frozenset(found)
