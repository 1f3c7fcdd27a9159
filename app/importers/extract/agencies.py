"""Agency mentions: where an agency noun phrase starts and ends, and how a list splits.

Mentions are kept as printed (first letter capitalised). A list is split by kind of body
(`Các sở, ban, ngành` | `đơn vị sự nghiệp ...` | `UBND cấp huyện`); peers sharing one modifier
(`Cấp ủy, tổ chức đảng cùng cấp`, `UBND các quận, huyện, thị xã`) stay one mention.
"""
from __future__ import annotations

import re
from contextvars import ContextVar

from app.importers.extract.agency_vocab import HEADS, VERBS  # noqa: F401 (re-exported)
from app.importers.extract.textutil import cap_first

# Heads that always start a new mention in a list (a different kind of body).
STRONG = ("đơn vị sự nghiệp", "ubnd", "ủy ban", "uỷ ban", "ub ", "chủ tịch", "đảng đoàn", "ban cán sự",
          "hđnd", "hội đồng", "văn phòng", "công an", "đảng ủy", "đảng uỷ", "mặt trận", "thường trực",
          "bí thư", "phó chủ tịch", "trung tâm", "thanh tra", "đơn vị trực thuộc", "hiệu trưởng")
ROLE = ("các đồng chí", "đồng chí", "đ/c")
_PEER = re.compile(
    r"^(?:các )?(?:ban|ngành|sở|huyện|quận|thị xã|thị ủy|huyện ủy|quận ủy|xã|phường|thị trấn|"
    r"cấp \w+|địa phương|đoàn thể|báo chí|thành ủy|tỉnh ủy|cơ quan tương đương\b.*|đơn vị|thành phố|tỉnh|"
    r"tổ chức hội)(?: (?:cấp )?(?:tỉnh|thành phố|huyện|quận|trung ương))?$"
)
_BARE = re.compile(
    r"^(?:các )?(?:cơ quan|cấp ủy|cấp uỷ|đảng ủy|đảng uỷ|tổ chức đảng|tổ chức|giám đốc|"
    r"cơ quan truyền thông|ban|sở|ngành|chi|chi bộ)$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:và |cùng )?(?:các |những )?(?:cơ quan|đơn vị)(?:,? (?:cơ quan|đơn vị|tổ chức|địa phương))*"
    r"(?: có)? liên quan(?: khác)?(?: của [^,;]*)?$",
    re.IGNORECASE,
)
GENERIC_MENTION = "Cơ quan, đơn vị có liên quan"
_GENERIC_TAIL = re.compile(
    r"(?:^|,\s*|\s+và\s+|\s+cùng\s+|;\s*)(?:các |những )?(?:cơ quan|đơn vị)"
    r"(?:,?\s*(?:và )?(?:các )?(?:cơ quan|đơn vị|tổ chức|địa phương))*"
    r"(?: có)? liên quan(?: khác)?(?: của [^,;]*?(?=,|;|$))?",
    re.IGNORECASE,
)
_PEER_WORD = re.compile(r"^(?:các )?(?:bộ|sở|ban|ngành|quận|huyện|thị xã|thành phố|xã|phường|thị trấn|cấp \w+|"
                        r"đoàn thể|địa phương|thị ủy|huyện ủy|quận ủy|đơn vị)\b(?! cán sự| chỉ đạo| thường vụ)")


_NOT_HEAD = (r"(?:(?:tổ chức )?hội (?:chợ|nghị|thảo|thi|diễn|nhập)|ban hành|báo cáo|đoàn kết|trường hợp|cục bộ|bộ máy|"
             r"bộ phận|bộ tiêu chí|bộ thủ tục|lãnh đạo,|lãnh đạo (?:chỉ đạo|và chỉ đạo|thực hiện|triển khai|tổ chức)|"
             r"hội đồng (?:thi|tuyển|xét|thẩm định|kỷ luật|khen thưởng)|đơn vị hành chính|đài thọ|"
             r"cơ quan chức năng chưa|"
             r"ngành,? lĩnh vực|báo chí|thanh tra công vụ|thanh tra,|"
             r"địa phương,? đơn vị,? (?:và )?(?:cá nhân|tổ chức))")


# `cơ sở` (an establishment) only of a kind that acts: trains, treats, produces, trades
_ESTABLISHMENT = r"^ (?:đào tạo|giáo dục|y tế|khám|sản xuất|kinh doanh|chế biến|nuôi|dịch vụ|bán|lưu trú|cai nghiện)"


