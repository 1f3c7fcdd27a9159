"""A content field printed as a numbered item among a section's items (real2 34e1b68dd42b9936 II.1).

`II. NỘI DUNG, PHƯƠNG THỨC TỔ CHỨC` + `1. Nội dung: Ban A phối hợp với B tổ chức …` + `2. Phương thức tổ chức:` over
dashes: the section is no task (it prints no lead or time field of its own), so its `Nội dung:` line is no field it
uses; it was dropped from the plan whole. It is an item: a task when it names who does it, text otherwise.
"""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text

HEAD = "KẾ HOẠCH\n\nTổ chức hội nghị cử tri năm 2026\n\nII. NỘI DUNG, PHƯƠNG THỨC TỔ CHỨC\n\n"
METHOD = ("2. Phương thức tổ chức:\n\n- Hội nghị được tổ chức theo hình thức trực tiếp.\n\n"
          "- Trình tự tổ chức thực hiện theo quy định của Luật Bầu cử.\n\n")


def test_a_content_line_among_the_items_is_an_item_of_its_own() -> None:
    plan = extract_plan(parse_text(HEAD + "1. Nội dung: Ban Thường trực Ủy ban MTTQ phường phối hợp với UBND phường "
                                          "tổ chức hội nghị lấy ý kiến cử tri nơi cư trú.\n\n" + METHOD))
    tasks = [(t.path, t.lead, t.support) for t in plan.tasks()]
    assert (["II", "1"], ["Ban Thường trực Ủy ban MTTQ phường"], ["UBND phường"]) in tasks


def test_a_content_line_naming_no_actor_stays_as_text() -> None:
    plan = extract_plan(parse_text(HEAD + "1. Nội dung: Lấy ý kiến nhận xét của cử tri nơi cư trú đối với người "
                                          "ứng cử.\n\n" + METHOD))
    first = next(n for n in plan.walk() if n.path == ["II", "1"])
    assert first.kind == "text"
    assert first.text.startswith("Nội dung: Lấy ý kiến nhận xét")
