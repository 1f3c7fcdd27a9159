"""Item labels an OCR misread (`extract.ocr_labels`): the letter `a)` read `8)`, the dot of `9.` read as a comma.

Synthetic texts of a scanned programme's `Tổ chức thực hiện` (bodies numbered, each over lettered duties), with the
misreads a tesseract text carries; and the lines that look alike and must stay as printed.
"""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.ocr_labels import put_back_labels
from app.importers.extract.outline import Line
from app.importers.readers.textfile import parse_text

_FRONT = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 12-CTr/TW\n\nHà Nội, ngày 3 tháng 8 năm 2026\n\n"
          "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận về phòng, chống thiên tai\n\n")


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    plan = extract_plan(parse_text(_FRONT + body))
    return [(t.text, t.lead) for t in plan.tasks()]


def test_a_number_over_the_letter_b_and_printed_again_after_the_letters_is_the_letter_a() -> None:
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n\n7. Các tỉnh ủy, thành ủy\n\n"
                   "8) Xây dựng kế hoạch thực hiện Kết luận phù hợp với tình hình địa phương.\n\n"
                   "b) Bố trí đủ ngân sách cho công tác phòng, chống thiên tai.\n\n"
                   "8. Ban Chính sách, chiến lược Trung ương\n\n"
                   "a) Theo dõi, đôn đốc việc thực hiện Kết luận.\n")
    assert tasks == [
        ("Xây dựng kế hoạch thực hiện Kết luận phù hợp với tình hình địa phương", ["Các tỉnh ủy, thành ủy"]),
        ("Bố trí đủ ngân sách cho công tác phòng, chống thiên tai", ["Các tỉnh ủy, thành ủy"]),
        ("Theo dõi, đôn đốc việc thực hiện Kết luận", ["Ban Chính sách, chiến lược Trung ương"]),
    ]


def test_the_next_numbers_heading_with_its_dot_read_as_a_comma_is_that_heading() -> None:
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n\n8. Ban Chính sách, chiến lược Trung ương\n\n"
                   "a) Theo dõi, đôn đốc việc thực hiện Kết luận.\n\n"
                   "9, Ban Tuyên giáo và Dân vận Trung ương\n\n"
                   "Chủ trì hướng dẫn công tác tuyên truyền về phòng, chống thiên tai.\n")
    assert tasks[-1] == ("Chủ trì hướng dẫn công tác tuyên truyền về phòng, chống thiên tai",
                         ["Ban Tuyên giáo và Dân vận Trung ương"])


def test_numbers_and_commas_the_list_does_not_call_for_stay_as_printed() -> None:
    lines = [Line("Các tỉnh ủy", "7", "dec1"), Line("Xây dựng kế hoạch.", "8", "dec1"),
             Line("Bố trí ngân sách.", "b", "alpha"), Line("Sở Tài chính", "9", "dec1"),  # no `8.` after the letters
             Line("11, 12 và 13 là các nhiệm vụ của năm sau."),  # not the number after 9
             Line("10, các nhiệm vụ khác do các sở thực hiện theo chức năng, nhiệm vụ được giao hằng năm.")]
    assert put_back_labels(lines) == lines



def test_a_number_whose_dot_was_lost_is_put_back_where_the_list_calls_for_it() -> None:
    lines = [Line("NHIỆM VỤ VÀ GIẢI PHÁP", "II", "roman"), Line("1 Đổi mới công tác quản lý các khu công nghiệp."),
             Line("Tăng cường quản lý nhà nước.", "2", "dec1")]
    assert [(ln.label, ln.style, ln.text) for ln in put_back_labels(lines)][1] == (
        "1", "dec1", "Đổi mới công tác quản lý các khu công nghiệp.")
    lines[2] = Line("Tăng cường quản lý nhà nước.", "3", "dec1")  # `1` over `3.`: the list does not count it
    assert put_back_labels(lines) == lines


def test_a_digit_the_ocr_misread_between_the_numbers_around_it_is_that_number() -> None:
    lines = [Line("Rà soát các dự án.", "4", "dec1"), Line("Š. Tập trung giải phóng mặt bằng."),
             Line("Đẩy mạnh cải cách hành chính.", "6", "dec1")]
    assert [(ln.label, ln.text) for ln in put_back_labels(lines)][1] == ("5", "Tập trung giải phóng mặt bằng.")
    lines[2] = Line("Đẩy mạnh cải cách hành chính.", "7", "dec1")  # not between 4. and 6.
    assert put_back_labels(lines) == lines
