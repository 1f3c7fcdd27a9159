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


def prev_is(out: list[str], phrases: tuple[str, ...]) -> bool:
    """Do the words taken so far end a phrase that is exactly one of `phrases` (lowercase)?"""
    taken = " ".join(out).lower().strip(" ,")
    return any(taken == p or taken.endswith(", " + p) or taken.endswith(" và " + p) for p in phrases)


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
            if past_known_name(" ".join(out), rest):
                break  # `… phối hợp với Sở Tài chính thu hút vốn …`: a name the plan uses, then a verb
            if prev_is(out, ("cơ sở", "các cơ sở", "chủ cơ sở")) and re.match(ESTABLISHMENT, " " + rest):
                n = 2 if rest.split(" ", 1)[0] not in ("khám", "bán") else 3
                out.extend(words[i:i + n])  # `các cơ sở giáo dục`, `cơ sở khám bệnh, chữa bệnh`: the kind
                i += n
                continue
            if prev_is(out, ("viện", "các viện", "những viện", "trung tâm", "các trung tâm")) \
                    and rest.startswith("nghiên cứu"):
                out.extend(words[i:i + 2])  # `các viện nghiên cứu`: research institutes, a kind of body
                i += 2
                if out[-1].endswith(",") and not head_at(" ".join(words[i:])):
                    break  # `…, phát triển các công nghệ mới`: the item's next duty, no other body
                continue
            if prev_is(out, ("cơ quan", "các cơ quan")) and rest.startswith(("quản lý", "chủ quản")) \
                    and not rest.startswith("quản lý nhà nước"):
                out.extend(words[i:i + 2])  # `các cơ quan quản lý NTTS`: the managing bodies, a noun
                i += 2
                continue
            keep = next((k for k in NP_KEEP if rest.startswith(k) and not EVENT.match(rest)), None)
            if keep:
                n = len(keep.split())
                out.extend(words[i:i + n])
                i += n
                continue
            prev = out[-1].lower() if out else ""
            role = re.match(r"^((?:[a-zđà-ỹ]+ ){1,8}?)(?:có|chịu) trách nhiệm\b", rest)
            generic = [w.lower() for w in out] in (["cơ", "quan"], ["đơn", "vị"], ["các", "cơ", "quan"]) or (
                prev_is(out, ("cơ quan", "đơn vị", "tổ chức")) and not any(w[:1].isupper() for w in out[1:])
                and role is not None and " và " not in " " + role.group(1))
            if generic and role:
                # `Cơ quan phối hợp có trách nhiệm …`, `Cơ quan đăng ký đầu tư có trách nhiệm …`: a body named
                # by its role in a procedure, then its duty
                n = len(role.group(1).split())
                out.extend(words[i:i + n])
                i += n
                continue
            field = field_of_group(words, i, out, rest)
            if field:
                out.extend(words[i:i + field])  # `Các doanh nghiệp hoạt động trong lĩnh vực …`: which ones
                i += field
                continue
            relative = assigned_clause(words, i, out) or level_clause(words, i, out, starts_predicate)
            if relative:
                out.extend(words[i:i + relative])  # `Các cơ quan được giao nhiệm vụ … khẩn trương …`: which bodies
                i += relative
                continue
            if prev == "cấp" and rest.startswith(("trên cơ sở", "trên trực tiếp")):
                out.extend(words[i:i + 3])  # `đảng ủy cấp trên cơ sở`: a Party level, not `trên cơ sở` (on the basis)
                i += 3
                continue
            if prev in ("ban", "tổ") and rest.startswith(("soạn thảo", "biên tập", "giúp việc", "quản lý", "chỉ đạo",
                                                          "chỉ huy", "điều hành")):
                out.extend(words[i:i + 2])  # `Ban soạn thảo`, `Tổ biên tập`: a body named by its work
                i += 2
                continue
            founded = re.match(r"^do (?:\S+ ){1,6}thành lập\b", rest)
            if founded and head_at(" ".join(out)) and not re.search(r"[,;.]", founded.group(0)):
                n = len(founded.group(0).split())
                out.extend(words[i:i + n])  # `Ban soạn thảo do UBTVQH thành lập`: which body
                i += n
                continue
            if prev in ("các", "những", "từng", "mọi") and head_at(" ".join(words[i - 1:])):
                out.append(word)  # `và các tổ chức thành viên`: a noun after the plural marker
                i += 1
                continue
            if compound_tail(prev, word):
                out.append(word)  # `Chương trình`, `Đào tạo`, `Ủy ban bầu cử`: a word's second syllable
                i += 1
                continue
            if rest.startswith("phối hợp") and " ".join(out[-2:]).lower() == "hội đồng":
                out.extend(words[i:i + 2])  # `Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh`: a name
                i += 2
                continue
            if _MEMBERS_OF.match(rest) and holds_post(" ".join(out)):
                out.append(word)  # `Các thành viên (khác) trong tiểu ban`: the body whose members are meant
                i += 1
                continue
            if rest.startswith("phụ trách ") and holds_post(" ".join(out)):
                # `Phó Chủ tịch UBND tỉnh phụ trách khối …`: which holder of the post; the field held may be
                # named by a verb used as a noun (`Chuyên viên phụ trách tổng hợp`)
                remit = next((f for f in _REMIT_FIELDS if rest[len("phụ trách "):].startswith(f + " ")), "")
                n = 2 + len(remit.split())
                out.extend(words[i:i + n])
                i += n
                continue
            if closed_by_locality(out, word, rest):
                break
            if word in ("trong", "thuộc") and i + 1 < len(words) and words[i + 1][:1].isupper() \
                    and head_at(" ".join(words[i + 1:])):
                out.append(word)  # `tổ chức đảng trong Đảng bộ huyện`: where the body sits
                i += 1
                continue
            n = qualifier(words, i, out)
            if n:
                out.extend(words[i:i + n])  # `UBND các huyện có điểm du lịch`: which ones, not a predicate
                i += n
                continue
            # `Sở Xây dựng`: `dựng` after a capitalised word is the name's, not the verb (`… phường dựng nhà bạt`)
            in_name = bare(word) == "dựng" and bool(out) and out[-1][:1].isupper()
            inner = verb_inside_name(words, i, out)
            if inner:
                out.extend(words[i:i + inner])  # `Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao …`
                i += inner
                continue
            shared = shared_object(words, i, out)
            if shared:
                out.extend(words[i:i + shared])  # `Cục Quản lý, giám sát bảo hiểm`: two acts, one object
                i += shared
                continue
            if starts_predicate(rest) and not in_name and not (prev in ("ban", "các ban")
                                                       and rest.startswith(("chỉ đạo", "xây dựng đảng"))):
                n = name_extension(words, i, out)
                if n:
                    out.extend(words[i:i + n])
                    i += n
                    continue
                inside = inside_head(words, i)
                if inside and not any(re.search(r"[,;:.()]", w) for w in words[i:i + inside]):
                    out.extend(words[i:i + inside])  # `Các chủ đầu tư …`: a head noun holding a verb (`đầu tư`)
                    i += inside
                    continue
                break
        if word.endswith((":", ".")):
            out.append(word.rstrip(":."))
            break
        out.append(word)
        i += 1
    return " ".join(out).strip(" ,;")
