"""Where an agency mention ends: the word walk that takes a body's name up to its predicate.

`take_phrase("Sở Y tế chủ trì, phối hợp ...")` → `Sở Y tế`. The walk knows names that hold verbs
used as nouns (`Ban chỉ đạo Quản lý tổ chức bộ máy ... tỉnh`, `Ban soạn thảo`), clauses that say
which bodies are meant (`các cơ quan được giao ...`, `các doanh nghiệp hoạt động trong lĩnh vực ...`)
and the predicate words that end a name (`agency_vocab.VERBS`); `starts_predicate` exposes that test.
"""
from __future__ import annotations

import re

from app.importers.extract.agency_vocab import HEADS, VERBS
from app.importers.extract.mention_heads import ESTABLISHMENT, PRIVATE_HEADS, head_at, holds_post, past_known_name
from app.importers.extract.mention_relative import MAIN_PREDICATE, assigned_clause, level_clause


def starts_predicate(low: str) -> bool:
    """Does lowercased `low` start with a word that opens a predicate?"""
    return _verb_at(low)


# `tổ chức thành viên (của Mặt trận)`: the Front's member organisations, a kind of body like `tổ chức chính trị`
_NP_KEEP = ("có liên quan", "tổ chức chính trị", "tổ chức đảng", "tổ chức hội", "tổ chức hành chính",
            "tổ chức thành viên", "tổ chức, ", "cùng cấp", "được giao phụ trách", "giao phụ trách",
            "phụ trách lĩnh vực", "cơ quan thường trực", "đặc biệt là", "nhất là", "đơn vị trực thuộc", "trực thuộc",
            "theo ngành dọc", "quản lý nhà nước", "tổ chức liên quan", "tổ chức có liên quan", "tổ chức hữu quan",
            "trong nước")  # `Vụ Thị trường trong nước`, `các doanh nghiệp trong nước`: which market, not where


_EVENT = re.compile(r"^tổ chức hội (?:nghị|thảo|thi|diễn)")  # `tổ chức hội nghị` is a predicate


def _verb_at(low: str) -> bool:
    for keep in _NP_KEEP:
        if low.startswith(keep) and not _EVENT.match(low):
            return False
    for verb in VERBS:
        if low.startswith(verb) and (len(low) == len(verb) or not low[len(verb)].isalpha()):
            return True
    return False


# heads of several words holding a predicate word (`chủ đầu tư`, `ban quản lý`): the walk must not stop inside
_HEADS_HOLDING_VERBS = tuple(h for h in HEADS
                             if any(_verb_at(" ".join(h.split()[j:])) for j in range(1, len(h.split()))))


# Words that close a body's name by its level (`Trường Chính trị tỉnh`, `Ủy ban nhân dân huyện`).
_LOCALITY = {"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn", "ương"}
# Bodies named after a field of work: their names hold verbs used as nouns
# (`Ban chỉ đạo Quản lý tổ chức bộ máy, biên chế tỉnh`, `Trường Cán bộ quản lý ... nông thôn II`).
_TOPIC_HEADS = ("ban chỉ đạo", "hội đồng", "trường", "học viện", "viện", "trung tâm", "tổ công tác", "quỹ",
                "ủy ban", "uỷ ban", "ban quản lý")
_NOMINAL = ("tổ chức", "quản lý", "xây dựng", "phát triển", "đào tạo", "bồi dưỡng", "đổi mới", "cải cách",
            "chuyển đổi", "kiểm tra", "giám sát", "bảo vệ", "hỗ trợ", "đầu tư", "ứng dụng", "giáo dục",
            "phòng", "chống", "thi đua", "khen thưởng", "tuyên truyền", "phổ biến", "giải quyết", "xử lý")
# the work a person is in charge of, named by a verb used as a noun (`phụ trách tổng hợp`, `phụ trách kiểm tra`)
_REMIT_FIELDS = (*_NOMINAL, "tổng hợp", "văn thư", "lưu trữ", "kế toán")
_ROMAN_NUM = re.compile(r"^[IVX]{1,4}$")
_LEVEL_WORDS = {"thị", "thành", "trung", "cấp", "khu", "thôn", "tổ", "ấp", "bản", "ủy", "uỷ"}


def _bare(word: str) -> str:
    return word.strip(",;.:()").lower()


_COUNCIL_NAME = re.compile(r"hội đồng phối hợp$")


