"""A PDF copy's page numbers and running titles, taken out even inside a sentence or a table's cell
(`readers.page_furniture`, `readers.pipecells`)."""
from __future__ import annotations

import textwrap

from app.importers.blocks import Paragraph, Table
from app.importers.readers.page_furniture import mark_page_numbers
from app.importers.readers.textfile import parse_text

FILLER = [f"Nội dung thứ {k} của kế hoạch được trình bày trên trang này." for k in range(20)]


def test_a_bare_number_counting_pages_goes_even_where_it_cuts_a_heading() -> None:
    lines = ["**I. TÌNH HÌNH", "1", "Báo cáo tỉnh A", "THỰC HIỆN NHIỆM VỤ NĂM 2025**", "",
             *FILLER, "2", "Báo cáo tỉnh A", *FILLER, "3", "Báo cáo tỉnh A", "Kết thúc."]
    assert mark_page_numbers(lines) == [f"- {ln} -" if ln in ("1", "2", "3") else ln for ln in lines]
    paragraphs = [b.text for b in parse_text("\n".join(lines)) if isinstance(b, Paragraph)]
    assert not any("Báo cáo tỉnh A" in p or p in ("1", "2", "3") for p in paragraphs)
    assert "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025" in " ".join(paragraphs[:2])


def test_a_sentence_own_number_on_a_line_of_its_own_stays() -> None:
    """A lone number with no next number a page away counts nothing: it is the sentence's."""
    lines = ["Phấn đấu đến năm 2030 có", "3", "trung tâm dữ liệu của tỉnh.", *FILLER]
    assert mark_page_numbers(lines) == lines


def test_a_table_number_column_printed_one_cell_per_line_is_no_page_count() -> None:
    lines = []
    for n in range(1, 4):
        lines += ["|", str(n), "|", f"Nhiệm vụ thứ {n}", *FILLER[:14], "|", "Sở Nội vụ", "|"]
    assert mark_page_numbers(lines) == lines


def test_page_furniture_inside_a_cell_of_a_table_printed_one_cell_per_line() -> None:
    rows = ["|", "**STT**", "|", "**Tên điểm quan trắc**", "|", "**Đơn vị thực hiện**", "|", "**Thời gian**", "|",
            "|", "1", "|", "Xã Ea", "Trang 16/80", "Công báo tỉnh", "Nam", "|", "Sở Nông nghiệp và Môi trường",
            "|", "Năm 2026", "|"]
    text = "\n".join(["Trang 15/80", "Công báo tỉnh", *FILLER, "", *rows, "", *FILLER, "Trang 17/80",
                      "Công báo tỉnh", "Hết."])
    tables = [b.rows for b in parse_text(text) if isinstance(b, Table)]
    assert tables[0][1] == ["1", "Xã Ea\nNam", "Sở Nông nghiệp và Môi trường", "Năm 2026"]


TITLE = "Kế hoạch thực hiện - Công báo tỉnh"


def _task_rows(first: int, last: int, *, cut_at: int | None = None) -> list[str]:
    """Task rows one cell per line; the task cell of row `cut_at` holds the running title a page break put
    inside its sentence."""
    lines: list[str] = []
    for n in range(first, last + 1):
        words = ["Triển khai nhiệm vụ chuyển đổi số thứ " + str(n) + " trên địa bàn", "tỉnh theo kế hoạch"]
        if n == cut_at:
            words.insert(1, TITLE)
        lines += ["|", str(n), "|", *words, "|", "Sở Khoa học và Công nghệ", "|", "Các sở, ban,",
                  "ngành; UBND các xã", "|", "2026", "|"]
    return lines


def test_a_running_title_without_page_numbers_is_no_text_of_a_table_cell() -> None:
    """A running title pages apart that cuts sentences in the text cuts a cell's words the same way (a table
    printed one cell per line): it is no cell text."""
    head = ["|", "STT", "|", "Nhiệm vụ", "|", "Đơn vị chủ trì", "|", "Đơn vị phối hợp", "|", "Thời gian", "|"]
    text = []
    for k in range(3):  # three pages of text, the title inside a sentence at each break
        text += [f"Các sở, ngành triển khai nội dung số {k} của kế hoạch và báo cáo kết quả", TITLE,
                 "về Sở Khoa học và Công nghệ.", "", *FILLER[:12], ""]
    blocks = parse_text("\n".join([*text, "PHỤ LỤC", "", *head, *_task_rows(1, 6, cut_at=4), "", "Hết."]))
    rows = next(b.rows for b in blocks if isinstance(b, Table))
    assert rows[4][1] == "Triển khai nhiệm vụ chuyển đổi số thứ 4 trên địa bàn tỉnh theo kế hoạch"
    assert not any(TITLE in getattr(b, "text", "") for b in blocks)


