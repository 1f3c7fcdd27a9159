"""What a body's heading or a role lead-in hands down to the text below it (issue 10, session 8).

- Under a body's heading, paragraphs that name no actor of their own are the body's one duty
  (the gold keeps them as one task); a paragraph naming its own actor is a task of its own.
- `b) Chủ trì, phối hợp` (or `<bodies> chủ trì, phối hợp:`) over items that each open with bodies:
  the presiding body leads every item, the bodies an item names are its partners.
"""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text

_HEAD = "KẾ HOẠCH\nPhát triển du lịch năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"


def _tasks(body: str) -> list[dict]:
    return extract_plan(parse_text(_HEAD + body)).to_annotation_dict()["tasks"]


def test_paragraphs_under_a_bodys_heading_are_its_one_duty() -> None:
    tasks = _tasks("1. Sở Văn hóa, Thể thao và Du lịch\n\n"
                   "Chủ trì triển khai các nhiệm vụ tại mục II của Kế hoạch.\n\n"
                   "Tăng cường quảng bá điểm đến trên các nền tảng số.\n\n"
                   "2. Sở Tài chính\n\nBố trí kinh phí thực hiện Kế hoạch.\n")
    assert [(t["text"], t["lead"]) for t in tasks] == [
        ("Chủ trì triển khai các nhiệm vụ tại mục II của Kế hoạch. Tăng cường quảng bá điểm đến trên các "
         "nền tảng số", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Bố trí kinh phí thực hiện Kế hoạch", ["Sở Tài chính"]),
    ]


def test_a_paragraph_naming_its_own_actor_stays_a_task_of_its_own() -> None:
    tasks = _tasks("1. Sở Công Thương\n\n"
                   "Chủ trì xây dựng chương trình xúc tiến thương mại.\n\n"
                   "Giao Ủy ban nhân dân các xã phối hợp tổ chức hội chợ nông sản.\n")
    assert [t["lead"] for t in tasks] == [["Sở Công Thương"], ["Ủy ban nhân dân các xã"]]


def test_a_bare_role_lead_in_makes_the_bodies_each_item_names_partners() -> None:
    tasks = _tasks("1. Công an tỉnh\n\n"
                   "a) Chủ trì tổng hợp tình hình an ninh trật tự.\n\n"
                   "b) Chủ trì, phối hợp\n\n"
                   "- Sở Tài chính và các đơn vị có liên quan tham mưu bố trí kinh phí.\n\n"
                   "- Sở Y tế, Sở Nội vụ tổ chức rà soát các cơ sở điều trị.\n")
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["Công an tỉnh"], []),
        (["Công an tỉnh"], ["Sở Tài chính", "Cơ quan, đơn vị có liên quan"]),
        (["Công an tỉnh"], ["Sở Y tế", "Sở Nội vụ"]),
    ]


def test_a_role_lead_in_naming_its_bodies_leads_the_items() -> None:
    tasks = _tasks("1. Nhiệm vụ về hạ tầng\n\n"
                   "Sở Xây dựng chủ trì, phối hợp với:\n\n"
                   "- Sở Giao thông vận tải rà soát quy hoạch bến bãi.\n\n"
                   "- Ủy ban nhân dân các xã cập nhật danh mục công trình.\n")
    assert [(t["lead"], t["support"]) for t in tasks] == [
        (["Sở Xây dựng"], ["Sở Giao thông vận tải"]),
        (["Sở Xây dựng"], ["Ủy ban nhân dân các xã"]),
    ]


def test_items_naming_no_body_under_a_role_lead_in_keep_the_lead() -> None:
    tasks = _tasks("1. Sở Y tế\n\nChủ trì, phối hợp:\n\n- Tổ chức tập huấn cho cán bộ y tế cơ sở.\n")
    assert [(t["lead"], t["support"]) for t in tasks] == [(["Sở Y tế"], [])]


def test_a_heading_printed_in_capitals_dates_its_items_as_in_sentence_case() -> None:
    """`C. MỘT SỐ NHIỆM VỤ TRỌNG TÂM TỪ NAY ĐẾN NĂM 2027` dates the items that state no time of their own, the phrase as
    printed (session 16, real5 74bfe3dd's part C); an item's own time stays its own."""
    tasks = extract_plan(parse_text("KẾ HOẠCH\nPhát triển du lịch\n\n"
                                    "C. MỘT SỐ NHIỆM VỤ TRỌNG TÂM TỪ NAY ĐẾN NĂM 2027\n\n"
                                    "1. Hoàn thiện quy hoạch các khu du lịch trọng điểm của tỉnh.\n\n"
                                    "2. Tổ chức Năm du lịch quốc gia tại tỉnh (trong năm 2026).\n")
                         ).to_annotation_dict()["tasks"]
    assert [t["deadline_text"] for t in tasks] == ["TỪ NAY ĐẾN NĂM 2027", "trong năm 2026"]
