"""What other websites and programs leave in a plan's text (app/importers/readers/export_habits.py,
the flattened-table group row, the emphasis run across a wrap, the number line): read off, so the
plan reads as its clean text does. Short snippets of the general shapes."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.readers.export_habits import drop_footnotes, tabs_to_pipes, unescape_entities, unquote
from app.importers.readers.textfile import parse_text


def _texts(text: str) -> list[str]:
    return [b.text for b in parse_text(text) if isinstance(b, Paragraph)]


def test_html_entities_read_as_their_characters() -> None:
    assert unescape_entities("Sở Văn hóa &amp; Thể thao;&nbsp;Quý&#160;II &#8211; &quot;xong&quot;") == \
        "Sở Văn hóa & Thể thao;\u00a0Quý\u00a0II – \"xong\""
    assert unescape_entities("R&D, A & B, &unknown") == "R&D, A & B, &unknown"  # no entity: left as typed
    assert _texts("a)&nbsp;Sở Tài chính chủ trì.") == ["a) Sở Tài chính chủ trì."]


def test_a_quoted_mail_is_unquoted_whole_and_a_lone_quote_stays() -> None:
    plain = ["1. Sở Nội vụ chủ trì.", "", "| TT | Nhiệm vụ |"]
    assert unquote(["> " + ln if ln else ">" for ln in plain]) == plain
    assert unquote(["> > " + ln if ln else "> >" for ln in plain]) == plain  # forwarded twice
    mixed = ["Ông A viết:", "> trích dẫn", "1. Sở Nội vụ chủ trì.", "2. Sở Tài chính phối hợp."]
    assert unquote(mixed) == mixed


def test_tab_separated_rows_are_a_table_with_their_empty_cells_and_group_rows() -> None:
    lines = ["TT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian", "I. Hạ tầng số",
             "1\tNâng cấp mạng\tSở A\t\tQuý II/2025", "\tRà soát dữ liệu\tSở B\tSở C\t2026"]
    assert tabs_to_pipes(lines) == [
        "| TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |", "| I. Hạ tầng số |",
        "| 1 | Nâng cấp mạng | Sở A |  | Quý II/2025 |", "|  | Rà soát dữ liệu | Sở B | Sở C | 2026 |"]
    one = ["Ghi chú:\tmột tab trong câu\tvà một tab nữa.", "Dòng sau."]
    assert tabs_to_pipes(one) == one
    indented = ["\t- Sở A chủ trì.", "\t- Sở B phối hợp."]  # tabs that only indent: no table
    assert tabs_to_pipes(indented) == indented
    tables = [b for b in parse_text("\n".join(lines)) if isinstance(b, Table)]
    assert tables and tables[0].rows[2][:3] == ["1", "Nâng cấp mạng", "Sở A"]


def test_footnote_markers_and_their_notes_go_unmatched_numbers_stay() -> None:
    lines = ["- Sở Y tế thực hiện1 việc phòng chống Covid19, H5N1.", "- Sở A báo cáo[2] hằng quý.",
             "1 Theo báo cáo năm 2024.", "", "[2] Số liệu đến 30/6/2025."]
    assert drop_footnotes(lines) == ["- Sở Y tế thực hiện việc phòng chống Covid19, H5N1.",
                                     "- Sở A báo cáo hằng quý.", ""]
    no_note = ["- Phòng chống dịch Covid19 thường xuyên.", "2. Sở B chủ trì."]
    assert drop_footnotes(no_note) == no_note


def test_a_note_that_ends_its_sentence_goes_whatever_line_follows_it() -> None:
    # a copy without page numbers: the next page's first line (an item, a new sentence, the rest of the
    # sentence the break cut) runs on right below the note
    lines = ["- Sở A báo cáo hằng quý, bảo1 đảm đúng hạn.", "- Sở B tăng cường chia sẻ hạ tầng viễn",
             "1 Số liệu tính đến ngày 30/6/2025.", "thông theo quy định[2].", "2 Đã được sửa đổi năm 2023.",
             "- Sở C chủ trì.", "3 Theo báo cáo số 12/BC-UBND của", "Sở Tài chính."]
    assert drop_footnotes(lines) == ["- Sở A báo cáo hằng quý, bảo đảm đúng hạn.",
                                     "- Sở B tăng cường chia sẻ hạ tầng viễn", "thông theo quy định.",
                                     "- Sở C chủ trì.", "3 Theo báo cáo số 12/BC-UBND của", "Sở Tài chính."]


def test_a_flattened_table_takes_a_group_row_whose_ordinal_shares_its_line() -> None:
    text = "\n".join(["TT", "Chỉ tiêu", "Chủ trì", "", "I. Kinh tế số", "", "1", "Kinh tế số chiếm 30% GRDP.",
                      "Sở Tài chính", "", "2", "Tỷ lệ doanh nghiệp dùng nền tảng số đạt 60%.", "Sở Công Thương",
                      "", "II. TỔ CHỨC THỰC HIỆN", "", "Các sở triển khai."])
    blocks = parse_text(text)
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[1][:2] == ["I", "Kinh tế số"]
    assert table.rows[2][:3] == ["1", "Kinh tế số chiếm 30% GRDP.", "Sở Tài chính"]
    assert "II. TỔ CHỨC THỰC HIỆN" in [b.text for b in blocks if isinstance(b, Paragraph)]  # not a group row


def test_bold_closed_at_the_start_of_a_wrapped_line_keeps_the_paragraph_whole() -> None:
    body = "Nội dung của kế hoạch được triển khai đồng bộ trong toàn tỉnh theo từng giai đoạn cụ thể.\n\n"
    text = body * 8 + ("**2. Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội\n"
                       "tỉnh:\n**Phối hợp tuyên truyền, vận động Nhân dân tham gia phong trào.\n\n") + body * 4
    assert any(t.startswith("2. Đề nghị") and t.endswith("tham gia phong trào.") for t in _texts(text))


def test_a_number_line_without_colon_stands_alone_between_blank_lines() -> None:
    para = "Các cấp ủy đảng lãnh đạo việc triển khai nghị quyết\nở mọi cấp, mọi ngành trong cả nước.\n\n"
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố 57-NQ/TW\nHà Nội, ngày 22 tháng 12 năm 2024\n\n" + para * 12
    assert "Số 57-NQ/TW" in _texts(text)


def test_a_no_break_space_in_a_flattened_table_header_is_a_space() -> None:
    text = "\n".join(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời&nbsp;gian hoàn thành",
                      "1", "Xây dựng Đề án phát triển công nghiệp hỗ trợ", "Cục Công nghiệp", "Tháng 10/2024"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.rows[1][2:] == ["Cục Công nghiệp", "", "Tháng 10/2024"]


def test_an_open_parenthesis_after_an_item_label_goes_on_over_an_upper_case_line() -> None:
    text = "a) Rà soát văn bản (Sở Tư pháp chủ trì; hoàn thành trong Quý\nIV/2024).\n\nb) Tăng cường kiểm tra."
    assert _texts(text) == ["a) Rà soát văn bản (Sở Tư pháp chủ trì; hoàn thành trong Quý IV/2024).",
                            "b) Tăng cường kiểm tra."]



def test_a_star_bullet_glued_to_italic_words_opens_no_bold() -> None:
    # `* *Nhóm 1:* …` typed without the bullet's space: two stars open, one closes (on the line or the next)
    text = ("**Nhóm 1:* hộ nghèo, hộ cận nghèo.\n\n"
            "**Giai đoạn khẩn cấp trong\nhai ngày đầu:* Sở Y tế cấp thuốc men.\n\n"
            "Sở Tài chính bảo đảm kinh phí.\n\n**Phối hợp thực hiện** với các sở.")
    blocks = [b for b in parse_text(text) if isinstance(b, Paragraph)]
    assert [(b.text, b.bold) for b in blocks] == [
        ("- Nhóm 1: hộ nghèo, hộ cận nghèo.", False),
        ("- Giai đoạn khẩn cấp trong hai ngày đầu: Sở Y tế cấp thuốc men.", False),
        ("Sở Tài chính bảo đảm kinh phí.", False), ("Phối hợp thực hiện với các sở.", False)]


def test_a_glued_star_bullet_over_a_bold_heading_is_still_a_bullet() -> None:
    text = ("*Sở Tài chính bảo đảm kinh phí.\n*Sở Nội vụ hướng dẫn khen thưởng.\n\n**2. Tổ chức thực hiện**\n\n"
            "*Cần Thơ, ngày\n17 tháng 11 năm 2025*")
    assert _texts(text) == ["- Sở Tài chính bảo đảm kinh phí.", "- Sở Nội vụ hướng dẫn khen thưởng.",
                            "2. Tổ chức thực hiện", "Cần Thơ, ngày 17 tháng 11 năm 2025"]
