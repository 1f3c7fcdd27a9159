"""Who owns an item, and where a list of bodies splits (session 14 `leads2`): the subject after an item's topic
label, a heading of the other bodies, partners in brackets after their kind, the Front's member organisations, a kind
printed again with its own qualifier, a kind after `và` and a named body. Short synthetic plans, never one plan's
own names."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.assignments import Assignment, from_text
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.subjects import after_topic_label
from app.importers.readers.textfile import parse_text

_FRONT = "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nKẾ HOẠCH\nKhắc phục hậu quả mưa lũ năm 2026"


def _tasks(body: str) -> list[tuple[list[str], list[str]]]:
    plan = extract_plan(parse_text(_FRONT + "\n\n" + body + "\n")).to_annotation_dict()
    return [(t["lead"], t["support"]) for t in plan["tasks"]]


def test_the_subject_after_an_items_topic_label_beats_the_lead_in() -> None:
    """`1. Về tuyên truyền: X chủ trì …` under a lead-in naming another body: the sentence's subject comes after
    its topic, and it is the item's; an item opening with its verb keeps the lead-in's body."""
    tasks = _tasks("II. NHIỆM VỤ\n\nỦy ban nhân dân xã Ia Grai tổ chức thực hiện các nhiệm vụ sau:\n\n"
                   "1. Về tuyên truyền: Trung tâm Văn hóa xã chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức tuyên "
                   "truyền trước ngày 30/6/2026.\n\n"
                   "2. Kiểm tra, giám sát: Ban Thường trực Ủy ban MTTQ xã thành lập đoàn kiểm tra tại các thôn.\n\n"
                   "3. Rà soát điểm sạt lở, báo cáo trước ngày 15/7/2026.")
    assert tasks == [(["Trung tâm Văn hóa xã"], ["Đoàn Thanh niên xã"]), (["Ban Thường trực Ủy ban MTTQ xã"], []),
                     (["Ủy ban nhân dân xã Ia Grai"], [])]


def test_a_list_naming_a_body_is_the_items_own_actor() -> None:
    """Under a lead-in, `Báo …, Cổng … và hệ thống truyền thanh cơ sở tuyên truyền …` names its own bodies: a kind
    listed beside the named ones does not hand the item back to the lead-in."""
    tasks = _tasks("II. NHIỆM VỤ\n\nỦy ban nhân dân tỉnh giao các cơ quan thực hiện các nhiệm vụ sau:\n\n"
                   "1. Báo Gia Lai, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở tăng cường tuyên "
                   "truyền về kế hoạch.\n\n2. Rà soát điểm sạt lở, báo cáo trước ngày 15/7/2026.")
    assert tasks[0] == (["Báo Gia Lai", "Cổng Thông tin điện tử tỉnh", "Hệ thống truyền thanh cơ sở"], [])
    assert tasks[1][0] != tasks[0][0]
    # a kind first, then named bodies: the item's own too
    said = from_text("Các cơ quan báo chí, Đài Phát thanh - Truyền hình tỉnh, Báo Gia Lai tăng cường tuyên truyền.",
                     Assignment(lead=["Ủy ban nhân dân tỉnh"]))
    assert said.explicit and said.lead == ["Các cơ quan báo chí", "Đài Phát thanh - Truyền hình tỉnh", "Báo Gia Lai"]


@pytest.mark.parametrize(("text", "lead"), [
    # the clauses after the labelled subject keep theirs
    ("Triển khai quy định về đánh giá: Giám đốc các Sở định kỳ cuối năm đánh giá trưởng phòng; Chủ tịch UBND cấp "
     "huyện định kỳ hằng năm đánh giá người đứng đầu.", ["Giám đốc các Sở", "Chủ tịch UBND cấp huyện"]),
    # a field's label is followed by its value, not by an actor
    ("Thành phần: Công an xã, Ban Chỉ huy Quân sự xã tham dự hội nghị.", []),
])
def test_a_topic_label_under_a_heading(text: str, lead: list[str]) -> None:
    assert from_text(text, Assignment(lead=["Ủy ban nhân dân tỉnh"])).lead == lead


def test_a_label_that_names_a_field_or_a_body_is_no_topic() -> None:
    """`Thời gian:` opens a field's value; `Sở Y tế:` is a heading's body (read by the outline), not a topic."""
    assert after_topic_label("Sở Y tế: Chủ trì kiểm tra an toàn thực phẩm.") is None
    assert after_topic_label("Thời gian: Sở Y tế báo cáo trước ngày 30/6/2026.") is None
    assert after_topic_label("Về an toàn thực phẩm: Sở Y tế chủ trì kiểm tra.") == "Sở Y tế chủ trì kiểm tra."


def test_a_heading_of_the_other_bodies_yields_to_the_subject_its_item_names() -> None:
    """`2. Các đơn vị khác` names the bodies no heading above named; its item `Cơ quan thẩm định … có trách nhiệm …`
    says which one it means. An item with no subject of its own keeps the heading."""
    tasks = _tasks("II. TRÁCH NHIỆM\n\n1. Sở Tài chính\n\nBố trí kinh phí thực hiện kế hoạch.\n\n2. Các đơn vị khác\n\n"
                   "a) Cơ quan thẩm định dự án có trách nhiệm lấy ý kiến các sở về nội dung liên quan.\n\n"
                   "b) Căn cứ chức năng, nhiệm vụ, chủ động triển khai thực hiện kế hoạch.")
    assert tasks == [(["Sở Tài chính"], []), (["Cơ quan thẩm định dự án"], []), (["Các đơn vị khác"], [])]


@pytest.mark.parametrize(("text", "support"), [
    # a kind no head word names, the bodies it means in brackets
    ("Phối hợp chặt chẽ với các nhà mạng (Viettel Gia Lai, VNPT Gia Lai) để phát triển trạm phát sóng.",
     ["Viettel Gia Lai", "VNPT Gia Lai"]),
    ("Phối hợp với các nhà mạng (nếu có) để phát triển trạm phát sóng.", []),
    # `phối hợp, trao đổi thông tin X`: the partner with `với` left out
    ("Thường xuyên phối hợp, trao đổi thông tin cơ quan Công an trong quản lý người nghiện.", ["Cơ quan Công an"]),
    # `tổ chức thành viên` is a kind of body, not the verb `tổ chức`
    ("Phối hợp với các tổ chức chính trị - xã hội, tổ chức thành viên của Mặt trận kiểm tra công tác bầu cử.",
     ["Các tổ chức chính trị - xã hội", "Tổ chức thành viên của Mặt trận"]),
])
def test_partners_named_in_these_shapes(text: str, support: list[str]) -> None:
    assert from_text(text, Assignment(lead=["Sở Y tế"])).support == support


@pytest.mark.parametrize(("text", "mentions"), [
    # a kind printed again with a qualifier of its own: two groups
    ("Các doanh nghiệp viễn thông, doanh nghiệp bưu chính", ["Các doanh nghiệp viễn thông", "Doanh nghiệp bưu chính"]),
    # different kinds in one plural list, and bare kinds sharing a qualifier: one group
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
    ("Cơ quan, tổ chức, đơn vị giới thiệu người ứng cử", ["Cơ quan, tổ chức, đơn vị giới thiệu người ứng cử"]),
    # a bare kind before a qualified one shares its qualifier (`Tập đoàn, doanh nghiệp công nghệ số`)
    ("Tập đoàn, doanh nghiệp công nghệ số", ["Tập đoàn, doanh nghiệp công nghệ số"]),
    # a lowercase kind after `và` and a named body: a second body
    ("Báo Gia Lai, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở",
     ["Báo Gia Lai", "Cổng Thông tin điện tử tỉnh", "Hệ thống truyền thanh cơ sở"]),
    # a level word shares the head; a name holding a plural is a bloc `và` goes on listing
    ("UBND tỉnh và huyện", ["UBND tỉnh và huyện"]),
    ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", ["Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"]),
])
def test_where_a_list_of_bodies_splits(text: str, mentions: list[str]) -> None:
    assert split_mentions(text) == mentions


def test_roles_printed_after_the_bodies_that_hold_them() -> None:
    """`Sở A (chủ trì), Sở B (phối hợp)`, an inline `Trách nhiệm thực hiện: Sở A (chủ trì); … (phối hợp)`, and `Sở A
    là cơ quan chủ trì, Sở B là cơ quan phối hợp`: each body holds the role printed after it."""
    tasks = _tasks("II. NHIỆM VỤ\n\n1. Kiểm tra an toàn thực phẩm tại các chợ. Trách nhiệm thực hiện: Sở Y tế (chủ "
                   "trì); Sở Công Thương, UBND các xã (phối hợp). Thời gian: Quý II/2026.\n\n"
                   "2. Sở Nông nghiệp và Môi trường (chủ trì), Sở Tài chính (phối hợp) rà soát điểm sạt lở trước ngày "
                   "15/7/2026.\n\n3. Sở Xây dựng là cơ quan chủ trì, Công an tỉnh là cơ quan phối hợp bảo đảm giao "
                   "thông.")
    assert tasks == [(["Sở Y tế"], ["Sở Công Thương", "UBND các xã"]),
                     (["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"]), (["Sở Xây dựng"], ["Công an tỉnh"])]
