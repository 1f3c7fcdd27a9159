"""Structures of real plans (issue 10), each on a small text written in the same shape.

Bordered tables of web exports, phase layouts, labelled-field blocks, fields printed as headings,
assignments by cross-reference, an annex table dated by its title, a catalogue decision.
"""
from __future__ import annotations

from app.importers.blocks import Table
from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text


def _tasks(text: str) -> list[tuple[str, list[str], str | None]]:
    plan = extract_plan(parse_text(text.strip() + "\n"))
    return [(t.text, t.lead, t.deadline_text) for t in plan.tasks()]


HEAD = "KẾ HOẠCH\n\nTriển khai nhiệm vụ năm 2026\n\n"


def test_bordered_table_of_a_web_export_is_read_across_a_page_break() -> None:
    cells = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "|",
             "A", "PHÁT TRIỂN HẠ TẦNG", "|",
             "1.1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ",
             "Các sở, ban, ngành", "2026 - 2030"]
    text = "PHỤ LỤC\n\n|\n" + "\n|\n".join(cells) + "\n|\n\n\n|\n" + "\n|\n".join(
        ["1.2", "Triển khai hồ sơ bệnh án điện tử", "Sở Y tế", "Các bệnh viện", "2026"]) + "\n|\n"
    blocks = parse_text(text)
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[0][:3] == ["STT", "Nhiệm vụ", "Đơn vị thực hiện"]
    assert ["A", "PHÁT TRIỂN HẠ TẦNG", "", "", ""] in table.rows
    assert table.rows[-1] == ["1.2", "Triển khai hồ sơ bệnh án điện tử", "Sở Y tế", "Các bệnh viện", "2026"]
    tasks = extract_plan(blocks).tasks()
    assert [(t.lead, t.deadline_text) for t in tasks] == [(["Sở Khoa học và Công nghệ"], "2026 - 2030"),
                                                          (["Sở Y tế"], "2026")]


def test_phase_label_dates_the_item_and_leaves_its_wording() -> None:
    tasks = _tasks(HEAD + "I. PHƯƠNG ÁN CẤP PHÁT\n\n- Giai đoạn khẩn cấp (0-48 giờ): Tổ chức lực lượng tiếp cận "
                   "vùng ngập sâu.\n\n- Giai đoạn sau 72 giờ: Hỗ trợ vật liệu sửa nhà cho các hộ dân.\n")
    assert tasks == [("Tổ chức lực lượng tiếp cận vùng ngập sâu", [], "Giai đoạn khẩn cấp (0-48 giờ)"),
                     ("Hỗ trợ vật liệu sửa nhà cho các hộ dân", [], "Giai đoạn sau 72 giờ")]


def test_phase_heading_dates_its_items() -> None:
    tasks = _tasks(HEAD + "I. LỘ TRÌNH THỰC HIỆN\n\n1. Giai đoạn 2026 - 2027\n\n"
                   "- Hoàn thành kho dữ liệu dùng chung.\n\n- Kết nối dữ liệu các ngành.\n")
    assert [d for _, _, d in tasks] == ["Giai đoạn 2026 - 2027", "Giai đoạn 2026 - 2027"]


def test_field_printed_as_a_heading_dates_the_items_of_its_section() -> None:
    tasks = _tasks(HEAD + "I. TỔ CHỨC THỰC HIỆN\n\n1. Thời gian thực hiện\n\nĐợt thi đua được triển khai từ ngày "
                   "25/11/2025 đến hết ngày 31/12/2025.\n\n2. Sở Nội vụ\n\n"
                   "- Hướng dẫn các đơn vị tổ chức phong trào.\n\n"
                   "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan báo cáo Ủy ban nhân dân tỉnh.\n")
    # the field's value is a sentence: its time, not its subject (the spent gold of 99c7d8fff9e4572e, session 8)
    assert tasks[0] == ("Hướng dẫn các đơn vị tổ chức phong trào", ["Sở Nội vụ"],
                        "từ ngày 25/11/2025 đến hết ngày 31/12/2025")
    assert tasks[-1][2] is None  # the closing words take no section period


def test_labelled_field_block_is_one_task() -> None:
    tasks = _tasks(HEAD + "I. NỘI DUNG\n\n1. Quan trắc vùng nuôi tôm nước lợ\n\na) Thời gian thực hiện: Từ tháng 3 "
                   "đến tháng 11 hằng năm.\n\nb) Địa điểm, số điểm quan trắc\n\n- Địa điểm quan trắc: đầm Cù Mông.\n\n"
                   "c) Thông số quan trắc\n\n- Mẫu nước: nhiệt độ, độ mặn.\n")
    assert tasks == [("Quan trắc vùng nuôi tôm nước lợ", [], "Từ tháng 3 đến tháng 11 hằng năm")]


def test_items_assigned_by_cross_reference() -> None:
    tasks = _tasks(HEAD + "I. NHIỆM VỤ THEO NGÀNH\n\n1. Nông nghiệp\n\na) Xây dựng nền tảng dữ liệu nông nghiệp.\n\n"
                   "b) Phổ cập kỹ năng số cho nông dân.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nông nghiệp và Môi trường\n\n"
                   "Chủ trì triển khai các nhiệm vụ tại mục (I) (1) của Kế hoạch.\n")
    leads = {text: lead for text, lead, _ in tasks}
    assert leads["Xây dựng nền tảng dữ liệu nông nghiệp"] == ["Sở Nông nghiệp và Môi trường"]
    assert leads["Phổ cập kỹ năng số cho nông dân"] == ["Sở Nông nghiệp và Môi trường"]


