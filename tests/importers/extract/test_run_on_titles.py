"""A part's title in capitals ends where its first item opens (`extract.run_on_titles`, `extract.ocr_labels`,
`readers.lines.should_join`), and another outline slip a report prints as a heading: a heading joined to its
paragraph on a word that binds only a figure (`textutil.ends_dangling`).

Synthetic texts of a Party resolution scanned and read by OCR: the first item's number lost its dot (`1 Đổi mới …`)
on the line under the part's title, or the title and the item came out as one line.
"""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.outline import Line
from app.importers.extract.run_on_titles import titles_apart
from app.importers.readers.textfile import parse_text
from app.importers.result import ImportedNode

_FRONT = ("TỈNH ỦY AN BÌNH\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 21-NQ/TU\n\nAn Bình, ngày 8 tháng 9 năm 2026\n\n"
          "NGHỊ QUYẾT\n\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\nvề phát triển các khu công nghiệp\n\n"
          "I. MỤC TIÊU\n\n1. Thu hút 20 dự án đầu tư mới vào các khu công nghiệp.\n\n"
          "2. Tỷ lệ lấp đầy các khu công nghiệp đạt trên 70%.\n\n")
_ITEMS = ("Đổi mới, tăng cường sự lãnh đạo của cấp ủy đối với công tác quản lý các khu công nghiệp.\n\n"
          "2. Tăng cường hiệu lực quản lý nhà nước đối với các khu công nghiệp.\n\n"
          "3. Sở Tài chính chủ trì rà soát các dự án chậm tiến độ, hoàn thành trong quý I/2027.\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện Nghị quyết.\n")


def _part(text: str, label: str) -> ImportedNode:
    plan = extract_plan(parse_text(_FRONT + text))
    return next(node for node in plan.nodes if node.label == label)


def _items(part: ImportedNode) -> list[tuple[str, str]]:
    return [(child.label, child.text) for child in part.children]


def test_the_first_item_under_a_title_in_capitals_keeps_its_number_whose_dot_the_ocr_lost() -> None:
    paragraphs = [block.text for block in parse_text("II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n\n1 " + _ITEMS)]
    assert paragraphs[:2] == ["II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "1 " + _ITEMS.split("\n")[0]]
    part = _part("II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n\n1 " + _ITEMS, "II")
    assert part.text == "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"
    assert [label for label, _ in _items(part)] == ["1", "2", "3"]
    assert _items(part)[0][1].startswith("Đổi mới, tăng cường sự lãnh đạo")


def test_a_title_and_its_first_item_printed_on_one_line_are_parted() -> None:
    for number in ("1.", "1"):  # the item's number as printed, or with its dot lost
        part = _part(f"II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU {number} " + _ITEMS, "II")
        assert part.text == "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"
        assert [label for label, _ in _items(part)] == ["1", "2", "3"]


def test_a_number_the_list_does_not_call_for_stays_the_titles_text_but_not_its_heading() -> None:
    """`1 Đổi mới …` over `3.`: no list counts it, so it is no item; the title still ends above it."""
    part = _part("II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n\n1 " + _ITEMS.replace("2. Tăng", "Tăng"), "II")
    assert part.text == "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"
    assert [label for label, _ in _items(part)] == ["3"]


def test_numbers_inside_a_title_in_capitals_stay_in_it() -> None:
    lines = [Line("DỰ BÁO CÁC CHỈ TIÊU 03 NĂM 2026 - 2028, CƠ CẤU THU, CHI", "II", "roman"),
             Line("NHIỆM VỤ NĂM 2027 (10 Nhiệm vụ trọng tâm)", "III", "roman"),
             Line("Sở Tài chính chủ trì 2 Hội nghị tập huấn", "1", "dec1"),  # a title not in capitals
             Line("UBND 3 Phường thực hiện", "2", "dec1")]  # one word in capitals is no title
    assert titles_apart(lines) == lines


def test_a_heading_ending_on_a_word_a_figure_follows_ends_over_words() -> None:
    """`7. Nhân lực số` (digital) over its paragraph is a heading; `Nghị quyết số` over `12-NQ/TU` goes on, and so
    does `ngày` over a holiday's name."""
    part = _part("II. NHIỆM VỤ\n\n1. Nhân lực số\n\nNhân lực số là yếu tố then chốt của kinh tế số.\n\n"
                 "a) Sở Giáo dục và Đào tạo chủ trì đào tạo nhân lực số.\n\n"
                 "2. Tổ chức quán triệt Nghị quyết số\n\n12-NQ/TU của Tỉnh ủy.\n\n"
                 "3. Sở Nội vụ tổ chức các hoạt động kỷ niệm ngày\n\nQuốc tế Lao động.\n", "II")
    assert _items(part) == [("1", "Nhân lực số"), ("2", "Tổ chức quán triệt Nghị quyết số 12-NQ/TU của Tỉnh ủy"),
                            ("3", "Sở Nội vụ tổ chức các hoạt động kỷ niệm ngày Quốc tế Lao động")]
