"""Rules added for the genre beyond the corpus: where an agency name ends, who acts in
`X giao Y ...`, partners listed before a verb, intro lines, figures written the Vietnamese way."""
from __future__ import annotations

from app.importers.extract import assignments as asg
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.subjects import intro_subjects
from app.importers.extract.targets import find_targets


def test_names_holding_verbs_used_as_nouns_run_to_their_level_word() -> None:
    assert take_phrase("Ban chỉ đạo Quản lý tổ chức bộ máy, biên chế tỉnh chỉ đạo rà soát") == \
        "Ban chỉ đạo Quản lý tổ chức bộ máy, biên chế tỉnh"
    two = "Trường Cán bộ quản lý nông nghiệp I, Trường Cán bộ quản lý nông nghiệp II tổ chức các lớp"
    assert split_mentions(take_phrase(two)) == ["Trường Cán bộ quản lý nông nghiệp I",
                                                "Trường Cán bộ quản lý nông nghiệp II"]


def test_a_verb_after_a_plain_name_still_ends_it() -> None:
    assert take_phrase("Sở Xây dựng tổ chức thực hiện trong năm 2024") == "Sở Xây dựng"
    assert take_phrase("UBND tỉnh tổ chức hội nghị sơ kết") == "UBND tỉnh"


def test_a_level_word_then_lower_case_ends_a_named_body() -> None:
    assert take_phrase("Trường Chính trị tỉnh biên soạn tài liệu hỏi - đáp") == "Trường Chính trị tỉnh"
    assert take_phrase("Sở Lao động - Thương binh và Xã hội chủ trì") == "Sở Lao động - Thương binh và Xã hội"
    assert take_phrase("Các đoàn thể chính trị - xã hội thành phố tham gia") == \
        "Các đoàn thể chính trị - xã hội thành phố"


def test_joint_office_and_member_organisations() -> None:
    assert split_mentions("Văn phòng HĐND và UBND huyện") == ["Văn phòng HĐND và UBND huyện"]
    said = asg.from_text("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên tuyên truyền.")
    assert said.lead == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các tổ chức thành viên"]


def test_the_body_handed_the_task_leads() -> None:
    said = asg.from_text("Ban Thường vụ Huyện ủy giao Ủy ban nhân dân huyện bố trí kinh phí thực hiện.")
    assert said.lead == ["Ủy ban nhân dân huyện"]


def test_partners_listed_before_the_verb_are_not_leads() -> None:
    said = asg.from_text("Tăng cường kiểm tra thi hành pháp luật. Sở Tư pháp chủ trì, phối hợp với "
                         "Sở Tài nguyên và Môi trường, Sở Xây dựng tổ chức thực hiện.")
    assert said.lead == ["Sở Tư pháp"]
    assert said.support == ["Sở Tài nguyên và Môi trường", "Sở Xây dựng"]


def test_a_column_description_names_no_actor() -> None:
    text = "Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời hạn hoàn thành được quy định tại Phụ lục."
    assert asg.from_text(text).lead == []


def test_a_named_body_after_a_colon_acts() -> None:
    said = asg.from_text("Kiểm soát tài sản, thu nhập: Thanh tra huyện hướng dẫn, tổng hợp việc kê khai.")
    assert said.lead == ["Thanh tra huyện"]


def test_intro_line_names_its_actor_first() -> None:
    assert intro_subjects("Các cấp ủy, tổ chức đảng cần thực hiện tốt các nội dung sau:") == \
        ["Các cấp ủy, tổ chức đảng"]


def test_deadline_in_a_year() -> None:
    assert find_in_prose("định kỳ báo cáo, tổ chức sơ kết vào năm 2025.") == "vào năm 2025"


def test_figures_written_the_vietnamese_way() -> None:
    found = find_targets("Giải quyết việc làm cho 50.000 lao động.", ["I"], None, counts=True)
    assert [(t.value, t.unit) for t in found] == [(50000.0, "lao động")]
    found = find_targets("Tối thiểu 80% công chức được bồi dưỡng.", ["I"], None, counts=True)
    assert found[0].comparator == ">="


