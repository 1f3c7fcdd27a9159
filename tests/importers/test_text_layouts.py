"""Plain-text layouts of the genre: tables flattened one cell per line, hard-wrapped PDF text,
`1-` numbering, repeated wrapped lines that are not running headers."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.readers.textfile import parse_text

FLAT = """PHỤ LỤC
STT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
I
HẠ TẦNG KỸ THUẬT
1
Nâng cấp mạng thông tin diện rộng
Văn phòng Huyện ủy
Công an huyện
Quý III/2024
2
Số hóa hồ sơ đảng viên
Văn phòng Huyện ủy
Năm 2025
"""


def test_a_table_flattened_one_cell_per_line_is_a_table() -> None:
    tables = [b for b in parse_text(FLAT) if isinstance(b, Table)]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert rows[1][:2] == ["I", "HẠ TẦNG KỸ THUẬT"]
    assert rows[2] == ["1", "Nâng cấp mạng thông tin diện rộng", "Văn phòng Huyện ủy", "Công an huyện", "Quý III/2024"]
    assert rows[3] == ["2", "Số hóa hồ sơ đảng viên", "Văn phòng Huyện ủy", "", "Năm 2025"]  # no partner


def test_a_flattened_table_numbering_its_tasks_under_each_group_keeps_every_row() -> None:
    """Tasks numbered `1.1`, `2.3` under group rows `I`, `II` (a blank line between rows, as a website's text
    export prints them): each label opens a row; a figure such as `1.500` stays a cell."""
    head = ["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Thời gian thực hiện", "Kinh phí (triệu đồng)"]
    text = "\n".join(["PHỤ LỤC", "", *head, "", "I", "Hoàn thiện thể chế", "", "1.1", "Rà soát các quy định",
                      "Sở Tư pháp", "2026 - 2030", "3.000", "", "II", "Phát triển hạ tầng", "", "2.1",
                      "Triển khai hạ tầng số", "Sở Khoa học và Công nghệ", "2026 - 2030", "1.500", "", "2.2",
                      "Phát triển hạ tầng đô thị", "Sở Xây dựng", "2027", "2.000", ""])
    rows = next(b.rows for b in parse_text(text) if isinstance(b, Table))
    assert [row[0] for row in rows[1:]] == ["I", "1.1", "II", "2.1", "2.2"]
    assert rows[4] == ["2.1", "Triển khai hạ tầng số", "Sở Khoa học và Công nghệ", "2026 - 2030", "1.500"]


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in parse_text(text) if isinstance(b, Paragraph)]


WRAPPED = "\n".join(["Mở đầu văn bản ngắn."] + [
    "a) Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND",
    "tỉnh nâng cấp hệ thống quản lý văn bản; hoàn thành trong Quý",
    "IV/2024. Trung tâm Xúc tiến Đầu tư - Thương mại - Du lịch tỉnh và",
    "các cơ quan có liên quan thực hiện kết nối liên thông văn bản với",
    "Trục liên thông văn bản quốc gia.",
] * 5)


def test_hard_wrapped_lines_join_whatever_case_the_next_starts_with() -> None:
    paragraphs = _paragraphs(WRAPPED)
    assert paragraphs[1].startswith("a) Sở Thông tin")
    assert "UBND tỉnh nâng cấp" in paragraphs[1] and "Quý IV/2024" in paragraphs[1]
    assert paragraphs[1].endswith("Trục liên thông văn bản quốc gia.")
    assert len(paragraphs) == 6


def test_dash_numbering_starts_an_item() -> None:
    assert _paragraphs("I- MỤC ĐÍCH, YÊU CẦU\n1- Tạo chuyển biến mạnh mẽ.") == \
        ["I- MỤC ĐÍCH, YÊU CẦU", "1- Tạo chuyển biến mạnh mẽ."]