def test_an_item_assigned_by_cross_reference_keeps_its_dashes_in_its_text() -> None:
    """`a) Phát triển hải quan số:` + two dashes saying what it covers, assigned from the implementation section:
    one task whose text holds the dashes (session 14, precision2)."""
    tasks = _tasks(HEAD + "I. NHIỆM VỤ THEO NGÀNH\n\n1. Logistics\n\na) Phát triển hải quan số:\n\n- Số hóa hoàn toàn "
                   "chứng từ hải quan.\n\n- Thí điểm khu thương mại tự do.\n\nb) Thúc đẩy nền tảng logistics: Hỗ trợ "
                   "doanh nghiệp ứng dụng nền tảng số.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Chi cục Hải quan khu vực V\n\n"
                   "Chủ trì triển khai các nhiệm vụ tại mục (I) (1) của Kế hoạch.\n")
    assert [(text, lead) for text, lead, _ in tasks][0] == (
        "Phát triển hải quan số: Số hóa hoàn toàn chứng từ hải quan; Thí điểm khu thương mại tự do",
        ["Chi cục Hải quan khu vực V"])
    assert not any(text.startswith(("Số hóa", "Thí điểm")) for text, _, _ in tasks)


def test_the_aim_stated_over_a_label_is_not_an_item_assigned_by_cross_reference() -> None:
    """`1.2. Giáo dục đại học` + its aim + `Trọng tâm:` + one paragraph (a list of one, its letter lost): the item
    pointed at is the paragraph below the label, not the aim above it (session 14, precision2)."""
    tasks = _tasks(HEAD + "I. NHIỆM VỤ THEO NGÀNH\n\n1. Giáo dục\n\n1.1. Giáo dục phổ thông\n\nSố hóa toàn diện hoạt "
                   "động giáo dục phổ thông.\n\nTrọng tâm:\n\na) Triển khai nền tảng quản trị trường học.\n\n"
                   "b) Xây dựng học liệu số dùng chung.\n\n1.2. Giáo dục đại học\n\nĐẩy mạnh chuyển đổi số toàn diện "
                   "trong giáo dục đại học, theo hướng linh hoạt, thực tiễn.\n\nTrọng tâm:\n\nỨng dụng nền tảng đào "
                   "tạo nghề trên môi trường mô phỏng.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Giáo dục và Đào tạo\n\n"
                   "Chủ trì triển khai các nhiệm vụ tại mục (I) (1) của Kế hoạch.\n")
    assert [text for text, _, _ in tasks][:3] == ["Triển khai nền tảng quản trị trường học",
                                                  "Xây dựng học liệu số dùng chung",
                                                  "Ứng dụng nền tảng đào tạo nghề trên môi trường mô phỏng"]
    assert not any(text.startswith(("Đẩy mạnh", "Số hóa")) for text, _, _ in tasks)


def test_duties_listed_after_an_actor_are_one_task_each() -> None:
    tasks = _tasks(HEAD + "I. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, tổ chức "
                   "thực hiện các nhiệm vụ sau:\n\n- Điều phối chung việc triển khai Kế hoạch.\n\n"
                   "- Tổ chức đánh giá, báo cáo kết quả thực hiện.\n")
    assert [(t, lead) for t, lead, _ in tasks] == [
        ("Điều phối chung việc triển khai Kế hoạch", ["Sở Nông nghiệp và Môi trường"]),
        ("Tổ chức đánh giá, báo cáo kết quả thực hiện", ["Sở Nông nghiệp và Môi trường"])]


def test_decision_publishing_procedures_has_no_tasks() -> None:
    plan = extract_plan(parse_text("Số: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nCông bố thủ tục hành chính nội bộ lĩnh vực môi "
                                   "trường\n\nĐiều 1. Công bố kèm theo Quyết định này 08 thủ tục.\n\n"
                                   "1. Sở Nông nghiệp và Môi trường tiếp nhận hồ sơ trong 05 ngày.\n"))
    assert plan.tasks() == []
    assert any("công bố" in w for w in plan.warnings)


def test_intro_opening_with_a_period_dates_the_items() -> None:
    tasks = _tasks(HEAD + "I. NHIỆM VỤ\n\n1. Phát triển hạ tầng viễn thông\n\nTrong giai đoạn 2026 - 2030, tập trung "
                   "các nhiệm vụ sau:\n\n- Phủ sóng 5G các khu công nghiệp.\n\n- Nâng cấp mạng cáp quang.\n")
    assert [d for _, _, d in tasks] == ["Trong giai đoạn 2026 - 2030", "Trong giai đoạn 2026 - 2030"]


def test_time_field_printed_as_a_heading_with_its_value_below_dates_the_items() -> None:
    # `1. Thời gian thực hiện:` + the value on the next line; `1. Thời gian thực hiện` + the value as one bullet
    for field in ("1. Thời gian thực hiện:\n\nTừ ngày 01/3/2026 đến ngày 30/6/2026.",
                  "1. Thời gian thực hiện\n\n- Từ ngày 01/3/2026 đến ngày 30/6/2026."):
        tasks = _tasks(HEAD + "I. TỔ CHỨC THỰC HIỆN\n\n" + field + "\n\n2. Phân công\n\n"
                       "- Sở Nội vụ hướng dẫn các cơ quan phát động thi đua.\n\n"
                       "- Sở Tài chính bố trí kinh phí khen thưởng.\n")
        assert tasks == [("Sở Nội vụ hướng dẫn các cơ quan phát động thi đua", ["Sở Nội vụ"],
                          "Từ ngày 01/3/2026 đến ngày 30/6/2026"),
                         ("Sở Tài chính bố trí kinh phí khen thưởng", ["Sở Tài chính"],
                          "Từ ngày 01/3/2026 đến ngày 30/6/2026")]
