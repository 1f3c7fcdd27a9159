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
