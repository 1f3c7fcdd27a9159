"""Tables judged by what fills their columns, not by their header words (table_kinds.py):
figures, budgets, members, legal bases and contacts give no tasks; a task table with an unusual
header still gives its tasks."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.extract.table_kinds import is_figure, is_person, table_shape
from app.importers.readers.textfile import parse_text

BODY = [Paragraph("I. NHIỆM VỤ"), Paragraph("1. Sở Nội vụ chủ trì tổng hợp, báo cáo trước ngày 15/12/2026."),
        Paragraph("PHỤ LỤC")]


def _annex(rows: list[list[str]]):
    plan = extract_plan([*BODY, Table(rows=rows)])
    return plan, [t for t in plan.tasks() if t.path[0].startswith("PL")]


def test_cells_of_figures_and_units() -> None:
    for cell in ("95%", "≥ 8,5", "1.364.329.243", "02 lớp", "7 - 7,5", "tỷ đồng", "%", "300 doanh nghiệp"):
        assert is_figure(cell), cell
    for cell in ("2025", "Năm 2026", "Quý II/2026", "6/2025", "Sở Tài chính", "Tỷ lệ hộ nghèo"):
        assert not is_figure(cell), cell


def test_cells_naming_a_person() -> None:
    for cell in ("Nguyễn Văn An", "Ông Trần Minh Bảo, Phó Chủ tịch UBND huyện", "Đồng chí Lê Thị Hoa", "Hồ Sĩ Dũng"):
        assert is_person(cell), cell
    for cell in ("Sở Tài chính", "Văn phòng UBND tỉnh", "Trưởng ban", "Họ và tên", "Công an tỉnh"):
        assert not is_person(cell), cell


def test_table_of_figures_by_year_gives_no_task() -> None:
    # header words say `Nội dung` (a duty column) and `Ghi chú`; the cells are figures
    rows = [["TT", "Nội dung", "Năm 2024", "Năm 2025", "Ghi chú"],
            ["1", "Tổng sản phẩm trên địa bàn (tỷ đồng)", "52.300", "57.100", ""],
            ["2", "Tỷ lệ hộ nghèo", "2,1%", "1,6%", "Sở Nội vụ theo dõi"],
            ["3", "Số xã đạt chuẩn nông thôn mới", "45", "52", ""],
            ["4", "Tỷ lệ đô thị hóa", "38%", "40%", ""]]
    assert table_shape(Table(rows=rows)).kind == "data"
    plan, tasks = _annex(rows)
    assert tasks == [] and [t.path for t in plan.tasks()] == [["I", "1"]]


def test_figures_beside_a_column_of_agencies_are_still_data() -> None:
    # an indicator table whose first column is not called `Chỉ tiêu`: a monitoring agency does not
    # make a quantity a duty
    rows = [["STT", "Nội dung", "ĐVT", "Kế hoạch 2026", "Đơn vị chủ trì"],
            ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95", "Bảo hiểm xã hội tỉnh"],
            ["2", "Số bác sĩ trên 10.000 dân", "bác sĩ", "12", "Sở Y tế"],
            ["3", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "75", "Sở Giáo dục và Đào tạo"]]
    assert table_shape(Table(rows=rows)).kind == "data"
    assert _annex(rows)[1] == []


def test_members_of_a_steering_committee_are_no_tasks() -> None:
    # `Chức vụ, đơn vị công tác` reads as an agency column and `Nhiệm vụ trong Ban` as a duty column
    rows = [["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ trong Ban"],
            ["1", "Ông Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "Trưởng ban"],
            ["2", "Bà Trần Thị Bình", "Giám đốc Sở Nội vụ", "Phó Trưởng ban thường trực"],
            ["3", "Ông Lê Minh Cường", "Phó Giám đốc Sở Tài chính", "Thành viên, phụ trách kinh phí"],
            ["4", "Ông Phạm Quốc Dũng", "Phó Giám đốc Công an tỉnh", "Thành viên"]]
    assert table_shape(Table(rows=rows)).kind == "people"
    assert _annex(rows)[1] == []


def test_budget_table_gives_no_task() -> None:
    rows = [["TT", "Nội dung", "Đơn vị thực hiện", "Kinh phí (triệu đồng)", "Nguồn kinh phí"],
            ["1", "Tổ chức hội nghị triển khai kế hoạch", "Sở Nội vụ", "120", "Ngân sách tỉnh"],
            ["2", "In ấn tài liệu tuyên truyền", "Sở Văn hóa, Thể thao và Du lịch", "85,5", "Ngân sách tỉnh"],
            ["3", "Tập huấn cán bộ cấp xã", "Sở Nội vụ", "300", "Ngân sách trung ương"],
            ["", "Tổng cộng", "", "505,5", ""]]
    assert table_shape(Table(rows=rows)).kind == "budget"
    assert _annex(rows)[1] == []


def test_budget_without_agency_column() -> None:
    rows = [["STT", "Nội dung", "Kinh phí", "Nguồn"],
            ["1", "Hội nghị sơ kết", "50.000.000 đồng", "Ngân sách huyện"],
            ["2", "Khen thưởng tập thể, cá nhân", "30.000.000 đồng", "Quỹ thi đua"]]
    assert table_shape(Table(rows=rows)).kind in ("data", "budget")
    assert _annex(rows)[1] == []


def test_list_of_legal_bases_and_contacts() -> None:
    bases = [["STT", "Văn bản", "Trích yếu"],
             ["1", "Luật Bảo vệ môi trường năm 2020", "Quy định về hoạt động bảo vệ môi trường"],
             ["2", "Nghị định số 08/2022/NĐ-CP", "Quy định chi tiết một số điều của Luật Bảo vệ môi trường"],
             ["3", "Thông tư số 02/2022/TT-BTNMT", "Hướng dẫn thi hành Luật Bảo vệ môi trường"]]
    contacts = [["STT", "Đơn vị", "Đầu mối", "Điện thoại", "Thư điện tử"],
                ["1", "Sở Nội vụ", "Phòng Tổ chức", "0258 3822 123", "snv@khanhhoa.gov.vn"],
                ["2", "Sở Tài chính", "Phòng Ngân sách", "0258 3811 456", "stc@khanhhoa.gov.vn"]]
    assert table_shape(Table(rows=bases)).kind == "bases"
    assert table_shape(Table(rows=contacts)).kind == "contacts"
    assert _annex(bases)[1] == [] and _annex(contacts)[1] == []


def test_task_table_with_an_odd_header_still_gives_tasks() -> None:
    rows = [["Việc cần làm", "Ai làm", "Khi nào"],
            ["Rà soát quy chế phối hợp giữa các cơ quan", "Sở Tư pháp", "Quý II/2026"],
            ["Xây dựng cơ sở dữ liệu cán bộ, công chức", "Sở Nội vụ", "Tháng 9/2026"],
            ["Tổ chức tập huấn cho cán bộ cấp xã", "Sở Nội vụ", "Năm 2026"]]
    assert table_shape(Table(rows=rows)).task_columns() == (1, {"task": 0, "lead": 1, "deadline": 2})
    _, tasks = _annex(rows)
    assert [(t.text, t.lead, t.deadline_text) for t in tasks] == [
        ("Rà soát quy chế phối hợp giữa các cơ quan", ["Sở Tư pháp"], "Quý II/2026"),
        ("Xây dựng cơ sở dữ liệu cán bộ, công chức", ["Sở Nội vụ"], "Tháng 9/2026"),
        ("Tổ chức tập huấn cho cán bộ cấp xã", ["Sở Nội vụ"], "Năm 2026")]


def test_headerless_task_table_with_two_agency_columns() -> None:
    # the rows of a table whose header was lost (a page of a longer annex): numbered duties, the first
    # agency column presides and the second coordinates
    rows = [["1", "Ban hành quy chế quản lý dữ liệu", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Quý III/2026"],
            ["2", "Kết nối cơ sở dữ liệu dân cư", "Công an tỉnh", "Sở Tư pháp", "Năm 2026"]]
    _, tasks = _annex(rows)
    assert [(t.path[-1], t.lead, t.support, t.deadline_text) for t in tasks] == [
        ("1", ["Sở Khoa học và Công nghệ"], ["Các sở, ngành"], "Quý III/2026"),
        ("2", ["Công an tỉnh"], ["Sở Tư pháp"], "Năm 2026")]


def test_rows_of_nouns_without_agency_or_time_are_no_task_table() -> None:
    # a table of monitoring points: text columns, no agency, no time, no verbs
    rows = [["TT", "Tên điểm", "Loại", "Mô tả"],
            ["1", "Cửa sông Cái", "Quan trắc tác động", "Nguồn nước cấp cho vùng nuôi"],
            ["2", "Đầm Thủy Triều", "Quan trắc môi trường nền", "Vùng nuôi tôm nước lợ"]]
    assert table_shape(Table(rows=rows)).task_columns() is None
    assert _annex(rows)[1] == []


def test_pasted_table_with_an_odd_header_in_a_text_file() -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n1. Các sở thực hiện các việc tại Phụ lục.\n\n"
            "PHỤ LỤC\n\n| Số | Công việc cụ thể | Đơn vị làm | Xong trước |\n|---|---|---|---|\n"
            "| 1 | Công khai thủ tục hành chính trên cổng thông tin | Văn phòng UBND tỉnh | 30/6/2026 |\n"
            "| 2 | Số hóa kết quả giải quyết thủ tục hành chính | Sở Khoa học và Công nghệ | 31/12/2026 |\n")
    plan = extract_plan(parse_text(text))
    tasks = [t for t in plan.tasks() if t.path[0].startswith("PL")]
    assert [(t.path[-1], t.lead, t.deadline_text) for t in tasks] == [
        ("1", ["Văn phòng UBND tỉnh"], "30/6/2026"), ("2", ["Sở Khoa học và Công nghệ"], "31/12/2026")]


def test_task_tables_of_the_usual_shape_are_judged_tasks() -> None:
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí"],
            ["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Quý IV/2026", "500"],
            ["2", "Tập huấn kỹ năng số cho cán bộ", "Sở Nội vụ", "UBND các xã", "Năm 2026", "120"]]
    # a money column beside a time column: duties with their cost, not a budget
    assert table_shape(Table(rows=rows)).kind == "tasks"
    assert len(_annex(rows)[1]) == 2


def test_documents_to_draft_with_agency_and_time_are_tasks_issued_ones_are_bases() -> None:
    # without header words: names of documents not yet issued, each given to an agency and a time, are
    # things to deliver; documents already issued (numbered, dated) beside their issuer are legal bases
    to_draft = [["1", "Nghị định quy định chi tiết một số điều của Luật Dữ liệu", "Bộ Công an", "Tháng 6/2026"],
                ["2", "Thông tư hướng dẫn về quản lý cơ sở dữ liệu", "Bộ Nội vụ", "Quý III/2026"]]
    issued = [["1", "Nghị định số 13/2023/NĐ-CP ngày 17/4/2023", "Chính phủ", "17/4/2023"],
              ["2", "Quyết định số 06/QĐ-TTg ngày 06/01/2022", "Thủ tướng Chính phủ", "06/01/2022"]]
    assert [(t.text[:9], t.lead, t.deadline_text) for t in _annex(to_draft)[1]] == [
        ("Nghị định", ["Bộ Công an"], "Tháng 6/2026"), ("Thông tư ", ["Bộ Nội vụ"], "Quý III/2026")]
    assert _annex(issued)[1] == []


def test_duties_beside_the_names_of_leaders_are_not_a_member_list() -> None:
    rows = [["TT", "Lãnh đạo", "Nhiệm vụ được phân công", "Thời hạn"],
            ["1", "Đồng chí Nguyễn Văn An", "Chỉ đạo rà soát quy hoạch mạng lưới trường học", "Quý II/2026"],
            ["2", "Đồng chí Trần Thị Bình", "Theo dõi, đôn đốc việc giải ngân vốn đầu tư công", "Hằng tháng"]]
    assert table_shape(Table(rows=rows)).kind == "tasks"
