"""Headers of Party documents and of the web pages that repost them (real3's Party openings, spent in
session 10): the number row flattened with its place-date, a wrapped `TP.` place, a scanned type line, the
conference title block, a page's caption or news lead naming the document whose header it left out, and the
Party committees' own ways of naming bodies. Synthetic snippets of each shape."""
from __future__ import annotations

import datetime as dt

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.extract import header as hdr
from app.importers.extract.mention_heads import head_at
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.page_caption import page_caption


def _plan(*lines: str):
    return extract_plan([Paragraph(t) for t in lines])


TASKS = ("I. NHIỆM VỤ", "1. Các chi bộ trực thuộc quán triệt nội dung kế hoạch trong tháng 7/2025.")


def test_number_row_flattened_with_its_place_date() -> None:
    assert hdr.number_and_place("Số: 31 - KH/HĐTN-VP Vinh, ngày 02 tháng 3 năm 2025") == (
        "31-KH/HĐTN-VP", "Vinh, ngày 02 tháng 3 năm 2025")
    assert hdr.number_and_place("Số 09-KH/HU TP. Hải Dương, ngày 9/5/2025") == (
        "09-KH/HU", "TP. Hải Dương, ngày 9/5/2025")
    assert hdr.number_and_place("Số: 12/KH-UBND") is None
    plan = _plan("BAN CHẤP HÀNH TỈNH ĐOÀN NGHỆ AN", "Số: 31 - KH/TĐTN-VP      Vinh, ngày 02 tháng 3 năm 2025",
                 "KẾ HOẠCH", "Tổ chức Tháng Thanh niên năm 2025", *TASKS)
    assert plan.number == "31-KH/TĐTN-VP" and plan.doc_type == "KH"
    assert plan.place == "Vinh" and plan.date == dt.date(2025, 3, 2)


def test_wrapped_place_keeps_its_abbreviated_first_word() -> None:
    plan = _plan("THÀNH ỦY CẦN THƠ", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 07-KH/TU", "TP.",
                 "Cần Thơ, ngày 3 tháng 4 năm 2025", "KẾ HOẠCH", "về phát triển đảng viên", *TASKS)
    assert plan.place == "TP. Cần Thơ" and plan.date == dt.date(2025, 4, 3)


def test_scanned_type_line_with_a_split_letter_and_a_wrong_tone() -> None:
    assert hdr.type_word("K ÉT LUẬN") == ("KL", "")
    assert hdr.type_word("NGHI QUYÉT") == ("NQ", "")
    assert hdr.type_word("Kết luận") is None  # the type line is printed in capitals
    plan = _plan("HUYỆN ỦY ĐÔNG ANH", "K ÉT LUẬN", "về công tác dân vận năm 2025", *TASKS)
    assert plan.doc_type == "KL" and plan.title == "về công tác dân vận năm 2025"


def test_party_instruction_type_line() -> None:
    plan = _plan("TỈNH ỦY LẠNG SƠN", "Số 03-TT/TU", "Lạng Sơn, ngày 4 tháng 3 năm 2025", "THÔNG TRI",
                 "về lãnh đạo đại hội chi bộ nhiệm kỳ 2025-2027", *TASKS)
    assert plan.doc_type == "TT" and plan.title == "về lãnh đạo đại hội chi bộ nhiệm kỳ 2025-2027"


def test_conference_title_block_goes_on_with_its_committee() -> None:
    plan = _plan("TỈNH ỦY PHÚ YÊN", "Số 12-NQ/TU", "Phú Yên, ngày 20 tháng 6 năm 2024", "NGHỊ QUYẾT",
                 "HỘI NGHỊ LẦN THỨ MƯỜI HAI", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII)",
                 "về phát triển du lịch đến năm 2030",
                 "Hội nghị lần thứ mười hai Ban Chấp hành Đảng bộ tỉnh họp ngày 15/6/2024 và quyết nghị:", *TASKS)
    assert plan.title == ("HỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII) "
                          "về phát triển du lịch đến năm 2030")
    assert hdr.names_conference("HỘI NGHỊ LÂN THỨ TÁM")  # a scan's wrong tone mark
    assert not hdr.names_conference("HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII VỀ CHUYỂN ĐỔI SỐ")


def test_page_caption_names_the_document_whose_header_it_left_out() -> None:
    caption = page_caption("Kế hoạch số 45-KH/HU ngày 12/6/2023 của Huyện ủy Gia Bình về việc tổ chức tháng "
                           "hành động vì môi trường")
    assert caption is not None and caption.number == "45-KH/HU" and caption.date == dt.date(2023, 6, 12)
    assert caption.issuer == "Huyện ủy Gia Bình" and caption.subject == "tổ chức tháng hành động vì môi trường"
    plan = _plan("Kế hoạch số 45-KH/HU ngày 12/6/2023 của Huyện ủy Gia Bình về việc tổ chức tháng hành động",
                 "Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu:",
                 "1/ Các chi bộ trực thuộc tổ chức ra quân trong tháng 7/2023.",
                 "2/ Ban Tuyên giáo Huyện ủy tổng hợp kết quả trước ngày 15/8/2023.")
    assert plan.number == "45-KH/HU" and plan.doc_type == "KH" and plan.date == dt.date(2023, 6, 12)
    assert plan.title == "Tổ chức tháng hành động" and plan.place is None
    assert plan.issuer == "Huyện ủy Gia Bình"
    assert plan.bases == ["05-CT/TU"]  # the caption's own number is no basis


