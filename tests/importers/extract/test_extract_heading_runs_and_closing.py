"""Shapes found when a held-aside plan was spent (issue 10, session 8): a numbered list of agency
headings where some names run on with what the group does, a head noun holding a predicate word
(`chủ đầu tư`), and a closing paragraph whose first request only restates the plan.

Each rule is shown on a short text of its general shape, not copied from the document.
"""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.targets import find_targets
from app.importers.extract.taskcues import after_closing_formula
from app.importers.readers.textfile import parse_text

HEAD = "KẾ HOẠCH\n\nPhát triển hạ tầng số năm 2026\n\n"


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    plan = extract_plan(parse_text(text.strip() + "\n"))
    return [(t.text, t.lead, t.support) for t in plan.tasks()]


AGENCY_LIST = HEAD + (
    "III. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Sở Tài chính\n\n- Bố trí kinh phí thực hiện Kế hoạch.\n\n"
    "2. Ban Quản lý các khu công nghiệp\n\n- Hướng dẫn thủ tục lắp đặt thiết bị.\n\n"
    "3. Các hợp tác xã nông nghiệp tham gia chuỗi liên kết sản xuất\n\n- Ứng dụng phần mềm truy xuất nguồn gốc.\n\n"
    "- Báo cáo nhu cầu chuyển đổi số.\n\n"
    "4. Các cơ sở sản xuất đang hoạt động trong cụm công nghiệp\n\n- Bảo vệ thiết bị trong phạm vi quản lý.\n")


def test_a_heading_among_agency_headings_names_its_group_even_with_a_verb() -> None:
    tasks = _tasks(AGENCY_LIST)
    leads = {text: lead for text, lead, _ in tasks}
    assert leads["Ứng dụng phần mềm truy xuất nguồn gốc"] == [
        "Các hợp tác xã nông nghiệp tham gia chuỗi liên kết sản xuất"]
    assert leads["Báo cáo nhu cầu chuyển đổi số"] == ["Các hợp tác xã nông nghiệp tham gia chuỗi liên kết sản xuất"]
    assert leads["Bảo vệ thiết bị trong phạm vi quản lý"] == ["Các cơ sở sản xuất đang hoạt động trong cụm công nghiệp"]
    assert leads["Bố trí kinh phí thực hiện Kế hoạch"] == ["Sở Tài chính"]


def test_a_topic_heading_among_topics_stays_a_topic() -> None:
    tasks = _tasks(HEAD + "II. NHIỆM VỤ\n\n1. Hạ tầng số\n\n- Phủ sóng di động các thôn.\n\n"
                   "2. Dữ liệu số\n\n- Số hóa hồ sơ lưu trữ.\n\n"
                   "3. Các doanh nghiệp đang hoạt động trên mạng\n\n- Khảo sát nhu cầu.\n")
    assert all(not lead for _, lead, _ in tasks)


def test_a_heading_that_goes_on_with_a_duty_is_not_a_name() -> None:
    tasks = _tasks(HEAD + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Kiểm tra cơ sở khám bệnh.\n\n"
                   "2. Sở Nội vụ\n\n- Thẩm định hồ sơ.\n\n"
                   "3. Các sở, ngành chủ trì theo lĩnh vực quản lý\n\n- Rà soát thủ tục hành chính.\n")
    assert all(lead != ["Các sở, ngành chủ trì theo lĩnh vực quản lý"] for _, lead, _ in tasks)


def test_the_investor_is_one_head_noun() -> None:
    assert take_phrase("Các chủ đầu tư dự án khu đô thị phối hợp với Sở Xây dựng") == "Các chủ đầu tư dự án khu đô thị"
    assert take_phrase("Chủ đầu tư hạ tầng cụm công nghiệp chủ động bố trí mặt bằng") == \
        "Chủ đầu tư hạ tầng cụm công nghiệp"
    tasks = _tasks(HEAD + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Xây dựng\n\n"
                   "- Phối hợp với chủ đầu tư các dự án và các cơ quan liên quan kiểm tra hạ tầng.\n")
    assert tasks[0][2] == ["Chủ đầu tư các dự án", "Cơ quan, đơn vị có liên quan"]


