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
ADMIN_UNITS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")

# the Party's committees, its bodies and its organs name themselves by one of these (folded, `Ban Tuyên giáo Tỉnh
# ủy`, `Đảng ủy xã …`, `Ban cán sự đảng …`); a state body never does (`Ủy ban nhân dân thành phố` is not `thành ủy`)
_PARTY_WORDS = ("tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "dang bo", "dang doan",
                "ban can su dang", "dang cong san", "chi bo")


def is_party_body(name: str) -> bool:
    """Whether `name` is a Party body or one of its organs, whose documents follow the Party's format (Hướng dẫn
    36/05-HD/VPTW), not Nghị định 30: the first-run assistant's choice of format for the office typed in, and the
    importer's for a plan whose header names its issuer so (in any case: a header prints it in capitals)."""
    key = " " + " ".join("".join(ch if ch.isalnum() else " " for ch in fold(name)).split()) + " "
    return any(f" {words} " in key for words in _PARTY_WORDS)
