"""Habits of ministries' letters and plans, Party committees' texts and their exports (session 17, real6fix): the
motto cell run together or set beside the issuing body, a converter's note above the header, a công văn's `V/v`
subject (alone or beside the number), a Party title block's `CỦA …` line run into its subject, `Nơi nhận` with its
tone marks lost by a scan, a heading `Nhiệm vụ chủ yếu của …`, a letter's courtesy thanks and bare closing request,
and an annex group row over lettered sub-rows."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.extract.agency_headings import agency_heading
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.header import doc_type_of
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.partners import partner_of_other
from app.importers.extract.taskcues import asks_how_only, states_no_duty


def _plan(*lines: str, tables: tuple[Table, ...] = ()):
    return extract_plan([*(Paragraph(t) for t in lines), *tables])


BODY = ("I. NHIỆM VỤ", "1. Sở Tư pháp chủ trì tổ chức tuyên truyền trong quý III/2025.")


def test_a_motto_cell_run_together_keeps_the_type_line_and_title() -> None:
    plan = _plan("BỘ KẾ HOẠCH -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------",
                 "Số: 12/KH-BKH", "Hà Nội, ngày 06 tháng 8 năm 2024", "KẾ HOẠCH",
                 "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTG VỀ TĂNG CƯỜNG QUẢN LÝ",
                 "Thực hiện Chỉ thị số 05/CT-TTg, Bộ ban hành Kế hoạch như sau:", *BODY)
    assert plan.doc_type == "KH"
    assert plan.title == "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTG VỀ TĂNG CƯỜNG QUẢN LÝ"


def test_a_letters_subject_line_is_its_title_and_kind() -> None:
    plan = _plan("BỘ KẾ HOẠCH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                 "Số: 731 /BKH-VP", "Hà Nội, ngày 20 tháng 11 năm 2025",
                 "V/v triển khai thực hiện các quy định mới về thống kê",
                 "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố",
                 "Để triển khai thực hiện, Bộ Kế hoạch đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các "
                 "nhiệm vụ sau:", "1. Rà soát số liệu thống kê trước ngày 30 tháng 6 hằng năm.")
    assert plan.number == "731/BKH-VP"
    assert plan.doc_type == "CV"
    assert plan.title == "Triển khai thực hiện các quy định mới về thống kê"


def test_a_subject_printed_beside_the_number_is_cut_off_it() -> None:
    plan = _plan("[Bản trích chữ tự động từ tệp PDF — 2 trang.]", "ĐẢNG BỘ TỈNH A", "ĐẢNG CỘNG SẢN VIỆT NAM",
                 "ĐẢNG ỦY CƠ QUAN TỈNH", "A, ngày 07 tháng 9 năm 2026",
                 "Số 112 -CV/ĐU về việc triển khai thực hiện Chương trình hành động số 10-CTr/TU",
                 "Kính gửi: - Các chi bộ trực thuộc.",
                 "Đảng ủy đề nghị các chi bộ trực thuộc thực hiện một số nhiệm vụ sau:",
                 "1. Các chi bộ tổ chức quán triệt trong tháng 10/2026.")
    assert plan.number == "112-CV/ĐU"
    assert plan.doc_type == "CV"
    assert plan.title == "Triển khai thực hiện Chương trình hành động số 10-CTr/TU"


def test_a_number_code_that_is_no_kind_gives_way_to_the_printed_kind() -> None:
    assert doc_type_of("731/BKH-VP", "CV") == "CV"
    assert doc_type_of("731/BKH-VP", None) == "BKH"  # nothing printed says otherwise: kept as read
    assert doc_type_of("12/KH-UBND", "QĐ") == "KH"


def test_a_scans_party_title_block_run_into_its_subject_and_its_recipients_without_tones() -> None:
    plan = _plan("[OCR] [Bản trích chữ tự động từ bản quét — 5 trang.]", "===== Trang 1 =====",
                 "TỈNH ỦY A ĐẢNG CỘNG SẢN VIỆT NAM", "Số 34 -NQ/TU", "A, ngày 27 tháng 12 năm 2025", "NGHỊ QUYẾT",
                 "CỦA BAN THƯỜNG VỤ TỈNH ỦY về phát triển các khu công nghiệp",
                 "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:",
                 "I. TỔ CHỨC THỰC HIỆN", "1. Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện Nghị quyết.",
                 "Nơi nhân: T/M BAN THƯỜNG VỤ", "- Các đồng chí Ủy viên Ban Thường vụ,",
                 "- Các cơ quan tham mưu, giúp việc Tỉnh ủy,", "- Lưu Văn phòng Tỉnh ủy.", "Nguyễn Văn A")
    assert plan.doc_type == "NQ"
    assert plan.title == "Về phát triển các khu công nghiệp"
    assert [t.text for t in plan.tasks()] == ["Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện Nghị quyết"]


def test_a_heading_naming_whose_main_duties_follow_gives_their_lead() -> None:
    assert agency_heading("NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI CHÍNH").lead == ["Bộ Tài chính"]
    assert agency_heading("Nhiệm vụ trọng tâm của Sở Y tế:").lead == ["Sở Y tế"]
    assert agency_heading("NHIỆM VỤ CHỦ YẾU CỦA NĂM 2025") is None
    plan = _plan("KẾ HOẠCH", "Triển khai Chỉ thị về quản lý", "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI CHÍNH",
                 "1. Xây dựng, trình Chính phủ Nghị định sửa đổi quy định về quản lý.",
                 "2. Phối hợp với Bộ Công Thương hoàn thiện Đề án phát triển thị trường.")
    assert [t.lead for t in plan.tasks()] == [["Bộ Tài chính"], ["Bộ Tài chính"]]


def test_the_related_bodies_of_a_named_body_are_one_mention() -> None:
    assert split_mentions("Vụ Pháp chế, các đơn vị có liên quan thuộc Bộ Tài chính") == [
        "Vụ Pháp chế", "Các đơn vị có liên quan thuộc Bộ Tài chính"]
    assert split_mentions("Vụ Pháp chế, các đơn vị có liên quan") == ["Vụ Pháp chế", "Cơ quan, đơn vị có liên quan"]


def test_a_letters_courtesy_thanks_and_bare_closing_request_are_no_duties() -> None:
    assert states_no_duty("Bộ Kế hoạch trân trọng cảm ơn sự phối hợp chặt chẽ của Quý Ủy ban./.")
    assert asks_how_only("Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện.")
    assert not asks_how_only("Đề nghị Sở Y tế tổ chức tiêm chủng và triển khai thực hiện.")
    assert asks_how_only("Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương tổ chức triển khai thực hiện "
                         "đúng tiến độ, bảo đảm chất lượng và hiệu quả./.")
    assert not asks_how_only("Sở Y tế tổ chức tiêm chủng, khẩn trương triển khai thực hiện.")
    plan = _plan("Số: 731 /BKH-VP", "V/v triển khai các quy định về thống kê",
                 "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố",
                 "Bộ Kế hoạch kính đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các cơ quan trực thuộc thực "
                 "hiện, cụ thể như sau:", "1. Về số liệu", "a) Rà soát số liệu thống kê của năm trước.",
                 "b) Tổng hợp kết quả gửi Bộ Kế hoạch trước ngày 30 tháng 6 hằng năm.",
                 "Bộ Kế hoạch trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.")
    assert [t.lead for t in plan.tasks()] == [["Ủy ban nhân dân các tỉnh, thành phố"]] * 2
    closing = _plan("KẾ HOẠCH", "Triển khai Luật", "I. NHIỆM VỤ", "1. Sở Tư pháp theo dõi thi hành trong năm 2025.",
                    "2. Sở Nội vụ tổng kết thi hành trong quý IV/2025.",
                    "Trên đây là Kế hoạch triển khai Luật. Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương "
                    "tổ chức triển khai thực hiện đúng tiến độ./.")
    assert [t.lead for t in closing.tasks()] == [["Sở Tư pháp"], ["Sở Nội vụ"]]
    letter = _plan("Số: 112-CV/ĐU", "V/v triển khai Chương trình hành động", "Kính gửi: - Các chi bộ trực thuộc.",
                   "1. Các chi bộ tổ chức quán triệt trong tháng 10/2026.",
                   "Đề nghị các chi bộ trực thuộc nghiêm túc triển khai thực hiện.")
    assert [t.text for t in letter.tasks()] == ["Các chi bộ tổ chức quán triệt trong tháng 10/2026"]


def test_a_numbered_row_with_no_agency_over_lettered_sub_rows_is_a_group_title() -> None:
    table = Table(rows=[
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Tổ chức tuyên truyền", "", "", ""],
        ["a", "Tổ chức hội nghị quán triệt", "Sở Tư pháp", "Các sở, ngành", "Quý II/2025"],
        ["b", "Biên soạn tài liệu hỏi đáp", "Sở Thông tin", "", "Thường xuyên"],
        ["2", "Rà soát văn bản", "", "", ""],
        ["a", "Rà soát quy định về phí", "Sở Tài chính", "", "Quý III/2025"],
    ])
    plan = _plan("KẾ HOẠCH", "Triển khai Luật", "I. NHIỆM VỤ", "1. Sở Tư pháp theo dõi thi hành.", tables=(table,))
    assert "Rà soát văn bản" not in [t.text for t in plan.tasks()]
    assert [t.lead for t in plan.tasks() if t.text == "Rà soát quy định về phí"] == [["Sở Tài chính"]]


def test_a_yearly_time_keeps_the_year_it_starts_from() -> None:
    assert find_in_prose("Tổng hợp kết quả gửi Bộ trước ngày 30 tháng 6 hằng năm kể từ năm 2027.") == \
        "trước ngày 30 tháng 6 hằng năm kể từ năm 2027"
    assert find_in_prose("Tổng hợp kết quả gửi Bộ trước ngày 30 tháng 6 năm 2027, kể từ năm 2026 đã làm.") == \
        "trước ngày 30 tháng 6 năm 2027"


def test_the_partners_of_the_bodies_an_item_steers_are_theirs() -> None:
    assert partner_of_other("Ban Tuyên giáo chỉ đạo công tác tuyên truyền và định hướng các cơ quan báo chí ")
    assert not partner_of_other("Sở Văn hóa tổ chức tuyên truyền, ")