# Organisations outside the state apparatus: a plan encourages them or states what they do, and a
# heading that names them without a plural (`9. Doanh nghiệp số`) is a topic, not an addressee.
PRIVATE_HEADS = ("doanh nghiệp", "cơ sở", "chủ cơ sở", "nhà đầu tư", "tổ hợp tác")


def private_body(text: str) -> bool:
    """Does `text` open with a business or establishment (`Các doanh nghiệp viễn thông ...`)?"""
    return head_at(text) in PRIVATE_HEADS


# Heads that name one body only with a proper name after them (`Trường Chính trị`, not `trường học`).
_NAMED_HEADS = {
    "quỹ", "hợp tác xã", "phòng", "trường", "viện", "báo", "đài", "hội", "đoàn", "cục", "trung tâm", "học viện",
    "bệnh viện", "công ty", "tổng công ty", "chi nhánh", "ngân hàng", "kho bạc", "tạp chí", "nhà xuất bản",
}


def _after(text: str, n: int, low: str) -> str:
    """The original-case remainder after the head (to see a capitalised name)."""
    start = len(text) - len(low)
    return text[start + n:start + n + 8]


# Abbreviations a document defines for its agencies (`Sở Nội vụ (SNV)`), set per document.
ABBREVIATIONS: ContextVar[frozenset[str]] = ContextVar("agency_abbreviations", default=frozenset())
_ABBR_DEF = re.compile(r"\(([A-ZĐ][A-ZĐ&\-]{1,9})\)")


def abbreviations_in(text: str) -> frozenset[str]:
    """Abbreviations printed in parentheses right after an agency name (`Sở Nội vụ (SNV)`)."""
    found = set()
    for m in _ABBR_DEF.finditer(text):
        before = text[max(0, m.start() - 80):m.start()].rstrip()
        words = before.split()
        suffixes = (" ".join(words[i:]) for i in range(max(0, len(words) - 10), len(words)))
        if any(head_at(x) and take_phrase(x) == x.strip(" ,;") for x in suffixes):  # the name, then `(ABBR)`
            found.add(m.group(1))
    return frozenset(found)


def head_at(text: str) -> str | None:
    """The agency head that `text` starts with (after `các`, role words), or None."""
    first = text.split(" ", 1)[0].rstrip(",;:.")
    if first and first in ABBREVIATIONS.get():
        return first.lower()
    low = text.lower()
    for prefix in ("các đồng chí ", "đồng chí ", "đ/c ", "các ", "những ", "từng "):
        if low.startswith(prefix):
            low = low[len(prefix):]
            break
    for head in HEADS:
        if low.startswith(head) and (len(low) == len(head) or not low[len(head)].isalpha()):
            if re.match(_NOT_HEAD, low):
                return None
            if head in _NAMED_HEADS and not low.startswith(("các ", "những ")) and text.lstrip()[:4].lower() != "các " \
                    and not re.match(r"^(?: và)? [A-ZĐÀ-Ỹ0-9]", _after(text, len(head), low)):
                return None
            if head == "tổ" and re.match(r"tổ (?:chức|quốc|hợp|tiên)\b", low):
                return None  # `Tổ chức tập huấn ...` is a verb; `Tổ giúp việc`, `Tổ tiếp công dân` are bodies
            if head == "cơ sở" and not low.startswith(("các ", "những ")) and text.lstrip()[:4].lower() not in (
                    "các ", "nhữn") and not re.match(_ESTABLISHMENT, low[len(head):]):
                return None  # `cơ sở dữ liệu`, `cơ sở vật chất`: a thing; `các cơ sở sản xuất`: establishments
            if head == "vụ" and not re.match(r"^(?:,| [A-ZĐÀ-Ỹ])", _after(text, len(head), low)):
                return None
            if head == "bộ" and not re.match(r"^(?:,| ngành| [A-ZĐÀ-Ỹ]|$| và)", _after(text, len(head), low)):
                return None
            if head in ("quận", "huyện", "tỉnh", "thành phố", "xã", "phường", "thị xã") and not low.startswith(
                    (head + ",", head + " ủy", head + " uỷ")) and low != head:
                return None
            return head
    return None


