"""A group of bodies named by its kind alone, narrowed by a clause printed after it.

`Cơ quan, tổ chức, đơn vị được phân bổ giới thiệu người ứng cử đại biểu Quốc hội thực hiện …`, `… trao đổi với cơ
quan, đơn vị có người ứng cử để …`: `cơ quan, đơn vị` says nothing of which bodies are meant; the passive (`được
phân bổ`, `được dự kiến`, `được lựa chọn`) or what they have (`có người ứng cử`) does, so it belongs to the
mention. It is added once the sentence is read (`narrowed`), so that the reading of the sentence — its subject,
its predicate, a lead-in over items — stays that of the bare group; `mention_relative.assigned_clause` keeps
`được giao`/`được phân công`, which the name walk itself takes.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import compound_tail, starts_predicate
from app.importers.extract.mention_relative import MAIN_PREDICATE

# a passive or a `có` of what the bodies have, not the `có` of a duty (`có trách nhiệm`, `có văn bản`)
_NARROWING = re.compile(r"^(?:được|có) (?!(?:trách nhiệm|văn bản|kế hoạch|ý kiến|báo cáo|liên quan|thẩm quyền|"
                        r"nhu cầu|sự)\b)\S")
# the main predicate after such a clause: one that cannot be part of it (the duty itself, a purpose, a time)
_CLAUSE_END = (*MAIN_PREDICATE, "thực hiện", "chủ trì", "phối hợp", "để", "nhằm", "khi")
_OF_KIND = ("cơ quan", "đơn vị", "tổ chức", "địa phương", "sở", "ngành", "ban")
# the verb group of the clause (`được phân bổ`, `được dự kiến phân bổ`, `người được giới thiệu`)
_VERB_GROUP = ("được", "kiến")


def _of_kind(group: str) -> bool:
    """Is `group` a group of bodies named by their kind alone (`Cơ quan, tổ chức, đơn vị`, `Các địa phương`)?
    A capitalised word after the first names a body (`Sở Y tế được …`)."""
    return not any(w[:1].isupper() for w in group.split()[1:]) and head_at(group) in _OF_KIND


def narrowed(mentions: list[str], after: str) -> list[str]:
    """`mentions` with the last one taking the clause that narrows it, printed right `after` the list. The
    clause runs to a main predicate that cannot be part of it; another predicate, a stop sign or no end in
    reach leaves the mentions as they are."""
    if not mentions or not after.startswith(" ") or not _NARROWING.match(after.lstrip().lower()) \
            or not _of_kind(mentions[-1]):
        return mentions
    words = after.split()
    for j in range(2, min(len(words), 30)):
        if re.search(r"[.;:,()]", words[j - 1]):
            return mentions
        tail = " ".join(words[j:]).lower()
        if j > 2 and tail.startswith(_CLAUSE_END):
            return [*mentions[:-1], f"{mentions[-1]} {' '.join(words[:j])}"]
        if j > 2 and starts_predicate(tail) and words[j] != "được" and words[j - 1].lower() not in _VERB_GROUP \
                and not compound_tail(words[j - 1], words[j]):
            return mentions  # `… có người ứng cử thống nhất thời gian …`: the sentence's own predicate
    return mentions


def group_name(mention: str) -> str:
    """A mention without the clause that narrows its group (`Cơ quan, đơn vị có người ứng cử` → `Cơ quan, đơn
    vị`): the words the bodies are named by, which say whether it is a named body."""
    words = mention.split(" ")
    for i in range(1, len(words)):
        if _NARROWING.match(" ".join(words[i:i + 2]).lower()) and _of_kind(" ".join(words[:i])):
            return " ".join(words[:i])
    return mention
