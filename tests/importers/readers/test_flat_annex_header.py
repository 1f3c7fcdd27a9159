"""Annex tables a converter half-laid out (session 17, real6fix): the header kept as a markdown row over a body
printed one cell per line, lettered sub-rows under a numbered group row."""
from __future__ import annotations

from app.importers.blocks import Table
from app.importers.readers.flattable import unpipe_flat_header
from app.importers.readers.textfile import parse_text

PIPE_HEADER = "| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\n"
BODY = "\n".join([
    "Thời gian hoàn thành",
    "1", "Tuyên truyền, phổ biến",
    "a)", "Tổ chức hội nghị quán triệt.", "Sở Tư pháp", "Các sở, ngành", "Quý II/2025",
    "b)", "Biên soạn tài liệu hỏi đáp.", "Sở Thông tin", "Báo tỉnh", "Quý III/2025",
    "2", "Tổng kết thi hành.", "Sở Nội vụ", "Các huyện", "Tháng 12/2025",
])


def _table(text: str) -> list[list[str]]:
    tables = [b for b in parse_text(text) if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0].rows


def test_a_markdown_header_over_a_body_one_cell_per_line_is_the_flat_tables_header() -> None:
    rows = _table(PIPE_HEADER + BODY)
    assert rows[0] == ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert ["a", "Tổ chức hội nghị quán triệt.", "Sở Tư pháp", "Các sở, ngành", "Quý II/2025"] in rows
    assert ["2", "Tổng kết thi hành.", "Sở Nội vụ", "Các huyện", "Tháng 12/2025"] in rows
    assert ["1", "Tuyên truyền, phổ biến", "", "", ""] in rows  # the group row, its title alone


def test_a_markdown_table_with_pipe_rows_below_is_left_to_the_pipe_reader() -> None:
    lines = (PIPE_HEADER + "| 1 | Tổ chức hội nghị | Sở Tư pháp | Các sở |").split("\n")
    assert unpipe_flat_header(lines) == lines


def test_a_pipe_row_that_is_no_task_header_stays() -> None:
    lines = ["| BỘ A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| --- | --- |", "Số: 1/KH-A"]
    assert unpipe_flat_header(lines) == lines



def test_the_lines_a_row_printed_after_its_time_go_on_with_its_open_cells_in_order() -> None:
    body = "\n".join([
        "Thời gian hoàn thành",
        "1", "Xây dựng tiêu chuẩn quốc gia; hướng dẫn đăng ký, thẩm định", "Viện Nghiên cứu A, Cục",
        "Vụ Khoa học; các cơ quan, đơn vị có liên quan", "Quý IV/2026", "kết quả thực hiện các dự án.", "Quản lý B",
        "2", "Tổng kết thi hành.", "Sở Nội vụ", "Các huyện", "Tháng 12/2026",
    ])
    rows = _table(PIPE_HEADER + body)
    assert rows[1] == ["1", "Xây dựng tiêu chuẩn quốc gia; hướng dẫn đăng ký, thẩm định kết quả thực hiện các dự án.",
                       "Viện Nghiên cứu A, Cục Quản lý B", "Vụ Khoa học; các cơ quan, đơn vị có liên quan",
                       "Quý IV/2026"]
