"""Genre variants seen in other provinces, ministries and Party committees."""
from __future__ import annotations

import datetime as dt

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.extract.assignments import from_text


def _plan(text: str):
    return extract_plan([Paragraph(t) for t in text.strip().split("\n")])


def test_parenthesised_assignment_and_coordinating_subject() -> None:
    a = from_text("Rà soát quy chế làm việc (Sở Nội vụ chủ trì, các sở, ngành phối hợp; hoàn thành trong Quý II/2024).")
    assert a.lead == ["Sở Nội vụ"] and a.support == ["Các sở, ngành"]
    a = from_text("Xây dựng đề án (Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính, Sở Nội vụ).")
    assert a.lead == ["Sở Y tế"] and a.support == ["Sở Tài chính", "Sở Nội vụ"]
    a = from_text("Sở Nội vụ chủ trì, các sở, ngành liên quan phối hợp thực hiện rà soát.")
    assert a.support == ["Các sở, ngành liên quan"]


def test_lettered_parts_roman_chapters_and_star_bullets() -> None:
    plan = _plan("""
Số: 2345/KH-BNV
KẾ HOẠCH
Cải cách hành chính năm 2024
A. MỤC ĐÍCH, YÊU CẦU
1. Các đơn vị thuộc Bộ triển khai đồng bộ trong năm 2024.
B. NHIỆM VỤ CỤ THỂ
I. CẢI CÁCH THỂ CHẾ
1. Xây dựng Luật Cán bộ, công chức (sửa đổi)
- Đơn vị chủ trì: Vụ Công chức - Viên chức.
- Đơn vị phối hợp: Vụ Pháp chế và các đơn vị liên quan.
- Thời gian hoàn thành: Tháng 10/2024.
II. CẢI CÁCH TỔ CHỨC BỘ MÁY
Giao Vụ Tổ chức - Biên chế chủ trì, phối hợp với các đơn vị thuộc Bộ:
* Rà soát chức năng, nhiệm vụ của các đơn vị thuộc Bộ, hoàn thành trước 30/6/2024.
* Tham mưu sắp xếp các đơn vị sự nghiệp công lập.
C. TỔ CHỨC THỰC HIỆN
1. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch.
""")
    tasks = plan.tasks()
    assert [t.path for t in tasks] == [["B", "I", "1"], ["B", "II", "•1"], ["B", "II", "•2"], ["C", "1"]]
    assert tasks[0].lead == ["Vụ Công chức - Viên chức"] and tasks[0].deadline_text == "Tháng 10/2024"
    assert tasks[0].support == ["Vụ Pháp chế", "Cơ quan, đơn vị có liên quan"]
    assert tasks[1].lead == ["Vụ Tổ chức - Biên chế"] and tasks[1].support == ["Các đơn vị thuộc Bộ"]
    assert tasks[1].deadline_text == "trước 30/6/2024"


def test_two_row_table_header_and_repeated_header() -> None:
    rows = [["TT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan thực hiện", "Thời gian thực hiện"],
            ["", "", "Chủ trì", "Phối hợp", ""],
            ["1", "Xây dựng cơ sở dữ liệu cán bộ", "Sở Nội vụ", "Sở Thông tin và Truyền thông", "Năm 2024"]]
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Table(rows=rows)])
    [task] = [t for t in plan.tasks() if t.path[0] == "PL"]
    assert task.lead == ["Sở Nội vụ"] and task.support == ["Sở Thông tin và Truyền thông"]
    assert task.deadline_text == "Năm 2024"


def test_broken_header_lines_and_decision_wrapper() -> None:
    plan = _plan("""
ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số:
1528/QĐ-UBND
Bình Định, ngày
29 tháng 04 năm 2021
QUYẾT ĐỊNH
BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH
PHÁT TRIỂN CÔNG TÁC XÃ HỘI
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn F
KẾ HOẠCH
Thực hiện Chương trình phát triển công tác xã hội
I. NHIỆM VỤ
1. Sở Tài chính bố trí kinh phí trong năm 2021.
""")
    assert plan.number == "1528/QĐ-UBND" and plan.date == dt.date(2021, 4, 29) and plan.place == "Bình Định"
    assert plan.title == "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI"
    assert plan.signer.name == "Nguyễn Văn F" and plan.signer.title == "CHỦ TỊCH"
    assert [t.lead for t in plan.tasks()] == [["Sở Tài chính"]]


def test_body_without_numbering() -> None:
    plan = _plan("""
Số: 12/KH-SNV
KẾ HOẠCH
Tập huấn nghiệp vụ văn thư năm 2024
Thực hiện chương trình công tác năm 2024, Sở Nội vụ ban hành Kế hoạch như sau:
Phòng Tổ chức cán bộ chủ trì tổ chức lớp tập huấn trong Quý II/2024.
Văn phòng Sở bố trí kinh phí, hội trường.
""")
    assert plan.title == "Tập huấn nghiệp vụ văn thư năm 2024"
    assert [(t.lead, t.deadline_text) for t in plan.tasks()] == [(["Phòng Tổ chức cán bộ"], "Quý II/2024"),
                                                                 (["Văn phòng Sở"], None)]


def test_section_intro_that_assigns_the_items() -> None:
    plan = _plan("""
II. NHIỆM VỤ
1. Cải cách thủ tục hành chính
Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện, thị xã thực hiện các nội dung sau:
a) Rà soát thủ tục hành chính.
b) Công khai thủ tục hành chính trên Cổng dịch vụ công.
""")
    tasks = plan.tasks()
    assert len(tasks) == 2
    assert all(t.lead == ["Giám đốc các sở", "Chủ tịch UBND các huyện, thị xã"] for t in tasks)


