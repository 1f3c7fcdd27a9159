"""Lead/support: heading agencies, Giao, chủ trì cùng, phối hợp với, attribute lines, inherited deadlines."""
from __future__ import annotations

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.extract.assignments import from_text
from app.importers.extract.support_cues import find_support


def _plan(*lines: str):
    return extract_plan([Paragraph(t) for t in lines])


def test_heading_agency_is_inherited_and_group_deadline_repeated() -> None:
    plan = _plan("I. NHIỆM VỤ", "1. Đẩy mạnh tuyên truyền", "1.1. Sở Thông tin và Truyền thông:",
                 "- Chủ trì, phối hợp với Sở Nội vụ, Ban Tuyên giáo Tỉnh ủy và các cơ quan liên quan tuyên truyền.",
                 "- Phối hợp với Công an tỉnh rà soát nội dung trên mạng.",
                 "- Thời gian thực hiện: trong năm 2024 và các năm tiếp theo.")
    tasks = plan.tasks()
    assert len(tasks) == 2
    assert all(t.lead == ["Sở Thông tin và Truyền thông"] for t in tasks)
    assert sorted(tasks[0].support) == sorted(["Sở Nội vụ", "Ban Tuyên giáo Tỉnh ủy", "Cơ quan, đơn vị có liên quan"])
    assert tasks[1].support == ["Công an tỉnh"]
    assert all(t.deadline_text == "trong năm 2024 và các năm tiếp theo" for t in tasks)


def test_giao_chu_tri_cung() -> None:
    a = from_text("Giao Sở Tài chính chủ trì cùng các Sở, ngành liên quan báo cáo việc chuyển đổi.")
    assert a.lead == ["Sở Tài chính"] and a.support == ["Các Sở, ngành liên quan"]


def test_subject_and_yeu_cau() -> None:
    assert from_text("Sở Tư pháp tham mưu UBND Thành phố thành lập Tổ công tác.").lead == ["Sở Tư pháp"]
    assert sorted(from_text("Yêu cầu các Sở, ngành, UBND các quận, huyện triển khai nghiêm.").lead) == \
        sorted(["Các Sở, ngành", "UBND các quận, huyện"])


def test_told_agencies_are_not_lead_or_support() -> None:
    a = from_text("Chỉ đạo các sở, ngành rà soát chức năng, nhiệm vụ; báo cáo về Sở Nội vụ.")
    assert a.lead == [] and a.support == []
    assert find_support("chương trình phối hợp giữa ban dân vận các cấp với chính quyền đồng cấp") == []


def test_attribute_lines_of_an_item() -> None:
    plan = _plan("III. NHIỆM VỤ CỤ THỂ", "1. Sắp xếp bộ máy",
                 "a) Rà soát chức năng, nhiệm vụ:", "- Nhiệm vụ, giải pháp cụ thể: Rà soát, sắp xếp bộ máy.",
                 "- Thời gian thực hiện: Thường xuyên;", "- Cơ quan chủ trì: Sở, ban, ngành tỉnh; UBND cấp huyện;",
                 "- Cơ quan phối hợp: Sở Nội vụ và cơ quan, đơn vị có liên quan.")
    [task] = plan.tasks()
    assert task.text.startswith("Rà soát chức năng, nhiệm vụ: Rà soát, sắp xếp")
    assert task.lead == ["Sở, ban, ngành tỉnh", "UBND cấp huyện"]
    assert task.support == ["Sở Nội vụ", "Cơ quan, đơn vị có liên quan"]
    assert task.deadline_text == "Thường xuyên"


def test_embedded_giao_is_a_separate_task() -> None:
    plan = _plan("II. NỘI DUNG", "1. Các sở, ngành:",
                 "a) Triển khai Quy tắc ứng xử. Giao Sở Văn hóa chủ trì cùng Sở Nội vụ xây dựng chương trình.")
    tasks = plan.tasks()
    assert [t.lead for t in tasks] == [["Các sở, ngành"], ["Sở Văn hóa"]]
    assert tasks[1].support == ["Sở Nội vụ"] and tasks[1].path == ["II", "1", "a"]


def test_purpose_and_situation_are_not_tasks() -> None:
    plan = _plan("I. MỤC ĐÍCH, YÊU CẦU", "1. Các sở, ngành quán triệt nghiêm túc trong năm 2024.",
                 "II. NHIỆM VỤ", "1. Sở Y tế chủ trì triển khai trong năm 2024.")
    assert [t.path for t in plan.tasks()] == [["II", "1"]]


def test_descriptive_sub_bullets_stay_in_the_task() -> None:
    plan = _plan("III. NHIỆM VỤ", "1. Sở Nội vụ:",
                 "- Chủ trì trình UBND tỉnh ban hành các văn bản, cụ thể như sau:",
                 "+ Quyết định về phân cấp quản lý.", "+ Quyết định về bổ nhiệm.")
    [task] = plan.tasks()
    assert "Quyết định về phân cấp" in task.text and task.lead == ["Sở Nội vụ"]


