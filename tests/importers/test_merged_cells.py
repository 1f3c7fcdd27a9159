"""Annex task tables as offices lay them out: one `Cơ quan chủ trì` / `Phối hợp` / `Thời gian` cell
merged down over several task rows, the header row printed again on a new page, a row cut by the
page break. Word (`vMerge`), a website's text export (the merged cell's rows left empty) and the PDF
LibreOffice prints from the Word file all give every row of a span the same lead, partners and time."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

from app.importers import import_plan_document
from app.importers.blocks import Table
from app.importers.extract.tables import table_nodes
from app.importers.readers.office import convert_with_office, office_program

HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
# (number, task, lead, partners, time); None: the cell merged with the one above
ROWS: list[tuple[str, str, str | None, str | None, str | None]] = [
    ("I", "Hoàn thiện thể chế", "", "", ""),
    ("1", "Rà soát các quy định về chuyển đổi số của tỉnh", "Sở Tư pháp", "Các sở, ngành", "Quý II/2026"),
    ("2", "Xây dựng quy chế quản lý dữ liệu dùng chung", "Sở Khoa học và Công nghệ", None, None),
    ("3", "Ban hành danh mục dữ liệu mở của tỉnh", None, "Sở Tài chính", None),
    ("4", "Hướng dẫn kết nối dữ liệu với các hệ thống", None, None, "Quý IV/2026"),
    ("II", "Phát triển hạ tầng số", "", "", ""),
    ("5", "Nâng cấp trung tâm dữ liệu của tỉnh", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Năm 2027"),
    ("6", "Phủ sóng di động tới các thôn, bản", "Các doanh nghiệp viễn thông", None, None),
]
EXPECTED = [
    ("Rà soát các quy định", ["Sở Tư pháp"], ["Các sở, ngành"], "Quý II/2026"),
    ("Xây dựng quy chế quả", ["Sở Khoa học và Công nghệ"], ["Các sở, ngành"], "Quý II/2026"),
    ("Ban hành danh mục dữ", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"], "Quý II/2026"),
    ("Hướng dẫn kết nối dữ", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"], "Quý IV/2026"),
    ("Nâng cấp trung tâm d", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], "Năm 2027"),
    ("Phủ sóng di động tới", ["Các doanh nghiệp viễn thông"], ["Công an tỉnh"], "Năm 2027"),
]
PREAMBLE = ["ỦY BAN NHÂN DÂN TỈNH", "Số: 15/KH-UBND", "KẾ HOẠCH", "Triển khai chuyển đổi số năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm triển khai đồng bộ, hiệu quả các nhiệm vụ chuyển đổi số.",
            "II. NHIỆM VỤ", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.", "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026"]


def _fields(tasks: list[dict]) -> list[tuple]:
    return [(t["text"][:20], t["lead"], t["support"], t["deadline_text"]) for t in tasks]


def _text_rows() -> list[list[str]]:
    """The rows as a website's text export prints them: a merged cell's text in its first row only,
    the header row again in the middle (the top of a new page)."""
    rows = [list(HEADER)]
    for k, row in enumerate(ROWS):
        if k == 4:
            rows.append(list(HEADER))
        rows.append([c or "" for c in row])
    return rows


def test_a_website_text_export_gives_every_row_of_a_merged_cell_its_text(tmp_path: Path) -> None:
    lines = [*PREAMBLE, "", "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in _text_rows()[1:]]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _fields(import_plan_document(path)[1].to_annotation_dict()["tasks"]) == EXPECTED


def test_the_same_table_printed_one_cell_per_line_reads_the_same(tmp_path: Path) -> None:
    lines = [*PREAMBLE, ""]
    for row in _text_rows():
        lines.append("|")
        for cell in row if any(row[2:]) or row == HEADER else row[:2]:  # a group row: its title spans the row
            lines.extend([cell] if cell else [])
            lines.append("|")
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    assert _fields(import_plan_document(path)[1].to_annotation_dict()["tasks"]) == EXPECTED


def _docx(path: Path) -> Path:
    """The plan in Word: the merged cells merged (`vMerge`, text centred), the group titles across the row."""
    document = docx.Document()
    for line in PREAMBLE:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for c, name in enumerate(HEADER):
        table.cell(0, c).text = name
    for r, row in enumerate(ROWS, 1):
        if row[2] == "":  # a group row
            table.cell(r, 0).text = row[0]
            table.cell(r, 1).merge(table.cell(r, len(HEADER) - 1)).text = row[1]
            continue
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for c in (2, 3, 4):
        r = 1
        while r <= len(ROWS):
            end = r
            while end < len(ROWS) and ROWS[end][c] is None:
                end += 1
            if end > r:  # the text centred in its span, as offices set it (the PDF prints it lower)
                table.cell(r, c).merge(table.cell(end, c)).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            r = end + 1
    document.add_paragraph()
    document.save(str(path))
    return path


def test_word_merged_cells_and_their_pdf_give_every_row_the_merged_text(tmp_path: Path) -> None:
    path = _docx(tmp_path / "plan.docx")
    assert _fields(import_plan_document(path)[1].to_annotation_dict()["tasks"]) == EXPECTED
    if office_program() is None:  # no LibreOffice to print it: the Word file alone is checked
        return
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(convert_with_office(path.read_bytes(), source="docx", target="pdf",
                                        infilter="MS Word 2007 XML", save_as=""))
    assert _fields(import_plan_document(pdf)[1].to_annotation_dict()["tasks"]) == EXPECTED


def _tasks(rows: list[list[str]]) -> list[tuple]:
    nodes = table_nodes([Table(rows=[HEADER, *rows])])
    found = []

    def walk(node) -> None:
        if node.kind == "task":
            found.append((node.text[:8], node.lead, node.support, node.deadline_text))
        for child in node.children:
            walk(child)

    for node in nodes:
        walk(node)
    return found


def test_empty_partner_cells_of_a_table_whose_leads_are_all_printed_mean_no_partner() -> None:
    rows = [["1", "Rà soát quy định", "Sở Tư pháp", "Các sở", "2026"],
            ["2", "Lập kế hoạch số", "Sở Nội vụ", "", "2026"],
            ["3", "Tập huấn cán bộ", "Sở Y tế", "", "2027"]]
    assert [t[2] for t in _tasks(rows)] == [["Các sở"], [], []]


def test_a_column_empty_where_a_group_opens_means_none_not_merged() -> None:
    # the partner cell is empty in the first row of group II: nothing above it could be merged into it
    rows = [["I", "Thể chế", "", "", ""],
            ["1", "Rà soát quy định", "Sở Tư pháp", "Các sở", "2026"],
            ["2", "Lập kế hoạch số", "", "", "2026"],
            ["II", "Hạ tầng", "", "", ""],
            ["3", "Tập huấn cán bộ", "Sở Y tế", "", "2027"],
            ["4", "Nâng cấp mạng xã", "Sở Y tế", "", "2027"]]
    assert [(t[1], t[2]) for t in _tasks(rows)] == [(["Sở Tư pháp"], ["Các sở"]), (["Sở Tư pháp"], []),
                                                    (["Sở Y tế"], []), (["Sở Y tế"], [])]


def test_a_row_holding_only_the_rest_of_a_cell_cut_by_a_page_break_is_that_row() -> None:
    rows = [["1", "Rà soát quy định", "Sở Tư pháp", "Các sở, ngành;", "2026"],
            ["", "", "", "UBND các xã", ""],
            ["2", "Lập kế hoạch chuyển đổi số cho", "Sở Nội vụ", "Sở Y tế", "2027"],
            ["", "các cơ quan của tỉnh", "", "", ""]]
    tasks = _tasks(rows)
    assert [t[0] for t in tasks] == ["Rà soát ", "Lập kế h"]
    assert tasks[0][2] == ["Các sở, ngành", "UBND các xã"]
    assert table_nodes([Table(rows=[HEADER, *rows])])[0].children[1].text == \
        "Lập kế hoạch chuyển đổi số cho các cơ quan của tỉnh"


def test_a_pdf_cell_centred_in_its_merged_span_stays_in_the_row_it_is_printed_with() -> None:
    """Printed cell by cell: row 1's lead is centred over rows 1–3, so it comes lower than row 1's
    top but before row 2 starts back at the left; it is row 1's lead, and the table goes on."""
    from app.importers.readers.pdftable import split_tables

    def row(x: float, y: float, text: str) -> list:
        return [x, y, text, x + 6 * len(text), []]

    rows = [
        row(90, 500, "STT"), row(126, 500, "Nhiệm vụ"), row(300, 500, "Chủ trì"), row(400, 500, "Thời gian"),
        row(90, 480, "1"), row(126, 480, "Rà soát quy chế"), row(126, 466, "làm việc"),
        row(300, 440, "Sở Nội vụ"), row(400, 480, "Quý II/2025"),  # the lead centred lower
        row(90, 450, "2"), row(126, 450, "Lập kế hoạch"), row(400, 450, "Quý III/2025"),
        row(90, 430, "3"), row(126, 430, "Tập huấn"), row(400, 430, "Năm 2025"),
    ]
    (table,) = split_tables(rows)
    assert isinstance(table, Table)
    assert table.rows == [["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
                          ["1", "Rà soát quy chế làm việc", "Sở Nội vụ", "Quý II/2025"],
                          ["2", "Lập kế hoạch", "Sở Nội vụ", "Quý III/2025"],
                          ["3", "Tập huấn", "Sở Nội vụ", "Năm 2025"]]  # its middle is rows 1–3's


def _all_tasks(table: Table) -> list[tuple]:
    found = []

    def walk(node) -> None:
        if node.kind == "task":
            found.append((node.text, node.lead, node.support, node.deadline_text))
        for child in node.children:
            walk(child)

    for node in table_nodes([table]):
        walk(node)
    return found


def test_a_header_that_lost_its_merged_number_cell_moves_back_over_its_columns() -> None:
    """A web page's table whose `STT` cell spanned the header rows: the header words slid one cell
    left (`Nội dung` over the numbers), the last header cell empty; the rows are still read."""
    rows = [["A", "PHÁT TRIỂN HẠ TẦNG SỐ", "", "", "", ""],
            ["I", "Hạ tầng viễn thông", "", "", "", ""],
            ["Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm", ""],
            ["1.1", "Phủ sóng di động băng rộng tới các thôn, bản", "Sở Khoa học và Công nghệ",
             "UBND các xã", "2026 - 2027", "Báo cáo"],
            ["1.2", "Nâng cấp trung tâm dữ liệu của tỉnh", "Công an tỉnh", "Sở Tài chính", "2027", "Trung tâm"],
            ["II", "Nền tảng số", "", "", "", ""],
            ["2.1", "Triển khai nền tảng dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Các sở, ngành",
             "2026", "Nền tảng"]]
    assert _all_tasks(Table(rows=rows)) == [
        ("Phủ sóng di động băng rộng tới các thôn, bản", ["Sở Khoa học và Công nghệ"], ["UBND các xã"],
         "2026 - 2027"),
        ("Nâng cấp trung tâm dữ liệu của tỉnh", ["Công an tỉnh"], ["Sở Tài chính"], "2027"),
        ("Triển khai nền tảng dữ liệu dùng chung", ["Sở Khoa học và Công nghệ"], ["Các sở, ngành"], "2026"),
    ]


def test_a_header_over_rows_whose_task_cells_are_wordings_stays_where_it_is() -> None:
    """Short task names beside a number column the header names: nothing slid, nothing moves."""
    rows = [HEADER, ["1", "Rà soát quy định về dữ liệu", "Sở Tư pháp", "Các sở", "2026"],
            ["2", "Lập kế hoạch số", "Sở Nội vụ", "Sở Y tế", "2026"],
            ["3", "Tập huấn cán bộ", "Sở Y tế", "UBND các xã", "2027"]]
    assert [t[0] for t in _all_tasks(Table(rows=rows))] == ["Rà soát quy định về dữ liệu", "Lập kế hoạch số",
                                                          "Tập huấn cán bộ"]


def test_a_header_printed_again_with_its_task_word_broken_in_a_narrow_cell_is_no_task() -> None:
    """A PDF prints `Nội dung` in the narrow number column as `Nội dun g`: the row still names three
    kinds of column and holds no figure, so it is the header again, not a task `Đơn vị thực hiện`."""
    again = ["Nội dun g", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"]
    header = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"]
    rows = [header, ["1", "Rà soát quy định về dữ liệu", "Sở Tư pháp", "Các sở", "2026", "Báo cáo"],
            [*again, ""], ["2", "Lập kế hoạch số", "Sở Nội vụ", "Sở Y tế", "2027", "Kế hoạch"]]
    assert [t[0] for t in _all_tasks(Table(rows=rows))] == ["Rà soát quy định về dữ liệu", "Lập kế hoạch số"]


# every row names its lead; only the time is merged over the rows of a group (or over part of one)
TIMED: list[tuple[str, str, str, str, str | None]] = [
    ("I", "Hoàn thiện thể chế", "", "", ""),
    ("1", "Rà soát các quy định về chuyển đổi số", "Sở Tư pháp", "Các sở, ngành", "Quý II/2026"),
    ("2", "Xây dựng quy chế quản lý dữ liệu", "Sở Khoa học và Công nghệ", "Sở Tư pháp", None),
    ("3", "Ban hành danh mục dữ liệu mở", "Sở Tài chính", "", None),
    ("II", "Phát triển hạ tầng số", "", "", ""),
    ("4", "Nâng cấp trung tâm dữ liệu", "Công an tỉnh", "Sở Tài chính", "Năm 2027"),
    ("5", "Phủ sóng di động tới các thôn", "Sở Xây dựng", "", None),
]


def test_a_time_merged_over_printed_leads_dates_every_row_in_word_and_only_its_first_in_text(tmp_path: Path) -> None:
    """Word repeats a `vMerge` time on every row it spans. A website's text gives it in the first row only,
    and there, beside leads all printed, an empty time cell cannot be told from a task with no time (a
    table of tasks half of which print none is as common): it stays empty. Empty partner cells stay empty."""
    document = docx.Document()
    for line in PREAMBLE:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(TIMED), cols=len(HEADER))
    for c, name in enumerate(HEADER):
        table.cell(0, c).text = name
    for r, row in enumerate(TIMED, 1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value or ""
    table.cell(1 + 1, 4).merge(table.cell(1 + 3, 4))  # `Quý II/2026` over rows 1–3 (`vMerge`)
    table.cell(1 + 5, 4).merge(table.cell(1 + 6, 4))
    document.add_paragraph()
    document.save(str(tmp_path / "plan.docx"))
    word = _fields(import_plan_document(tmp_path / "plan.docx")[1].to_annotation_dict()["tasks"])
    assert word == [("Rà soát các quy định", ["Sở Tư pháp"], ["Các sở, ngành"], "Quý II/2026"),
                    ("Xây dựng quy chế quả", ["Sở Khoa học và Công nghệ"], ["Sở Tư pháp"], "Quý II/2026"),
                    ("Ban hành danh mục dữ", ["Sở Tài chính"], [], "Quý II/2026"),
                    ("Nâng cấp trung tâm d", ["Công an tỉnh"], ["Sở Tài chính"], "Năm 2027"),
                    ("Phủ sóng di động tới", ["Sở Xây dựng"], [], "Năm 2027")]
    lines = [*PREAMBLE, "", "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(c or "" for c in row) + " |" for row in TIMED]
    (tmp_path / "plan.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = _fields(import_plan_document(tmp_path / "plan.txt")[1].to_annotation_dict()["tasks"])
    assert [t[3] for t in text] == ["Quý II/2026", None, None, "Năm 2027", None]


def test_sub_tasks_lettered_under_a_numbered_row_share_its_merged_cells() -> None:
    """`a`, `b)` rows under task 1, its lead and time cells merged down over them: they are tasks of
    the same lead, not group titles that would swallow the rows after them."""
    rows = [["I", "Thể chế", "", "", ""],
            ["1", "Rà soát quy định về chuyển đổi số", "Sở Tư pháp", "Các sở", "Quý II/2026"],
            ["a", "Rà soát quy định về dữ liệu", "", "", ""],
            ["b)", "Rà soát quy định về an toàn thông tin", "", "Công an tỉnh", ""],
            ["2", "Ban hành danh mục dữ liệu mở", "Sở Tài chính", "Các sở", "Năm 2027"]]
    assert _tasks(rows) == [("Rà soát ", ["Sở Tư pháp"], ["Các sở"], "Quý II/2026"),
                            ("Rà soát ", ["Sở Tư pháp"], ["Các sở"], "Quý II/2026"),
                            ("Rà soát ", ["Sở Tư pháp"], ["Công an tỉnh"], "Quý II/2026"),
                            ("Ban hành", ["Sở Tài chính"], ["Các sở"], "Năm 2027")]


def test_a_numbered_group_title_over_numbered_sub_rows_opens_a_run_of_merged_cells() -> None:
    """`1 | Hoàn thiện thể chế` with no agency nor time over rows `1.1`, `1.2`: the group's title, so
    the cells merged down from `1.1` reach `1.2`, and nothing runs from group 1 into group 2."""
    rows = [["1", "Hoàn thiện thể chế", "", "", ""],
            ["1.1", "Rà soát quy định về chuyển đổi số", "Sở Tư pháp", "Các sở", "Quý II/2026"],
            ["1.2", "Xây dựng quy chế quản lý dữ liệu", "", "", ""],
            ["2", "Phát triển hạ tầng số", "", "", ""],
            ["2.1", "Nâng cấp trung tâm dữ liệu", "Công an tỉnh", "Sở Tài chính", "Năm 2027"],
            ["2.2", "Phủ sóng di động tới các thôn", "", "", ""]]
    assert _tasks(rows) == [("Rà soát ", ["Sở Tư pháp"], ["Các sở"], "Quý II/2026"),
                            ("Xây dựng", ["Sở Tư pháp"], ["Các sở"], "Quý II/2026"),
                            ("Nâng cấp", ["Công an tỉnh"], ["Sở Tài chính"], "Năm 2027"),
                            ("Phủ sóng", ["Công an tỉnh"], ["Sở Tài chính"], "Năm 2027")]


def test_a_time_merged_over_a_numbered_group_dates_its_rows_not_a_task_of_its_own() -> None:
    """The time cell merged over group `1` and its rows: a website prints it on the group's title row. The
    title over `1.1`, `1.2` is still a group (no task `Hoàn thiện thể chế`), and its time dates its rows."""
    rows = [["1", "Hoàn thiện thể chế", "", "", "Năm 2026"],
            ["1.1", "Rà soát quy định về chuyển đổi số", "Sở Tư pháp", "Các sở", ""],
            ["1.2", "Xây dựng quy chế quản lý dữ liệu", "Sở Nội vụ", "", ""],
            ["2", "Phát triển hạ tầng số", "", "", "Năm 2027"],
            ["2.1", "Nâng cấp trung tâm dữ liệu", "Công an tỉnh", "Sở Tài chính", ""]]
    assert _tasks(rows) == [("Rà soát ", ["Sở Tư pháp"], ["Các sở"], "Năm 2026"),
                            ("Xây dựng", ["Sở Nội vụ"], [], "Năm 2026"),
                            ("Nâng cấp", ["Công an tỉnh"], ["Sở Tài chính"], "Năm 2027")]


def test_a_numbered_row_printing_no_agency_nor_time_is_a_task_its_merged_cells_span_not_a_group_title() -> None:
    """A group whose first task names no lead (so the table as a whole does not read merged): the numbered rows
    below it that print only their wording are tasks the merged cells above span — they take the lead and time
    above, not the partner (an empty partner cell is as likely "none") — and not group titles swallowing the rows
    after them; an empty lead cell beside a printed partner is the lead above too."""
    rows = [["I", "Hạ tầng số", "", "", ""],
            ["1", "Lắp đặt các trạm phát sóng 5G", "", "", "Năm 2026"],
            ["2", "Nâng cấp mạng lõi của tỉnh", "", "", ""],
            ["II", "Tổ chức thực hiện", "", "", ""],
            ["3", "Theo dõi, đôn đốc các doanh nghiệp", "Sở Khoa học và Công nghệ", "Các sở", "Quý IV/2026"],
            ["4", "Hướng dẫn các chủ đầu tư", "", "", ""],
            ["5", "Hỗ trợ doanh nghiệp viễn thông", "", "Công an tỉnh", ""]]
    assert _tasks(rows) == [("Lắp đặt ", [], [], "Năm 2026"), ("Nâng cấp", [], [], "Năm 2026"),
                            ("Theo dõi", ["Sở Khoa học và Công nghệ"], ["Các sở"], "Quý IV/2026"),
                            ("Hướng dẫ", ["Sở Khoa học và Công nghệ"], [], "Quý IV/2026"),
                            ("Hỗ trợ d", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"], None)]


def test_an_unnumbered_row_printing_only_its_wording_stays_a_group_title() -> None:
    """Without a number column a bare row may be a group's title as well as a merged task: read as printed."""
    rows = [["Nâng cấp trung tâm dữ liệu", "Sở Khoa học và Công nghệ", "Các sở", "Năm 2026"],
            ["Phát triển hạ tầng số", "", "", ""],
            ["Phủ sóng di động tới các thôn", "Công an tỉnh", "", "Năm 2027"]]
    table = Table(rows=[["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"], *rows])
    section = table_nodes([table])[0]
    assert [c.kind for c in section.children] == ["task", "section"]
