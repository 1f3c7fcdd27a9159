"""Who owns an item (session 15 `leads3`): a dash under it that only says who does it (`- Sở A chủ trì, phối hợp
với Sở B thực hiện.` is the item's lead and support, as `- Chủ trì: Sở A` is; ANNOTATION.md: a line that only states
an attribute of the item above is not a task), and the subjects of its `;` clauses when it opens with its own
(`Sở A kiểm tra …; Sở B kiểm soát …`). Short synthetic plans, never one plan's own names."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.assignments import Assignment, from_text
from app.importers.extract.roles import role_line
from app.importers.readers.textfile import parse_text

_FRONT = "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nKẾ HOẠCH\nKhắc phục hậu quả mưa lũ năm 2026\n\nII. NHIỆM VỤ"


def _tasks(body: str) -> list[tuple[str, list[str], list[str], str | None]]:
    plan = extract_plan(parse_text(_FRONT + "\n\n" + body + "\n")).to_annotation_dict()
    return [(t["text"], t["lead"], t["support"], t["deadline_text"]) for t in plan["tasks"]]


@pytest.mark.parametrize(("line", "roles"), [
    ("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã thực hiện.",
     (["Sở Nông nghiệp và Môi trường"], ["UBND các xã"])),
    ("Giao Sở Văn hóa, Thể thao và Du lịch chủ trì; Báo Gia Lai, Đài Phát thanh tỉnh phối hợp.",
     (["Sở Văn hóa, Thể thao và Du lịch"], ["Báo Gia Lai", "Đài Phát thanh tỉnh"])),
    ("Sở Y tế chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện.",
     (["Sở Y tế"], ["Cơ quan, đơn vị có liên quan"])),
    ("UBND các xã, phường chủ trì thực hiện.", (["UBND các xã, phường"], [])),
    # a kind naming nobody (a column's word), a bare `X thực hiện` (a heading as often as a field)
    ("Cơ quan chủ trì", None),
    ("Các cơ quan thực hiện", None),
    ("Sở Tài chính chịu trách nhiệm chính.", (["Sở Tài chính"], [])),
    # the line goes on to a duty of its own: a task, not a field
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra an toàn thực phẩm.", None),
    ("Sở Y tế thực hiện kiểm tra an toàn thực phẩm.", None),
    ("Kiểm tra việc chủ trì, phối hợp với Trưởng thôn tổ chức hội nghị.", None),
])
def test_a_line_that_only_names_who_does_the_item(line: str, roles: tuple[list[str], list[str]] | None) -> None:
    assert role_line(line) == roles


def test_a_role_dash_beside_a_time_field_gives_the_item_its_lead() -> None:
    """`- Sở A chủ trì, phối hợp với B thực hiện.` + `- Thời gian: …`: both fields of the item (the dash was
    read as neither field nor task, and the item lost its lead)."""
    assert _tasks("1. Rà soát, cập nhật các điểm sạt lở trên địa bàn tỉnh.\n"
                  "- Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã thực hiện.\n"
                  "- Thời gian: trước ngày 30/6/2026.\n\n"
                  "2. Tổ chức tuyên truyền về phòng, chống thiên tai.\n"
                  "- Chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n- Thời gian: Quý III năm 2026.") == [
        ("Rà soát, cập nhật các điểm sạt lở trên địa bàn tỉnh", ["Sở Nông nghiệp và Môi trường"], ["UBND các xã"],
         "trước ngày 30/6/2026"),
        ("Tổ chức tuyên truyền về phòng, chống thiên tai", ["Sở Văn hóa, Thể thao và Du lịch"], [], "Quý III năm 2026")]


def test_a_role_dash_alone_or_after_a_descriptive_dash_is_the_items_field() -> None:
    """A lone role dash made itself the task (the item above lost); after a dash saying what the item covers, the
    item was dropped altogether."""
    tasks = _tasks("1. Rà soát, cập nhật các điểm sạt lở trên địa bàn tỉnh.\n"
                   "- Sở Nông nghiệp và Môi trường chủ trì thực hiện.\n\n"
                   "2. Tổ chức tuyên truyền về phòng, chống thiên tai.\n"
                   "- Tuyên truyền trên hệ thống truyền thanh cơ sở và mạng xã hội.\n"
                   "- Sở Văn hóa, Thể thao và Du lịch chủ trì; Báo Gia Lai phối hợp.")
    assert [(text[:25], lead, support) for text, lead, support, _ in tasks] == [
        ("Rà soát, cập nhật các điể", ["Sở Nông nghiệp và Môi trường"], []),
        ("Tổ chức tuyên truyền về p", ["Sở Văn hóa, Thể thao và Du lịch"], ["Báo Gia Lai"])]


def test_a_role_dash_closed_by_its_time_after_the_items_dashes() -> None:
    """`- Sở A chủ trì, phối hợp với Sở B thực hiện; hoàn thành trong tháng 6/2026.` after the dashes saying what
    the item covers: who does the item and by when (the dash was a task of its own, the item lost)."""
    assert _tasks("1. Rà soát, cập nhật các điểm sạt lở trên địa bàn tỉnh:\n- Rà soát các điểm sạt lở ven sông, suối;\n"
                  "- Cập nhật bản đồ cảnh báo thiên tai;\n- Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND "
                  "các xã thực hiện; hoàn thành trong tháng 6/2026.") == [
        ("Rà soát, cập nhật các điểm sạt lở trên địa bàn tỉnh", ["Sở Nông nghiệp và Môi trường"], ["UBND các xã"],
         "trong tháng 6/2026")]


def test_the_bodies_under_an_empty_agency_field() -> None:
    """`- Cơ quan thực hiện:` + `+ Sở A chủ trì, phối hợp với …` + `+ Sở B đăng tải …`: the field's value is the lines
    below it, the role line and a body given its part of the item alike (the item was lost: no field was read)."""
    assert _tasks("1. Hoạt động 1\n- Nội dung: Tuyên truyền về phòng, chống thiên tai trên các phương tiện truyền "
                  "thông.\n- Cơ quan thực hiện:\n+ Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Gia Lai "
                  "và các đơn vị có liên quan.\n+ Sở Xây dựng đăng tải thông điệp trên bảng tin điện tử tại các nhà "
                  "chờ xe buýt.") == [
        ("Tuyên truyền về phòng, chống thiên tai trên các phương tiện truyền thông",
         ["Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng"], ["Báo Gia Lai", "Cơ quan, đơn vị có liên quan"], None)]


def test_a_dash_going_on_to_a_duty_stays_a_task() -> None:
    """Dashes each naming a body and its own work are the item's duties, as before."""
    tasks = _tasks("1. Khắc phục hậu quả mưa lũ:\n"
                   "- Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra an toàn thực phẩm.\n"
                   "- Sở Xây dựng chủ trì, phối hợp với UBND các xã hỗ trợ người dân sửa chữa nhà ở.")
    assert [(lead, support) for _, lead, support, _ in tasks] == [(["Sở Y tế"], ["Sở Tài chính"]),
                                                                  (["Sở Xây dựng"], ["UBND các xã"])]


