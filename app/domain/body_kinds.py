"""The names of kinds of body whose capitals are fixed whatever a header printed (Nghị định 30, Phụ lục II).

One list for the importer (which writes a header's capitals as a sentence names the body) and for the reports
(which never break a line inside one of these names nor a place's: `… của Ủy` / `ban nhân dân tỉnh …` or `tỉnh` /
`Hà Tĩnh` reads as careless).
"""
from __future__ import annotations

FIXED_BODY_NAMES = (
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Tỉnh đoàn", "Thành đoàn",
    "Huyện đoàn", "Đảng bộ", "Đảng đoàn", "Ban cán sự đảng", "Việt Nam", "Hồ Chí Minh", "Mặt trận Tổ quốc",
    "Quốc hội", "Chính phủ", "Ban Thường trực", "Ban Thường vụ", "Ban Chấp hành", "Ủy ban", "Uỷ ban",
    "Hội đồng", "Cộng sản", "Thanh niên", "Liên đoàn Lao động", "Hội Liên hiệp Phụ nữ", "Hội Nông dân",
    "Hội Cựu chiến binh", "Trung ương", "cơ quan Đảng")
# administrative units: the words after one are the place's proper name (`tỉnh Nghệ An`, `Tỉnh ủy Nghệ An`)
ADMIN_UNITS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")
