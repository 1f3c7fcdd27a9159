"""Header: number, type, place, date, subject line, bases, signer, recipients, format."""
from __future__ import annotations

import datetime as dt

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan


def _plan(*lines: str):
    return extract_plan([Paragraph(t) for t in lines])


STATE = ("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 512 /KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Nghệ An, ngày 05 tháng 7 năm 2024", "KẾ HOẠCH", "Triển khai Chương trình chuyển đổi số",
         "năm 2024",
         "Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh "
         "ban hành Kế hoạch như sau:",
         "I. NHIỆM VỤ", "1. Sở Tài chính bố trí kinh phí trong năm 2024.",
         "Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Lưu: VT.",
         "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn B")


def test_state_header_and_footer() -> None:
    plan = _plan(*STATE)
    assert plan.number == "512/KH-UBND" and plan.doc_type == "KH"
    assert plan.place == "Nghệ An" and plan.date == dt.date(2024, 7, 5)
    assert plan.title == "Triển khai Chương trình chuyển đổi số năm 2024"
    assert plan.bases == ["749/QĐ-TTg"]
    assert plan.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert plan.signer.authority == "TM. ỦY BAN NHÂN DÂN" and plan.signer.title == "PHÓ CHỦ TỊCH"
    assert plan.signer.name == "Lê Văn B"
    assert plan.recipients == ["Bộ Thông tin và Truyền thông", "Lưu: VT"]
    assert plan.format == "state"
    assert len(plan.tasks()) == 1


def test_party_header() -> None:
    plan = _plan("TỈNH ỦY QUẢNG NAM", "Số 125-KH/TU", "Quảng Nam, ngày 15/3/2024", "KẾ HOẠCH",
                 "thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương",
                 "I- NHIỆM VỤ", "1- Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền trong quý II/2024.",
                 "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn A")
    assert plan.number == "125-KH/TU" and plan.doc_type == "KH" and plan.format == "party"
    assert plan.date == dt.date(2024, 3, 15)
    assert plan.signer.title == "PHÓ BÍ THƯ THƯỜNG TRỰC"


def test_missing_number_and_date_are_null_and_type_from_title() -> None:
    plan = _plan("NGHỊ QUYẾT", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ", "Về nâng cao chất lượng cán bộ",
                 "đến năm 2030", "I. MỤC TIÊU", "1. Mục tiêu chung")
    assert plan.number is None and plan.date is None and plan.place is None
    assert plan.doc_type == "NQ"
    assert plan.title == "Về nâng cao chất lượng cán bộ đến năm 2030"
    assert plan.issuer == "Ban Chấp hành Đảng bộ Thành phố"


def test_type_line_variants_and_broken_subject_line() -> None:
    plan = _plan("Số: 15-CTr/TU", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Thực hiện Nghị quyết số 15-NQ/TW của Bộ Chính trị về",
                 "Phát triển Thủ đô đến năm 2030",
                 "Thực hiện Nghị quyết số 15-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:",
                 "I. NHIỆM VỤ", "1. Các cấp ủy tổ chức quán triệt trong năm 2024.")
    assert plan.doc_type == "CTr" and plan.format == "party"
    assert plan.title == "Thực hiện Nghị quyết số 15-NQ/TW của Bộ Chính trị về Phát triển Thủ đô đến năm 2030"
    assert plan.bases == ["15-NQ/TW"]
    plan = _plan("KẾ HOẠCH Triển khai công tác dân vận năm 2024", "I. NHIỆM VỤ")
    assert plan.doc_type == "KH" and plan.title == "Triển khai công tác dân vận năm 2024"


def test_subject_in_capitals_opened_by_v_v_is_no_item_v() -> None:
    plan = _plan("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 0215/KH-UBND", "Gia Lai, ngày 3 tháng 12 năm 2025", "KẾ HOẠCH",
                 "V/V KHẮC PHỤC HẬU QUẢ MƯA LŨ TRÊN ĐỊA BÀN TỈNH",
                 "Căn cứ Nghị định số 200/2023/NĐ-CP, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
                 "I. NHIỆM VỤ", "1. Sở Tài chính bố trí kinh phí trước ngày 15/12/2025.")
    assert plan.title == "V/V KHẮC PHỤC HẬU QUẢ MƯA LŨ TRÊN ĐỊA BÀN TỈNH"
    assert [n.path for n in plan.tasks()] == [["I", "1"]]