def _name_extension(words: list[str], i: int, out: list[str]) -> int:
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
    if not rest.startswith(_NOMINAL):
        return 0
    for j in range(i, min(len(words), i + 14)):
        word = words[j]
        if j > i and re.search(r"[.;:()]", word):
            return 0
        tail = " ".join(words[j:]).lower()
        if j > i and _verb_at(tail) and not tail.startswith(_NOMINAL) and not word.startswith(("và", "các")) \
                and not compound_tail(words[j - 1], word):
            return 0
        compound = j + 1 < len(words) and _bare(words[j + 1]) in ("hội", "ủy", "uỷ")
        if (_bare(word) in _LOCALITY and word[:1].islower() and not compound) or _ROMAN_NUM.match(word.strip(",")):
            after = " ".join(words[j + 1:]).lower()
            if j + 1 == len(words) or word.endswith(",") or _verb_at(after):
                return j - i + 1
    return 0


def _closed_by_locality(out: list[str], word: str, rest: str) -> bool:
    """`Trường Chính trị tỉnh biên soạn ...`: a named body closed by its level, then lower case."""
    if len(out) < 2 or _bare(out[-1]) not in _LOCALITY or out[-1].endswith(",") or not word[:1].islower() \
            or not out[-1][:1].islower() or _bare(word) in _LOCALITY or _bare(word) in _LEVEL_WORDS:
        return False
    if _bare(out[-1]) == "xã" and _bare(word) == "hội":
        return False  # `chính trị - xã hội`: the word society, not a commune
    if not any(w[:1].isupper() for w in out[1:-1]):
        return False
    return not re.match(r"^(?:và|cùng|các|những|có liên quan|trực thuộc|cùng cấp|thuộc)\b", rest)


_GROUP_END = {"huyện", "xã", "phường", "thị", "trấn", "phố", "quận", "phương", "vị", "trường", "sở", "nghiệp"}
_HAS_OBJECT = ("trách nhiệm", "văn bản", "kế hoạch", "ý kiến", "báo cáo", "giải pháp", "biện pháp", "hình thức",
               "phương án", "chương trình", "liên quan", "thẩm quyền", "nhu cầu", "đề xuất", "kiến nghị")


def _qualifier(words: list[str], i: int, out: list[str]) -> int:
    """`có <noun phrase>` restricting a plural group (`các huyện ... có điểm du lịch cộng đồng chịu ...`):
    the words up to the real predicate, or 0."""
    if words[i] != "có" or not out or "các" not in (w.lower() for w in out) or _bare(out[-1]) not in _GROUP_END \
            or out[-1].endswith((",", ";")):
        return 0
    if " ".join(words[i + 1:i + 3]).lower().startswith(_HAS_OBJECT):
        return 0
    for j in range(i + 2, min(len(words), i + 12)):
        if re.search(r"[.;:()]", words[j - 1]):
            return 0
        if _verb_at(" ".join(words[j:]).lower()) and words[j] not in ("có", "của", "về", "tại", "trong", "theo"):
            return j - i
    return 0


def _field_of_group(words: list[str], i: int, out: list[str], rest: str) -> int:
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


def _shared_object(words: list[str], i: int, out: list[str]) -> int:
    """`Cục Quản lý, giám sát bảo hiểm chủ trì …`: a name whose field is two acts sharing one object, the first
    capitalised and left bare before the comma. The words of the second act and the object, up to the
    predicate, or 0 (`Sở Quản lý, …` never ends on a bare act: `Sở Y tế, kiểm tra …` is the duty)."""
    if len(out) < 3 or not out[-1].endswith(",") or not out[-2][:1].isupper() \
            or " ".join(out[-2:]).rstrip(",").lower() not in _NOMINAL:
        return 0
    rest = " ".join(words[i:]).lower()
    act = next((v for v in _NOMINAL if rest.startswith(v + " ")), None)
    if act is None:
        return 0
    for j in range(i + len(act.split()) + 1, min(len(words), i + 8)):
        if re.search(r"[.;:,()]", words[j - 1]):
            return 0
        if _verb_at(" ".join(words[j:]).lower()):
            return j - i
    return 0


# `trong <a body by kind>` after persons named by post: whose members they are
_MEMBERS_OF = re.compile(r"^trong (?:các |những )?(?:tiểu ban|ban|tổ|đoàn|hội đồng|ủy ban|uỷ ban|cơ quan|đơn vị|"
                         r"chi bộ|đảng ủy|đảng uỷ|ban chỉ đạo)\b")


