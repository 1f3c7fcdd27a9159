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
