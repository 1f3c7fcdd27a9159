"""Shapes of the names plans give their bodies (session 11 `names2`): a group named by its kind and narrowed by a
clause, the plan's own issuer named as a partner. Short synthetic plans, never one plan's own names."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.assignments import from_text
from app.importers.extract.mention_narrowing import group_name
from app.importers.extract.subjects import is_specific
from app.importers.readers.textfile import parse_text


def _tasks(header: str, body: str) -> list[tuple[str, list[str], list[str]]]:
    plan = extract_plan(parse_text(header + "\n\n" + body + "\n")).to_annotation_dict()
    return [(t["text"], t["lead"], t["support"]) for t in plan["tasks"]]


@pytest.mark.parametrize(("text", "lead", "support"), [
    ("Cơ quan, tổ chức, đơn vị được phân bổ giới thiệu người ứng cử thực hiện việc giới thiệu theo quy định.",
     ["Cơ quan, tổ chức, đơn vị được phân bổ giới thiệu người ứng cử"], []),
    ("Đề nghị các cơ quan, đơn vị được lựa chọn thí điểm khẩn trương xây dựng phương án.",
     ["Các cơ quan, đơn vị được lựa chọn thí điểm"], []),
    ("Ban Thường trực Ủy ban MTTQ xã trao đổi với cơ quan, đơn vị có người ứng cử để tổ chức hội nghị cử tri.",
     ["Ban Thường trực Ủy ban MTTQ xã"], ["Cơ quan, đơn vị có người ứng cử"]),
    ("Các địa phương được hỗ trợ kinh phí khẩn trương giải ngân.", ["Các địa phương được hỗ trợ kinh phí"], []),
])
def test_a_group_named_by_its_kind_keeps_the_clause_that_narrows_it(text: str, lead: list[str],
                                                                    support: list[str]) -> None:
    said = from_text(text)
    assert (said.lead, said.support) == (lead, support)


@pytest.mark.parametrize(("text", "lead", "support"), [
    # the `có` of a duty, and a body named by its name: no clause
    ("Các cơ quan, đơn vị có trách nhiệm báo cáo kết quả.", ["Các cơ quan, đơn vị"], []),
    ("Sở Nội vụ được giao chủ trì thẩm định hồ sơ.", ["Sở Nội vụ"], []),
    # the sentence's own predicate before any end: the bare group
    ("Ban Thường trực trao đổi với cơ quan, đơn vị có người ứng cử thống nhất thời gian để tổ chức hội nghị.",
     ["Ban Thường trực"], ["Cơ quan, đơn vị"]),
])
def test_no_clause_is_taken_where_none_narrows_the_group(text: str, lead: list[str], support: list[str]) -> None:
    said = from_text(text)
    assert (said.lead, said.support) == (lead, support)


def test_a_narrowed_group_is_still_a_group_not_a_named_body() -> None:
    """The clause may hold capitals (`đại biểu Quốc hội`); the bodies are still named by their kind alone."""
    mention = "Cơ quan, đơn vị được phân bổ giới thiệu người ứng cử đại biểu Quốc hội"
    assert group_name(mention) == "Cơ quan, đơn vị" and not is_specific(mention)
    assert group_name("Sở Y tế") == "Sở Y tế" and is_specific("Sở Y tế")


_FRONT = ("ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH\nBAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ HOA SƠN\n\n"
          "KẾ HOẠCH\nTổ chức hội nghị cử tri năm 2026")


def test_the_plans_own_issuer_is_no_partner_of_an_item_that_works_with_it() -> None:
    """`Phối hợp chặt chẽ với Ban Thường trực …` in a plan Ban Thường trực issues: the addressee's share in the
    issuer's own work. Another partner, and the issuer where the item presides, stay."""
    tasks = _tasks(_FRONT, "I. TỔ CHỨC THỰC HIỆN\n\n"
                   "1. Các tổ chức thành viên\n\n"
                   "- Phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ xã tuyên truyền về hội nghị cử tri.\n\n"
                   "- Phối hợp với Ban Thường trực UBMTTQ Việt Nam xã Hoa Sơn và Công an xã bảo đảm an ninh.\n\n"
                   "2. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n\n"
                   "- Phối hợp chặt chẽ với UBND xã chuẩn bị địa điểm tổ chức hội nghị.")
    assert [(lead, support) for _, lead, support in tasks] == [
        (["Các tổ chức thành viên"], []),
        (["Các tổ chức thành viên"], ["Công an xã"]),
        (["Ban Thường trực Ủy ban MTTQ Việt Nam xã"], ["UBND xã"]),
    ]