def test_decision_without_its_header_takes_number_and_date_from_the_plan_it_issues() -> None:
    body = ("Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số.",
            "Điều 2. Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc thực hiện trong năm 2026.",
            "KẾ HOẠCH", "Chuyển đổi số năm 2026")
    plan = _plan("QUYẾT ĐỊNH", "Ban hành Kế hoạch chuyển đổi số năm 2026", *body,
                 "(Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 10 tháng 01 năm 2026 của UBND tỉnh)")
    assert plan.number == "77/QĐ-UBND" and plan.doc_type == "QĐ" and plan.date == dt.date(2026, 1, 10)
    # a caption naming a document of another kind is no name of this one
    plan = _plan("QUYẾT ĐỊNH", "Ban hành Kế hoạch chuyển đổi số năm 2026", *body,
                 "(Kèm theo Nghị quyết số 12/NQ-HĐND ngày 10 tháng 01 năm 2026 của HĐND tỉnh)")
    assert plan.number is None and plan.date is None


def test_a_title_without_bold_keeps_the_lines_its_words_carry_on() -> None:
    """No bold (a PDF, a text without marks): a title line ending in a comma, or in a cited document's date
    with its issuing body below, goes on; a preamble line after the title does not join it."""
    plan = _plan("ĐẢNG ĐOÀN QUỐC HỘI", "Số 12-KH/ĐĐQH", "Hà Nội, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH",
                 "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024",
                 "Bộ Chính trị về phát triển khoa học, công nghệ,",
                 "đổi mới sáng tạo và chuyển đổi số quốc gia",
                 "Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW về phát triển khoa học.",
                 "I. NHIỆM VỤ", "1. Văn phòng Quốc hội xây dựng Quốc hội số trong năm 2025.")
    assert plan.title == ("thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về phát triển khoa học, "
                          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")


def test_a_title_ending_in_a_date_stays_short_before_a_line_that_names_no_body() -> None:
    plan = _plan("ỦY BAN NHÂN DÂN", "TỈNH A", "Số: 5/KH-UBND", "Tỉnh A, ngày 05 tháng 7 năm 2024", "KẾ HOẠCH",
                 "Thực hiện Chỉ thị số 05/CT-UBND ngày 01/7/2024",
                 "Năm 2024, tỉnh tập trung triển khai các nhiệm vụ sau đây trên toàn địa bàn tỉnh A.",
                 "I. NHIỆM VỤ", "1. Sở Tài chính bố trí kinh phí trong năm 2024.")
    assert plan.title == "Thực hiện Chỉ thị số 05/CT-UBND ngày 01/7/2024"


def test_the_issuers_place_line_printed_beside_the_mottos_second_line_stays_with_the_issuer() -> None:
    """A layout export (`pdftotext -layout`) sets the header's two columns side by side row by row: the body's place
    line shares its row with `Độc lập - Tự do - Hạnh phúc`; the place is the issuer's, the motto's line is not."""
    plan = _plan("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "TỈNH HÀ GIANG Độc lập - Tự do - Hạnh phúc",
                 "Số: 21 /KH-UBND Hà Giang, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
                 "Phát triển du lịch cộng đồng năm 2026",
                 "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về chuyển đổi số.",
                 "I. NHIỆM VỤ", "1. Sở Văn hóa, Thể thao và Du lịch tổ chức hội chợ trong năm 2026.")
    assert plan.issuer == "Ủy ban nhân dân tỉnh Hà Giang"
    assert plan.number == "21/KH-UBND" and plan.place == "Hà Giang"
    assert plan.title == "Phát triển du lịch cộng đồng năm 2026"
