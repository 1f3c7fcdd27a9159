"""Splitting a printed list of agencies into mentions.

Mentions are kept as printed (first letter capitalised). A list is split by kind of body
(`Các sở, ban, ngành` | `đơn vị sự nghiệp ...` | `UBND cấp huyện`); peers sharing one modifier
(`Cấp ủy, tổ chức đảng cùng cấp`, `UBND các quận, huyện, thị xã`) stay one mention, and
`các cơ quan, đơn vị có liên quan` becomes the one generic mention. Where the list itself ends
in a sentence is `mention_phrase`'s job.
"""
from __future__ import annotations

import re

from app.domain.body_kinds import ADMIN_UNIT
from app.importers.extract.agency_vocab import HEADS
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_phrase import starts_predicate
from app.importers.extract.textutil import cap_first

# Heads that always start a new mention in a list (a different kind of body).
STRONG = ("đơn vị sự nghiệp", "ubnd", "ủy ban", "uỷ ban", "ub ", "chủ tịch", "đảng đoàn", "ban cán sự",
          "hđnd", "hội đồng", "văn phòng", "công an", "đảng ủy", "đảng uỷ", "mặt trận", "thường trực",
          "bí thư", "phó chủ tịch", "trung tâm", "thanh tra", "đơn vị trực thuộc", "hiệu trưởng")
ROLE = ("các đồng chí", "đồng chí", "đ/c")
_PEER = re.compile(
    r"^(?:các )?(?:ban|ngành|sở|huyện|quận|thị xã|thị ủy|huyện ủy|quận ủy|xã|phường|thị trấn|đặc khu|"
    r"cấp \w+|địa phương|đoàn thể|báo chí|thành ủy|tỉnh ủy|cơ quan tương đương\b.*|đơn vị|thành phố|tỉnh|"
    r"tổ chức hội)(?: (?:cấp )?(?:tỉnh|thành phố|huyện|quận|trung ương))?$"
)
_BARE = re.compile(
    r"^(?:các )?(?:cơ quan|cấp ủy|cấp uỷ|đảng ủy|đảng uỷ|tổ chức đảng|tổ chức|giám đốc|"
    r"cơ quan truyền thông|ban|sở|ngành|chi|chi bộ|tập đoàn|hội)$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:và |cùng )?(?:các |những )?(?:cơ quan|đơn vị|tổ chức)(?:,? (?:cơ quan|đơn vị|tổ chức|địa phương))*"
    r"(?: khác)?(?: có)? liên quan(?: khác)?(?: của [^,;]*)?$",
    re.IGNORECASE,
)
GENERIC_MENTION = "Cơ quan, đơn vị có liên quan"
_GENERIC_TAIL = re.compile(
    r"(?:^|,\s*|\s+và\s+|\s+cùng\s+|;\s*)(?:các |những )?(?:cơ quan|đơn vị|tổ chức)"
    r"(?:,?\s*(?:và )?(?:các )?(?:cơ quan|đơn vị|tổ chức|địa phương))*"
    r"(?: khác)?(?: có)? liên quan(?: khác)?(?: của [^,;]*?(?=,|;|$))?"
    # `các đơn vị có liên quan thuộc Bộ TN&MT`: the bodies of one named body, a group of its own as printed
    r"(?!\s+thuộc\s)",
    re.IGNORECASE,
)
# generic kinds of body listed bare (`cơ quan, tổ chức`): a qualifier after the last one is theirs too
_KIND_LIST = re.compile(r"^(?:các |những )?(?:cơ quan|tổ chức|đơn vị)(?:, (?:cơ quan|tổ chức|đơn vị))*$",
                        re.IGNORECASE)
_PEER_WORD = re.compile(r"^(?:các )?(?:bộ|sở|ban|ngành|quận|huyện|thị xã|thành phố|xã|phường|thị trấn|đặc khu|cấp \w+|"
                        r"đoàn thể|địa phương|thị ủy|huyện ủy|quận ủy|đơn vị)\b(?! cán sự| chỉ đạo| thường vụ)")


