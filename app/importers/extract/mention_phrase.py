"""Where an agency mention ends: the word walk that takes a body's name up to its predicate.

`take_phrase("Sở Y tế chủ trì, phối hợp ...")` → `Sở Y tế`. The walk stops at the first word that opens a
predicate (`mention_predicate.starts_predicate`, which callers also import from here), unless the rules
say the word still belongs to the name: names that hold verbs used as nouns (`mention_names`: `Ban chỉ đạo
Quản lý tổ chức bộ máy ... tỉnh`; here: `Ban soạn thảo`), clauses that say which bodies are meant
(`mention_groups`, `mention_relative`: `các cơ quan được giao ...`, `các doanh nghiệp hoạt động trong lĩnh vực
...`), persons named by post (`Phó Chủ tịch UBND tỉnh phụ trách …`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from app.importers.extract.mention_groups import field_of_group, qualifier
from app.importers.extract.mention_heads import ESTABLISHMENT, PRIVATE_HEADS, head_at, holds_post, past_known_name
from app.importers.extract.mention_names import (
    NOMINAL,
    closed_by_locality,
    name_extension,
    shared_object,
    verb_inside_name,
)
from app.importers.extract.mention_predicate import EVENT, NP_KEEP, bare, compound_tail, inside_head, starts_predicate
from app.importers.extract.mention_relative import assigned_clause, level_clause

__all__ = ["compound_tail", "prev_is", "starts_predicate", "take_phrase"]

# the work a person is in charge of, named by a verb used as a noun (`phụ trách tổng hợp`, `phụ trách kiểm tra`)
_REMIT_FIELDS = (*NOMINAL, "tổng hợp", "văn thư", "lưu trữ", "kế toán")
# `trong <a body by kind>` after persons named by post: whose members they are
_MEMBERS_OF = re.compile(r"^trong (?:các |những )?(?:tiểu ban|ban|tổ|đoàn|hội đồng|ủy ban|uỷ ban|cơ quan|đơn vị|"
                         r"chi bộ|đảng ủy|đảng uỷ|ban chỉ đạo)\b")


# `cơ quan (chuyên trách) tham mưu, giúp việc …`: the bodies named by their work for a committee
_ADVISING = re.compile(r"^(?:tham mưu,? giúp việc|giúp việc)\b")


def prev_is(out: list[str], phrases: tuple[str, ...]) -> bool:
    """Do the words taken so far end a phrase that is exactly one of `phrases` (lowercase)?"""
    taken = " ".join(out).lower().strip(" ,")
    return any(taken == p or taken.endswith(", " + p) or taken.endswith(" và " + p) for p in phrases)


# What a rule says at a lower-case word: how many words from it still belong to the mention, and whether the
# mention ends after them; None when the rule has nothing to say there.
_Step = tuple[int, bool]
_Rule = Callable[[list[str], int, list[str], str], "_Step | None"]


def _known_name_ends(words: list[str], i: int, out: list[str], rest: str) -> _Step | None:
    """`… phối hợp với Sở Tài chính thu hút vốn …`: a name the plan uses, then a verb."""
    return (0, True) if past_known_name(" ".join(out), rest) else None


def _noun_goes_on(words: list[str], i: int, out: list[str], rest: str) -> _Step | None:
    """The word still belongs to the noun phrase naming the bodies, though it may open a predicate elsewhere:
    a kind of body named with such a word, or a clause saying which bodies are meant. One function, not one per
    rule, because it is asked at every lower-case word of every mention (a call per rule cost ~3 % of a parse)."""
    if prev_is(out, ("cơ sở", "các cơ sở", "chủ cơ sở")) and re.match(ESTABLISHMENT, " " + rest):
        # `các cơ sở giáo dục`, `cơ sở khám bệnh, chữa bệnh`: the kind of establishment
        return (2 if rest.split(" ", 1)[0] not in ("khám", "bán") else 3), False
    if prev_is(out, ("viện", "các viện", "những viện", "trung tâm", "các trung tâm")) \
            and rest.startswith("nghiên cứu"):
        # `các viện nghiên cứu`: research institutes, a kind of body; `…, phát triển các công nghệ mới` after
        # its comma is the item's next duty, no other body
        last = [*out, *words[i:i + 2]][-1]
        return 2, last.endswith(",") and not head_at(" ".join(words[i + 2:]))
    if prev_is(out, ("cơ quan", "các cơ quan")) and rest.startswith(("quản lý", "chủ quản")) \
            and not rest.startswith("quản lý nhà nước"):
        return 2, False  # `các cơ quan quản lý NTTS`: the managing bodies, a noun
    if [w.lower() for w in out[-2:]] == ["cơ", "quan"] and (staff := re.match(r"^tham mưu,? giúp việc\b", rest)):
        # `(trưởng) các cơ quan tham mưu, giúp việc Đảng uỷ`: a Party committee's staff bodies, a noun (their duty
        # follows)
        return len(staff.group(0).split()), False
    keep = next((k for k in NP_KEEP if rest.startswith(k) and not EVENT.match(rest)), None)
    if keep:
        return len(keep.split()), False  # `có liên quan`, `tổ chức chính trị`, `trực thuộc`: a noun phrase
    prev = out[-1].lower() if out else ""
    role = re.match(r"^((?:[a-zđà-ỹ]+ ){1,8}?)(?:có|chịu) trách nhiệm\b", rest)
    generic = [w.lower() for w in out] in (["cơ", "quan"], ["đơn", "vị"], ["các", "cơ", "quan"]) or (
        prev_is(out, ("cơ quan", "đơn vị", "tổ chức")) and not any(w[:1].isupper() for w in out[1:])
        and role is not None and " và " not in " " + role.group(1))
    if generic and role:
        # `Cơ quan phối hợp có trách nhiệm …`, `Cơ quan đăng ký đầu tư có trách nhiệm …`: a body named by its
        # role in a procedure, then its duty
        return len(role.group(1).split()), False
    field = field_of_group(words, i, out, rest)
    if field:
        return field, False  # `Các doanh nghiệp hoạt động trong lĩnh vực …`: which ones
    relative = assigned_clause(words, i, out) or level_clause(words, i, out, starts_predicate)
    if relative:
        return relative, False  # `Các cơ quan được giao nhiệm vụ … khẩn trương …`: which bodies
    if prev == "cấp" and rest.startswith(("trên cơ sở", "trên trực tiếp")):
        return 3, False  # `đảng ủy cấp trên cơ sở`: a Party level, not `trên cơ sở` (on the basis)
    if prev in ("ban", "tổ") and rest.startswith(("soạn thảo", "biên tập", "giúp việc", "quản lý", "chỉ đạo",
                                                  "chỉ huy", "điều hành")):
        return 2, False  # `Ban soạn thảo`, `Tổ biên tập`: a body named by its work
    advising = _ADVISING.match(rest)
    if advising and re.search(r"(?:^|\s)cơ quan(?: chuyên trách)?$", " ".join(out).lower()):
        return len(advising.group(0).split()), False  # `Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy`
    founded = re.match(r"^do (?:\S+ ){1,6}thành lập\b", rest)
    if founded and head_at(" ".join(out)) and not re.search(r"[,;.]", founded.group(0)):
        return len(founded.group(0).split()), False  # `Ban soạn thảo do UBTVQH thành lập`: which body
    if prev in ("các", "những", "từng", "mọi") and head_at(" ".join(words[i - 1:])):
        return 1, False  # `và các tổ chức thành viên`: a noun after the plural marker
    if compound_tail(prev, words[i]):
        return 1, False  # `Chương trình`, `Đào tạo`, `Ủy ban bầu cử`: a word's second syllable
    if rest.startswith("phối hợp") and " ".join(out[-2:]).lower() == "hội đồng":
        return 2, False  # `Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh`: a name
    if _MEMBERS_OF.match(rest) and holds_post(" ".join(out)):
        return 1, False  # `Các thành viên (khác) trong tiểu ban`: the body whose members are meant
    if rest.startswith("phụ trách ") and holds_post(" ".join(out)):
        # `Phó Chủ tịch UBND tỉnh phụ trách khối …`: which holder of the post; the field held may be named by a
        # verb used as a noun (`Chuyên viên phụ trách tổng hợp`)
        remit = next((f for f in _REMIT_FIELDS if rest[len("phụ trách "):].startswith(f + " ")), "")
        return 2 + len(remit.split()), False
    return None


def _closed_level(words: list[str], i: int, out: list[str], rest: str) -> _Step | None:
    """`Trường Chính trị tỉnh biên soạn …`: a named body closed by its level (`mention_names`)."""
    return (0, True) if closed_by_locality(out, words[i], rest) else None


def _name_goes_on(words: list[str], i: int, out: list[str], rest: str) -> _Step | None:
    """After a name not closed by its level: the place the body sits in, a clause restricting a plural group, or
    a verb inside a body's proper name still belong to the mention."""
    if words[i] in ("trong", "thuộc") and i + 1 < len(words) and words[i + 1][:1].isupper() \
            and head_at(" ".join(words[i + 1:])):
        return 1, False  # `tổ chức đảng trong Đảng bộ huyện`: where the body sits
    n = qualifier(words, i, out)
    if n:
        return n, False  # `UBND các huyện có điểm du lịch`: which ones, not a predicate (`mention_groups`)
    # `Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao …`, `Cục Quản lý, giám sát bảo hiểm` (`mention_names`)
    n = verb_inside_name(words, i, out) or shared_object(words, i, out)
    return (n, False) if n else None


