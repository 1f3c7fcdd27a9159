"""Agency mentions: split by kind of body, peers sharing a modifier kept together."""
from __future__ import annotations

import pytest

from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase

CASES = [
    ("Các sở, ban, ngành, đơn vị sự nghiệp trực thuộc UBND Thành phố, UBND cấp huyện",
     ["Các sở, ban, ngành", "Đơn vị sự nghiệp trực thuộc UBND Thành phố", "UBND cấp huyện"]),
    ("Sở Nội vụ và cơ quan, đơn vị có liên quan", ["Sở Nội vụ", "Cơ quan, đơn vị có liên quan"]),
    ("các sở, ngành và các cơ quan liên quan", ["Các sở, ngành", "Cơ quan, đơn vị có liên quan"]),
    ("Các Sở, ngành liên quan", ["Các Sở, ngành liên quan"]),
    ("cấp ủy, tổ chức đảng cùng cấp", ["Cấp ủy, tổ chức đảng cùng cấp"]),
    ("Chủ tịch UBND cấp huyện, cấp xã", ["Chủ tịch UBND cấp huyện, cấp xã"]),
    ("UBND các quận, huyện, thị xã", ["UBND các quận, huyện, thị xã"]),
    ("Sở Kế hoạch và Đầu tư, Sở Văn hóa, Thể thao và Du lịch",
     ["Sở Kế hoạch và Đầu tư", "Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở Tài chính (đối với lĩnh vực tài chính) và Sở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
    ("Các đồng chí bí thư quận, huyện, thị ủy, đảng đoàn, ban cán sự đảng",
     ["Bí thư quận, huyện, thị ủy", "Đảng đoàn", "Ban cán sự đảng"]),
    ("giám đốc, thủ trưởng các sở, ban, ngành, Chủ tịch UBND các quận, huyện, thị xã",
     ["Giám đốc, thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các quận, huyện, thị xã"]),
    ("Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh, đảng ủy, chi ủy cơ sở",
     ["Ủy ban Mặt trận Tổ quốc", "Các đoàn thể chính trị - xã hội tỉnh", "Đảng ủy, chi ủy cơ sở"]),
    ("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
     ["Các huyện ủy, thị ủy, thành ủy", "Đảng ủy trực thuộc Tỉnh ủy"]),
    ("Vụ Tổ chức cán bộ, Văn phòng Bộ, Thanh tra Bộ", ["Vụ Tổ chức cán bộ", "Văn phòng Bộ", "Thanh tra Bộ"]),
    # a plural list of kinds closed by `cơ quan liên quan` is one group, also after a `;`
    ("Bộ Tư pháp; các Bộ, ngành, cơ quan liên quan.", ["Bộ Tư pháp", "Các Bộ, ngành, cơ quan liên quan"]),
    ("Các sở, ngành, cơ quan liên quan", ["Các sở, ngành, cơ quan liên quan"]),
    # `và cơ quan thường trực …` is a second body; after a comma the same words say what the first one is
    ("Văn phòng Ban Chỉ đạo và cơ quan thường trực các cấp", ["Văn phòng Ban Chỉ đạo", "Cơ quan thường trực các cấp"]),
    ("Sở Nội vụ, cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh", ["Sở Nội vụ"]),
    # an organisation's central body (`Trung ương Hội …`) is a body of its own; `trung ương` in lowercase qualifies
    ("Bộ Nội vụ, Trung ương Hội Nông dân Việt Nam", ["Bộ Nội vụ", "Trung ương Hội Nông dân Việt Nam"]),
    ("các cơ quan trung ương, địa phương", ["Các cơ quan trung ương, địa phương"]),
    # a kind alone (`Ban`: its name cut off, or a short form) names no body; an acronym does
    ("Ban Tổ chức Tỉnh ủy, Ban", ["Ban Tổ chức Tỉnh ủy"]),
    ("Sở", []),
    ("Sở Y tế, VTV, SNV", ["Sở Y tế", "VTV", "SNV"]),
    # the local authorities as a group are one mention, as printed (a collective group, ANNOTATION.md)
    ("chính quyền địa phương", ["Chính quyền địa phương"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_mentions(text: str, expected: list[str]) -> None:
    assert sorted(split_mentions(text)) == sorted(expected)


def test_phrase_stops_at_the_predicate() -> None:
    assert take_phrase("Sở Tư pháp tham mưu UBND Thành phố thành lập") == "Sở Tư pháp"
    assert take_phrase("Ban Tổ chức Thành ủy các Quy định, Quyết định") == "Ban Tổ chức Thành ủy"
    assert take_phrase("Cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ") == "Cơ quan, đơn vị, địa phương"


def test_heads_are_not_verbs() -> None:
    assert head_at("Ban hành cơ chế, chính sách") is None
    assert head_at("Báo cáo kết quả") is None
    assert head_at("Bộ máy hành chính") is None
    assert head_at("Sở Y tế") == "sở"
    assert head_at("Các đồng chí Phó Chủ tịch UBND tỉnh") is not None
