"""A paragraph that hands a piece of work to a body by its passive agent: `Cơ cấu thành phần Ban Chỉ đạo các cấp …
do Bộ Quốc phòng hướng dẫn thực hiện.`, `Việc tổng hợp kết quả do Sở Nội vụ chủ trì thực hiện.`

Vietnamese official writing often states who does a thing by naming the thing first and its doer after `do`: the
sentence's subject is the work, `do X <verb>` its predicate. Such a paragraph is X's duty. Told apart from a relative
clause inside a duty (`Xác định các trường dữ liệu do cơ quan nhà nước chủ trì thu thập`: the item's verb opens the
sentence, the clause says who collects the data it talks about) by its opening — a noun, not a duty's verb nor a body
— and by the `do X <verb>` closing the sentence in a few words.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import starts_predicate, take_phrase
from app.importers.extract.mention_predicate import opens_duty
from app.importers.extract.textutil import sentences, squash

_DO = re.compile(r"\sdo\s+(?=\S)")
# the predicate after the body: a verb and a few words (`hướng dẫn thực hiện`, `chủ trì thực hiện`, `bảo đảm`)
_MAX_PREDICATE_WORDS = 5


def passive_agent(para: str) -> list[str]:
    """The bodies a one-sentence paragraph hands its subject to (`… do Bộ Quốc phòng hướng dẫn thực hiện.`), or []."""
    found = sentences(squash(para))
    if len(found) != 1:
        return []
    sentence = found[0].rstrip(" .;")
    if opens_duty(sentence) or head_at(sentence) or re.search(r"[;:]", sentence):
        return []  # a duty's verb or a body opens it, or it runs on over clauses: no topic handed over
    for m in _DO.finditer(sentence):
        tail = sentence[m.end():]
        phrase = take_phrase(tail) if head_at(tail) else ""
        rest = tail[len(phrase):].strip()
        if phrase and rest and starts_predicate(rest.lower()) and len(rest.split()) <= _MAX_PREDICATE_WORDS \
                and not re.search(r"[,;:()]", rest):
            return split_mentions(phrase)
    return []