def _strong(seg: str) -> bool:
    low = seg.lower()
    low = re.sub(r"^(?:các |những )", "", low)
    if low.startswith(STRONG):
        return True
    # A capitalised name after sở/ban/bộ/cục ("Sở Nội vụ", "Ban Tổ chức") is a specific body.
    return bool(re.match(r"^(?i:sở|ban|bộ|cục|viện|trường|báo|đài|hội|đoàn) [A-ZĐÀ-Ỹ]",
                         re.sub(r"^(?:các |những )", "", seg)))


# the Party committee of one level (`Tỉnh ủy`, `Thành ủy`, `Huyện ủy`)
_LEVEL_COMMITTEE = re.compile(r"(?:^|\s)(?:tỉnh|thành|huyện|quận|thị) ủy$")


def _other_level(mention: str, low: str) -> bool:
    """`Ban Thường vụ Tỉnh ủy, Thành ủy`: a committee of another level, printed bare with its capital after a body
    of a level's committee (its standing board, its office), is the same body of that committee — the head is
    shared, as in `Ủy ban nhân dân các tỉnh, thành phố`; a committee named alone carries no head to share."""
    before = mention.lower()
    return bool(_LEVEL_COMMITTEE.fullmatch(low) and _LEVEL_COMMITTEE.search(before)
                and len(before.split()) > 2)


def _named(seg: str) -> bool:
    """A specific body named after its kind (`Bộ Tài chính`, `Sở Nội vụ`)."""
    return bool(re.match(r"^(?i:sở|ban|bộ|cục|viện|trường|báo|đài|hội|đoàn) [A-ZĐÀ-Ỹ]", seg))


# an acronym naming a body: `VTV`, `TTXVN`, `MTTQ`
ACRONYM = re.compile(r"[A-ZĐ]{2,6}")


def clean_mention(text: str) -> str:
    text = text.strip(" ,;:.-–")
    text = re.sub(r"\s*\([^()]*\)|\s*\[\d{1,2}\]", "", text)  # brackets, a footnote mark `[3]`
    text = re.sub(r"^(?:giao(?: cho)?|yêu cầu|đề nghị)\s+", "", text, flags=re.IGNORECASE)
    # ANNOTATION: `Các đồng chí` is dropped; a single `Đồng chí <post>` and `Các đ/c` are kept as printed
    text = re.sub(r"^các đồng chí\s+", "", text, flags=re.IGNORECASE)
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
_BARE_LEVELS = re.compile(rf"^(?:các )?{ADMIN_UNIT}(?:,? {ADMIN_UNIT})*$")


# `các chi hội`, `những tổ chức thành viên`: a plural group of bodies, named by kind in lowercase
_PLURAL_GROUP = re.compile(r"^(?:các|những) [a-zđà-ỹ]")


def _kind_after_named(cur: str, piece: str) -> bool:
    """`Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở`, `Sở Y tế và trung tâm y tế các xã`: a kind of
    body in lowercase after `và` and a body named with capitals is a second body; a level or peer word there
    (`UBND tỉnh và huyện`, `các sở và ngành`) shares the first one's head."""
    return bool(head_at(cur)) and _named_body(cur) and piece[:1].islower() and not _PEER_WORD.match(piece) \
        and not _BARE_LEVELS.match(piece)


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
                if _PLURAL_GROUP.match(piece) and head_at(cur) and not _GENERIC.match(piece):
                    parts.append(cur)  # `Trưởng thôn và các chi hội`: a body, then a plural group of another kind
                    cur = "và " + piece
                    continue
                if head_at(piece) and (piece.lower().startswith(("các ", "những ")) or _strong(piece)
                                       or (piece[:1].isupper() and head_at(cur))
                                       or _kind_after_named(cur, piece)
                                       or _GENERIC.match(piece) or head_at(piece) in ("cơ quan", "đơn vị")):
                    parts.append(cur)
                    # `X và cơ quan thường trực các cấp`: after `và` a second body, never an apposition of X
                    cur = "và " + piece if _APPOSITION.match(piece) else piece
                else:
                    cur = f"{cur} và {piece}"
            parts.append(cur)
        parts.append(";")
    return [p for p in parts if p.strip()]