def _strong(seg: str) -> bool:
    low = seg.lower()
    low = re.sub(r"^(?:các |những )", "", low)
    if low.startswith(STRONG):
        return True
    # A capitalised name after sở/ban/bộ/cục ("Sở Nội vụ", "Ban Tổ chức") is a specific body.
    return bool(re.match(r"^(?i:sở|ban|bộ|cục|viện|trường|báo|đài|hội|đoàn) [A-ZĐÀ-Ỹ]",
                         re.sub(r"^(?:các |những )", "", seg)))


def clean_mention(text: str) -> str:
    text = text.strip(" ,;:.-–")
    text = re.sub(r"\s*\([^()]*\)|\s*\[\d{1,2}\]", "", text)  # brackets, a footnote mark `[3]`
    text = re.sub(r"^(?:giao(?: cho)?|yêu cầu|đề nghị)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:các đồng chí|đồng chí|đ/c)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+[-–]\s+(?:cơ quan|đơn vị|là)\b.*$", "", text)
    text = re.sub(r"\s+(?:thực hiện|có trách nhiệm|chịu trách nhiệm)$", "", text)
    text = text.strip(" ,;:.-–")
    if _GENERIC.match(text):
        return GENERIC_MENTION
    return cap_first(text)


_JOINT_OFFICE = re.compile(r"^(?:các |chánh )?văn phòng (?:đoàn|hđnd|ubnd|hội đồng|ủy ban|uỷ ban|đoàn đbqh)",
                           re.IGNORECASE)
_JOINT_OFFICE_OF = re.compile(r"^(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân)\b", re.IGNORECASE)


_COUNCIL_OF = re.compile(r"^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|chủ tịch ubnd|"
                         r"chủ tịch ủy ban nhân dân)\b", re.IGNORECASE)
_BARE_LEVELS = re.compile(r"^(?:các )?(?:quận|huyện|thị xã|xã|phường|thị trấn|tỉnh|thành phố)"
                          r"(?:,? (?:quận|huyện|thị xã|xã|phường|thị trấn|tỉnh|thành phố))*$")


def starts_predicate(low: str) -> bool:
    """Does lowercased `low` start with a word that opens a predicate?"""
    return _verb_at(low)


def _segments(text: str) -> list[str]:
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.sub(r",?\s+(?:đặc biệt là|nhất là|trong đó có)\s+", "; ", text)
    parts: list[str] = []
    for chunk in re.split(r"\s*;\s*", text):
        for seg in re.split(r"\s*,\s*", chunk):
            # split on `và` only when a new body follows
            pieces = re.split(r"\s+và\s+", seg)
            cur = pieces[0]
            for piece in pieces[1:]:
                if (_JOINT_OFFICE.match(cur) and _JOINT_OFFICE_OF.match(piece)) or (
                        _COUNCIL_OF.match(cur) and _BARE_LEVELS.match(piece)):
                    # `Văn phòng HĐND và UBND huyện`: one office of two bodies;
                    # `UBND thành phố Thủ Đức và các quận, huyện`: one council head shared by its peers
                    cur = f"{cur} và {piece}"  # `Văn phòng HĐND và UBND huyện`: one office of two bodies
                    continue
                if head_at(piece) and (piece.lower().startswith(("các ", "những ")) or _strong(piece)
                                       or (piece[:1].isupper() and head_at(cur))
                                       or _GENERIC.match(piece) or head_at(piece) in ("cơ quan", "đơn vị")):
                    parts.append(cur)
                    cur = piece
                else:
                    cur = f"{cur} và {piece}"
            parts.append(cur)
        parts.append(";")
    return [p for p in parts if p.strip()]


_APPOSITION = re.compile(r"^(?:là )?cơ quan (?:thường trực|đầu mối|chuyên môn|tham mưu)\b")


def _collective(mention: str) -> bool:
    """`Các sở, ban, ngành`, `các cơ quan thuộc tỉnh`: a plural of kinds of bodies, no body named."""
    words = mention.split()
    return len(words) >= 2 and words[0].lower() in ("các", "những") and not any(w[:1].isupper() for w in words[1:])


# kinds of bodies in one plural list closed by `đơn vị/địa phương (có) liên quan`, no second `các`
# and no `và` (`Các bộ, ngành, địa phương có liên quan`): a single group
_KINDS_THEN_RELATED = re.compile(r"(?:^|(?<=, )|(?<= và ))(?:Các|các|Những|những) "
                                 r"(?:(?:(?:sở|ban|ngành|bộ|đoàn thể)(?: \w+)?, )+(?:đơn vị|địa phương)"
                                 r"|đơn vị, địa phương)"
                                 r"(?: có)? liên quan(?=$|\s*[,;.])", re.IGNORECASE)


