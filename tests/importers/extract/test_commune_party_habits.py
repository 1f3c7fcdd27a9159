"""Habits of a commune Party committee's letters and conclusions (session 18, conghai, on real13): a công văn's
trích yếu set under its number with no `V/v`, a blank Party number (`Số -CV/ĐU`) that still prints its kind, an
invitation's event hour that is no deadline, a limit set at an hour of a day, a `Giao …` paragraph after a dash
list, a committee's closing appeal (`… kêu gọi …`), `Hình thức tổ chức:` of a meeting, `các cơ quan tham mưu, giúp
việc Đảng uỷ` as one body, `Do đó, đề nghị …` after a ground, and `liên hệ` opening the predicate. Short written
snippets, no document."""
from __future__ import annotations

import pytest

from app.importers.blocks import Paragraph
from app.importers.extract import assignments as asg
from app.importers.extract import extract_plan
from app.importers.extract.deadline_patterns import day_limit
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.event_time import is_event_time
from app.importers.extract.header import doc_type_of
from app.importers.extract.taskcues import states_no_duty


def _plan(*lines: str):
    return extract_plan([Paragraph(t) for t in lines])


HEADER = ("ĐẢNG BỘ TỈNH KHÁNH HOÀ", "ĐẢNG UỶ XÃ AN HẢI", "*", "Số -CV/ĐU")
MOTTO = ("ĐẢNG CỘNG SẢN VIỆT NAM", "An Hải, ngày tháng 11 năm 2025")


def test_a_letters_subject_under_its_number_is_its_title_and_kind() -> None:
    plan = _plan(*HEADER, "Tập trung chỉ đạo triển khai", "công tác phòng, chống dịch bệnh", *MOTTO,
                 "Kính gửi: Các chi, đảng bộ trực thuộc.",
                 "Thường trực Đảng uỷ đề nghị các cơ quan, đơn vị thực hiện một số nội dung như sau:",
                 "1. Giao Đảng uỷ UBND xã chỉ đạo rà soát các khu vực có nguy cơ.")
    assert (plan.number, plan.doc_type, plan.title) == (
        "-CV/ĐU", "CV", "Tập trung chỉ đạo triển khai công tác phòng, chống dịch bệnh")


def test_a_blank_party_number_keeps_its_kind_and_a_state_one_names_none() -> None:
    assert doc_type_of("-CV/ĐU", None) == "CV"
    assert doc_type_of("-KH/ĐU", None) == "KH"
    assert doc_type_of("-UBND/VP", None) is None  # no kind of document


def test_a_place_date_line_under_the_number_stays_the_date() -> None:
    plan = _plan("ĐẢNG ĐOÀN QUỐC HỘI", "Số 12-KH/ĐĐ", "Hà Nội, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH",
                 "thực hiện Nghị quyết số 57-NQ/TW", "I. NHIỆM VỤ", "1. Văn phòng chủ trì tổng kết trong quý I/2025.")
    assert plan.place == "Hà Nội" and plan.title == "thực hiện Nghị quyết số 57-NQ/TW"


@pytest.mark.parametrize(("line", "event"), [
    ("Thời gian: Vào lúc 08 giờ 00’, ngày 18/10/2025 (sáng thứ bảy).", True),
    ("Thời gian: Bắt đầu lúc 14 giờ 30”, ngày 28/01/2026.", True),
    ("Thời gian thực hiện: trước ngày 30/11/2025.", False),
    ("Thời gian: Quý IV/2025.", False),
])
def test_an_invitations_event_hour_is_no_deadline_field(line: str, event: bool) -> None:
    assert is_event_time(line) is event


def test_the_event_hour_dates_neither_the_meeting_nor_the_duties_that_prepare_it() -> None:
    plan = _plan(*HEADER, "Mời dự Hội nghị quán triệt", *MOTTO, "Kính gửi: Các đồng chí Đảng uỷ viên.",
                 "I. Hội nghị quán triệt Nghị quyết", "1. Thời gian: Vào lúc 08 giờ 00’, ngày 18/10/2025.",
                 "2. Địa điểm: Hội trường UBND xã.", "3. Tổ chức thực hiện:",
                 "3.1. Văn phòng Đảng uỷ chuẩn bị trang thiết bị phục vụ Hội nghị.",
                 "3.2. Ban Xây dựng Đảng theo dõi, tổng hợp báo cáo kết quả học tập.")
    tasks = [t for t in plan.walk() if t.kind == "task"]
    assert [t.lead for t in tasks] == [["Văn phòng Đảng uỷ"], ["Ban Xây dựng Đảng"]]
    assert all(t.deadline_text is None for t in tasks)