def test_second_figure_keeps_its_whole_indicator() -> None:
    found = find_targets("Tỷ lệ lao động qua đào tạo đạt 85%, trong đó tỷ lệ lao động có bằng cấp, chứng chỉ "
                         "đạt 35%.", ["I"], None, counts=True)
    assert [t.indicator for t in found] == ["Tỷ lệ lao động qua đào tạo", "tỷ lệ lao động có bằng cấp, chứng chỉ"]


def test_counts_are_targets_where_the_clause_states_an_objective() -> None:
    found = find_targets("Triển khai gói hỗ trợ; phấn đấu đến hết năm 2025 có ít nhất 300 doanh nghiệp được hỗ trợ.",
                         ["II"], None, counts=False)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(300.0, "doanh nghiệp", ">=")]
    assert find_targets("Tổ chức 05 cuộc thanh tra trong năm.", ["II"], None, counts=False) == []


def test_task_table_columns_under_other_names() -> None:
    from app.importers.extract.tables import _columns

    assert _columns(["TT", "Việc cần làm", "Chủ trì", "Phối hợp", "Thời gian"])["task"] == 1
    assert _columns(["STT", "Các nhiệm vụ cụ thể", "Đơn vị thực hiện", "Lộ trình thực hiện"]) == \
        {"stt": 0, "task": 1, "lead": 2, "deadline": 3}
    assert _columns(["Họ và tên", "Chức vụ", "Đơn vị"]) is None


def test_a_pointer_to_the_annex_is_not_a_task() -> None:
    from app.importers.blocks import Paragraph
    from app.importers.extract import extract_plan

    lines = ["Số: 1/KH-UBND", "KẾ HOẠCH", "Thực hiện chuyển đổi số", "I. NHIỆM VỤ",
             "Sở Nội vụ thực hiện các nội dung sau:", "1. Rà soát vị trí việc làm, hoàn thành trong Quý II/2024.",
             "2. Các nhiệm vụ khác được phân công tại Phụ lục kèm theo."]
    tasks = extract_plan([Paragraph(t) for t in lines]).to_annotation_dict()["tasks"]
    assert [t["text"][:7] for t in tasks] == ["Rà soát"]


def test_accountability_is_not_a_duty() -> None:
    from app.importers.extract.taskcues import states_no_duty

    assert states_no_duty("Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm trước Bộ trưởng về kết quả thực hiện.")
    assert states_no_duty("Chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra nhũng nhiễu.")
    assert not states_no_duty("Sở Nội vụ chủ trì, chịu trách nhiệm tổng hợp, báo cáo.")


def test_value_added_and_growth_are_nouns_not_rises() -> None:
    found = find_targets("Phấn đấu kim ngạch xuất khẩu tăng bình quân 6%/năm; tỷ trọng giá trị tăng thêm ngành chế "
                         "biến, chế tạo đạt trên 25%; tốc độ tăng trưởng GRDP đạt 8%.", ["I"], None, counts=True)
    assert [(t.comparator, t.value) for t in found] == [("increase_by", 6.0), (">=", 25.0), ("=", 8.0)]


def test_yearly_day_and_month_deadline() -> None:
    assert find_in_prose("tổng hợp, báo cáo Bộ trưởng trước ngày 15 tháng 12 hằng năm.") == \
        "trước ngày 15 tháng 12 hằng năm"
    assert find_in_prose("Triển khai học bạ số từ học kỳ I năm học 2024 - 2025.") == "từ học kỳ I năm học 2024 - 2025"


def test_one_cell_marking_who_presides_and_who_coordinates() -> None:
    from app.importers.extract.table_cells import roles_in_cell as _roles_in_cell

    assert _roles_in_cell("Ban Dân vận Quận ủy (chủ trì), Ủy ban nhân dân quận (phối hợp)") == \
        (["Ban Dân vận Quận ủy"], ["Ủy ban nhân dân quận"])
    assert _roles_in_cell("Chủ trì: Ban Dân vận Quận ủy\nPhối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam quận") == \
        (["Ban Dân vận Quận ủy"], ["Ủy ban Mặt trận Tổ quốc Việt Nam quận"])
    assert _roles_in_cell("Sở Nội vụ; Sở Tài chính") is None


def test_a_numbered_urban_district_is_a_place() -> None:
    from app.importers.extract.header import parse_place_date

    assert parse_place_date("Quận 3, ngày 11 tháng 4 năm 2024")[0] == "Quận 3"
