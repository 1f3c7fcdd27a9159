"""A two-column header exported without its line breaks (`flat_header`), and the issuer read from a preamble
that cites what another body has issued."""
from __future__ import annotations

import datetime as dt

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.extract.flat_header import unflatten_header
from app.importers.extract.outline import Line

BODY = ("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Hội.",
        "Điều 2. Giao Văn phòng Hội hướng dẫn, kiểm tra việc thực hiện Quyết định này trong quý I/2026.",
        "Điều 3. Quyết định này có hiệu lực từ ngày ký.")


def _plan(*lines: str):
    return extract_plan([Paragraph(t) for t in lines])


def test_a_header_run_together_on_one_line_is_read_cell_by_cell() -> None:
    """Body, number, the body's second line, place-date, type word glued to the title, a rule, the authority line
    and the preamble, all on one line: each cell is found by its own form."""
    flat = ("TRUNG ƯƠNG HỘI ABC*Số: 12 - QĐ/TWH-VPHỘI ABC VIỆT NAM Hà Nội, ngày 05 tháng 3 năm 2026 "
            "QUYẾT ĐỊNHVề việc ban hành Quy chế làm việc của Hội--------- BAN THƯỜNG VỤ TRUNG ƯƠNG HỘI ABC"
            "- Căn cứ Điều lệ Hội; - Căn cứ yêu cầu công tác, QUYẾT ĐỊNH")
    assert [ln.text for ln in unflatten_header([Line(flat)])] == [
        "TRUNG ƯƠNG HỘI ABC", "Số: 12 - QĐ/TWH-VPHỘI", "ABC VIỆT NAM", "Hà Nội, ngày 05 tháng 3 năm 2026",
        "QUYẾT ĐỊNH", "Về việc ban hành Quy chế làm việc của Hội", "BAN THƯỜNG VỤ TRUNG ƯƠNG HỘI ABC",
        "- Căn cứ Điều lệ Hội; - Căn cứ yêu cầu công tác, QUYẾT ĐỊNH"]
    plan = _plan(flat, *BODY)
    assert plan.place == "Hà Nội" and plan.date == dt.date(2026, 3, 5) and plan.doc_type == "QĐ"
    assert plan.title == "Về việc ban hành Quy chế làm việc của Hội"
    assert plan.number is not None and plan.number.startswith("12-QĐ/TWH-VP")


def test_a_citation_in_the_preamble_is_no_flattened_header() -> None:
    cited = "Căn cứ Quyết định Số 12/QĐ-UBND, ngày 5 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh về quy chế"
    assert [ln.text for ln in unflatten_header([Line(cited)])] == [cited]


def test_the_motto_printed_beside_the_issuing_body_is_cut_off() -> None:
    plan = _plan("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 03/NQ-CP",
                 "Hà Nội, ngày 09 tháng 01 năm 2026", "NGHỊ QUYẾT", "Ban hành Chương trình hành động của Chính phủ",
                 "I. NHIỆM VỤ", "1. Các bộ, ngành xây dựng kế hoạch trong quý I/2026.")
    assert plan.issuer == "Chính phủ"


def test_a_body_that_has_issued_the_document_implemented_is_not_the_issuer() -> None:
    plan = _plan("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG ĐOÀN HỘI ĐỒNG ABC", "Số 12-KH/ĐĐ",
                 "Hà Nội, ngày 10 tháng 01 năm 2026", "KẾ HOẠCH", "triển khai thực hiện Nghị quyết số 57-NQ/TW",
                 "Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW về phát triển khoa học.",
                 "Thực hiện chỉ đạo của Bộ Chính trị, Đảng đoàn Hội đồng ABC ban hành Kế hoạch triển khai thực hiện.",
                 "I. NHIỆM VỤ", "1. Văn phòng Hội đồng tham mưu tổ chức hội nghị quán triệt trong quý I/2026.")
    assert plan.issuer == "Đảng đoàn Hội đồng ABC"


def test_a_copy_without_its_title_line_takes_the_subject_of_the_submission_considered() -> None:
    plan = _plan("HỘI ĐỒNG NHÂN DÂN TỈNH ABC", "Số: 50/2026/NQ-HĐND", "ABC, ngày 13 tháng 12 năm 2026",
                 "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                 "Xét Tờ trình số 136/TTr-UBND ngày 02 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh về việc phê duyệt "
                 "Đề án phát triển giao thông nông thôn giai đoạn 2026-2030; Báo cáo thẩm tra của Ban Kinh tế.",
                 "QUYẾT NGHỊ:", *BODY)
    assert plan.title == "Phê duyệt Đề án phát triển giao thông nông thôn giai đoạn 2026-2030"
    titled = _plan("HỘI ĐỒNG NHÂN DÂN TỈNH ABC", "Số: 50/2026/NQ-HĐND", "ABC, ngày 13 tháng 12 năm 2026", "NGHỊ QUYẾT",
                   "Về giao thông nông thôn", "Xét Tờ trình số 136/TTr-UBND của Ủy ban nhân dân tỉnh về việc khác;",
                   "QUYẾT NGHỊ:", *BODY)
    assert titled.title == "Về giao thông nông thôn"


def test_a_place_written_with_its_level_completes_the_issuer_once() -> None:
    plan = _plan("Số: 174/KH-UBND", "Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2026", "KẾ HOẠCH",
                 "Triển khai nhiệm vụ cuối năm",
                 "Thực hiện Chỉ thị số 01/CT-TTg, Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:",
                 "I. NHIỆM VỤ", "1. Sở Nội vụ tổ chức hội nghị trong quý IV/2026.")
    assert plan.issuer == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
