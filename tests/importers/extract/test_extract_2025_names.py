"""Bodies named as plans write them after the 2025 reorganisation: two-level local government (`xã`, `phường`,
`đặc khu`), merged departments and the new Party bodies. Short synthetic plans and headers, the shapes of the names
and never one province's list (issue 10, session 10 `names`; `python -m bench.perturb --only n.` renames whole
development plans the same way)."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.body_names import body_from_lines
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.readers.textfile import parse_text


def _tasks(*items: str) -> list[tuple[str, list[str], list[str]]]:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nKẾ HOẠCH\nThực hiện chuyển đổi số năm 2026\n\nI. NHIỆM VỤ\n\n"
            + "\n\n".join(f"{i}. {item}" for i, item in enumerate(items, 1)) + "\n")
    plan = extract_plan(parse_text(text)).to_annotation_dict()
    return [(t["text"], t["lead"], t["support"]) for t in plan["tasks"]]


@pytest.mark.parametrize(("lines", "name"), [
    (["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO"], "Ủy ban nhân dân đặc khu Côn Đảo"),
    (["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY UBND TỈNH"], "Đảng ủy UBND tỉnh Lâm Đồng"),
    (["TỈNH ỦY LÂM ĐỒNG", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH"], "Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng"),
    (["ĐẢNG BỘ THÀNH PHỐ HUẾ", "ĐẢNG ỦY UBND THÀNH PHỐ"], "Đảng ủy UBND thành phố Huế"),
    (["ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ CAM LÂM"], "Đảng ủy xã Cam Lâm"),
    (["HUYỆN ỦY QUỲ HỢP", "ĐẢNG ỦY XÃ"], "Đảng ủy xã"),  # a lower level: the parent's place is not its own
    (["UBND TỈNH BÀ RỊA - VŨNG TÀU", "SỞ DÂN TỘC VÀ TÔN GIÁO"], "Sở Dân tộc và Tôn giáo tỉnh Bà Rịa - Vũng Tàu"),
])
def test_a_2025_issuer_reads_as_its_name(lines: list[str], name: str) -> None:
    assert body_from_lines(lines, None) == name


def test_a_place_named_after_its_level_opens_a_sentence_as_that_places_body() -> None:
    assert head_at("Xã Lương Minh chủ trì") == "xã" and head_at("Đặc khu Côn Đảo phối hợp") == "đặc khu"
    assert head_at("Phường 3 phối hợp") == "phường"
    assert head_at("Xã hội hóa các nguồn lực") is None and head_at("xã Lương Minh") is None


def test_a_duty_list_keeps_the_body_named_by_its_place() -> None:
    """Among items that open with their bodies, an item whose body is a commune or special zone named by its
    place was read as no agency item and dropped with its duty."""
    tasks = _tasks("Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.",
                   "Đặc khu Côn Đảo chủ trì, phối hợp với Sở Du lịch xây dựng đề án phát triển du lịch.",
                   "Xã Lương Minh chủ trì kiểm tra việc thực hiện quy chế dân chủ ở cơ sở.")
    assert [(lead, support) for _, lead, support in tasks] == [
        (["Sở Y tế"], []), (["Đặc khu Côn Đảo"], ["Sở Du lịch"]), (["Xã Lương Minh"], [])]


@pytest.mark.parametrize(("text", "mentions"), [
    ("UBND các xã, phường, đặc khu", ["UBND các xã, phường, đặc khu"]),
    ("Các sở, ngành, UBND các xã, phường, đặc khu", ["Các sở, ngành", "UBND các xã, phường, đặc khu"]),
    ("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
     ["Ủy ban MTTQ Việt Nam tỉnh", "Các tổ chức chính trị - xã hội tỉnh"]),
    ("Báo và Phát thanh, Truyền hình Lâm Đồng", ["Báo và Phát thanh, Truyền hình Lâm Đồng"]),
    ("Phòng Kinh tế, Hạ tầng và Đô thị", ["Phòng Kinh tế, Hạ tầng và Đô thị"]),
    ("Công an xã, Ban Chỉ huy Quân sự xã", ["Công an xã", "Ban Chỉ huy Quân sự xã"]),
])
def test_2025_names_split_as_bodies(text: str, mentions: list[str]) -> None:
    assert split_mentions(text) == mentions


def test_the_reorganised_bodies_lead_and_support() -> None:
    tasks = _tasks(
        "Đảng ủy UBND tỉnh chủ trì, phối hợp với Đảng ủy các cơ quan Đảng tỉnh quán triệt nghị quyết.",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban MTTQ Việt Nam tỉnh hướng dẫn tuyên truyền.",
        "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Khoa học và Công nghệ xây dựng cơ sở dữ liệu đất đai.",
        "Thuế tỉnh chủ trì, phối hợp với Thuế cơ sở 3 tỉnh Gia Lai đôn đốc thu nộp ngân sách.",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Công an tỉnh tổ chức tuần tra biên giới.",
        "Chủ tịch UBND cấp xã chịu trách nhiệm kiểm tra việc thực hiện trên địa bàn.",
    )
    assert [(lead, support) for _, lead, support in tasks] == [
        (["Đảng ủy UBND tỉnh"], ["Đảng ủy các cơ quan Đảng tỉnh"]),
        (["Ban Tuyên giáo và Dân vận Tỉnh ủy"], ["Ủy ban MTTQ Việt Nam tỉnh"]),
        (["Sở Nông nghiệp và Môi trường"], ["Sở Khoa học và Công nghệ"]),
        (["Thuế tỉnh"], ["Thuế cơ sở 3 tỉnh Gia Lai"]),
        (["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["Công an tỉnh"]),
        (["Chủ tịch UBND cấp xã"], []),
    ]
