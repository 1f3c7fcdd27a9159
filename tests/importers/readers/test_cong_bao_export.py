"""What the Công báo's PDF text export does to a Government text, read off by the readers (session 19, real14dev).

Made-up snippets in the export's manner, one habit each: the stamp of the digital signature printed at a page's
foot (`Ký bởi: …` / `Cơ quan: …` / `Ngày ký: …`), the justified proportional wrap of the running text (a full line
counts fewer characters than the widest), and an annex task table printed cell fragment by fragment whose group rows
are numbered without a dot, whose rows' numbers count rows and not pages, with a note row spanning the table and a
row whose task stands over sub-rows of its own.
"""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.readers.export_habits import drop_signature_stamps
from app.importers.readers.textfile import parse_text
from app.importers.readers.wraps import full_line_column

STAMP = ["Ký bởi: CÔNG BÁO TỈNH X", "Cơ quan: VĂN PHÒNG ỦY BAN NHÂN DÂN", "Ngày ký: 2027-01-05 08:00:52 +07:00"]


def test_the_signature_stamp_goes_and_a_lone_field_stays() -> None:
    lines = ["a) Sở A chủ trì rà soát các quy định về", *STAMP, "", "quản lý chợ.", "Cơ quan: Sở B"]
    assert drop_signature_stamps(lines) == ["a) Sở A chủ trì rà soát các quy định về", "", "quản lý chợ.",
                                            "Cơ quan: Sở B"]


def test_a_sentence_cut_by_the_stamp_and_the_page_header_reads_whole() -> None:
    def page(number: int) -> list[str]:
        return ["", "CÔNG BÁO/Số 3/Ngày 05-01-2027", str(number), ""]

    items = [f"{k}. Sở Y tế kiểm tra an toàn thực phẩm tại các chợ đầu mối lần thứ {k}." for k in range(2, 20)]
    text = "\n".join([*page(11), *items[:16], "1. Sở Tài chính chủ trì, phối hợp với các sở xây dựng kế hoạch",
                      *STAMP, *page(12), "vốn năm 2027.", *items[16:]])
    paragraphs = [b.text for b in parse_text(text) if isinstance(b, Paragraph)]
    assert "1. Sở Tài chính chủ trì, phối hợp với các sở xây dựng kế hoạch vốn năm 2027." in paragraphs
    assert not any(word in p for p in paragraphs for word in ("Ký bởi", "Ngày ký", "VĂN PHÒNG", "CÔNG BÁO"))


def _wrapped(widths: list[int]) -> tuple[list[str], list[int]]:
    """Lines of running text of the given widths, each going on in lower case below it."""
    lines = [("các " * 30)[:w] for w in widths]
    return [*lines, "cuối."], [len(ln) for ln in lines] + [5]


def test_a_proportional_wrap_counts_a_full_line_from_where_its_full_lines_start() -> None:
    # a justified PDF's lines of one paragraph: 70 to 82 characters, every one broken by the layout
    lines, lengths = _wrapped([70 + k % 13 for k in range(40)])
    assert full_line_column(lines, lengths, 82) <= 76
    # a monospace wrap breaks only where the next word no longer fits: the column stays
    lines, lengths = _wrapped([80 - k % 3 for k in range(40)])
    assert full_line_column(lines, lengths, 80) == 80


HEADER = ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ", "trì thực hiện", "Cơ quan", "phối hợp", "Thời gian"]
PAGE = ["", "CÔNG BÁO/Số 3/Ngày 05-01-2027", "30", "", *HEADER]


def _row(number: int, task: list[str], lead: list[str], partners: list[str], time: list[str]) -> list[str]:
    return [str(number), *task, *lead, *partners, *time]


ROWS = [
    "I", "Hoàn thiện thể chế, chính sách về phòng, chống dịch bệnh trên",
    "cây trồng",
    *_row(1, ["Rà soát, sửa đổi các quy định về kiểm dịch", "thực vật, bảo vệ thực vật trên địa bàn."],
          ["Sở Nông nghiệp"], ["Các sở,", "ngành,", "địa phương"], ["Năm", "2027 - 2028"]),
    *_row(2, ["Xây dựng cơ chế hỗ trợ người sản xuất khi", "dịch bệnh xảy ra trên diện rộng."],
          ["Sở Tài chính"], ["Các sở,", "ngành"], ["Năm", "2027 - 2028"]),
    "3", "Hoàn thiện hệ thống cảnh báo sớm dịch bệnh", "trên cây trồng chủ lực của tỉnh.", " ", " ", " ",
    "-", "Cây lúa.", "Sở Nông nghiệp", "Các sở,", "ngành", "Năm 2027",
    "-", "Cây ăn quả.", "Sở Khoa học và", "Công nghệ",
    *PAGE,
    "II", "Nâng cao năng lực phòng, chống dịch bệnh cho lực lượng cơ sở",
    *_row(1, ["Tập huấn kỹ năng nhận biết dịch bệnh cho", "cán bộ khuyến nông cấp xã."],
          ["Sở Nông nghiệp"], ["Ủy ban nhân", "dân các xã"], ["Hằng năm"]),
    "Các sở, ngành, địa phương xây dựng kế hoạch chi tiết của cơ quan, đơn vị mình (chi tiết trong",
    "Kế hoạch của cơ quan, đơn vị).",
    *_row(2, ["Tổ chức diễn tập phòng, chống dịch bệnh", "tại các vùng sản xuất tập trung."],
          ["Ủy ban nhân", "dân các xã"], ["Sở Nông nghiệp"], ["Năm 2028"]),
]


def _annex_table() -> list[list[str]]:
    text = "\n".join([*PAGE[1:3], "", "Phụ lục", "NHIỆM VỤ CỤ THỂ", "", *HEADER, *ROWS, "",
                      "Một dòng văn xuôi sau bảng, dài hơn mọi cột của bảng nhiều lần, không thuộc hàng nào."])
    tables = [b for b in parse_text(text) if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0].rows


def test_the_gazettes_group_rows_without_a_dot_and_its_row_numbers_are_read() -> None:
    rows = _annex_table()
    assert rows[0] == ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp", "Thời gian"]
    assert [r[0] for r in rows[1:]] == ["I", "1", "2", "3", "", "", "II", "1", "2"]
    assert rows[1][1] == "Hoàn thiện thể chế, chính sách về phòng, chống dịch bệnh trên cây trồng"
    assert rows[2][2:] == ["Sở Nông nghiệp", "Các sở, ngành, địa phương", "Năm 2027 - 2028"]  # a time, no title


def test_a_row_over_sub_rows_gives_each_its_cells_and_a_merged_cell_to_those_below() -> None:
    rows = _annex_table()
    assert rows[4] == ["3", "Hoàn thiện hệ thống cảnh báo sớm dịch bệnh trên cây trồng chủ lực của tỉnh.", "", "", ""]
    assert rows[5] == ["", "Cây lúa.", "Sở Nông nghiệp", "Các sở, ngành", "Năm 2027"]
    assert rows[6] == ["", "Cây ăn quả.", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Năm 2027"]


def test_a_note_row_spanning_the_table_is_no_rows_text_and_the_table_goes_on() -> None:
    rows = _annex_table()
    assert rows[8] == ["1", "Tập huấn kỹ năng nhận biết dịch bệnh cho cán bộ khuyến nông cấp xã.", "Sở Nông nghiệp",
                       "Ủy ban nhân dân các xã", "Hằng năm"]
    assert rows[9][:3] == ["2", "Tổ chức diễn tập phòng, chống dịch bệnh tại các vùng sản xuất tập trung.",
                           "Ủy ban nhân dân các xã"]