def split_mentions(text: str) -> list[str]:
    """Split a printed agency list into mentions."""
    mentions: list[str] = []
    has_generic = False
    text = re.sub(r"\s*\([^()]*\)", "", text)
    # `Các sở, ngành, đơn vị liên quan`: one list of kinds, one group — its `liên quan` is kept from
    # the generic mention below (a no-break space until the end)
    text = _KINDS_THEN_RELATED.sub(lambda m: m.group(0).replace(" liên quan", "\u00a0liên\u00a0quan"), text)
    if _GENERIC_TAIL.search(text):
        has_generic = True
        text = _GENERIC_TAIL.sub(";", text)
    after_semicolon = True
    last_seg = ""
    for seg in _segments(text):
        if seg == ";":
            after_semicolon = True
            continue
        s = re.sub(r"^(?:và|cùng)\s+", "", seg.strip())
        if not s:
            continue
        low = s.lower()
        if not mentions or after_semicolon:
            mentions.append(s)
        elif _GENERIC.match(s) or _GENERIC.match(mentions[-1] + ", " + s):
            if _GENERIC.match(mentions[-1] + ", " + s) and not _GENERIC.match(s):
                mentions[-1] = mentions[-1] + ", " + s
            else:
                mentions.append(s)
        elif _PEER.match(low) and not low.startswith("các ") and s[:1].islower():
            mentions[-1] += ", " + s
        elif _PEER_WORD.match(low) and _PEER_WORD.match(last_seg.lower()) and not low.startswith("các ") \
                and not _strong(s) and s[:1].islower():
            mentions[-1] += ", " + s
        elif _BARE.match(mentions[-1].strip()) and not low.startswith(("các ", "những ")) and not _strong(s):
            mentions[-1] += ", " + s
        elif low.startswith("thủ trưởng") and re.match(r"^(?:các )?giám đốc", mentions[-1].lower()):
            mentions[-1] += ", " + s
        elif s[:1].islower() and _collective(mentions[-1]) and _collective("các " + s) and not _strong(s) \
                and "ngang bộ" not in s and not low.startswith(("các ", "những ")):
            mentions[-1] += ", " + s  # `Các bộ, cơ quan, đơn vị, địa phương`: one collective list
        elif _APPOSITION.match(s):
            continue  # `Sở Nội vụ, cơ quan thường trực của Hội đồng ...`: what the body is, not another body
        elif not head_at(s):
            mentions[-1] += ", " + s
        else:
            mentions.append(s)
        after_semicolon = False
        last_seg = s
    if has_generic:
        mentions.append(GENERIC_MENTION)
    out: list[str] = []
    for m in mentions:
        c = clean_mention(m.replace("\u00a0", " "))
        if c and c not in out:
            out.append(c)
    return out


# ---------------------------------------------------------------- finding the end of a phrase

_NP_KEEP = ("có liên quan", "tổ chức chính trị", "tổ chức đảng", "tổ chức hội", "tổ chức hành chính",
            "tổ chức, ", "cùng cấp", "được giao phụ trách", "giao phụ trách", "phụ trách lĩnh vực",
            "cơ quan thường trực", "đặc biệt là", "nhất là", "đơn vị trực thuộc", "trực thuộc",
            "theo ngành dọc", "quản lý nhà nước")


_EVENT = re.compile(r"^tổ chức hội (?:nghị|thảo|thi|diễn)")  # `tổ chức hội nghị` is a predicate


def _verb_at(low: str) -> bool:
    for keep in _NP_KEEP:
        if low.startswith(keep) and not _EVENT.match(low):
            return False
    for verb in VERBS:
        if low.startswith(verb) and (len(low) == len(verb) or not low[len(verb)].isalpha()):
            return True
    return False


# Words that close a body's name by its level (`Trường Chính trị tỉnh`, `Ủy ban nhân dân huyện`).
_LOCALITY = {"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn", "ương"}
# Bodies named after a field of work: their names hold verbs used as nouns
# (`Ban chỉ đạo Quản lý tổ chức bộ máy, biên chế tỉnh`, `Trường Cán bộ quản lý ... nông thôn II`).
_TOPIC_HEADS = ("ban chỉ đạo", "hội đồng", "trường", "học viện", "viện", "trung tâm", "tổ công tác", "quỹ",
                "ủy ban", "uỷ ban", "ban quản lý")