def test_topic_headings_are_not_agencies() -> None:
    plan = _plan("""
II. NHIỆM VỤ
1. Trường học an toàn
a) Rà soát cơ sở vật chất.
2. Báo chí, truyền thông
a) Tuyên truyền trên các phương tiện thông tin đại chúng.
""")
    assert plan.tasks() == []


def test_inline_attributes_and_other_cues() -> None:
    a = from_text("Rà soát văn bản. Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ngành. "
                  "Thời gian: Quý II/2024.")
    assert a.lead == ["Sở Tư pháp"] and a.support == ["Các sở, ngành"]
    assert from_text("Phân công Sở Nội vụ theo dõi, đôn đốc thực hiện.").lead == ["Sở Nội vụ"]
    assert from_text("Sở Y tế triển khai với sự phối hợp của Bảo hiểm xã hội tỉnh.").support == ["Bảo hiểm xã hội tỉnh"]


def test_lettered_item_over_two_paragraphs_is_one_task() -> None:
    plan = _plan("""
II. NHIỆM VỤ
1. Cải cách thể chế
a) Rà soát văn bản quy phạm pháp luật
Sở Tư pháp chủ trì, phối hợp với các sở, ngành thực hiện, hoàn thành trong Quý II/2024.
""")
    [task] = plan.tasks()
    assert task.text.startswith("Rà soát văn bản quy phạm pháp luật Sở Tư pháp chủ trì")
    assert task.lead == ["Sở Tư pháp"] and task.support == ["Các sở, ngành"]
    assert task.deadline_text == "Quý II/2024"


def test_bullet_glyphs_nest_by_glyph() -> None:
    plan = _plan("""
II. NHIỆM VỤ
1. Sở Nội vụ:
• Rà soát vị trí việc làm:
◦ khối hành chính;
◦ khối sự nghiệp.
• Tổng hợp báo cáo trong năm 2024.
""")
    assert [t.path for t in plan.tasks()] == [["II", "1", "•1"], ["II", "1", "•2"]]


def test_hard_wrapped_text_is_rejoined() -> None:
    long_line = ("Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ xây dựng nền tảng số dùng chung "
                 "của tỉnh phục vụ chỉ đạo điều hành, hoàn thành trong Quý IV/2024 và báo cáo Ủy ban nhân dân tỉnh.")
    lines = ["II. NHIỆM VỤ"]
    for k in range(1, 12):
        words, cur = long_line.split(), ""
        chunks = []
        for w in words:
            if len(cur) + len(w) + 1 > 60:
                chunks.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        chunks.append(cur)
        chunks[0] = f"{k}. {chunks[0]}"
        lines.extend(chunks)
    plan = extract_plan([Paragraph(t) for t in lines])
    tasks = plan.tasks()
    assert len(tasks) == 11
    assert all(t.text.endswith("báo cáo Ủy ban nhân dân tỉnh") for t in tasks)
    assert all(t.support == ["Sở Nội vụ"] and t.deadline_text == "Quý IV/2024" for t in tasks)


def test_pipe_table_pasted_as_text_and_flattened_header_row() -> None:
    plan = _plan("""
CHÍNH PHỦ
Số: 12/NQ-CP | Hà Nội, ngày 07 tháng 02 năm 2023
NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ
I. NHIỆM VỤ
1. Bộ Tư pháp chủ trì tổng kết thi hành Luật Thủ đô.
PHỤ LỤC
TT | Nhiệm vụ, đề án, dự án | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện | Thời gian trình | Sản phẩm
I | Hoàn thiện pháp luật | Hoàn thiện pháp luật | Hoàn thiện pháp luật | Hoàn thiện pháp luật | Hoàn thiện pháp luật
1 | Dự án Luật Thủ đô (sửa đổi) | Bộ Tư pháp | Các bộ, ngành, UBND TP Hà Nội và các đơn vị liên quan | 2024 | Dự án Luật
""")
    assert plan.number == "12/NQ-CP" and plan.place == "Hà Nội" and plan.doc_type == "NQ"
    annex = [t for t in plan.tasks() if t.path[0] == "PL"]
    assert [t.path for t in annex] == [["PL", "I", "1"]]
    assert annex[0].lead == ["Bộ Tư pháp"] and annex[0].deadline_text == "2024"
    assert annex[0].support == ["Các bộ, ngành", "UBND TP Hà Nội", "Cơ quan, đơn vị có liên quan"]


def test_section_intro_naming_the_agencies() -> None:
    plan = _plan("""
II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU
Để đạt các chỉ tiêu trên, các bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh cần thực hiện các nhiệm vụ sau:
1. Đẩy mạnh tuyên truyền về Nghị quyết.
2. Hoàn thiện thể chế.
""")
    tasks = plan.tasks()
    assert len(tasks) == 2
    # `các bộ, cơ quan ngang bộ` is one collective group (ANNOTATION.md; the real plans' gold, session 6)
    assert tasks[0].lead == ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân tỉnh"]


def test_agency_in_a_closing_parenthesis() -> None:
    a = from_text("Xây dựng đề án vị trí việc làm (Ban Tổ chức Tỉnh ủy; Quý II/2024).")
    assert a.lead == ["Ban Tổ chức Tỉnh ủy"]
    assert from_text("Báo cáo kết quả thực hiện (Sở Nội vụ tổng hợp).").lead == ["Sở Nội vụ"]
    assert from_text("Rà soát các quy định (theo Nghị quyết số 18-NQ/TW).").lead == []
