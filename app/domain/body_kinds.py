"""The names of kinds of body whose capitals are fixed whatever a header printed (Nghị định 30, Phụ lục II).

One list for the importer (which writes a header's capitals as a sentence names the body) and for the reports
(which never break a line inside one of these names nor a place's: `… của Ủy` / `ban nhân dân tỉnh …` or `tỉnh` /
`Hà Tĩnh` reads as careless).
"""
from __future__ import annotations

from app.domain.text import fold

FIXED_BODY_NAMES = (
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Tỉnh đoàn", "Thành đoàn",
    "Huyện đoàn", "Đảng bộ", "Đảng đoàn", "Ban cán sự đảng", "Việt Nam", "Hồ Chí Minh", "Mặt trận Tổ quốc",
    "Quốc hội", "Chính phủ", "Ban Thường trực", "Ban Thường vụ", "Ban Chấp hành", "Ủy ban", "Uỷ ban",
    "Hội đồng", "Cộng sản", "Thanh niên", "Liên đoàn Lao động", "Hội Liên hiệp Phụ nữ", "Hội Nông dân",
    "Hội Cựu chiến binh", "Trung ương", "cơ quan Đảng")
# administrative units: the words after one are the place's proper name (`tỉnh Nghệ An`, `Tỉnh ủy Nghệ An`)
# (the names of two words first: a list read in order finds `thị xã` before `xã`)
ADMIN_UNITS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")
ADMIN_UNIT = f"(?:{'|'.join(ADMIN_UNITS)})"  # one of them as printed, for a rule's pattern
ADMIN_UNIT_KEYS = tuple(fold(unit) for unit in ADMIN_UNITS)  # and as a folded or canonical key spells them

# the Party's committees (cấp ủy, folded): each signs as one body (`T/M TỈNH ỦY`)
PARTY_COMMITTEES = ("tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "chi bo")
# the Party's committees, its bodies and its organs name themselves by one of these (folded, `Ban Tuyên giáo Tỉnh
# ủy`, `Đảng ủy xã …`, `Ban cán sự đảng …`); a state body never does (`Ủy ban nhân dân thành phố` is not `thành ủy`)
_PARTY_WORDS = (*PARTY_COMMITTEES, "dang bo", "dang doan", "ban can su dang", "dang cong san")
# the boards that act for a committee between its plenums (folded)
PARTY_BOARDS = ("ban thuong vu", "ban chap hanh")


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of the folded `words` as whole words (any case, any diacritics as typed)."""
    key = " " + " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split()) + " "
    return any(f" {w} " in key for w in words)


def is_party_body(name: str) -> bool:
    """Whether `name` is a Party body or one of its organs, whose documents follow the Party's format (Hướng dẫn
    36/05-HD/VPTW), not Nghị định 30: the first-run assistant's choice of format for the office typed in, the
    importer's for a plan whose header names its issuer so (in capitals), the kind of an agency proposed."""
    return _names_any(name, _PARTY_WORDS)


def names_party_board(text: str) -> bool:
    """Whether `text` names a standing or executive board (`Ban Thường vụ`, `Ban Chấp hành`). In a plan's header it
    signs for a Party committee (`T/M BAN THƯỜNG VỤ`, `BAN CHẤP HÀNH TRUNG ƯƠNG`, whose name has no `ủy`); an office
    typed in at first start named so may be a trade union's board (`Ban Chấp hành Công đoàn …`), so `is_party_body`
    leaves the boards out."""
    return _names_any(text, PARTY_BOARDS)