def _predicate(words: list[str], i: int, out: list[str], rest: str) -> _Step | None:
    """A word that opens a predicate ends the mention, unless it is a verb used as a noun in a named body's
    name that runs on to its level (`mention_names.name_extension`), or a later word of a head noun
    (`Các chủ đầu tư …`: `mention_predicate.inside_head`). `Sở Xây dựng`: `dựng` after a capitalised word is
    the name's, not the verb (`… phường dựng nhà bạt`); `Ban chỉ đạo`, `Ban xây dựng đảng` are bodies."""
    prev = out[-1].lower() if out else ""
    in_name = bare(words[i]) == "dựng" and bool(out) and out[-1][:1].isupper()
    if not starts_predicate(rest) or in_name \
            or (prev in ("ban", "các ban") and rest.startswith(("chỉ đạo", "xây dựng đảng"))):
        return None
    n = name_extension(words, i, out)
    if n:
        return n, False
    inside = inside_head(words, i)
    if inside and not any(re.search(r"[,;:.()]", w) for w in words[i:i + inside]):
        return inside, False
    return 0, True


# The rules asked at a lower-case word, in this order; the first that has something to say decides.
_RULES: tuple[_Rule, ...] = (_known_name_ends, _noun_goes_on, _closed_level, _name_goes_on, _predicate)


