"""Annex tables of tasks: STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan

ROWS = [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ["I", "Chuyển đổi số trong cơ quan nhà nước", "", "", "", ""],
    ["1", "Xây dựng kho dữ liệu dùng chung", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND cấp huyện",
     "Quý IV/2024", "Kho dữ liệu"],
    ["2", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", "Các cơ quan, đơn vị liên quan",
     "Thường xuyên.", "Dữ liệu"],
    ["II", "Kinh tế số", "", "", "", ""],
    ["1", "Phát triển thương mại điện tử", "Sở Công Thương", "", "Năm 2024", ""],
]


def test_annex_table_rows_become_tasks() -> None:
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Paragraph("1. Các sở thực hiện nhiệm vụ tại Phụ lục."),
                         Paragraph("PHỤ LỤC"), Table(rows=ROWS)])
    tasks = [t for t in plan.tasks() if t.path[0].startswith("PL")]
    assert [t.path for t in tasks] == [["PL", "I", "1"], ["PL", "I", "2"], ["PL", "II", "1"]]
    assert tasks[0].lead == ["Sở Thông tin và Truyền thông"]
    assert tasks[0].support == ["Các sở, ban, ngành", "UBND cấp huyện"]
    assert tasks[0].deadline_text == "Quý IV/2024"
    assert tasks[1].support == ["Cơ quan, đơn vị có liên quan"] and tasks[1].deadline_text == "Thường xuyên"
    assert tasks[2].support == [] and tasks[2].deadline_text == "Năm 2024"


def test_table_without_task_columns_is_ignored() -> None:
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Table(rows=[["Chỉ tiêu", "2023", "2024"], ["Tỷ lệ", "50%", "60%"]])])
    assert all(not n.path or not n.path[0].startswith("PL") for n in plan.tasks())


def test_cells_listing_agencies_one_per_line() -> None:
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["1", "Xây dựng kho\ndữ liệu", "Sở Thông tin và Truyền thông",
             "- Sở Nội vụ;\n- Sở Tài chính;\n- UBND các huyện", "Quý IV/\n2024"]]
    [task] = extract_plan([Paragraph("I. NHIỆM VỤ"), Table(rows=rows)]).tasks()
    assert task.text == "Xây dựng kho dữ liệu"
    assert task.support == ["Sở Nội vụ", "Sở Tài chính", "UBND các huyện"]
    assert task.deadline_text == "Quý IV/2024"


def test_layout_tables_are_read_as_lines() -> None:
    plan = extract_plan([
        Table(rows=[["ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                    ["Số: 45/KH-UBND", "Nam Định, ngày 3 tháng 5 năm 2024"]]),
        Paragraph("KẾ HOẠCH"), Paragraph("Chuyển đổi số năm 2024"), Paragraph("I. NHIỆM VỤ"),
        Paragraph("1. Sở Y tế triển khai bệnh án điện tử trong năm 2024."),
        Table(rows=[["Nơi nhận:\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn G"]]),
    ])
    assert plan.number == "45/KH-UBND" and plan.place == "Nam Định"
    assert plan.signer.name == "Trần Văn G" and plan.issuer == "Ủy ban nhân dân tỉnh Nam Định"


def test_a_row_that_is_the_budget_or_the_product_is_no_task() -> None:
    """A last row `Kinh phí thực hiện: …` under a row whose agency cell is merged down is what the work costs, not a
    task of that agency (session 11)."""
    rows = ROWS[:3] + [ROWS[3], ["2", "Kinh phí thực hiện: ngân sách tỉnh", "", "", "", ""],
                       ["3", "Sản phẩm: cơ sở dữ liệu dùng chung", "", "", "", ""]]
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Paragraph("1. Các sở thực hiện nhiệm vụ tại Phụ lục."),
                         Paragraph("PHỤ LỤC"), Table(rows=rows)])
    assert [t.text for t in plan.tasks() if t.path[0].startswith("PL")] == ["Xây dựng kho dữ liệu dùng chung"]


def test_group_rows_nest_as_the_annex_numbers_them() -> None:
    """`A` parts hold the `I`/`II` sections below them, up to the next letter; the tasks sit in the section."""
    rows = [["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện"],
            ["A", "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ", "", "", ""],
            ["I", "Hoàn thiện thể chế", "", "", ""],
            ["1.1", "Rà soát các quy định về kinh tế số", "Sở Tư pháp", "Các sở, ban, ngành", "2026 - 2030"],
            ["II", "Phát triển hạ tầng số", "", "", ""],
            ["2.1", "Nâng cấp trung tâm dữ liệu", "Sở Khoa học và Công nghệ", "", "2027"],
            ["B", "KINH TẾ SỐ NGÀNH, LĨNH VỰC", "", "", ""],
            ["I", "Nông nghiệp", "", "", ""],
            ["1.1", "Số hóa vùng trồng", "Sở Nông nghiệp và Môi trường", "", "2026"],
            ["C", "XÃ HỘI SỐ", "", "", ""],
            ["1", "Phổ cập kỹ năng số cho người dân", "Sở Khoa học và Công nghệ", "", "Hằng năm"]]
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Paragraph("1. Thực hiện các nhiệm vụ tại Phụ lục."),
                         Paragraph("PHỤ LỤC"), Table(rows=rows)])
    tasks = [t for t in plan.tasks() if t.path[0].startswith("PL")]
    assert [t.path for t in tasks] == [["PL", "A", "I", "1.1"], ["PL", "A", "II", "2.1"], ["PL", "B", "I", "1.1"],
                                       ["PL", "C", "1"]]


def test_group_rows_numbered_roman_over_letters_nest_the_other_way() -> None:
    rows = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
            ["I", "NHIỆM VỤ CHUNG", "", ""],
            ["A", "Tuyên truyền", "", ""],
            ["1", "Tổ chức hội nghị quán triệt", "Ban Tuyên giáo", "Quý I/2026"],
            ["B", "Kiểm tra", "", ""],
            ["2", "Kiểm tra việc thực hiện", "Ủy ban Kiểm tra", "Quý IV/2026"],
            ["II", "NHIỆM VỤ CỤ THỂ", "", ""],
            ["3", "Sơ kết một năm", "Văn phòng", "Tháng 12/2026"]]
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Paragraph("PHỤ LỤC"), Table(rows=rows)])
    assert [t.path for t in plan.tasks() if t.path[0].startswith("PL")] == [
        ["PL", "I", "A", "1"], ["PL", "I", "B", "2"], ["PL", "II", "3"]]
