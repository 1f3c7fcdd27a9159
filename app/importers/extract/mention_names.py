"""Bodies whose proper names hold verbs used as nouns: where such a name ends.

Vietnamese names a body after its field of work (`Ban chỉ đạo Quản lý tổ chức bộ máy, biên chế tỉnh`,
`Trung tâm Xúc tiến đầu tư`, `Cục Quản lý, giám sát bảo hiểm`), so a name may hold words that elsewhere
open a predicate. The name is told from the predicate by how official names are printed: they start with
a kind of body (`_TOPIC_HEADS`), capitalise their proper words, and close with a level (`tỉnh`, `huyện`) or
an ordinal (`II`); a predicate is followed by its object, in lower case, another body or a document.
`take_phrase` asks these before it takes such a verb for the predicate.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_predicate import bare, compound_tail, starts_predicate

# Words that close a body's name by its level (`Trường Chính trị tỉnh`, `Ủy ban nhân dân huyện`).
_LOCALITY = {"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn", "ương"}
# Bodies named after a field of work: their names hold verbs used as nouns
# (`Ban chỉ đạo Quản lý tổ chức bộ máy, biên chế tỉnh`, `Trường Cán bộ quản lý ... nông thôn II`).
_TOPIC_HEADS = ("ban chỉ đạo", "hội đồng", "trường", "học viện", "viện", "trung tâm", "tổ công tác", "quỹ",
                "ủy ban", "uỷ ban", "ban quản lý")
NOMINAL = ("tổ chức", "quản lý", "xây dựng", "phát triển", "đào tạo", "bồi dưỡng", "đổi mới", "cải cách",
           "chuyển đổi", "kiểm tra", "giám sát", "bảo vệ", "hỗ trợ", "đầu tư", "ứng dụng", "giáo dục",
           "phòng", "chống", "thi đua", "khen thưởng", "tuyên truyền", "phổ biến", "giải quyết", "xử lý")
_ROMAN_NUM = re.compile(r"^[IVX]{1,4}$")
_LEVEL_WORDS = {"thị", "thành", "trung", "cấp", "khu", "thôn", "tổ", "ấp", "bản", "ủy", "uỷ"}
_COUNCIL_NAME = re.compile(r"hội đồng phối hợp$")


def name_extension(words: list[str], i: int, out: list[str]) -> int:
    """How many words from `i` (a verb used as a noun) still belong to a named body's name.

    The name runs on to a word that closes it (a level: `tỉnh`, `huyện`; an ordinal `II`) which
    is followed by a predicate, a comma or the end; a real predicate or a stop sign before that
    means the verb was the predicate after all."""
    if not out or not (any(w[:1].isupper() for w in out[1:]) or _COUNCIL_NAME.search(" ".join(out).lower())):
        return 0
    if not any(" ".join(out).lower().lstrip().startswith(h) or " ".join(out).lower().startswith("các " + h)
               for h in _TOPIC_HEADS):
        return 0
    rest = " ".join(words[i:]).lower()
    if not rest.startswith(NOMINAL):
        return 0
    for j in range(i, min(len(words), i + 14)):
        word = words[j]
        if j > i and re.search(r"[.;:()]", word):
            return 0
        tail = " ".join(words[j:]).lower()
        if j > i and starts_predicate(tail) and not tail.startswith(NOMINAL) and not word.startswith(("và", "các")) \
                and not compound_tail(words[j - 1], word):
            return 0
        compound = j + 1 < len(words) and bare(words[j + 1]) in ("hội", "ủy", "uỷ")
        if (bare(word) in _LOCALITY and word[:1].islower() and not compound) or _ROMAN_NUM.match(word.strip(",")):
            after = " ".join(words[j + 1:]).lower()
            if j + 1 == len(words) or word.endswith(",") or starts_predicate(after):
                return j - i + 1
    return 0


def closed_by_locality(out: list[str], word: str, rest: str) -> bool:
    """`Trường Chính trị tỉnh biên soạn ...`: a named body closed by its level, then lower case."""
    if len(out) < 2 or bare(out[-1]) not in _LOCALITY or out[-1].endswith(",") or not word[:1].islower() \
            or not out[-1][:1].islower() or bare(word) in _LOCALITY or bare(word) in _LEVEL_WORDS:
        return False
    if bare(out[-1]) == "xã" and bare(word) == "hội":
        return False  # `chính trị - xã hội`: the word society, not a commune
    if not any(w[:1].isupper() for w in out[1:-1]):
        return False
    return not re.match(r"^(?:và|cùng|các|những|có liên quan|trực thuộc|cùng cấp|thuộc)\b", rest)


def shared_object(words: list[str], i: int, out: list[str]) -> int:
    """`Cục Quản lý, giám sát bảo hiểm chủ trì …`: a name whose field is two acts sharing one object, the first
    capitalised and left bare before the comma. The words of the second act and the object, up to the
    predicate, or 0 (`Sở Quản lý, …` never ends on a bare act: `Sở Y tế, kiểm tra …` is the duty)."""
    if len(out) < 3 or not out[-1].endswith(",") or not out[-2][:1].isupper() \
            or " ".join(out[-2:]).rstrip(",").lower() not in NOMINAL:
        return 0
    rest = " ".join(words[i:]).lower()
    act = next((v for v in NOMINAL if rest.startswith(v + " ")), None)
    if act is None:
        return 0
    for j in range(i + len(act.split()) + 1, min(len(words), i + 8)):
        if re.search(r"[.;:,()]", words[j - 1]):
            return 0
        if starts_predicate(" ".join(words[j:]).lower()):
            return j - i
    return 0


# Verbs used as nouns inside a body's proper name (`Khu Nông nghiệp ứng dụng Công nghệ cao`,
# `Trung tâm Xúc tiến đầu tư`): a named body's name goes on when a capitalised word follows them.
_NAME_VERBS = ("ứng dụng", "phát triển", "nghiên cứu", "đào tạo", "bồi dưỡng", "xúc tiến", "hỗ trợ",
               "chuyển giao", "đổi mới", "bảo tồn", "giáo dục", "quản lý", "đầu tư", "sáng tạo")
# Capitalised words that open what a body acts on, not its name
_DOCUMENT_WORDS = ("kế hoạch", "quyết định", "chương trình", "đề án", "nghị quyết", "nghị định", "luật",
                   "báo cáo", "chỉ thị", "hướng dẫn", "thông tư", "công văn", "dự án", "hội nghị", "lễ")


def verb_inside_name(words: list[str], i: int, out: list[str]) -> int:
    """How many words from `i` are a verb inside a named body's name, or 0.

    `Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên`: the body's name is its kind and
    capitalised words, and the verb sits between two of them; a predicate is followed by its object,
    which is lower case, another body (`hướng dẫn Trung tâm Y tế`) or a document (`ban hành Kế hoạch`)."""
    if len(out) < 2 or not any(w[:1].isupper() for w in out[1:]) or out[-1].endswith((",", ";")):
        return 0
    taken = " ".join(out).lower()
    if not (taken.startswith(_TOPIC_HEADS) or re.search(r"\bkhu [a-zđà-ỹ]", taken)) or bare(out[-1]) in _LOCALITY:
        return 0
    rest = " ".join(words[i:]).lower()
    verb = next((v for v in _NAME_VERBS if rest.startswith(v + " ")), None)
    if verb is None:
        return 0
    n = len(verb.split())
    after = " ".join(words[i + n:])
    if not after[:1].isupper() or head_at(after) or after.lower().startswith(_DOCUMENT_WORDS):
        return 0
    return n