def take_phrase(text: str, max_words: int = 60) -> str:
    """The agency list at the start of `text`, up to the first predicate word."""
    words = text.split(" ")
    out: list[str] = []
    depth = 0
    i = 0
    while i < len(words) and i < max_words:
        if depth == 0 and out and out[-1].endswith((":", ".")):
            out[-1] = out[-1].rstrip(":.")  # `Sở Giáo dục và Đào tạo: Chủ trì …`: the label's colon ends the name
            break
        word = words[i]
        depth += word.count("(") - word.count(")")
        if depth > 0 or word.endswith(")"):
            out.append(word)
            i += 1
            continue
        if i > 0 and word in ("các", "những") and any(w[:1].isupper() for w in out) \
                and i + 1 < len(words) and words[i + 1][:1].isupper() and not head_at(" ".join(words[i:])) \
                and " ".join(out[-2:]).lower() != "quản lý":  # `Ban Quản lý các Khu công nghiệp`: a name
            break  # `với Ban Tổ chức Thành ủy các Quy định ...`: the object, not the agency
        if i > 0 and word[:1].isupper() and out and out[-1][:1].islower() and not out[-1].endswith(",") \
                and head_at(" ".join(out)) in PRIVATE_HEADS:
            break  # `Doanh nghiệp số Phát triển ...`: a kind of business, then a new sentence run into it
        if i > 0 and word[:1].islower():
            rest = " ".join(words[i:]).lower()
            for rule in _RULES:
                step = rule(words, i, out, rest)
                if step is not None:
                    break
            if step is not None:
                taken, stop = step
                out.extend(words[i:i + taken])
                i += taken
                if stop:
                    break
                continue
        if word.endswith((":", ".")):
            out.append(word.rstrip(":."))
            break
        out.append(word)
        i += 1
    return " ".join(out).strip(" ,;")
