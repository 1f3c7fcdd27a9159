"""A body closed by a bare level word, and a person named by role after a time limit (issue 10, session 9).

`… cấp tổ chức hội nghị hiệp thương triệu tập …`: a bare `cấp` (level) needs its complement, so the verb
phrase after it says which level is meant and belongs to the name. `Chậm nhất …, người ứng cử phải …`: the
person named by role who must act once the time limit is stated leads the duty.
"""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.assignments import from_text
from app.importers.extract.mention_lists import split_mentions
from app.importers.extract.mention_phrase import take_phrase
from app.importers.extract.obliged import obliged_person
from app.importers.readers.textfile import parse_text


@pytest.mark.parametrize(("text", "name"), [
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương triệu tập và chủ trì "
     "hội nghị.", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương"),
    ("Hội đồng Thi đua cấp tổ chức xét tặng báo cáo kết quả về Sở Nội vụ.",
     "Hội đồng Thi đua cấp tổ chức xét tặng"),
])
def test_a_bare_level_takes_the_verb_phrase_that_says_which(text: str, name: str) -> None:
    assert take_phrase(text) == name


@pytest.mark.parametrize(("text", "name"), [
    # a level word after `cấp`, or `các cấp` / `cùng cấp`: the name is closed, the verb is the predicate
    ("Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của mình, có trách nhiệm phối hợp.",
     "Các Sở, ban, ngành, UBND cấp xã"),
    ("Ủy ban nhân dân các cấp tổ chức hội nghị tổng kết.", "Ủy ban nhân dân các cấp"),
    ("Ủy ban Mặt trận Tổ quốc cùng cấp tổ chức hội nghị hiệp thương.", "Ủy ban Mặt trận Tổ quốc cùng cấp"),
])
def test_a_closed_level_leaves_the_predicate(text: str, name: str) -> None:
    assert take_phrase(text) == name


@pytest.mark.parametrize(("text", "lead"), [
    ("Chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026, người ứng cử phải hoàn thành việc nộp hồ sơ ứng cử.",
     ["Người ứng cử"]),
    ("Chậm nhất là ngày 15/3/2026, người sử dụng lao động có trách nhiệm gửi báo cáo về Sở Nội vụ.",
     ["Người sử dụng lao động"]),
    ("Trước ngày 30/6/2026, người được giới thiệu ứng cử tại tỉnh phải nộp hai bộ hồ sơ.",
     ["Người được giới thiệu ứng cử tại tỉnh"]),
])
def test_a_person_named_by_role_after_the_time_limit_leads(text: str, lead: list[str]) -> None:
    assert obliged_person(text) == lead
    assert from_text(text).lead == lead


@pytest.mark.parametrize("text", [
    # a thing that must be sent, a person who is acted on, or no time limit in front
    "Chậm nhất là ngày 15/3/2026, biên bản hội nghị phải được gửi đến Ủy ban bầu cử.",
    "Chậm nhất là ngày 15/3/2026, người ứng cử phải được thông báo kết quả.",
    "Người ứng cử phải hoàn thành việc nộp hồ sơ ứng cử.",
    "Chậm nhất là ngày 15/3/2026, người ứng cử nộp hồ sơ tại Ủy ban bầu cử.",
])
def test_no_person_leads_without_the_shape(text: str) -> None:
    assert obliged_person(text) == []


def test_a_dated_duty_of_candidates_becomes_their_task() -> None:
    plan = extract_plan(parse_text(
        "KẾ HOẠCH\n\nTổ chức bầu cử năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Chậm nhất là ngày 01/02/2026, người ứng cử đại biểu Hội đồng nhân dân xã phải hoàn thành việc nộp "
        "hồ sơ ứng cử.\n\n2. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương "
        "chủ trì cuộc họp với các cơ quan, tổ chức, đơn vị có người ứng cử.\n")).to_annotation_dict()
    leads = [t["lead"] for t in plan["tasks"]]
    assert ["Người ứng cử đại biểu Hội đồng nhân dân xã"] in leads
    assert ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương"] in leads


@pytest.mark.parametrize(("text", "mentions"), [
    # the heads of a kind of body, then more kinds they head: one group
    ("Thủ trưởng các cơ quan, đơn vị thuộc tỉnh", ["Thủ trưởng các cơ quan, đơn vị thuộc tỉnh"]),
    ("Thủ trưởng các sở, ban, ngành, đoàn thể cấp tỉnh", ["Thủ trưởng các sở, ban, ngành, đoàn thể cấp tỉnh"]),
    # a body named, or a post of another body, after it: another mention
    ("Thủ trưởng các cơ quan, Sở Nội vụ", ["Thủ trưởng các cơ quan", "Sở Nội vụ"]),
    ("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện", ["Thủ trưởng các sở, ban, ngành",
                                                               "Chủ tịch UBND các huyện"]),
])
def test_the_heads_of_kinds_of_body_are_one_group(text: str, mentions: list[str]) -> None:
    assert split_mentions(text) == mentions


def test_cap_before_another_verb_takes_no_clause() -> None:
    # `cấp` here is the verb grant: what is granted is no part of the name
    assert "bổ sung" not in take_phrase("Sở Tài chính cấp bổ sung kinh phí cho đơn vị thực hiện.")


def test_a_group_named_again_as_its_own_partner_is_no_partner() -> None:
    said = from_text("Các thành viên khác trong tiểu ban chủ động phối hợp với các thành viên khác trong tiểu ban "
                     "thông tin, tuyên truyền triển khai các nhiệm vụ có liên quan.")
    assert said.lead == ["Các thành viên khác trong tiểu ban"]
    assert said.support == []
    assert from_text("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính triển khai.").support == ["Sở Tài chính"]
