"""A dash under an item that only says who does it (session 15 `leads3`): `- Sở A chủ trì, phối hợp với Sở B thực
hiện.` is the item's lead and support, as `- Chủ trì: Sở A` is (ANNOTATION.md: a line that only states an attribute
of the item above is not a task). Short synthetic plans, never one plan's own names."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
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


def test_a_dash_going_on_to_a_duty_stays_a_task() -> None:
    """Dashes each naming a body and its own work are the item's duties, as before."""
    tasks = _tasks("1. Khắc phục hậu quả mưa lũ:\n"
                   "- Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra an toàn thực phẩm.\n"
                   "- Sở Xây dựng chủ trì, phối hợp với UBND các xã hỗ trợ người dân sửa chữa nhà ở.")
    assert [(lead, support) for _, lead, support, _ in tasks] == [(["Sở Y tế"], ["Sở Tài chính"]),
                                                                  (["Sở Xây dựng"], ["UBND các xã"])]
