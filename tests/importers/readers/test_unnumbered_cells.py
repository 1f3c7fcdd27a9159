"""Annex task lists printed cell fragment by fragment whose rows carry no number: `readers.unnumbered_cells`.

Synthetic texts of the printing (a PDF text layer: each cell wrapped at its column's width, the header's names
wrapped, a spanning time column split into two sub-columns, group rows numbered by a bare roman numeral on a line of
its own, task rows not numbered), with its habits one by one: the time printed once per sub-column or once, a time
cell wrapped, an agency cell of several fragments naming a partner, a task cell printed around the short cells, a
task's wording going on with a year after `giai đoạn`, a cell wording repeated under several rows.
"""
from __future__ import annotations

from app.importers.blocks import Table
from app.importers.readers.cell_tables import take_cell_table
from app.importers.readers.textfile import parse_text
from app.importers.readers.unnumbered_cells import take_unnumbered_table

HEADER = ["Stt", "Nội dung", "Thời gian trình BTV, BCH", "Cơ quan", "chủ trì", "thực hiện", "Kinh phí", "thực hiện",
          "BTV", "BCH"]
NAMES = ["Stt", "Nội dung", "Thời gian trình BTV, BCH", "Cơ quan chủ trì thực hiện", "Kinh phí thực hiện"]
GROUP_1 = ["I", "Lĩnh vực kinh tế"]
ROW_1 = ["Nghị quyết về phát triển các hợp tác xã", "nông nghiệp trên địa bàn xã giai đoạn",  # the task column
         "2026 – 2030.", "Quý I/2026", "Quý I/2026", "Đảng uỷ", "UBND xã"]
ROW_2 = ["Kế hoạch chuyển đổi số trong các cơ quan của", "hệ thống chính trị xã", "Hàng quý", "Văn phòng",
         "Đảng uỷ phối hợp", "Công an", "xã"]
GROUP_2 = ["II", "Công tác xây dựng Đảng", "và hệ thống chính trị"]
ROW_3 = ["Hướng dẫn thực hiện Đề án nâng cao chất lượng", "sinh hoạt chi bộ cho đội ngũ cán bộ,",
         "Thực hiện theo", "chỉ đạo của", "Huyện uỷ", "Ban Xây", "dựng Đảng",
         "đảng viên trong tình hình mới."]  # the task cell printed around the short cells goes on
ROW_4 = ["Nghị quyết về công tác kiểm tra, giám sát", "nhiệm kỳ 2025 - 2030", "Quý IV hàng", "năm", "Uỷ ban",
         "Kiểm tra Đảng uỷ"]


def _table(lines: list[str]) -> list[list[str]]:
    read = take_unnumbered_table(lines, 0)
    assert read is not None
    return read[0]


def test_the_wrapped_header_is_joined_and_the_sub_captions_dropped() -> None:
    assert _table([*HEADER, *GROUP_1, *ROW_1, *ROW_2])[0] == NAMES


def test_a_row_is_its_task_cell_then_its_time_then_its_agencies() -> None:
    table = _table([*HEADER, *GROUP_1, *ROW_1, *ROW_2])
    assert table[1][:2] == ["I", "Lĩnh vực kinh tế"]
    assert table[2] == ["", "Nghị quyết về phát triển các hợp tác xã nông nghiệp trên địa bàn xã giai đoạn 2026 – "
                        "2030.", "Quý I/2026", "Đảng uỷ UBND xã", ""]
    assert table[3] == ["", "Kế hoạch chuyển đổi số trong các cơ quan của hệ thống chính trị xã", "Hàng quý",
                        "Văn phòng Đảng uỷ phối hợp Công an xã", ""]


def test_a_task_cell_printed_around_the_short_cells_goes_on_after_them() -> None:
    table = _table([*HEADER, *GROUP_1, *ROW_1, *GROUP_2, *ROW_3, *ROW_4])
    assert table[3][:2] == ["II", "Công tác xây dựng Đảng và hệ thống chính trị"]
    assert table[4][1:4] == ["Hướng dẫn thực hiện Đề án nâng cao chất lượng sinh hoạt chi bộ cho đội ngũ cán bộ, "
                             "đảng viên trong tình hình mới.", "Thực hiện theo chỉ đạo của Huyện uỷ",
                             "Ban Xây dựng Đảng"]
    assert table[5][1:4] == ["Nghị quyết về công tác kiểm tra, giám sát nhiệm kỳ 2025 - 2030", "Quý IV hàng năm",
                             "Uỷ ban Kiểm tra Đảng uỷ"]


def test_numbered_rows_are_left_to_the_other_readers() -> None:
    """A list whose rows carry numbers is `wrapped_cells`' or `flattable`'s; a header over no group row is none."""
    numbered = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "1", "Lập kế hoạch", "Sở A",
                "Quý II/2027", "2", "Tổ chức tập huấn", "Sở A", "Quý III/2027"]
    assert take_unnumbered_table(numbered, 0) is None
    # a wrapped header and bare roman group rows over rows numbered on lines of their own (a gazette's table)
    gazette = ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ", "trì thực hiện", "Cơ quan", "phối hợp", "Thời gian", "I",
               "Hoàn thiện thể chế, chính sách về phòng, chống thiên tai", "1", "Rà soát, thể chế hóa các chủ trương,",
               "định hướng của Đảng về phòng, chống thiên tai", "Bộ Nông nghiệp", "Các bộ, ngành", "2026 - 2027", "2",
               "Rà soát, điều chỉnh các quy hoạch ngành có", "liên quan đến phòng, chống thiên tai", "Các bộ, ngành",
               "Bộ Xây dựng", "2026 - 2027"]
    assert take_unnumbered_table(gazette, 0) is None
    assert take_unnumbered_table([*HEADER, *ROW_1, *ROW_2], 0) is None


def test_the_one_entry_and_the_text_reader_give_the_list_through_its_repeated_wordings() -> None:
    """`take_cell_table` reads it; read from a whole text, a wording several rows print alike (`Nghị quyết về tăng
    cường sự` / `lãnh đạo của …`, pages apart) is no running title."""
    assert take_cell_table([*HEADER, *GROUP_1, *ROW_1, *ROW_2], 0) is not None
    rows: list[str] = []
    leads = [["Đảng uỷ", "UBND xã"], ["Ban Xây", "dựng Đảng"], ["Văn phòng", "Đảng uỷ"], ["Chi bộ", "Công an"]]
    for k, field in enumerate(["công tác dân vận", "công tác quốc phòng", "công tác an ninh", "công tác văn hoá"]):
        rows += [f"Kế hoạch thực hiện nhiệm vụ số {k + 1} về phát", "triển kinh tế, xã hội của xã", "Hàng quý",
                 "Đảng uỷ", "UBND xã"] * 6
        rows += [f"Kế hoạch tổng kết nhiệm vụ số {k + 1} về phát", "triển văn hoá, xã hội của xã", "Hàng năm",
                 *leads[k]]  # a different cell above the repeated wording each time
        rows += ["Nghị quyết về tăng cường sự", f"lãnh đạo của Đảng đối với {field}", "trên địa bàn xã.",
                 f"Quý {'I' * (k % 3 + 1)}/2026", "Đảng uỷ", "UBND xã"]
    text = "\n".join(["PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ", *HEADER, *GROUP_1, *rows, ""])
    tables = [b for b in parse_text(text) if isinstance(b, Table)]
    assert len(tables) == 1
    wordings = [row[1] for row in tables[0].rows if row[1].startswith("Nghị quyết")]
    assert wordings[0] == "Nghị quyết về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trên địa bàn xã."
    assert len(wordings) == 4
