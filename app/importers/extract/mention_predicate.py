"""Where a predicate starts after an agency's name: the test that ends a mention.

Vietnamese puts the verb right after its subject with no mark between (`Sở Y tế chủ trì …`), so a mention
ends at the first word that opens a predicate (`agency_vocab.VERBS`). Many of those words also live inside
noun phrases that name or qualify bodies (`tổ chức chính trị`, `có liên quan`, `chủ đầu tư`, `chương trình`),
and there they open no predicate: `starts_predicate` knows the noun phrases, `compound_tail` the second
syllables of two-syllable words, and `inside_head` the heads of several words holding a verb.
"""
from __future__ import annotations

import re

from app.importers.extract.agency_vocab import HEADS, VERBS

# `tổ chức thành viên (của Mặt trận)`: the Front's member organisations, a kind of body like `tổ chức chính trị`
NP_KEEP = ("có liên quan", "tổ chức chính trị", "tổ chức đảng", "tổ chức hội", "tổ chức hành chính",
           "tổ chức thành viên", "tổ chức, ", "cùng cấp", "được giao phụ trách", "giao phụ trách",
           "phụ trách lĩnh vực", "cơ quan thường trực", "đặc biệt là", "nhất là", "đơn vị trực thuộc", "trực thuộc",
           "theo ngành dọc", "quản lý nhà nước", "tổ chức liên quan", "tổ chức có liên quan", "tổ chức hữu quan",
           "trong nước")  # `Vụ Thị trường trong nước`, `các doanh nghiệp trong nước`: which market, not where


EVENT = re.compile(r"^tổ chức hội (?:nghị|thảo|thi|diễn)")  # `tổ chức hội nghị` is a predicate


def starts_predicate(low: str) -> bool:
    """Does lowercased `low` start with a word that opens a predicate?"""
    for keep in NP_KEEP:
        if low.startswith(keep) and not EVENT.match(low):
            return False
    for verb in VERBS:
        if low.startswith(verb) and (len(low) == len(verb) or not low[len(verb)].isalpha()):
            return True
    return False


# words the predicate test also knows that open no duty (`Từ ngày 1/3: theo lịch …`, `… : là …`, `…, đã …`)
_NOT_A_DUTY = re.compile(r"^(?:theo|trong|về|tại|khi|nếu|đối với|bằng|mà|do|với|để|nhằm|cùng|sẽ|là|có|đã|đang|"
                         r"được|phải|cần)\b", re.IGNORECASE)


def opens_duty(text: str) -> bool:
    """Does `text` open with the verb of a duty (`Rà soát …`, `hoàn thành …`), not a preposition, a copula or a
    past (`đã …`)? What follows a time that labels a step (`Tháng 6/2026: Phát hành …`, `Năm 2018, hoàn thành …`)."""
    return starts_predicate(text.lower()) and not _NOT_A_DUTY.match(text)


def bare(word: str) -> str:
    """The word lowercased, without the punctuation printed against it."""
    return word.strip(",;.:()").lower()


# heads of several words holding a predicate word (`chủ đầu tư`, `ban quản lý`): the walk must not stop inside
_HEADS_HOLDING_VERBS = tuple(h for h in HEADS
                             if any(starts_predicate(" ".join(h.split()[j:])) for j in range(1, len(h.split()))))


def inside_head(words: list[str], i: int) -> int:
    """How many words from `i` finish a head noun begun just before it (`chủ` + `đầu tư`), or 0: a head
    of several words is one noun even when a later word of it is a predicate word by itself."""
    for k in (1, 2):
        if i - k < 0:
            break
        first = words[i - k].lower()
        for head in _HEADS_HOLDING_VERBS:
            n = len(head.split())
            if n > k and head.startswith(first + " ") and bare(" ".join(words[i - k:i - k + n])) == head:
                return n - k
    return 0


# One-syllable verbs that are the second syllable of a word after these first syllables
# (`chương trình`, `đào tạo`, `xây dựng`, `bầu cử`): there they are no predicate.
_COMPOUND_TAILS = {
    "trình": ("chương", "công", "quy", "lộ", "tiến", "hành", "giáo"),
    "tạo": ("đào", "sáng", "chế", "cấu", "kiến"),
    "dựng": ("xây",),
    "cử": ("bầu", "ứng", "đề", "tuyển"),
    "giao": ("ngoại",),
}


def compound_tail(prev: str, word: str) -> bool:
    """Is `word` the second syllable of a two-syllable word opened by `prev` (lowercased)?"""
    firsts = _COMPOUND_TAILS.get(bare(word), ())
    return bool(firsts) and bare(prev).endswith(firsts)