@pytest.mark.parametrize(("text", "lead"), [
    # each clause's own subject does its part
    ("Sở Y tế kiểm tra an toàn thực phẩm tại các chợ; Công an tỉnh bảo đảm an ninh trật tự tại các điểm cấp phát.",
     ["Sở Y tế", "Công an tỉnh"]),
    ("Các sở, ngành tổ chức tuyên truyền; UBND các xã, phường chủ động rà soát các điểm sạt lở.",
     ["Các sở, ngành", "UBND các xã, phường"]),
    # a `;` going on with a list of the bodies told (`hướng dẫn A, B; C …`) or met (`họp với A; B, để …`)
    ("Sở Nội vụ hướng dẫn các sở, ngành, Ủy ban MTTQ tỉnh; UBND các xã, phường tổ chức thực hiện phong trào.",
     ["Sở Nội vụ"]),
    ("Ban Thường trực Ủy ban MTTQ xã họp với lãnh đạo các cơ quan có người ứng cử; Trưởng ban công tác Mặt trận "
     "thôn, để hướng dẫn việc lấy ý kiến cử tri.", ["Ban Thường trực Ủy ban MTTQ xã"]),
    # the partner's own clause, and the steps after a colon
    ("Sở Y tế chủ trì kiểm tra an toàn thực phẩm; Hội Nông dân tỉnh phối hợp tuyên truyền.", ["Sở Y tế"]),
    ("Văn phòng Sở tổ chức hội nghị: thống nhất thời gian, địa điểm; các phòng chuyên môn cung cấp danh sách đại biểu.",
     ["Văn phòng Sở"]),
])
def test_the_subjects_of_an_items_semicolon_clauses(text: str, lead: list[str]) -> None:
    assert from_text(text, Assignment(lead=["Ủy ban nhân dân tỉnh"])).lead == lead


def test_an_item_opening_with_its_verb_keeps_its_heading() -> None:
    """Under `Sở Nội vụ:`, `Tham mưu …, hướng dẫn …; các xã … tổ chức …`: the item names no subject of its own, so
    its `;` clause is no second actor (the list goes on: those told)."""
    tasks = _tasks("1. Sở Nội vụ: Tham mưu UBND tỉnh hướng dẫn các sở, ngành; các xã, phường tổ chức thực hiện "
                   "phong trào thi đua.\n\n2. Sở Y tế: Kiểm tra an toàn thực phẩm tại các chợ; Công an tỉnh bảo đảm "
                   "an ninh trật tự.")
    assert [lead for _, lead, _, _ in tasks] == [["Sở Nội vụ"], ["Sở Y tế", "Công an tỉnh"]]


def test_a_meetings_fields_stay_with_the_meeting() -> None:
    """`2. Hội nghị lần thứ hai` + `Nội dung: …` + its `- Thời gian`, `- Đơn vị chủ trì` + `2.3. Báo cáo kết quả` + a
    dash naming no actor: the meeting is a task with its fields; the report after it is no duty of the meeting's chair
    (as when the fields stand under a sub-item `2.1. Nội dung: …` beside it)."""
    tasks = _tasks("2. Hội nghị hiệp thương lần thứ hai\nNội dung: Lập danh sách sơ bộ những người ứng cử.\n"
                   "- Thời gian: Dự kiến ngày 30/01/2026.\n- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã.\n\n"
                   "2.3. Báo cáo kết quả Hội nghị\n\n- Gửi biên bản hội nghị về Ban Thường trực Ủy ban MTTQ tỉnh ngay "
                   "sau khi kết thúc hội nghị.")
    assert [(lead, deadline) for _, lead, _, deadline in tasks] == [
        (["Ban Thường trực Ủy ban MTTQ xã"], "Dự kiến ngày 30/01/2026"), ([], "ngay sau khi kết thúc hội nghị")]
