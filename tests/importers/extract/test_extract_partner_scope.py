"""Whose partners and whose lead a sentence names (session 12 `names3`): no partner without a body presiding, the
partner of a case or of the partners' own act, a misspelt `phối hợp`, a request made by the heading's body, the
owners after `của`. Short synthetic plans, never one plan's own names."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.assignments import Assignment, from_text
from app.importers.readers.textfile import parse_text

_FRONT = "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nKẾ HOẠCH\nKhắc phục hậu quả mưa lũ năm 2026"


def _tasks(body: str) -> list[tuple[list[str], list[str]]]:
    plan = extract_plan(parse_text(_FRONT + "\n\n" + body + "\n")).to_annotation_dict()
    return [(t["lead"], t["support"]) for t in plan["tasks"]]


def test_an_item_nobody_presides_over_has_no_partner() -> None:
    """A phase's steps under a heading that names no body: `phối hợp với X` has nobody for X to work with."""
    tasks = _tasks("I. NHIỆM VỤ\n\n1. Giai đoạn sau lũ\n\n"
                   "- Hỗ trợ vật liệu sửa nhà cho các hộ dân; phối hợp với chính quyền địa phương dọn dẹp nhà cửa "
                   "trước ngày 30/6/2026.\n\n"
                   "2. Sở Xây dựng\n\n- Phối hợp với UBND các xã rà soát điểm sạt lở trước ngày 30/6/2026.")
    assert tasks == [([], []), (["Sở Xây dựng"], ["UBND các xã"])]


@pytest.mark.parametrize(("text", "lead", "support"), [
    # the first `với` after `phối hợp` is the partner's; `họp với`, `hội nghị với` are the partners' own act
    ("Sở Nội vụ phối hợp với Sở Tư pháp, Sở Tài chính tổ chức hội nghị với Bộ Nội vụ.",
     ["Sở Nội vụ"], ["Sở Tư pháp", "Sở Tài chính"]),
    ("Trưởng ban công tác Mặt trận phối hợp với Chi hội trưởng các đoàn thể họp với Bí thư chi bộ dự kiến "
     "người ứng cử.", ["Trưởng ban công tác Mặt trận"], ["Chi hội trưởng các đoàn thể"]),
    # words between `phối hợp` and its `với` still reach it
    ("Sở Nội vụ phối hợp chặt chẽ hơn nữa với Sở Tư pháp rà soát văn bản.", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    # `phối họp`: one tone mark typed wrong
    ("Trưởng ban công tác Mặt trận phối họp với Trưởng thôn lập danh sách cử tri.",
     ["Trưởng ban công tác Mặt trận"], ["Trưởng thôn"]),
    # `trong nước` names which market a body serves (`Vụ Thị trường trong nước`), it is no place the act is done in
    ("Cục Xúc tiến thương mại chủ trì, phối hợp với Vụ Thị trường trong nước tổ chức các chương trình xúc tiến.",
     ["Cục Xúc tiến thương mại"], ["Vụ Thị trường trong nước"]),
])
def test_the_partners_of_the_item_itself(text: str, lead: list[str], support: list[str]) -> None:
    said = from_text(text)
    assert (said.lead, said.support) == (lead, support)


@pytest.mark.parametrize(("text", "support"), [
    # a case added after the duty: its partner is the contingency's
    ("Sở Tư pháp phối hợp với Sở Nội vụ lập danh sách. Trường hợp chưa có tổ dân phố thì Sở Tư pháp phối hợp với "
     "Ban quản trị nhà chung cư lập danh sách.", ["Sở Nội vụ"]),
    ("Sở Tư pháp lập báo cáo thẩm định. Nếu có ý kiến khác nhau, Sở Tư pháp phối hợp với các cơ quan xem xét; "
     "tổ chức họp thẩm định với sự tham gia của Sở Xây dựng.", ["Sở Xây dựng"]),
    # an item that opens with its case has it for its duty
    ("Trường hợp các đơn vị có ý kiến khác nhau, cơ quan chủ trì có trách nhiệm phối hợp với Sở Tư pháp làm rõ.",
     ["Sở Tư pháp"]),
])
def test_a_partner_named_only_in_a_case_after_the_duty_is_not_the_items(text: str, support: list[str]) -> None:
    assert from_text(text).support == support


def test_a_request_opening_an_item_under_a_body_is_made_by_that_body() -> None:
    """`Yêu cầu X` is what the heading's body requires of those it manages; `Đề nghị X` asks bodies outside its
    command, and alone (no heading's body) both name the body asked."""
    heading = Assignment(lead=["Sở Khoa học và Công nghệ"])
    text = "Yêu cầu các cơ quan báo chí trên địa bàn tỉnh xây dựng kế hoạch tuyên truyền."
    assert from_text(text, heading).lead == []  # nothing of its own: the heading's body is inherited
    assert from_text(text).lead == ["Các cơ quan báo chí trên địa bàn tỉnh"]
    assert from_text("Đề nghị Ủy ban MTTQ tỉnh tuyên truyền, vận động Nhân dân.", heading).lead == ["Ủy ban MTTQ tỉnh"]


@pytest.mark.parametrize(("text", "lead"), [
    ("Chậm nhất ngày 01/02/2026, biên bản hội nghị của cơ quan, tổ chức, đơn vị ở tỉnh nhận xét về người ứng cử "
     "phải được gửi đến Ban Thường trực Ủy ban MTTQ tỉnh.", []),
    ("Căn cứ vào số lượng người được giới thiệu của cơ quan, tổ chức, đơn vị và kết quả lấy ý kiến cử tri, Ban "
     "Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương.", ["Ban Thường trực Ủy ban MTTQ tỉnh"]),
])
def test_the_owners_after_cua_are_no_clause_subject(text: str, lead: list[str]) -> None:
    """`… của cơ quan, tổ chức, đơn vị …`: the comma lists the owners of a thing, it opens no clause."""
    assert from_text(text).lead == lead


def test_a_meetings_secretary_is_a_partner_named_by_post() -> None:
    said = from_text("Tổ trưởng tổ bầu cử tổng hợp ý kiến cử tri, phối hợp với Thư ký hội nghị hoàn thiện biên bản.")
    assert said.support == ["Thư ký hội nghị"]