def test_a_page_number_between_two_parts_of_a_bordered_table_leaves_one_table() -> None:
    """A page break between two rows of a table printed one cell per line: the page's number between blank
    lines is no text that would end the table, and the rows below it continue it."""
    head = ["|", "STT", "|", "Nhiệm vụ", "|", "Đơn vị chủ trì", "|", "Đơn vị phối hợp", "|", "Thời gian", "|"]
    lines = [*FILLER, "", "1", "", *FILLER, "", "PHỤ LỤC", "", *head, *_task_rows(1, 5), "", "2", "",
             *_task_rows(6, 9), "", "Hết."]
    tables = [b.rows for b in parse_text("\n".join(lines)) if isinstance(b, Table)]
    assert len(tables) == 1 and [row[0] for row in tables[0]] == ["STT", *map(str, range(1, 10))]


def test_a_cell_line_beside_a_page_number_now_and_then_stays_in_its_cell() -> None:
    """`Các sở, ban,` opens many agency cells: beside a page number twice, it is still cell text."""
    lines = ["|", "STT", "|", "Nhiệm vụ", "|", "Đơn vị chủ trì", "|", "Đơn vị phối hợp", "|", "Thời gian", "|"]
    rows = _task_rows(1, 12)
    for page, at in ((1, 40), (2, 80)):  # a page number right under `Các sở, ban,` of two rows
        where = [i for i, ln in enumerate(rows) if ln == "Các sở, ban,"][at // 14]
        rows.insert(where + 1, f"- {page} -")
    tables = [b.rows for b in parse_text("\n".join([*lines, *rows, "", "Hết."])) if isinstance(b, Table)]
    assert all(row[3] == "Các sở, ban, ngành; UBND các xã" for row in tables[0][1:])


def test_a_cell_over_the_next_row_number_is_no_running_title() -> None:
    """A three-column table printed one cell per line: the lead's cell stands right above the next row's bare
    number each time, and a bare number a page count did not take is the row's, not the page's."""
    lines = ["|", "TT", "|", "Chỉ tiêu", "|", "Chủ trì", "|"]
    leads = ["Sở Tài chính"] * 4 + ["Sở Y tế"]
    for n, lead in enumerate(leads, start=1):
        lines += ["|", str(n), "|", f"Chỉ tiêu phát triển kinh tế số thứ {n} đạt 45%", "|", lead, "|"]
    tables = [b.rows for b in parse_text("\n".join([*FILLER, "", *lines, "", "Hết."])) if isinstance(b, Table)]
    assert [row[2] for row in tables[0][1:]] == leads


def test_years_a_page_apart_in_a_table_copied_one_cell_per_line_are_its_time_cells() -> None:
    """`2025` then `2026` a page further down count years, not pages: no plan runs to page 2025."""
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
    lines = [*header, ""]
    times = ["2025", "Thường xuyên", "Thường xuyên", "2026", "Thường xuyên", "Thường xuyên", "12/2027"]
    for n, time in enumerate(times, 1):
        lines += [f"{n}.", f"Triển khai nhiệm vụ chuyển đổi số thứ {n} trên địa bàn tỉnh", "Sở Nội vụ",
                  "Các sở, ban, ngành", "Kế hoạch", time, ""]
    assert mark_page_numbers(lines) == lines
    [table] = [b for b in parse_text("\n".join(lines)) if isinstance(b, Table)]
    assert [row[-1] for row in table.rows[1:]] == times


def test_a_title_printed_once_inside_a_wrapped_sentence_goes() -> None:
    """A two-page plan hard-wrapped at 80 columns, its running title printed once where the page broke a sentence
    (`… các huyện ủy, thị ủy,` / title / `thành ủy rà soát …`): a greedy wrap leaves no short line inside a
    sentence. A short line that ends its sentence, or a label below it, stays."""
    duty = ("Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các huyện ủy, thị ủy, thành ủy rà soát, sắp xếp, kiện toàn tổ "
            "chức cơ sở đảng gắn với sắp xếp đơn vị hành chính cấp xã; hoàn thành trong Quý IV năm 2024.")
    wrapped = textwrap.wrap(duty, 80)
    lines = [line for k in range(8) for line in textwrap.wrap(f"{k + 1}. {FILLER[k]} {duty}", 80)]
    lines += ["9. " + wrapped[0], "Kế hoạch thực hiện - Bản sao điện tử", *wrapped[1:]]
    lines += ["10. Rà soát, xử lý dứt điểm các hồ sơ tồn đọng, trễ hạn; hoàn thành trước ngày", "30/4/2024.",
              "c) Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra tình trạng nhũng nhiễu."]
    paragraphs = [b.text for b in parse_text("\n".join(lines)) if isinstance(b, Paragraph)]
    assert f"9. {duty}" in paragraphs
    assert not any("Bản sao điện tử" in p for p in paragraphs)
    assert "10. Rà soát, xử lý dứt điểm các hồ sơ tồn đọng, trễ hạn; hoàn thành trước ngày 30/4/2024." in paragraphs