_APPOSITION = re.compile(r"^(?:là )?cơ quan (?:thường trực|đầu mối|chuyên môn|tham mưu)\b")


# the kind `Bộ` capitalised (`các Bộ, cơ quan ngang Bộ`) names no ministry: no name follows it, the list
# goes on or ends (`Bộ Tài chính`, `Bộ trưởng` are a body and a post)
_CAPITALISED_KIND = re.compile(r"\bBộ(?=$|\s*[,;]|\s+và\b)")


def _kind_case(text: str) -> str:
    """`các Bộ, cơ quan ngang Bộ` read as `các bộ, cơ quan ngang bộ`: Government texts capitalise the kind
    `Bộ` out of respect; only a name after it makes it one ministry."""
    return _CAPITALISED_KIND.sub(lambda m: m.group(0).lower(), text)


def _collective(mention: str) -> bool:
    """`Các sở, ban, ngành`, `các cơ quan thuộc tỉnh`: a plural of kinds of bodies, no body named."""
    words = _kind_case(mention).split()
    return len(words) >= 2 and words[0].lower() in ("các", "những") and not any(w[:1].isupper() for w in words[1:])


# `Thủ trưởng cơ quan ngang bộ`, `Thủ trưởng các cơ quan`, `Thủ trưởng các sở, ban, ngành`: the heads of a kind
# of body, no body named (the kinds listed after it, `…, đơn vị trực thuộc tỉnh`, are more bodies they head)
_HEAD_OF_KIND = re.compile(r"^(?:Bộ trưởng, )?(?:Thủ trưởng|Người đứng đầu|Lãnh đạo) (?:các )?(?:cơ quan|đơn vị|sở|ban)"
                           r"(?:,? [a-zđà-ỹ]+)*$")
# `cơ quan thuộc Chính phủ`, `đơn vị trực thuộc Bộ`: a kind of body defined by whom it belongs to
_KIND_UNDER = re.compile(r"^(?:cơ quan|đơn vị|tổ chức)(?: [a-zđà-ỹ]+)*? (?:thuộc|trực thuộc) "
                         r"[A-ZĐÀ-Ỹ]\w*(?: \w+){0,3}$")


def _kind_of_body(seg: str) -> bool:
    """A lowercase kind of body with no body named (`cơ quan ngang bộ`, `cơ quan thuộc Chính phủ`)."""
    return _collective("các " + seg) or bool(_KIND_UNDER.match(_kind_case(seg)))


# kinds of bodies in one plural list closed by `đơn vị/địa phương/cơ quan (có) liên quan`, no second `các`
# and no `và` (`Các bộ, ngành, địa phương có liên quan`, `các Bộ, ngành, cơ quan liên quan`): a single group
_KINDS_THEN_RELATED = re.compile(r"(?:^|(?<=[,;] )|(?<= và ))(?:Các|các|Những|những) "
                                 r"(?:(?:sở|ban|ngành|bộ|đoàn thể)(?: \w+)?, "
                                 r"(?:(?:sở|ban|ngành|bộ|đoàn thể|cơ quan)(?: \w+)?, )*(?:đơn vị|địa phương|cơ quan)"
                                 r"|đơn vị, địa phương)"
                                 r"(?: có)? liên quan(?=$|\s*[,;.])", re.IGNORECASE)


# a Party committee named by the bodies it leads, with no level of its own (`Đảng ủy Mặt trận Tổ quốc`), and the
# other bodies it leads closing the name with the level (`…, các đoàn thể tỉnh`): the committee of them all
_PARTY_OF_BODIES = re.compile(r"^(?:Đảng ủy|Đảng uỷ|Đảng bộ) [A-ZĐÀ-Ỹ](?!.*\b(?:tỉnh|thành phố|huyện|quận|xã|phường|"
                              r"trung ương)$)", re.IGNORECASE)