def _inside_head(words: list[str], i: int) -> int:
    """How many words from `i` finish a head noun begun just before it (`chủ` + `đầu tư`), or 0: a head
    of several words is one noun even when a later word of it is a predicate word by itself."""
    for k in (1, 2):
        if i - k < 0:
            break
        first = words[i - k].lower()
        for head in _HEADS_HOLDING_VERBS:
            n = len(head.split())
            if n > k and head.startswith(first + " ") and _bare(" ".join(words[i - k:i - k + n])) == head:
                return n - k
    return 0


def prev_is(out: list[str], phrases: tuple[str, ...]) -> bool:
    """Do the words taken so far end a phrase that is exactly one of `phrases` (lowercase)?"""
    taken = " ".join(out).lower().strip(" ,")
    return any(taken == p or taken.endswith(", " + p) or taken.endswith(" và " + p) for p in phrases)


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
    firsts = _COMPOUND_TAILS.get(_bare(word), ())
    return bool(firsts) and _bare(prev).endswith(firsts)


# Verbs used as nouns inside a body's proper name (`Khu Nông nghiệp ứng dụng Công nghệ cao`,
# `Trung tâm Xúc tiến đầu tư`): a named body's name goes on when a capitalised word follows them.
_NAME_VERBS = ("ứng dụng", "phát triển", "nghiên cứu", "đào tạo", "bồi dưỡng", "xúc tiến", "hỗ trợ",
               "chuyển giao", "đổi mới", "bảo tồn", "giáo dục", "quản lý", "đầu tư", "sáng tạo")
# Capitalised words that open what a body acts on, not its name
_DOCUMENT_WORDS = ("kế hoạch", "quyết định", "chương trình", "đề án", "nghị quyết", "nghị định", "luật",
                   "báo cáo", "chỉ thị", "hướng dẫn", "thông tư", "công văn", "dự án", "hội nghị", "lễ")


def _verb_inside_name(words: list[str], i: int, out: list[str]) -> int:
    """How many words from `i` are a verb inside a named body's name, or 0.

    `Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên`: the body's name is its kind and
    capitalised words, and the verb sits between two of them; a predicate is followed by its object,
    which is lower case, another body (`hướng dẫn Trung tâm Y tế`) or a document (`ban hành Kế hoạch`)."""
    if len(out) < 2 or not any(w[:1].isupper() for w in out[1:]) or out[-1].endswith((",", ";")):
        return 0
    taken = " ".join(out).lower()
    if not (taken.startswith(_TOPIC_HEADS) or re.search(r"\bkhu [a-zđà-ỹ]", taken)) or _bare(out[-1]) in _LOCALITY:
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
            keep = next((k for k in _NP_KEEP if rest.startswith(k) and not _EVENT.match(rest)), None)
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
            field = _field_of_group(words, i, out, rest)
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
            if _closed_by_locality(out, word, rest):
                break
            if word in ("trong", "thuộc") and i + 1 < len(words) and words[i + 1][:1].isupper() \
                    and head_at(" ".join(words[i + 1:])):
                out.append(word)  # `tổ chức đảng trong Đảng bộ huyện`: where the body sits
                i += 1
                continue
            n = _qualifier(words, i, out)
            if n:
                out.extend(words[i:i + n])  # `UBND các huyện có điểm du lịch`: which ones, not a predicate
                i += n
                continue
            # `Sở Xây dựng`: `dựng` after a capitalised word is the name's, not the verb (`… phường dựng nhà bạt`)
            in_name = _bare(word) == "dựng" and bool(out) and out[-1][:1].isupper()
            inner = _verb_inside_name(words, i, out)
            if inner:
                out.extend(words[i:i + inner])  # `Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao …`
                i += inner
                continue
            shared = _shared_object(words, i, out)
            if shared:
                out.extend(words[i:i + shared])  # `Cục Quản lý, giám sát bảo hiểm`: two acts, one object
                i += shared
                continue
            if _verb_at(rest) and not in_name and not (prev in ("ban", "các ban")
                                                       and rest.startswith(("chỉ đạo", "xây dựng đảng"))):
                n = _name_extension(words, i, out)
                if n:
                    out.extend(words[i:i + n])
                    i += n
                    continue
                inside = _inside_head(words, i)
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
