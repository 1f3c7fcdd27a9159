"""Annex tables a converter half-laid out, and the paragraphs of a text wrapped by a layout export (session 17,
real6fix): the header kept as a markdown row over a body printed one cell per line, lettered sub-rows under a
numbered group row, and a short wrapped line that ends its paragraph."""
from __future__ import annotations

import textwrap

from app.importers.blocks import Paragraph, Table
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


def test_a_short_wrapped_line_before_a_capitalised_line_ends_its_paragraph() -> None:
    sentence = ("Ủy ban nhân dân các cấp chỉ đạo các cơ quan, đơn vị tăng cường công tác tuyên truyền, phổ biến, "
                "giáo dục pháp luật cho cán bộ, đảng viên và Nhân dân trên địa bàn, bảo đảm hiệu quả. ")
    # a layout export: paragraphs wrapped at the column, a blank line between some of them
    wrapped = [line for k in range(6) for line in ["", *("   " + ln for ln in textwrap.wrap(f"{k}) {sentence}", 75))]]
    text = "\n".join([
        *wrapped,
        "        2. Các cơ quan tham mưu, giúp việc; các chi bộ, đảng",
        "   bộ cơ sở",
        "         Các cấp ủy chủ động tổ chức quán triệt và triển khai thực hiện nghiêm túc các",
        "   nội dung của văn bản đến toàn thể cán bộ, đảng viên, công chức, viên chức.",
    ])
    paragraphs = [b.text for b in parse_text(text) if isinstance(b, Paragraph)]
    assert "2. Các cơ quan tham mưu, giúp việc; các chi bộ, đảng bộ cơ sở" in paragraphs
    assert any(p.startswith("Các cấp ủy chủ động") for p in paragraphs)