def test_news_lead_above_a_reposted_document() -> None:
    plan = _plan("Thị ủy ban hành kế hoạch về chuyển đổi số", "Ngày cập nhật 10/10/2024",
                 "Ngày 05/9/2024, Thị ủy An Nhơn đã ban hành Kế hoạch số 88-KH/TU về chuyển đổi số trong các cơ "
                 "quan đảng. Chúng tôi xin giới thiệu toàn văn Kế hoạch:",
                 "KẾ HOẠCH", "về chuyển đổi số trong các cơ quan đảng",
                 "Thực hiện Chỉ thị số 5-CT/TW của Ban Bí thư, Ban Thường vụ Thị ủy ban hành kế hoạch như sau:", *TASKS)
    assert plan.number == "88-KH/TU" and plan.doc_type == "KH" and plan.date == dt.date(2024, 9, 5)
    assert plan.title == "về chuyển đổi số trong các cơ quan đảng"
    assert plan.bases == ["5-CT/TW"]


def test_a_cited_document_of_another_kind_or_in_the_preamble_is_not_the_document() -> None:
    # the lead cites a resolution, the document is a plan: not its number
    assert page_caption("Ngày 05/9/2024, Tỉnh ủy đã ban hành Nghị quyết số 12-NQ/TU về du lịch", "KH") is None
    # a preamble implementing a plan of the same kind names the other plan
    assert page_caption("Thực hiện Kế hoạch số 12-KH/TU ngày 1/2/2024 của Tỉnh ủy", lead=False) is None
    plan = _plan("Thực hiện Kế hoạch số 12-KH/TU ngày 01/02/2024 của Tỉnh ủy, Huyện ủy ban hành kế hoạch như sau:",
                 *TASKS)
    assert plan.number is None and plan.bases == ["12-KH/TU"]
    # a document with its own header keeps it; the decision word after the bases opens no new document
    plan = _plan("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "Số: 15/QĐ-UBND", "Hà Nam, ngày 2 tháng 1 năm 2025", "QUYẾT ĐỊNH",
                 "Về việc ban hành Kế hoạch cải cách hành chính", "Căn cứ Luật Tổ chức chính quyền địa phương;",
                 "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.",
                 "Điều 2. Giao Sở Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch trong năm 2025.")
    assert plan.number == "15/QĐ-UBND" and plan.title == "Về việc ban hành Kế hoạch cải cách hành chính"


def test_party_committee_issuer_takes_its_place_and_a_wrapped_motto_is_no_body() -> None:
    plan = _plan("TỈNH ỦY QUẢNG NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 125-KH/TU", "Quảng Nam, ngày 15/3/2024",
                 "KẾ HOẠCH", "về công tác tuyên truyền năm 2024",
                 "Thực hiện Nghị quyết số 04-NQ/TU, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:", *TASKS)
    assert plan.issuer == "Ban Thường vụ Tỉnh ủy Quảng Nam"
    plan = _plan("HUYỆN ỦY ĐÔNG ANH", "ĐẢNG", "CỘNG SẢN VIỆT NAM", "Số 21-KH/HU", "KẾ HOẠCH",
                 "về công tác dân vận", *TASKS)
    assert plan.issuer == "Huyện ủy Đông Anh"


def test_party_committees_named_together_and_their_levels() -> None:
    # one `ủy` for several levels joined by a dash opens a body, as `các quận, huyện` does
    assert head_at("Các quận - huyện ủy tổ chức hội nghị") == "quận"
    assert head_at("Các huyện – thị ủy tổ chức hội nghị") == "huyện"
    # a unit in lower case alone opens no body (`Huyện Gia Lâm` opening a sentence is that place's: 2025 names)
    assert head_at("các huyện tổ chức") is None and head_at("Huyện Gia Lâm tổ chức") == "huyện"
    phrase = take_phrase("Các quận - huyện ủy, đảng ủy cấp trên cơ sở trực thuộc Thành ủy quán triệt kế hoạch")
    assert split_mentions(phrase) == ["Các quận - huyện ủy", "Đảng ủy cấp trên cơ sở trực thuộc Thành ủy"]
    assert take_phrase("Sở Tài chính trên cơ sở dự toán bố trí kinh phí") == "Sở Tài chính"
