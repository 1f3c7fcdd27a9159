"""The name of an issuing body as it is written in a sentence, from the capitals of a document's header.

A header prints the body in capitals, often on two lines: the parent body above, the issuing one below
(`ỦY BAN MTTQ VIỆT NAM` / `XÃ LƯƠNG MINH` / `BAN THƯỜNG TRỰC`). The clerk sees the name in the plan list and
the review, so it must read as an office writes it: the issuing body first, then whose it is, capitalised as
Nghị định 30's rules for names of organisations have it (the type of the body, proper names and places with
capitals, common words not): `Ban Thường trực Ủy ban MTTQ Việt Nam xã An Bình`, `Sở Y tế tỉnh Nghệ An`.
"""
from __future__ import annotations

import re

from app.domain.body_kinds import ADMIN_UNIT, ADMIN_UNITS, FIXED_BODY_NAMES

_ACRONYMS = {"UBND", "HĐND", "MTTQ", "TNCS", "BCH", "TW", "TP", "TP.", "ĐCSVN", "CSVN", "QĐND", "CAND", "LĐLĐ"}
_FIXED = FIXED_BODY_NAMES  # names whose capitals are fixed whatever the header printed (Nghị định 30)
# administrative units: the words after one are the place's proper name (`tỉnh Nghệ An`, `Tỉnh ủy Nghệ An`)
_UNITS = re.compile(rf"\b{ADMIN_UNIT}\s+", re.IGNORECASE)
_UNIT_WORDS = {unit for unit in ADMIN_UNITS if " " not in unit}
_UNIT_PAIRS = {tuple(unit.split()) for unit in ADMIN_UNITS if " " in unit}  # `thành phố`, `đặc khu` (2025) …
_COMMITTEE = {"ủy", "uỷ", "đoàn"}  # `Tỉnh ủy`, `Huyện đoàn`: a body named after its place
_PLACE_ENDS = {"ban", "sở", "phòng", "văn", "ủy", "uỷ", "đoàn", "hội", "trung"}
# after the type of a body its field is named with a capital (`Sở Y tế`, `Ban Tuyên giáo`, `Bộ Tài chính`)
_TYPE_WORD = {"bộ", "sở", "ban", "cục", "vụ", "phòng"}
# a last header line starting so is the issuing body, the lines above it the body it belongs to
_SUB_BODY = re.compile(r"^(?:BAN|TIỂU BAN|VĂN PHÒNG|SỞ|PHÒNG|CHI CỤC|CỤC|TRUNG TÂM|THƯỜNG TRỰC)\b")
# of a state department's parent only the place is written (`Sở Y tế tỉnh Nghệ An`)
_PLACE_ONLY = re.compile(r"^(?:SỞ|PHÒNG|CHI CỤC|CỤC|TRUNG TÂM)\b")


def body_from_lines(lines: list[str], place: str | None) -> str:
    """The issuing body of a header's capital lines, parent above."""
    lines = [squashed for ln in lines if (squashed := " ".join(ln.strip(" /\\|*-–_").split()))]
    if len(lines) > 1 and _names_place(lines[-1]):
        # `ĐẢNG BỘ TỈNH A` / `HUYỆN ỦY B`: the lower line is whole, but for the place a bare level word leaves to the
        # line above (`ĐẢNG BỘ TỈNH A` / `ĐẢNG ỦY UBND TỈNH` is `Đảng ủy UBND tỉnh A`)
        return _with_parent_place(body_name(lines[-1], place), body_name(" ".join(lines[:-1]), place))
    if len(lines) > 1 and _SUB_BODY.match(lines[-1]):
        own, parent = body_name(lines[-1], place), body_name(" ".join(lines[:-1]), place)
        if _PLACE_ONLY.match(lines[-1]):
            unit = _UNITS.search(parent)
            return f"{own} {parent[unit.start():]}" if unit else own
        return f"{own} {parent}"
    return body_name(" ".join(lines), place)


# a body's name closed by a bare level word (`Đảng ủy các cơ quan Đảng tỉnh`): its place is the parent's
_BARE_LEVEL_END = re.compile(rf"\b({ADMIN_UNIT})$")


def _with_parent_place(own: str, parent: str) -> str:
    """`own` with the place name the parent gives its level (`Tỉnh ủy Lâm Đồng`, `Đảng bộ tỉnh Lâm Đồng`), when
    `own` ends on that level word with no name after it."""
    end = _BARE_LEVEL_END.search(own)
    if not end:
        return own
    found = re.search(rf"\b(?i:{end.group(1)})(?: (?:ủy|uỷ|đoàn))? ([A-ZĐÀ-Ỹ].*)$", parent)
    return f"{own} {found.group(1)}" if found and not _UNITS.search(found.group(1)) else own


def _names_place(upper: str) -> bool:
    """The line names its own place (`HUYỆN ỦY GIA BÌNH`, `BCH TỈNH ĐOÀN HÀ TĨNH`, `ĐẢNG ỦY XÃ AN PHÚ`)."""
    low = upper.lower().split()
    if not low or (low[0] in _UNIT_WORDS and low[1:2] != [] and low[1] not in _COMMITTEE) \
            or tuple(low[:2]) in _UNIT_PAIRS:
        return False  # `TỈNH QUẢNG NINH` under `ỦY BAN NHÂN DÂN`: the place of the body above
    pairs = enumerate(zip(["", *low], low, strict=False))
    return any((w in _UNIT_WORDS or (a, w) in _UNIT_PAIRS or w in _COMMITTEE) and i + 1 < len(low)
               and (w, low[i + 1]) != ("xã", "hội") for i, (a, w) in pairs)


def body_name(upper: str, place: str | None) -> str:
    """`ỦY BAN NHÂN DÂN TỈNH NGHỆ AN` → `Ủy ban nhân dân tỉnh Nghệ An`."""
    low = [w if w in _ACRONYMS else w.lower() for w in upper.split()]
    words: list[str] = []
    in_place = in_field = False
    for i, word in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        unit = word in _UNIT_WORDS and (word, nxt) != ("xã", "hội")  # `xã hội` is society, not a commune
        if in_place and word not in _PLACE_ENDS:
            words.append(word if word in _ACRONYMS else word.capitalize())
            continue
        in_place = False
        if unit or word in ("thành", "thị", "đặc"):
            in_field = False
        if word in _ACRONYMS:
            words.append(word)
        elif prev in _TYPE_WORD and word not in ("nhân", "chấp", "thường", "cán", *_UNIT_WORDS, "thành", "thị"):
            words.append(word.capitalize())
            in_field = True  # `Bộ Giáo dục và Đào tạo`, `Sở Lao động - Thương binh và Xã hội`
        elif in_field and (prev in ("và", "-", "–") or prev.endswith(",")):
            words.append(word.capitalize())
        else:
            words.append(word)
        if (unit and nxt not in _COMMITTEE) or (prev, word) in _UNIT_PAIRS \
                or (word in _COMMITTEE and prev in {"tỉnh", "thành", "huyện", "quận", "thị"}):
            in_place = True
    text = " ".join(words)
    for name in _FIXED:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", name, text, flags=re.IGNORECASE)
    if place and place.lower() in text.lower():
        i = text.lower().rindex(place.lower())
        text = text[:i] + place + text[i + len(place):]
    return text[:1].upper() + text[1:]
