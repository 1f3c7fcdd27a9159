"""Clauses inside a body's mention that say which bodies are meant, though they hold verbs.

`Các cơ quan được giao nhiệm vụ … khẩn trương …`: a group of generic bodies is narrowed by a passive clause
(`được giao` + what), which runs to the main predicate. `Ủy ban … cấp tổ chức hội nghị báo cáo …`: a bare
`cấp` (level) needs its complement, so the verb phrase after it says which level is meant.
`mention_phrase.take_phrase` asks these before it takes a verb for the predicate.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from app.importers.extract.mention_heads import head_at

# What a body told to act does first: the predicate after `Các cơ quan được giao ...`.
MAIN_PREDICATE = ("có trách nhiệm", "chịu trách nhiệm", "khẩn trương", "chủ động", "căn cứ", "phải", "cần",
                  "tích cực", "nghiêm túc", "kịp thời", "trong phạm vi", "theo chức năng")
_PICKED = re.compile(r"^được (?:giao|phân công)\b")
_GENERIC = ("cơ quan", "đơn vị", "sở", "ngành", "ban")
# the acts that tell one level of a body from another (`cấp tổ chức hội nghị`, `cấp ban hành quyết định`); other
# verbs after `cấp` make it the verb grant (`Sở Tài chính cấp bổ sung kinh phí`)
_WHICH_LEVEL = re.compile(r"^(?:tổ chức|triệu tập|ban hành|quản lý|ra quyết định)\b")


def _proper_name(out: list[str]) -> bool:
    """Do the words taken so far hold a proper name (a capitalised word)? A kind printed with a capital
    after the plural marker (`các Sở, ban, ngành`) names a group, not one body."""
    return any(w[:1].isupper() and not (k and out[k - 1].strip(",;.:()").lower() in ("các", "những")
                                        and head_at(w.strip(",")))
               for k, w in enumerate(out) if k)


def assigned_clause(words: list[str], i: int, out: list[str]) -> int:
    """`(các) cơ quan, đơn vị được giao/phân công <what>` before the main predicate: the passive clause
    says which bodies are meant, so it belongs to the mention. The number of words it spans, or 0."""
    if not _PICKED.match(" ".join(words[i:i + 3]).lower()) or not out or _proper_name(out) \
            or head_at(" ".join(out)) not in _GENERIC:
        return 0
    for j in range(i + 2, min(len(words), i + 30)):
        if re.search(r"[.;:]$", words[j - 1]):
            return 0
        if " ".join(words[j:j + 3]).lower().startswith(MAIN_PREDICATE) or (j > i + 2 and words[j] in ("để", "nhằm")):
            return j - i  # up to the main predicate, or the purpose it is asked to work with them for
    return 0


def level_clause(words: list[str], i: int, out: list[str], starts_predicate: Callable[[str], bool]) -> int:
    """`Ban Thường trực Ủy ban … cấp tổ chức hội nghị hiệp thương triệu tập …`: a named body closed by a
    bare `cấp` (level) with no level word after it; the verb phrase that follows says which level (the one
    holding the conference) and runs to the next predicate (`starts_predicate`: the name walk's test of a
    predicate word). The number of words it spans, or 0."""
    if len(out) < 3 or out[-1] != "cấp" or not any(w[:1].isupper() for w in out[1:-1]) \
            or out[-2].lower() in ("các", "cùng", "mọi", "từng") or not _WHICH_LEVEL.match(" ".join(words[i:i + 2])):
        return 0
    for j in range(i + 2, min(len(words), i + 8)):
        if re.search(r"[.;:,()]", words[j - 1]):
            return 0
        if words[j] in ("và", "trong", "về", "với") or starts_predicate(" ".join(words[j:]).lower()):
            return j - i
    return 0