def test_an_item_that_presides_keeps_the_issuer_as_its_partner() -> None:
    tasks = _tasks("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nKẾ HOẠCH\nPhòng chống thiên tai năm 2026",
                   "I. NHIỆM VỤ\n\n1. Công an tỉnh\n\n- Chủ trì, phối hợp với UBND tỉnh, Sở Công Thương kiểm tra "
                   "việc bảo đảm an toàn tại các kho xăng dầu.")
    assert [(lead, support) for _, lead, support in tasks] == [
        (["Công an tỉnh"], ["UBND tỉnh", "Sở Công Thương"])]


@pytest.mark.parametrize(("text", "lead", "support"), [
    # a Party committee named by the bodies it leads, closed by the level once
    ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh chủ trì, phối hợp với Sở Nội vụ triển khai.",
     ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"], ["Sở Nội vụ"]),
    ("Đảng ủy Quân sự tỉnh, các đảng ủy xã chủ trì quán triệt nghị quyết.",
     ["Đảng ủy Quân sự tỉnh", "Các đảng ủy xã"], []),
    # the central level closes the name as a province does (a Politburo programme's `các đoàn thể Trung ương`)
    ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương chủ trì tuyên truyền về bảo vệ môi trường.",
     ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"], []),
    # the Party's military commission is a body (`Quân ủy Trung ương`)
    ("Quân ủy Trung ương chủ trì, phối hợp với Bộ Y tế khắc phục hậu quả chất độc hóa học.",
     ["Quân ủy Trung ương"], ["Bộ Y tế"]),
    # a field of two acts sharing one object
    ("Bộ Tài chính chủ trì, phối hợp với Cục Quản lý, giám sát bảo hiểm xây dựng thông tư.",
     ["Bộ Tài chính"], ["Cục Quản lý, giám sát bảo hiểm"]),
    ("Sở Y tế chủ trì, kiểm tra an toàn thực phẩm.", ["Sở Y tế"], []),
    # units each named with its place are two bodies; bare units sharing a modifier stay one group
    ("Huyện Quỳ Hợp, thị xã Thái Hòa chủ trì, phối hợp với Sở Y tế kiểm tra.",
     ["Huyện Quỳ Hợp", "Thị xã Thái Hòa"], ["Sở Y tế"]),
    ("UBND các huyện, thị xã chủ trì kiểm tra.", ["UBND các huyện, thị xã"], []),
])
def test_name_shapes_of_lists(text: str, lead: list[str], support: list[str]) -> None:
    said = from_text(text)
    assert (said.lead, said.support) == (lead, support)


def test_a_name_the_plan_uses_on_its_own_ends_before_a_verb_no_list_holds() -> None:
    """`thu hút`, `tuần tra` are no predicate words the walk knows; the plan names `Sở Tài chính` and `Công an tỉnh`
    on their own elsewhere, so the same names run on by such words end there (the item was lost: its work was read
    as part of the partner's name, leaving `X chủ trì, phối hợp với Y` with no work)."""
    tasks = _tasks("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nKẾ HOẠCH\nThu hút đầu tư năm 2026",
                   "I. NHIỆM VỤ\n\n1. Sở Tài chính chủ trì rà soát danh mục dự án kêu gọi đầu tư.\n\n"
                   "2. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính thu hút vốn đầu tư nước ngoài.\n\n"
                   "3. Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với Công an tỉnh tuần tra biên giới.\n\n"
                   "4. Công an tỉnh chủ trì bảo đảm an ninh trật tự; phối hợp với Sở Tài chính tỉnh Gia Lai bố trí "
                   "kinh phí.")
    assert [(lead, support) for _, lead, support in tasks] == [
        (["Sở Tài chính"], []),
        (["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"]),
        (["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["Công an tỉnh"]),
        (["Công an tỉnh"], ["Sở Tài chính tỉnh Gia Lai"]),
    ]


@pytest.mark.parametrize("sub", ["Phụ nữ tỉnh và các tổ chức thành viên của Mặt trận",
                                 "Phụ nữ Việt Nam tỉnh và các tổ chức thành viên của Mặt trận"])
def test_a_name_cut_after_its_kind_runs_on_into_the_paragraph_below_its_heading(sub: str) -> None:
    """Without bold (a web page, a pasted text) nothing but the words tells the heading's last name from a
    sub-heading: it was cut right after its kind (`Hội Liên hiệp`), and the paragraph goes on with a name."""
    tasks = _tasks("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nKẾ HOẠCH\nThực hiện bình đẳng giới năm 2026",
                   "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\nNhiệm vụ chung\n\n- Hướng dẫn các cơ sở y tế thực hiện.\n\n"
                   f"2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp\n\n{sub}\n\n"
                   "- Tham gia tuyên truyền, vận động hội viên thực hiện Kế hoạch.")
    assert [lead for _, lead, _ in tasks] == [
        ["Sở Y tế"],
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", f"Hội Liên hiệp {sub.split(' và ')[0]}",
         "Các tổ chức thành viên của Mặt trận"]]
