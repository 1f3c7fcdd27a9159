"""The agency cells of an annex task table (extract/table_cells.py): a lead cell holds one column's value."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.extract.table_cells import agencies_only

HEADER = ["TT", "Nội dung nhiệm vụ", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]


def test_a_body_named_by_its_kind_keeps_the_words_that_say_which() -> None:
    # a post or kind of body, no proper name: what follows says which one, it is no work done
    assert agencies_only("Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội") == \
        "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"
    assert agencies_only("Địa phương được lựa chọn") == "Địa phương được lựa chọn"
    assert agencies_only("Cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử") == \
        "Cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử"


def test_a_named_body_then_its_work_keeps_the_name() -> None:
    assert agencies_only("Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu") == "Sở Khoa học và Công nghệ"
    assert agencies_only("Sở Giáo dục và Đào tạo; Sở KH&CN tổng hợp, báo cáo kết quả") == \
        "Sở Giáo dục và Đào tạo; Sở KH&CN"


def test_an_annex_row_reads_the_whole_lead_cell() -> None:
    rows = [HEADER, ["I", "Giám sát công tác bầu cử", "", "", "", ""],
            ["1", "Tham mưu xây dựng kế hoạch giám sát", "Kế hoạch", "Cán bộ phụ trách lĩnh vực giám sát và phản "
             "biện xã hội", "", "Tháng 01/2026"],
            ["2", "Xây dựng kho dữ liệu dùng chung", "", "Địa phương được lựa chọn", "Sở Tài chính", "Năm 2026"]]
    plan = extract_plan([Paragraph("KẾ HOẠCH"), Paragraph("Giám sát công tác bầu cử"), Paragraph("PHỤ LỤC"),
                         Table(rows=rows)])
    tasks = [t for t in plan.tasks() if t.path[0].startswith("PL")]
    assert [t.lead for t in tasks] == [["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"],
                                       ["Địa phương được lựa chọn"]]


def _annex(rows: list[list[str]]) -> list[tuple]:
    plan = extract_plan([Paragraph("KẾ HOẠCH"), Paragraph("Công tác dân vận năm 2024"), Paragraph("PHỤ LỤC"),
                         Table(rows=[["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], *rows])])
    return [(t.text, t.lead, t.support, t.deadline_text) for t in plan.tasks() if t.path[0].startswith("PL")]


def test_both_roles_typed_on_one_line_of_one_cell_are_told_apart() -> None:
    # the `<br>` between `Chủ trì: …` and `Phối hợp: …` lost, or the roles typed as dashes or sentences
    rows = [["1", "Tổ chức hội nghị sơ kết", "- Chủ trì: Ban Dân vận Quận ủy - Phối hợp: Văn phòng Quận ủy", "Quý IV"],
            ["2", "Tổng kết công tác năm", "Chủ trì: Văn phòng Quận ủy. Phối hợp: Ban Tổ chức Quận ủy", "Tháng 12"],
            ["3", "Kiểm tra chương trình", "Chủ trì: Ủy ban Kiểm tra Quận ủy, phối hợp: Ban Tổ chức Quận ủy", "Quý I"],
            # the partners listed one per line under their label: the next line names more of them
            ["4", "Rà soát quy chế", "- Chủ trì: Ban Tổ chức Quận ủy - Phối hợp: Văn phòng Quận ủy;\nỦy ban Kiểm tra "
             "Quận ủy", "Quý II"],
            # the `<br>` lost with nothing in its place (a table copied as plain text, one cell per line)
            ["5", "Khảo sát quy chế dân chủ", "Chủ trì: Ban Dân vận Quận ủy Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam "
             "quận", "Quý III"]]
    assert [(t[1], t[2]) for t in _annex(rows)] == [(["Ban Dân vận Quận ủy"], ["Văn phòng Quận ủy"]),
                                                    (["Văn phòng Quận ủy"], ["Ban Tổ chức Quận ủy"]),
                                                    (["Ủy ban Kiểm tra Quận ủy"], ["Ban Tổ chức Quận ủy"]),
                                                    (["Ban Tổ chức Quận ủy"], ["Văn phòng Quận ủy",
                                                                               "Ủy ban Kiểm tra Quận ủy"]),
                                                    (["Ban Dân vận Quận ủy"],
                                                     ["Ủy ban Mặt trận Tổ quốc Việt Nam quận"])]


def test_a_time_labelled_inside_the_task_cell_is_the_rows_time_not_its_wording() -> None:
    rows = [["1", "Tổng kết công tác tuyên giáo. Thời gian: tháng 12/2024", "Ban Tuyên giáo Quận ủy", ""],
            ["2", "Hướng dẫn công tác bầu cử\n- Thời gian thực hiện: Quý I/2025", "Ban Tổ chức Quận ủy", ""],
            ["3", "Sơ kết công tác dân vận", "Ban Dân vận Quận ủy", "Quý III/2024"]]
    assert _annex(rows) == [("Tổng kết công tác tuyên giáo", ["Ban Tuyên giáo Quận ủy"], [], "tháng 12/2024"),
                            ("Hướng dẫn công tác bầu cử", ["Ban Tổ chức Quận ủy"], [], "Quý I/2025"),
                            ("Sơ kết công tác dân vận", ["Ban Dân vận Quận ủy"], [], "Quý III/2024")]
    # a table with no time column at all: the labelled time still dates its row
    plan = extract_plan([Paragraph("KẾ HOẠCH"), Paragraph("Công tác dân vận năm 2024"), Paragraph("PHỤ LỤC"),
                         Table(rows=[["STT", "Nội dung", "Đơn vị thực hiện"],
                                     ["1", "Hướng dẫn công tác bầu cử. Thời hạn: Quý I/2025", "Ban Tổ chức Quận ủy"],
                                     ["2", "Sơ kết công tác dân vận", "Ban Dân vận Quận ủy"]])])
    assert [(t.text, t.deadline_text) for t in plan.tasks() if t.path[0].startswith("PL")] == \
        [("Hướng dẫn công tác bầu cử", "Quý I/2025"), ("Sơ kết công tác dân vận", None)]
