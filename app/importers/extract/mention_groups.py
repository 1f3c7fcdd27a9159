"""Which bodies of a plural group a mention means: the words after the group that restrict it.

A plan gives a duty to a kind of body and says which ones by a clause after it: `UBND các huyện có điểm du
lịch cộng đồng chịu trách nhiệm …`, `Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông … trên
địa bàn tỉnh`. Those words belong to the mention (they say who must act), though they hold `có` and
`hoạt động`, which elsewhere open a predicate; the real predicate comes after them.
"""
from __future__ import annotations

import re

from app.importers.extract.mention_predicate import bare, starts_predicate
from app.importers.extract.mention_relative import MAIN_PREDICATE

# the last word of a plural group that a `có …` clause may restrict (`các huyện`, `các đơn vị`, `các trường`)
_GROUP_END = {"huyện", "xã", "phường", "thị", "trấn", "phố", "quận", "phương", "vị", "trường", "sở", "nghiệp"}
# `có` + these is the group's predicate (`có trách nhiệm`, `có văn bản`), not a clause saying which ones
_HAS_OBJECT = ("trách nhiệm", "văn bản", "kế hoạch", "ý kiến", "báo cáo", "giải pháp", "biện pháp", "hình thức",
               "phương án", "chương trình", "liên quan", "thẩm quyền", "nhu cầu", "đề xuất", "kiến nghị")


def qualifier(words: list[str], i: int, out: list[str]) -> int:
    """`có <noun phrase>` restricting a plural group (`các huyện ... có điểm du lịch cộng đồng chịu ...`):
    the words up to the real predicate, or 0."""
    if words[i] != "có" or not out or "các" not in (w.lower() for w in out) or bare(out[-1]) not in _GROUP_END \
            or out[-1].endswith((",", ";")):
        return 0
    if " ".join(words[i + 1:i + 3]).lower().startswith(_HAS_OBJECT):
        return 0
    for j in range(i + 2, min(len(words), i + 12)):
        if re.search(r"[.;:()]", words[j - 1]):
            return 0
        if starts_predicate(" ".join(words[j:]).lower()) \
                and words[j] not in ("có", "của", "về", "tại", "trong", "theo"):
            return j - i
    return 0


def field_of_group(words: list[str], i: int, out: list[str], rest: str) -> int:
    """`Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông … trên địa bàn tỉnh`: the field
    a plural group works in belongs to its mention. The number of words it spans from i, or 0
    (`rest`: the lowercased text from word i)."""
    opening = re.match(r"^(?:hoạt động )?(?:trong|trên|ở) (?:các )?(?:lĩnh vực|địa bàn|ngành)\b", rest)
    if not opening or not out or out[0].lower() not in ("các", "những") or any(w[:1].isupper() for w in out[1:]):
        return 0
    n = len(opening.group(0).split())
    # the fields listed after it are nouns (`xây dựng, giao thông`): up to the main predicate, or
    # to the end of a heading that closes with its place
    for j in range(i + n, min(len(words), i + n + 20) + 1):
        if j == len(words):
            closed = re.search(r"\btrên địa bàn(?: \S+){1,3}$|\b(?:tỉnh|thành phố|huyện|xã)$",
                               " ".join(words[i:j]), re.IGNORECASE)
            return j - i if closed else n
        if re.search(r"[.;:]$", words[j - 1]):
            return n
        if " ".join(words[j:j + 3]).lower().startswith((*MAIN_PREDICATE, "chủ trì", "phối hợp")):
            return j - i
    return n
