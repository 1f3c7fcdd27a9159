"""A section heading is a heading by its place and label, whatever case the office typed it in."""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.section_kinds import not_task_section, top_label
from app.importers.readers.textfile import parse_text


def test_roman_heading_in_sentence_case_is_a_no_duty_section_like_capitals() -> None:
    upper = "DỰ BÁO CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 03 NĂM 2026 - 2028, CƠ CẤU THU, CHI VÀ KHUNG CÂN ĐỐI NGÂN SÁCH"
    sentence = "Dự báo các chỉ tiêu kinh tế - xã hội 03 năm 2026 - 2028, cơ cấu thu, chi và khung cân đối ngân sách"
    assert not_task_section(upper)
    assert not_task_section(sentence, top_heading="II")
    # the same words as a sub-item of a list are not a heading by place: only capitals or a short title say so
    assert not not_task_section(sentence)
    assert not not_task_section(sentence, top_heading=top_label("a", ["III", "2", "a"]))


def test_top_level_number_is_a_heading_only_when_it_reads_as_one() -> None:
    assert top_label("2", ["2"]) == "2" and top_label("2", ["I", "2"]) is None and top_label("IV", ["IV"]) == "IV"
    assert not_task_section("Mục tiêu phát triển kinh tế số và xã hội số của tỉnh đến năm 2030", top_heading="1")
    # a duty that opens with such a word: a clause break or a sentence's length says it is no heading
    assert not not_task_section("Đánh giá kết quả thực hiện năm 2025; báo cáo Ủy ban nhân dân tỉnh trước ngày "
                                "15/12/2025", top_heading="1")
    long_duty = "Đánh giá tác động " + "của chính sách hỗ trợ doanh nghiệp nhỏ và vừa " * 3 + "trên địa bàn tỉnh"
    assert not not_task_section(long_duty, top_heading="1")
    # task words keep a section of duties whatever the case
    assert not not_task_section("Mục tiêu, nhiệm vụ và giải pháp chủ yếu", top_heading="II")


def _plan(heading: str) -> str:
    return "\n\n".join([
        "ỦY BAN NHÂN DÂN TỈNH A", "Số: 10/KH-UBND", "KẾ HOẠCH", "Phát triển kinh tế năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm thực hiện đạt các chỉ tiêu đề ra.",
        f"II. {heading}",
        "1. Sở Tài chính dự báo thu ngân sách tăng 10% so với năm 2025.",
        "2. Sở Công Thương dự báo tổng mức bán lẻ hàng hóa tăng 12%.",
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "1. Sở Tài chính chủ trì, phối hợp với các sở, ngành tham mưu phân bổ dự toán ngân sách năm 2026.",
        "2. Sở Công Thương chủ trì tổ chức các chương trình kích cầu tiêu dùng trong năm 2026.",
    ])


def test_forecast_section_holds_no_duties_in_either_case() -> None:
    upper = extract_plan(parse_text(_plan("DỰ BÁO CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2026 CỦA TỈNH")))
    sentence = extract_plan(parse_text(_plan("Dự báo các chỉ tiêu kinh tế - xã hội chủ yếu năm 2026 của tỉnh")))
    for plan in (upper, sentence):
        tasks = plan.to_annotation_dict()["tasks"]
        assert [t["path"][0] for t in tasks] == ["III", "III"]
