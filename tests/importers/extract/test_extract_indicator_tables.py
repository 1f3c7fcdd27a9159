"""Annex tables of indicators (`TT | Chỉ tiêu | ĐVT | Năm 2025 | Mục tiêu đến 2030`) give targets, not tasks."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text

BODY = ("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\nI. NHIỆM VỤ\n"
        "1. Sở Tài chính chủ trì theo dõi các chỉ tiêu tại Phụ lục, báo cáo trước ngày 15/12/2026.\n\nPHỤ LỤC\n")

PIPE = BODY + """
| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | Mục tiêu đến 2030 | Cơ quan theo dõi |
|---|---|---|---|---|---|---|
| I | Chỉ tiêu kinh tế | | | | | |
| 1 | Tốc độ tăng trưởng kinh tế | % | 7,5 | 8 | ≥ 8,5 | Sở Tài chính |
| 2 | Số doanh nghiệp thành lập mới | doanh nghiệp | 300 | 350 | 2.000 | Sở Tài chính |
| II | Chỉ tiêu xã hội | | | | | |
| 3 | Tỷ lệ hộ nghèo | % | 2 | giảm 0,5 | dưới 1 | Sở Nội vụ |
"""

FLAT = BODY + """TT
Chỉ tiêu
Đơn vị tính
Ước thực hiện 2025
Kế hoạch 2026
Cơ quan theo dõi
I
Chỉ tiêu kinh tế
1
Tốc độ tăng trưởng kinh tế
%
7,5
8
Sở Tài chính
2
Số doanh nghiệp thành lập mới
doanh nghiệp
300
350
Sở Tài chính
"""


def _annex_targets(text: str) -> list[tuple[str, str, float, str | None, str | None]]:
    plan = extract_plan(parse_text(text))
    assert [t.path for t in plan.tasks()] == [["I", "1"]]  # the table's rows are no tasks
    return [(t.indicator, t.comparator, t.value, t.unit, t.deadline_text) for t in plan.targets
            if t.path[0].startswith("PL")]


def test_pipe_indicator_table_rows_become_targets() -> None:
    targets = _annex_targets(PIPE)
    assert ("Tốc độ tăng trưởng kinh tế", "=", 8.0, "%", "Năm 2026") in targets
    assert ("Tốc độ tăng trưởng kinh tế", ">=", 8.5, "%", "Mục tiêu đến 2030") in targets
    assert ("Số doanh nghiệp thành lập mới", "=", 2000.0, "doanh nghiệp", "Mục tiêu đến 2030") in targets
    assert ("Tỷ lệ hộ nghèo", "reduce_by", 0.5, "%", "Năm 2026") in targets
    assert ("Tỷ lệ hộ nghèo", "<=", 1.0, "%", "Mục tiêu đến 2030") in targets
    assert len(targets) == 9


def test_flat_indicator_table_keeps_figures_as_cells() -> None:
    # one cell per line: `300` is a figure of row 2, not a row number; achieved figures are no targets
    targets = _annex_targets(FLAT)
    assert targets == [("Tốc độ tăng trưởng kinh tế", "=", 8.0, "%", "Kế hoạch 2026"),
                       ("Số doanh nghiệp thành lập mới", "=", 350.0, "doanh nghiệp", "Kế hoạch 2026")]


def test_indicator_table_without_number_column() -> None:
    rows = [["Tên chỉ tiêu", "ĐVT", "Kế hoạch", "Ghi chú"],
            ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "Trên 95", ""],
            ["Số lao động được giải quyết việc làm", "người", "1.500", "Tăng so với năm trước"]]
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Paragraph("1. Sở Y tế chủ trì thực hiện, hoàn thành năm 2026."),
                         Table(rows=rows)])
    got = [(t.indicator, t.comparator, t.value, t.unit) for t in plan.targets]
    assert got == [("Tỷ lệ dân số tham gia bảo hiểm y tế", ">=", 95.0, "%"),
                   ("Số lao động được giải quyết việc làm", "=", 1500.0, "người")]
    assert not any(t.path[0].startswith("PL") for t in plan.tasks())


def test_task_table_with_an_indicator_column_stays_a_task_table() -> None:
    rows = [["STT", "Nhiệm vụ", "Chỉ tiêu", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            ["1", "Nâng cao tỷ lệ hồ sơ trực tuyến", "80%", "Văn phòng UBND tỉnh", "Năm 2026"],
            ["2", "Phát triển doanh nghiệp", "300 doanh nghiệp", "Sở Tài chính", "Năm 2026"]]
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Table(rows=rows)])
    assert [t.text for t in plan.tasks()] == ["Nâng cao tỷ lệ hồ sơ trực tuyến", "Phát triển doanh nghiệp"]


def test_indicator_column_of_duties_is_a_task_table() -> None:
    # rows worded as duties (opening with a verb) are tasks whatever the column is called
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2026", "Cơ quan chủ trì"],
            ["1", "Xây dựng kho dữ liệu dùng chung", "kho", "1", "Sở Khoa học và Công nghệ"],
            ["2", "Tổ chức tập huấn chuyển đổi số", "lớp", "10", "Sở Nội vụ"]]
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Table(rows=rows)])
    assert not plan.targets
    assert [t.path for t in plan.tasks()] == [["PL", "1"], ["PL", "2"]]


def test_an_annex_of_indicators_alone_is_imported_for_its_targets(tmp_path, services) -> None:
    """A document that is only an indicator annex assigns no task but is still tracked: its targets are
    imported and stored, where before it was refused as a document with nothing to import."""
    from app.importers import import_plan_file

    path = tmp_path / "phu-luc.txt"
    annex = PIPE[PIPE.index("\n|"):]
    path.write_text("UBND TỈNH A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND | A, ngày 5 tháng 1 năm 2026\n"
                    "PHỤ LỤC\nCác chỉ tiêu kinh tế - xã hội năm 2026\n" + annex, encoding="utf-8")
    plan = import_plan_file(path)
    assert not plan.tasks() and len(plan.targets) >= 6
    outcome = services.plan_import.store(plan)
    assert outcome.tasks == 0 and outcome.targets == len(plan.targets)


# an annex whose agency column says who monitors each indicator; `Đơn vị` is the unit, `Kết quả` the figure to
# reach, the group rows give the year
MONITORED = BODY + """
| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |
| --- | --- | --- | --- | --- |
| **I** | **Đến năm 2030** | | | |
| 1 | Trình độ công nghệ của doanh nghiệp | Thứ bậc | Đạt mức trên trung bình của thế giới | Sở Khoa học và Công nghệ |
| 2 | Xếp hạng chỉ số năng lực cạnh tranh | Thứ bậc | ≤ 5 khu vực; ≤ 20 cả nước | Sở Tài chính |
| 3 | Số doanh nghiệp công nghệ số | Doanh nghiệp | ≥ 50 | Sở Khoa học và Công nghệ |
| 4 | Tỉ lệ hồ sơ giải quyết trực tuyến | % | 100% | Văn phòng Ủy ban nhân dân tỉnh |
| 5 | Chi ngân sách cho khoa học | % tổng chi | ≥ 3% và tăng dần theo yêu cầu | Sở Tài chính |
| **II** | **Đến năm 2035** | | | |
| 6 | Tổ chức khoa học được xếp hạng | Tổ chức | 40 - 50 | Sở Khoa học và Công nghệ |
| 7 | Chỉ số hiệu quả quản trị | Điểm | > 0,7 | Sở Nội vụ |
"""


def test_indicator_table_with_a_monitoring_agency_gives_targets_not_tasks() -> None:
    targets = _annex_targets(MONITORED)
    assert targets == [
        ("Xếp hạng chỉ số năng lực cạnh tranh", "<=", 5.0, "Thứ bậc", "Đến năm 2030"),
        ("Xếp hạng chỉ số năng lực cạnh tranh", "<=", 20.0, "Thứ bậc", "Đến năm 2030"),
        ("Số doanh nghiệp công nghệ số", ">=", 50.0, "Doanh nghiệp", "Đến năm 2030"),
        ("Tỉ lệ hồ sơ giải quyết trực tuyến", "=", 100.0, "%", "Đến năm 2030"),
        ("Chi ngân sách cho khoa học", ">=", 3.0, "% tổng chi", "Đến năm 2030"),
        ("Tổ chức khoa học được xếp hạng", ">=", 40.0, "Tổ chức", "Đến năm 2035"),
        ("Chỉ số hiệu quả quản trị", ">=", 0.7, "Điểm", "Đến năm 2035")]


def test_bare_unit_header_naming_bodies_is_no_unit() -> None:
    # `Đơn vị` over body names is who does it: not the unit of the figures
    rows = [["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 2026"],
            ["1", "Tỷ lệ hồ sơ trực tuyến", "Văn phòng UBND tỉnh", "80%"],
            ["2", "Số doanh nghiệp thành lập mới", "Sở Tài chính", "300"]]
    plan = extract_plan([Paragraph("I. NHIỆM VỤ"), Paragraph("1. Sở Y tế chủ trì thực hiện, hoàn thành năm 2026."),
                         Table(rows=rows)])
    assert [(t.indicator, t.value, t.unit) for t in plan.targets] == [("Tỷ lệ hồ sơ trực tuyến", 80.0, "%"),
                                                                     ("Số doanh nghiệp thành lập mới", 300.0, None)]