def test_dashes_saying_what_a_duty_is_for_stay_in_the_task() -> None:
    """`a) Sửa đổi Luật … để:` + dashes (what the amendment is for), `b) … trình Quốc hội ban hành:` + dashes
    (what the law is to contain): one duty each, its dashes in its text; with a dash naming who presides, the
    dashes are duties."""
    plan = _plan("II. NHIỆM VỤ", "1. Sở Tư pháp chủ trì thực hiện các nhiệm vụ sau:",
                 "a) Sửa đổi quy định về quản lý khoa học và công nghệ để:",
                 "- Tháo gỡ các khó khăn, vướng mắc về thủ tục.", "- Đơn giản hóa thủ tục hành chính.",
                 "b) Hoàn thiện dự thảo Luật Công nghiệp công nghệ số trình Quốc hội ban hành:",
                 "- Cơ chế thử nghiệm có kiểm soát.", "- Rà soát các ưu đãi về đất đai, thuế.",
                 "c) Xây dựng đề án phát triển hạ tầng số nhằm:", "- Nâng cao năng lực tính toán.",
                 "- Sở Tài chính chủ trì bố trí kinh phí.")
    tasks = {"/".join(t.path): t for t in plan.tasks()}
    assert set(tasks) == {"II/1/a", "II/1/b", "II/1/c/•1", "II/1/c/•2"}  # a dash naming who presides: a duty
    assert "Tháo gỡ các khó khăn" in tasks["II/1/a"].text and tasks["II/1/a"].lead == ["Sở Tư pháp"]
    assert "Cơ chế thử nghiệm" in tasks["II/1/b"].text


def test_item_stating_its_agency_before_a_colon() -> None:
    plan = _plan("II. NHIỆM VỤ", "1. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh:",
                 "a) Ban hành quy chế đánh giá cán bộ.", "2. UBND các huyện, thị xã căn cứ chức năng, nhiệm vụ:",
                 "- Rà soát đội ngũ cán bộ.")
    tasks = plan.tasks()
    assert tasks[0].lead == ["Sở Nội vụ"] and tasks[0].support == ["Cơ quan, đơn vị có liên quan"]
    assert tasks[1].lead == ["UBND các huyện, thị xã"]


def test_reporting_clauses() -> None:
    plan = _plan("III. TỔ CHỨC THỰC HIỆN",
                 "1. Sở Nội vụ theo dõi, đôn đốc; định kỳ báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
                 "2. Các sở báo cáo UBND tỉnh trước ngày 30/4/2024.")
    assert plan.reporting == ["Định kỳ báo cáo UBND tỉnh trước ngày 15/12 hằng năm"]


def test_unlabelled_agency_lines_between_bullet_groups() -> None:
    plan = _plan("III. TỔ CHỨC THỰC HIỆN", "1. Trách nhiệm các cơ quan", "Sở Nội vụ:",
                 "- Hướng dẫn triển khai Kế hoạch.", "- Tổng hợp báo cáo trước ngày 15/12 hằng năm.",
                 "Sở Tài chính:", "- Bố trí kinh phí thực hiện.")
    assert [t.lead for t in plan.tasks()] == [["Sở Nội vụ"], ["Sở Nội vụ"], ["Sở Tài chính"]]


def test_the_words_between_giao_and_chu_tri_in_brackets_are_one_name_however_long() -> None:
    """Inside an assignment's brackets nothing but the name stands before `chủ trì`: a post named by its
    field, a group named with its remit, acronyms listed with a kind of body are read whole."""
    said = from_text("Tham mưu xây dựng kế hoạch giám sát (Giao Cán bộ phụ trách lĩnh vực giám sát và phản biện xã "
                         "hội chủ trì, phối hợp với Văn phòng; thời gian hoàn thành: tháng 01/2026).")
    assert said.lead == ["Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"] and said.support == ["Văn phòng"]
    said = from_text("Tiếp nhận đơn thư (Tổ tiếp công dân, xử lý khiếu nại, tố cáo chủ trì, Văn phòng phối hợp).")
    assert said.lead == ["Tổ tiếp công dân, xử lý khiếu nại, tố cáo"]
    said = from_text("Xây dựng chương trình trên truyền hình (Giao VTV, VOV, TTXVN và các địa phương chủ trì, phối "
                         "hợp với Bộ Khoa học và Công nghệ; thời gian thực hiện: Thường xuyên);")
    assert said.lead == ["VTV", "VOV", "TTXVN", "Các địa phương"]
    # a body handing the task over names no one presiding by itself
    assert from_text("Ban hành kế hoạch (UBND tỉnh giao Sở Nội vụ chủ trì; quý II/2026).").lead == ["Sở Nội vụ"]


def test_an_assignment_bracket_may_hold_a_bracket_of_its_own() -> None:
    said = from_text("Hội nghị hiệp thương lần thứ ba (Giao Ban Công tác mặt trận thôn chủ trì; thời gian hoàn thành: "
                         "ngày 12/02/2026 (chậm nhất ngày 20/02/2026)).")
    assert said.lead == ["Ban Công tác mặt trận thôn"]


def test_a_bracket_names_the_partners_in_a_part_of_their_own() -> None:
    """`(Sở A chủ trì; các sở, ngành phối hợp)`: after the presiding part, a part saying `phối hợp` names the
    partners."""
    found = from_text("Xây dựng đề án vị trí việc làm (Sở Nội vụ chủ trì; các sở, ngành phối hợp).")
    assert (found.lead, found.support, found.explicit) == (["Sở Nội vụ"], ["Các sở, ngành"], True)
