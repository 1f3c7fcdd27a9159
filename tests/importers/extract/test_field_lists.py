"""A field block written once for a list of items (issue 10, #1 and #2), in the spellings a Vietnamese office uses.

The section's items are printed under `Nội dung, biện pháp` (with or without its colon), and its fields beside them —
after the items or before them — as a caption over field headings (`Cơ quan chủ trì, phối hợp` + `a) Cơ quan chủ trì`
+ dashes), as field headings over dashes or over a plain line, as labelled lines, or as plain lines under the last
item. Every item takes every field (`field_lists`, `fields`).
"""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text

_HEAD = "KẾ HOẠCH\nThu ngân sách năm 2026\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n1. Tuyên truyền pháp luật về thuế\n"
_ITEMS = ("a) Tuyên truyền chính sách thuế mới đến người dân;\n"
          "b) Phổ biến các quy định về hóa đơn điện tử.\n")
_TEXTS = ["Tuyên truyền chính sách thuế mới đến người dân", "Phổ biến các quy định về hóa đơn điện tử"]


def _tasks(body: str) -> list[tuple[str, list[str], list[str], str | None]]:
    tasks = extract_plan(parse_text(_HEAD + body)).to_annotation_dict()["tasks"]
    return [(t["text"], t["lead"], t["support"], t["deadline_text"]) for t in tasks]


def _every_item(lead: list[str], support: list[str], deadline: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(text, lead, support, deadline) for text in _TEXTS]


def test_a_caption_over_field_headings_with_dash_values_after_the_items() -> None:
    assert _tasks("1.1. Nội dung, biện pháp\n" + _ITEMS +
                  "1.2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì\n- Sở Tài chính.\n"
                  "- Thuế tỉnh; Ủy ban nhân dân các huyện.\nb) Cơ quan phối hợp\n- Báo Cà Mau.\n"
                  "1.3. Thời gian thực hiện: Năm 2026.\n") == _every_item(
        ["Sở Tài chính", "Thuế tỉnh", "Ủy ban nhân dân các huyện"], ["Báo Cà Mau"], "Năm 2026")


def test_a_field_heading_over_dashes_without_a_caption() -> None:
    assert _tasks("1.1. Nội dung\n" + _ITEMS + "1.2. Đơn vị chủ trì\n- Sở Tài chính.\n- Thuế tỉnh.\n"
                  "1.3. Tiến độ: Năm 2026.\n") == _every_item(["Sở Tài chính", "Thuế tỉnh"], [], "Năm 2026")


def test_field_headings_printed_before_the_items() -> None:
    assert _tasks("1.1. Chủ trì\n- Sở Tài chính.\n- Thuế tỉnh.\n1.2. Phối hợp\n- Báo Cà Mau.\n"
                  "1.3. Thời gian thực hiện: Quý III/2026.\n1.4. Nội dung, biện pháp\n" + _ITEMS) == _every_item(
        ["Sở Tài chính", "Thuế tỉnh"], ["Báo Cà Mau"], "Quý III/2026")


def test_field_headings_with_their_value_on_the_next_line() -> None:
    assert _tasks("1.1. Nội dung, biện pháp\n" + _ITEMS + "1.2. Cơ quan chủ trì\nSở Tài chính; Thuế tỉnh.\n"
                  "1.3. Thời gian hoàn thành\nNăm 2026.\n") == _every_item(["Sở Tài chính", "Thuế tỉnh"], [],
                                                                           "Năm 2026")


def test_a_note_in_parentheses_under_a_value_names_no_lead() -> None:
    assert _tasks("1.1. Nội dung, biện pháp\n" + _ITEMS + "1.2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì\n"
                  "- Sở Tài chính.\n- Thuế tỉnh.\n(Văn phòng Sở Tài chính là cơ quan thường trực, tổng hợp kết quả).\n"
                  "b) Cơ quan phối hợp: Báo Cà Mau.\n1.3. Thời gian thực hiện: Năm 2026.\n") == _every_item(
        ["Sở Tài chính", "Thuế tỉnh"], ["Báo Cà Mau"], "Năm 2026")


def test_units_that_carry_the_items_out_beside_the_lead_take_part() -> None:
    assert _tasks("1.1. Nội dung, biện pháp\n" + _ITEMS + "1.2. Cơ quan chủ trì, thực hiện\na) Cơ quan chủ trì\n"
                  "- Sở Tài chính.\n- Thuế tỉnh.\nb) Đơn vị thực hiện: Các đội thuế liên phường.\n"
                  "1.3. Thời gian thực hiện: Năm 2026.\n") == _every_item(
        ["Sở Tài chính", "Thuế tỉnh"], ["Các đội thuế liên phường"], "Năm 2026")


def test_plain_field_lines_under_the_last_item_are_the_lists() -> None:
    assert _tasks(_ITEMS + "Cơ quan chủ trì: Sở Tài chính.\nCơ quan phối hợp: Báo Cà Mau.\n"
                  "Thời gian thực hiện: Năm 2026.\n") == _every_item(["Sở Tài chính"], ["Báo Cà Mau"], "Năm 2026")


def test_dashes_that_say_who_leads_and_who_acts_are_not_a_list_of_names() -> None:
    """`- Cơ quan thực hiện:` + `+ Sở A chủ trì, phối hợp với …` + `+ Sở B đăng tải …`: role lines, read as such."""
    tasks = _tasks("a) Hoạt động 1\n- Nội dung: Tuyên truyền chính sách thuế mới đến người dân.\n"
                   "- Cơ quan thực hiện:\n+ Sở Tài chính chủ trì, phối hợp với Báo Cà Mau.\n"
                   "+ Thuế tỉnh đăng tải thông điệp trên cổng thông tin điện tử của tỉnh.\n")
    assert [(t[1], t[2]) for t in tasks] == [(["Sở Tài chính", "Thuế tỉnh"], ["Báo Cà Mau"])]


def test_duties_under_an_agency_heading_are_not_folded_into_a_field() -> None:
    tasks = _tasks("a) Sở Tài chính tổ chức tuyên truyền chính sách thuế mới đến người dân.\n"
                   "b) Thuế tỉnh phổ biến các quy định về hóa đơn điện tử.\n")
    assert [(t[0][:20], t[1]) for t in tasks] == [("Sở Tài chính tổ chức", ["Sở Tài chính"]),
                                                   ("Thuế tỉnh phổ biến c", ["Thuế tỉnh"])]


def test_an_items_own_field_dash_over_its_values() -> None:
    """`- Đơn vị chủ trì:` + `+ Sở A;` + `+ Sở B.`: the item's own lead field, its values a level down."""
    assert _tasks("- Đơn vị chủ trì:\n+ Sở Tài chính;\n+ Thuế tỉnh.\n- Thời gian thực hiện: Quý IV/2026.\n") == [
        ("Tuyên truyền pháp luật về thuế", ["Sở Tài chính", "Thuế tỉnh"], [], "Quý IV/2026")]
