"""A paragraph below a numbered item that opens with its own actor (`other_actors.different_actor`): a duty of
its own, not more of the item; a paragraph opening with a case or a rhythm stays the item's."""
from __future__ import annotations

from app.importers.extract import assignments as asg
from app.importers.extract import extract_plan
from app.importers.extract.mention_lists import split_mentions
from app.importers.readers.textfile import parse_text

HEAD = "KẾ HOẠCH\n\nTriển khai nhiệm vụ năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    plan = extract_plan(parse_text(HEAD + body.strip() + "\n"))
    return [(t.text, t.lead) for t in plan.tasks()]


def test_a_paragraph_naming_other_actors_after_a_self_named_item_is_a_task_of_its_own() -> None:
    tasks = _tasks("1. Giám đốc Sở Nội vụ chịu trách nhiệm thực hiện Kế hoạch này.\n\n"
                   "Căn cứ nội dung Kế hoạch này, các xã, phường xây dựng kế hoạch chi tiết trong quý I/2026.\n\n"
                   "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n")
    assert [lead for _, lead in tasks] == [["Giám đốc Sở Nội vụ"], ["Các xã, phường"], ["Sở Tài chính"]]
    assert tasks[1][0].startswith("Căn cứ nội dung Kế hoạch này")


def test_a_case_or_a_rhythm_below_the_item_stays_in_it() -> None:
    tasks = _tasks("1. Sở Nội vụ rà soát hồ sơ người ứng cử.\n\n"
                   "Trường hợp người ứng cử là người đứng đầu đơn vị thì đơn vị cấp trên có trách nhiệm xác minh.\n\n"
                   "2. Sở Tư pháp hướng dẫn thủ tục.\n\n"
                   "Định kỳ ngày 20 hằng tháng, các sở, ngành báo cáo kết quả về Sở Tư pháp.\n")
    assert [lead for _, lead in tasks] == [["Sở Nội vụ"], ["Sở Tư pháp"]]


def test_associations_listed_bare_are_one_group_and_take_part_with_a_partner() -> None:
    assert split_mentions("Hội, hiệp hội xã hội nghề nghiệp") == ["Hội, hiệp hội xã hội nghề nghiệp"]
    said = asg.from_text("Hội, hiệp hội nghề nghiệp chủ động tham gia cùng Sở Khoa học và Công nghệ tuyên truyền.")
    assert said.lead == ["Hội, hiệp hội nghề nghiệp"] and said.support == ["Sở Khoa học và Công nghệ"]
