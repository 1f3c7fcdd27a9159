"""A person named by role who is obliged to act once the time limit is stated.

`Chậm nhất là ngày 01/02/2026, người ứng cử phải hoàn thành việc nộp hồ sơ`: after the clauses a sentence
opens with (its time limit, its basis), the subject of `phải` / `có trách nhiệm` is the one who must act,
even when it is no body but a person named by what they do (`người ứng cử`, `người sử dụng lao động`).
Bodies are found by `assignments.clause_subjects`; this reads only the person `người <role>`, and only
behind a fronted time limit, where the sentence's shape leaves no doubt that it states a duty.
"""
from __future__ import annotations

import re

from app.importers.extract.textutil import cap_first

# `Chậm nhất …, ` / `Trước ngày …, ` then `người <role, up to 12 words> phải|có trách nhiệm|chịu trách nhiệm`
_FRONTED_LIMIT = re.compile(r"^(?:Chậm nhất|Không quá|Trước ngày|Ngay sau)\b[^.;:]{3,120}?,\s+")
_PERSON = re.compile(r"^(?:các |những )?(?:người|nguời)(?: [^\s,.;:()]+){1,12}? (?=(?:phải|có trách nhiệm|"
                     r"chịu trách nhiệm)\s(?!được\b|bị\b))", re.IGNORECASE)


def obliged_person(sentence: str) -> list[str]:
    """The person named by role who must act after the sentence's time limit, as a one-mention list, or []."""
    m = _FRONTED_LIMIT.match(sentence)
    if not m:
        return []
    person = _PERSON.match(sentence[m.end():])
    if not person:
        return []
    return [cap_first(person.group(0).strip())]
