"""Shapes of a campaign plan found on a spent held-out plan (issue 10, session 8, 99c7d8fff9e4572e): a
plan's time counted from its own issue to an event, stated as a sentence under a `Thời gian thực hiện`
heading; synthetic snippets of the general shape, not the plan's wording."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.deadline_text import find_in_prose, stated_period
from app.importers.readers.textfile import parse_text

HEAD = "KẾ HOẠCH\n\nTổ chức phong trào thi đua năm 2026\n\n"


def _tasks(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.text[:24], t.lead, t.deadline_text) for t in extract_plan(parse_text(HEAD + text)).tasks()]


@pytest.mark.parametrize(("text", "phrase"), [
    # from the document's own issue to an event, or to a calendar point
    ("Phong trào được phát động từ ngày ban hành Kế hoạch đến khi tổng kết năm học.",
     "từ ngày ban hành Kế hoạch đến khi tổng kết năm học"),
    ("Triển khai từ ngày ký ban hành đến hết năm 2026.", "từ ngày ký ban hành đến hết năm 2026"),
    ("Từ khi ban hành Quyết định này đến ngày 31/12/2026, các xã rà soát hồ sơ.",
     "Từ khi ban hành Quyết định này đến ngày 31/12/2026"),
])
def test_a_span_from_the_documents_own_issue(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize("text", [
    "Quyết định này có hiệu lực kể từ ngày ban hành.",  # when a rule starts to apply: no end, no time limit
    "Các xã triển khai từ ngày ban hành kế hoạch.",  # a start alone
])
def test_a_start_at_the_issue_alone_is_no_deadline(text: str) -> None:
    assert find_in_prose(text) is None


def test_a_passive_with_two_verbs_states_when_the_work_is_done() -> None:
    assert stated_period("Hội thi được tổ chức thực hiện trong tháng 9/2026") == "trong tháng 9/2026"
    assert stated_period("Cuộc vận động được triển khai thực hiện từ ngày ký đến hết năm 2027") \
        == "từ ngày ký đến hết năm 2027"


def test_a_time_heading_over_a_sentence_gives_the_items_its_time_not_its_subject() -> None:
    text = ("III. THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN\n\n**1. Thời gian thực hiện**\n\n"
            "Phong trào được triển khai thực hiện từ ngày ban hành Kế hoạch đến khi tổng kết Phong trào.\n\n"
            "**2. Tổ chức thực hiện**\n\n"
            "- Sở Giáo dục và Đào tạo hướng dẫn các trường đăng ký thi đua.\n\n"
            "- Sở Tài chính bố trí kinh phí khen thưởng.\n")
    span = "từ ngày ban hành Kế hoạch đến khi tổng kết Phong trào"
    assert _tasks(text) == [("Sở Giáo dục và Đào tạo h", ["Sở Giáo dục và Đào tạo"], span),
                            ("Sở Tài chính bố trí kinh", ["Sở Tài chính"], span)]


@pytest.mark.parametrize("heading", ["NỘI DUNG THI ĐUA", "NỘI DUNG ĐỢT THI ĐUA", "Nội dung phong trào thi đua"])
def test_an_emulations_contents_are_no_duties_though_its_intro_names_who_competes(heading: str) -> None:
    text = (f"II. {heading}\n\n"
            "Các sở, ban, ngành, các xã, phường và mọi người dân tập trung thi đua thực hiện các nội dung sau:\n\n"
            "1. Thi đua hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2026.\n\n"
            "2. Thi đua đẩy mạnh chuyển đổi số, cải cách hành chính.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ hướng dẫn các đơn vị tổ chức phong trào.\n")
    assert [t[0] for t in _tasks(text)] == ["Sở Nội vụ hướng dẫn các "]


def test_an_intro_naming_actors_over_a_contents_section_still_assigns_its_items() -> None:
    text = ("II. NỘI DUNG THỰC HIỆN\n\n"
            "Các sở, ban, ngành tập trung thực hiện các nội dung sau:\n\n"
            "1. Rà soát thủ tục hành chính năm 2026.\n\n2. Đẩy mạnh chuyển đổi số.\n")
    assert [t[1] for t in _tasks(text)] == [["Các sở, ban, ngành"], ["Các sở, ban, ngành"]]


def test_a_request_to_carry_out_the_plan_closes_the_formula_and_names_whom_the_rest_addresses() -> None:
    text = ("I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ hướng dẫn các đơn vị tổ chức phong trào.\n\n"
            "Trên đây là Kế hoạch tổ chức phong trào thi đua năm 2026. Ủy ban nhân dân huyện yêu cầu các phòng, "
            "ban chuyên môn nghiêm túc triển khai thực hiện Kế hoạch này. Trong quá trình thực hiện, nếu có khó "
            "khăn, vướng mắc, kịp thời phản ánh về Phòng Nội vụ để tổng hợp, báo cáo.\n")
    assert _tasks(text)[-1] == ("Trong quá trình thực hiệ", ["Các phòng, ban chuyên môn"], None)


@pytest.mark.parametrize("request_sentence", [
    "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.",
    "Sở Y tế đề nghị các bệnh viện triển khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế hoạch.",
    "Đề nghị các xã, phường thực hiện nghiêm túc, bảo đảm tiến độ, chất lượng theo kế hoạch./.",
])
def test_a_request_alone_after_the_formula_is_no_task(request_sentence: str) -> None:
    from app.importers.extract.taskcues import after_closing_formula

    assert after_closing_formula(f"Trên đây là Kế hoạch thi đua năm 2026. {request_sentence}")[0] == ""


def test_a_request_that_names_its_own_work_stays_a_task() -> None:
    from app.importers.extract.taskcues import after_closing_formula

    text = "Trên đây là Kế hoạch tiêm chủng. Đề nghị Sở Y tế triển khai tiêm chủng cho trẻ em trước ngày 30/6/2026."
    assert after_closing_formula(text) == ("Đề nghị Sở Y tế triển khai tiêm chủng cho trẻ em trước ngày 30/6/2026.",
                                           [])


@pytest.mark.parametrize(("text", "lead"), [
    ("Hội đồng Thi đua - Khen thưởng các cấp theo dõi, đôn đốc phong trào.",
     ["Hội đồng Thi đua - Khen thưởng các cấp"]),
    ("Hội đồng Giáo dục quốc phòng và an ninh tỉnh chủ trì kiểm tra.",
     ["Hội đồng Giáo dục quốc phòng và an ninh tỉnh"]),
])
def test_a_standing_council_is_a_body(text: str, lead: list[str]) -> None:
    from app.importers.extract import assignments as asg

    assert asg.from_text(text).lead == lead


@pytest.mark.parametrize("text", ["Hội đồng thẩm định tỉnh họp xem xét hồ sơ.", "Các hội đồng thi tổ chức chấm thi."])
def test_a_council_convened_for_one_review_written_in_lower_case_is_no_body(text: str) -> None:
    from app.importers.extract.mention_heads import head_at

    assert head_at(text) is None