_BODIES_OF_LEVEL = re.compile(r"^các (?!đảng)[a-zđà-ỹ]+(?: [a-zđà-ỹ]+)*? (?:tỉnh|thành phố|huyện|quận|xã|phường|"
                              r"[Tt]rung ương)$")
# a unit named with its place (`Huyện Quỳ Hợp`, `thị xã Thái Hòa`): one body each, not peers sharing a modifier
_PLACE = re.compile(rf"^{ADMIN_UNIT} [A-ZĐÀ-Ỹ0-9]", re.IGNORECASE)


# the press named by kind in lowercase (`báo, đài`), no paper named
_PRESS = re.compile(r"^(?:các )?(?:báo|đài|báo chí|đài phát thanh|đài truyền thanh)$")


def _same_kind_again(mention: str, seg: str) -> bool:
    """`Các doanh nghiệp viễn thông, doanh nghiệp bưu chính`: the kind of a group printed again with a qualifier of
    its own after a comma is a second group (telecoms firms, postal firms); kinds that share one qualifier are
    listed bare (`cơ quan, tổ chức, đơn vị có liên quan`) and a list of different kinds stays one group (`các bộ,
    cơ quan ngang bộ`)."""
    if "," in mention:
        return False
    first = re.sub(r"^(?:các|những) ", "", mention, flags=re.IGNORECASE)
    head = head_at(first)
    return head is not None and head == head_at(seg) and len(first) > len(head) and len(seg) > len(head)


def _named_body(mention: str) -> bool:
    """`Cổng Thông tin điện tử tỉnh`: one body named with capitals; a name holding a plural (`Đảng ủy Khối các cơ
    quan`) names a bloc of kinds, which `và` may go on listing (`… và doanh nghiệp tỉnh`)."""
    words = mention.split()
    return len(words) >= 2 and any(w[:1].isupper() for w in words[1:]) \
        and not any(w.lower() in ("các", "những") for w in words[1:])


def _central_body(seg: str) -> bool:
    """`Trung ương Hội Cựu chiến binh Việt Nam`, `Trung ương Đoàn TNCS Hồ Chí Minh`: an organisation's central
    body, named by `Trung ương` (capitalised) before the body's own name — a body of its own in a list, not a
    qualifier of the one before (`các cơ quan trung ương` is one)."""
    return seg.startswith("Trung ương ") and head_at(seg[len("Trung ương "):]) is not None


# `các Bộ: Xây dựng, Quốc phòng`: one kind of body, then the names of those of that kind
_KIND_THEN_NAMES = re.compile(r"^(?:[Cc]ác|[Nn]hững)\s+(Bộ|Sở|Ban|Cục|Vụ|Tổng cục)\s*:\s*(?=[A-ZĐÀ-Ỹ])")


def names_of_kind(text: str) -> str:
    """`Các Bộ: NN&MT, Xây dựng, Y tế, các địa phương` → `Bộ NN&MT, Bộ Xây dựng, Bộ Y tế, các địa phương`: the kind
    said once before a colon names each body listed after it (the Government's way of listing ministries); the
    list of names ends at the first part in lower case."""
    m = _KIND_THEN_NAMES.match(text)
    if not m:
        return text
    parts = [p.strip() for p in text[m.end():].split(",")]
    named = 0
    while named < len(parts) and parts[named][:1].isupper():
        named += 1
    return ", ".join([f"{m.group(1)} {p}" for p in parts[:named]] + parts[named:])


