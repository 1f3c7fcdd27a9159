"""The issuing body's name as an office writes it, from the capitals of the header."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.body_names import body_from_lines
from app.importers.readers.textfile import parse_text


@pytest.mark.parametrize(("lines", "name"), [
    (["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH"], "Ủy ban nhân dân tỉnh Quảng Ninh"),
    (["ỦY BAN MTTQ VIỆT NAM", "XÃ AN BÌNH", "BAN THƯỜNG TRỰC"], "Ban Thường trực Ủy ban MTTQ Việt Nam xã An Bình"),
    (["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"], "Sở Y tế tỉnh Nghệ An"),
    (["UBND TỈNH B", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"], "Sở Lao động - Thương binh và Xã hội tỉnh B"),
    (["TỈNH ỦY NGHỆ AN", "BAN TUYÊN GIÁO"], "Ban Tuyên giáo Tỉnh ủy Nghệ An"),
    (["ĐẢNG BỘ TỈNH BẮC NINH", "HUYỆN ỦY GIA BÌNH"], "Huyện ủy Gia Bình"),
    (["ĐOÀN TNCS HỒ CHÍ MINH", "BCH TỈNH ĐOÀN HÀ TĨNH"], "BCH Tỉnh đoàn Hà Tĩnh"),
    (["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH LÀO CAI"], "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai"),
    (["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"], "Bộ Văn hóa, Thể thao và Du lịch"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    (["ĐẢNG ỦY XÃ AN PHÚ"], "Đảng ủy xã An Phú"),
])
def test_header_capitals_read_as_the_bodys_name(lines: list[str], name: str) -> None:
    assert body_from_lines(lines, None) == name


def test_the_national_mottos_wrapped_tail_is_no_part_of_the_issuer() -> None:
    """`CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM` printed on two lines beside the body's name."""
    text = ("|\nỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\n|\nSố: 12/KH-UBND\n|\nAn Giang, ngày 5 tháng 1 năm 2026\n"
            "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\nI. NHIỆM VỤ\n"
            "1. Sở Tài chính chủ trì rà soát kinh phí, hoàn thành trước ngày 15/12/2026.\n")
    assert extract_plan(parse_text(text)).issuer == "Ủy ban nhân dân tỉnh An Giang"
