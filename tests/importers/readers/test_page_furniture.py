"""A PDF copy's page numbers and running titles, taken out even inside a sentence or a table's cell
(`readers.page_furniture`, `readers.pipecells`)."""
from __future__ import annotations

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