def split_mentions(text: str) -> list[str]:
    """Split a printed agency list into mentions."""
    mentions: list[str] = []
    has_generic = False
    text = names_of_kind(re.sub(r"\s*\([^()]*\)", "", text).strip())
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
        if mentions and after_semicolon and s[:1].islower() and not head_at(s) and starts_predicate(low):
            # `…, các đơn vị có liên quan tham mưu hoạt động …` (the generic group cut out before it): the
            # list ended, its predicate follows
            break
        if not mentions or after_semicolon or (seg.startswith("và ") and _PLURAL_GROUP.match(s)):
            mentions.append(s)
        elif _GENERIC.match(s) or _GENERIC.match(mentions[-1] + ", " + s):
            if _GENERIC.match(mentions[-1] + ", " + s) and not _GENERIC.match(s):
                mentions[-1] = mentions[-1] + ", " + s
            else:
                mentions.append(s)
        elif ACRONYM.fullmatch(s) and (len(s) >= 3 or ACRONYM.fullmatch(mentions[-1])):
            mentions.append(s)  # `..., VTV, VOV, TTXVN`: each acronym names a body
        elif s[:1].islower() and _named(mentions[-1]) and low.split(" ", 1)[0] == mentions[-1].split(" ", 1)[0].lower():
            mentions.append(s)  # `Bộ Tài chính, bộ, ngành liên quan`: a named body, then the group of its kind
        elif _PEER.match(low) and not low.startswith("các ") and (s[:1].islower() or _other_level(mentions[-1], low)):
            mentions[-1] += ", " + s
        elif _PARTY_OF_BODIES.match(mentions[-1]) and _BODIES_OF_LEVEL.match(s):
            mentions[-1] += ", " + s  # `Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh`: one committee of several bodies
        elif _PLACE.match(s) and _PLACE.match(mentions[-1]):
            mentions.append(s)  # `Huyện Quỳ Hợp, thị xã Thái Hòa`: two places, each named
        elif _PEER_WORD.match(low) and _PEER_WORD.match(last_seg.lower()) and not low.startswith("các ") \
                and not _strong(s) and s[:1].islower():
            mentions[-1] += ", " + s
        elif _KIND_LIST.match(mentions[-1].strip()) and re.match(r"(?:cơ quan|tổ chức|đơn vị)\b", s):
            mentions[-1] += ", " + s  # `cơ quan, tổ chức, đơn vị giới thiệu người ứng cử`: its words qualify all
        elif _BARE.match(mentions[-1].strip()) and not low.startswith(("các ", "những ")) and not _strong(s):
            mentions[-1] += ", " + s
        elif low.startswith("thủ trưởng") and re.match(r"^(?:các )?(?:giám đốc|bộ trưởng$)", mentions[-1].lower()):
            mentions[-1] += ", " + s  # `Bộ trưởng, Thủ trưởng cơ quan ngang bộ`: the heads of every body of a level
        elif s[:1].islower() and (_collective(mentions[-1]) or _HEAD_OF_KIND.match(_kind_case(mentions[-1]))) \
                and _kind_of_body(s) and not _strong(s) and not low.startswith(("các ", "những ")) \
                and not _same_kind_again(mentions[-1], s):
            # `Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ`, `Thủ trưởng cơ quan ngang bộ, cơ quan
            # thuộc Chính phủ`: one collective list of kinds of bodies
            mentions[-1] += ", " + s
        elif _APPOSITION.match(s) and not seg.startswith("và "):
            continue  # `Sở Nội vụ, cơ quan thường trực của Hội đồng ...`: what the body is, not another body
        elif _PRESS.match(low) and s[:1].islower():
            # `…, báo, đài`: the press, a group of its own after the bodies listed before it
            if _PRESS.match(last_seg.lower()) and not after_semicolon:
                mentions[-1] += ", " + s
            else:
                mentions.append(s)
        elif not head_at(s) and not _central_body(s):
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
        if c and c not in out and not _lone_kind(c):
            out.append(c)
    return out


def _lone_kind(mention: str) -> bool:
    """`Ban`, `Sở`, `Bộ` alone: a kind of body with its name cut off (by a line break, a table cell, a short form a
    document uses for a body it named before) names no body a task can be filed under — every name is accepted
    here, so a one-word kind is stopped here. An acronym (`UBND`, `VTV`, `SNV`) is a name of its own."""
    return " " not in mention and not mention.isupper() and mention.lower() in HEADS