@pytest.mark.parametrize(("text", "deadline"), [
    ("trình Thường trực Đảng uỷ trước 11 giờ 00’ ngày 09/02/2026.", "trước 11 giờ 00’ ngày 09/02/2026"),
    ("kiểm tra đường truyền trước 15 giờ 00, ngày 17/10/2025 (thứ Sáu). Phối hợp",
     "trước 15 giờ 00, ngày 17/10/2025 (thứ Sáu)"),
    ("các công việc trên hoàn thành trong ngày 09/02/2026.", "trong ngày 09/02/2026"),
    # the first day of a legal period is no limit
    ("Hội nghị hiệp thương được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026", None),
])
def test_a_limit_within_one_day(text: str, deadline: str | None) -> None:
    assert day_limit(text) == deadline


def test_a_day_limit_dates_a_bodys_duty_but_makes_no_task_of_a_rule() -> None:
    plan = _plan(*HEADER, "Chuẩn bị đón Đoàn công tác", *MOTTO, "Kính gửi: Các cơ quan, đơn vị.",
                 "Thường trực Đảng uỷ có ý kiến chỉ đạo như sau:", "1. Uỷ ban nhân dân xã:",
                 "- Chuẩn bị báo cáo tóm tắt, trình Thường trực Đảng uỷ trước 11 giờ 00’ ngày 09/02/2026.",
                 "2. Người ứng cử nộp hồ sơ trước 17 giờ 00 ngày 01/02/2026.")
    tasks = [t for t in plan.walk() if t.kind == "task"]
    assert [(t.lead, t.deadline_text) for t in tasks] == [(["Uỷ ban nhân dân xã"], "trước 11 giờ 00’ ngày 09/02/2026")]


def test_a_day_said_after_its_weekday() -> None:
    assert find_in_prose("Cử người tiếp nhận quà vào ngày Chủ Nhật, ngày 08/02/2026.") == \
        "vào ngày Chủ Nhật, ngày 08/02/2026"


def test_a_giao_paragraph_after_a_dash_list_is_the_items_duty_not_its_last_dash() -> None:
    plan = _plan("KẾT LUẬN", "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 2",
                 "1. Chương trình làm việc toàn khoá: Hội nghị cơ bản nhất trí thông qua các dự thảo:",
                 "- Chương trình làm việc toàn khoá của Ban Chấp hành;",
                 "- Chương trình kiểm tra, giám sát toàn khoá.",
                 "Giao Ban Thường vụ Đảng uỷ tiếp thu các ý kiến góp ý, hoàn thiện các dự thảo, trình ký ban hành.")
    tasks = [t for t in plan.walk() if t.kind == "task"]
    assert [t.text[:20] for t in tasks] == ["Giao Ban Thường vụ Đ"]
    assert tasks[0].lead == ["Ban Thường vụ Đảng uỷ"]


def test_a_committees_closing_appeal_is_no_duty() -> None:
    assert states_no_duty("Ban Chấp hành Đảng bộ xã kêu gọi các cấp uỷ, chính quyền, Mặt trận Tổ quốc phấn đấu "
                          "hoàn thành vượt mức các chỉ tiêu của những tháng cuối năm 2025")
    assert not states_no_duty("Ban Tuyên giáo tuyên truyền, kêu gọi Nhân dân tham gia phong trào")


def test_how_a_meeting_is_held_is_no_duty() -> None:
    assert states_no_duty("Hình thức tổ chức: Hội nghị do Ban Thường vụ Tỉnh uỷ chủ trì, tổ chức trực tuyến")


def test_a_party_committees_staff_bodies_are_one_mention() -> None:
    said = asg.from_text("Các cơ quan tham mưu, giúp việc Đảng uỷ tham mưu tổ chức hội nghị sơ kết.")
    assert said.lead == ["Các cơ quan tham mưu, giúp việc Đảng uỷ"]
    said = asg.from_text("Đề nghị Đảng uỷ UBND xã, trưởng các cơ quan tham mưu, giúp việc Đảng uỷ khẩn trương "
                         "xây dựng kế hoạch.")
    assert said.lead == ["Đảng uỷ UBND xã", "Trưởng các cơ quan tham mưu, giúp việc Đảng uỷ"]


def test_a_request_drawn_from_a_ground_names_the_bodies_asked() -> None:
    said = asg.from_text("Các nhiệm vụ đề ra trong Chương trình là rõ và cụ thể. Do đó, đề nghị Đảng uỷ UBND xã, "
                         "các phòng chuyên môn UBND xã khẩn trương xây dựng kế hoạch triển khai.")
    assert said.lead == ["Đảng uỷ UBND xã", "Các phòng chuyên môn UBND xã"]


def test_liên_hệ_opens_the_predicate() -> None:
    said = asg.from_text("Văn phòng Đảng uỷ liên hệ Viễn thông tỉnh chuẩn bị đường truyền phục vụ Hội nghị.")
    assert said.lead == ["Văn phòng Đảng uỷ"]