def test_a_request_to_carry_out_the_plan_restates_it() -> None:
    def rest(request: str) -> str:
        return after_closing_formula(f"Trên đây là Kế hoạch phát triển hạ tầng số năm 2026. {request}")[0]

    assert rest("UBND huyện yêu cầu các phòng, ban triển khai kịp thời, hiệu quả các nhiệm vụ "
                "được giao tại Kế hoạch.") == ""
    assert rest("Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.") == ""
    assert rest("Sở Nội vụ đề nghị các đơn vị thực hiện có hiệu quả các nội dung nêu trên.") == ""
    own_work = "Đề nghị các đơn vị báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12."
    assert rest(own_work) == own_work


def test_the_closing_task_is_the_work_after_the_request() -> None:
    tasks = _tasks(HEAD + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\n- Bố trí kinh phí thực hiện.\n\n"
                   "Trên đây là Kế hoạch phát triển hạ tầng số năm 2026. Ủy ban nhân dân huyện yêu cầu các phòng, "
                   "ban, đơn vị liên quan triển khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế hoạch. "
                   "Trong quá trình thực hiện nếu có vướng mắc, báo cáo kịp thời UBND huyện để xử lý./.\n")
    closing = tasks[-1]
    assert closing[0].startswith("Trong quá trình thực hiện nếu có vướng mắc")
    assert closing[1] and closing[1][0].startswith("Các phòng")  # the addressees of the request
    assert not any(text.startswith("Ủy ban nhân dân huyện yêu cầu") for text, _, _ in tasks)


STATIONS = HEAD + (
    "II. NỘI DUNG\n\n"
    "2. Kế hoạch giai đoạn 2026 - 2030\n\n"
    "Trong giai đoạn 2026 - 2030, phấn đấu mở rộng mạng lưới quan trắc, cụ thể như sau:\n\n"
    "2.1. Trạm quan trắc\n\n"
    "- Xây dựng mới trạm quan trắc nước: 12 trạm (Trong đó: Công ty A: 5 trạm, Công ty B: 7 trạm);\n\n"
    "- Nâng cấp trạm quan trắc không khí: 8 trạm.\n")


def test_labelled_figures_under_a_stated_objective_are_targets_with_their_breakdown() -> None:
    plan = extract_plan(parse_text(STATIONS.strip() + "\n"))
    got = [(t.indicator, t.value, t.unit) for t in plan.targets]
    assert got == [("Xây dựng mới trạm quan trắc nước", 12.0, "trạm"),
                   ("Xây dựng mới trạm quan trắc nước: Công ty A", 5.0, "trạm"),
                   ("Xây dựng mới trạm quan trắc nước: Công ty B", 7.0, "trạm"),
                   ("Nâng cấp trạm quan trắc không khí", 8.0, "trạm")]
    assert {t.deadline_text for t in plan.targets} == {"Trong giai đoạn 2026 - 2030"}


def test_labelled_figures_without_a_stated_objective_are_not_targets() -> None:
    plain = STATIONS.replace("phấn đấu mở rộng", "tiếp tục mở rộng")
    assert extract_plan(parse_text(plain.strip() + "\n")).targets == []


def test_an_objective_named_in_a_purpose_section_is_a_target() -> None:
    plan = extract_plan(parse_text(HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n"
                                   "- Phát triển hạ tầng số đồng bộ, góp phần tăng trưởng kinh tế số, mục tiêu tỷ lệ "
                                   "thôn có cáp quang đến năm 2030 đạt 100%.\n\n"
                                   "- Bảo đảm 90% hồ sơ được xử lý đúng hạn.\n"))
    got = [(t.indicator, t.value, t.unit, t.deadline_text) for t in plan.targets]
    assert got == [("tỷ lệ thôn có cáp quang", 100.0, "%", "đến năm 2030")]  # the figure not named one is left


def test_a_period_opening_the_clause_is_not_part_of_the_indicator() -> None:
    found = find_targets("Trong giai đoạn 2026 - 2030, bảo đảm phủ sóng 5G đạt 100% các khu công nghiệp.",
                         ["II"], None, counts=False)
    assert found and not found[0].indicator.startswith("Trong")