_NOMINAL = ("tổ chức", "quản lý", "xây dựng", "phát triển", "đào tạo", "bồi dưỡng", "đổi mới", "cải cách",
            "chuyển đổi", "kiểm tra", "giám sát", "bảo vệ", "hỗ trợ", "đầu tư", "ứng dụng", "giáo dục",
            "phòng", "chống", "thi đua", "khen thưởng", "tuyên truyền", "phổ biến", "giải quyết", "xử lý")
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
        if j > i and _verb_at(tail) and not tail.startswith(_NOMINAL) and not word.startswith(("và", "các")):
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


# What a body told to act does first: the predicate after `Các cơ quan được giao ...`.
_MAIN_PREDICATE = ("có trách nhiệm", "chịu trách nhiệm", "khẩn trương", "chủ động", "căn cứ", "phải", "cần",
                   "tích cực", "nghiêm túc", "kịp thời", "trong phạm vi", "theo chức năng")


def _assigned_clause(words: list[str], i: int, out: list[str]) -> int:
    """`(các) cơ quan, đơn vị được giao/phân công <what>` before the main predicate: the passive clause
    says which bodies are meant, so it belongs to the mention. The number of words it spans, or 0."""
    if not re.match(r"^được (?:giao|phân công)\b", " ".join(words[i:i + 3]).lower()) or not out \
            or any(w[:1].isupper() for w in out[1:]) or head_at(" ".join(out)) not in ("cơ quan", "đơn vị", "sở",
                                                                                        "ngành", "ban"):
        return 0
    for j in range(i + 2, min(len(words), i + 30)):
        if re.search(r"[.;:]$", words[j - 1]):
            return 0
        if " ".join(words[j:j + 3]).lower().startswith(_MAIN_PREDICATE):
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
        if " ".join(words[j:j + 3]).lower().startswith((*_MAIN_PREDICATE, "chủ trì", "phối hợp")):
            return j - i
    return n


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
            if prev_is(out, ("cơ sở", "các cơ sở", "chủ cơ sở")) and re.match(_ESTABLISHMENT, " " + rest):
                n = 2 if rest.split(" ", 1)[0] not in ("khám", "bán") else 3
                out.extend(words[i:i + n])  # `các cơ sở giáo dục`, `cơ sở khám bệnh, chữa bệnh`: the kind
                i += n
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
            if [w.lower() for w in out] in (["cơ", "quan"], ["đơn", "vị"]) and re.match(
                    r"^(?:chủ trì|phối hợp) (?:" + "|".join(_MAIN_PREDICATE) + ")", rest):
                out.extend(words[i:i + 2])  # `Cơ quan phối hợp có trách nhiệm …`: the body in that role
                i += 2
                continue
            field = _field_of_group(words, i, out, rest)
            if field:
                out.extend(words[i:i + field])  # `Các doanh nghiệp hoạt động trong lĩnh vực …`: which ones
                i += field
                continue
            relative = _assigned_clause(words, i, out)
            if relative:
                out.extend(words[i:i + relative])  # `Các cơ quan được giao nhiệm vụ … khẩn trương …`: which bodies
                i += relative
                continue
            if prev in ("ban", "tổ") and rest.startswith(("soạn thảo", "biên tập", "giúp việc")):
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
            if (prev.endswith(("chương", "công", "quy", "lộ", "tiến", "hành", "giáo")) and word == "trình") or (
                    prev in ("đào", "sáng", "chế", "cấu", "kiến") and word.rstrip(",;:.") == "tạo"):
                out.append(word)  # `Chương trình`, `Đào tạo`: nouns, not the verbs `trình`, `tạo`
                i += 1
                continue
            if rest.startswith("phối hợp") and " ".join(out[-2:]).lower() == "hội đồng":
                out.extend(words[i:i + 2])  # `Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh`: a name
                i += 2
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
            if _verb_at(rest) and not (prev in ("ban", "các ban") and rest.startswith(("chỉ đạo", "xây dựng đảng"))):
                n = _name_extension(words, i, out)
                if n:
                    out.extend(words[i:i + n])
                    i += n
                    continue
                break
        if word.endswith((":", ".")):
            out.append(word.rstrip(":."))
            break
        out.append(word)
        i += 1
    return " ".join(out).strip(" ,;")
