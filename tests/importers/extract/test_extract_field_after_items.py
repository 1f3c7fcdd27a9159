"""Where a time field stands relative to its task (session 11, deadlines2).

`* Thời gian thực hiện:` with nothing after its colon and the parts of the work with their times on the dashes after
it is one field whose value is printed below it; printed after an item's last sub-item, where each numbered peer of
the item closes its own block with its time field, it dates the item, not the last sub-item the outline hung it on
(real2 35e4e5f84e96e332 III/7)."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.deadline_text import clean_value, find_in_prose
from app.importers.readers.textfile import parse_text

HEAD = "KẾ HOẠCH\n\nKiểm tra, giám sát công tác bầu cử năm 2026\n\nII. NỘI DUNG KIỂM TRA, GIÁM SÁT\n\n"
PEER = ("1. Giám sát việc lập, niêm yết danh sách cử tri\n\n- Việc lập danh sách cử tri theo quy định;\n\n"
        "- Việc niêm yết danh sách cử tri.\n\n"
        "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 03/02/2026 đến ngày 15/03/2026.\n\n")
ITEM = ("2. Kiểm tra, giám sát việc tuyên truyền, vận động bầu cử\n\n"
        "- Việc tuyên truyền công tác bầu cử ở địa phương;\n\n"
        "2.1. Kiểm tra việc vận động bầu cử thông qua hội nghị tiếp xúc cử tri\n\n"
        "- Cách bố trí, sắp xếp địa điểm tổ chức hội nghị tiếp xúc cử tri.\n\n"
        "2.2. Giám sát việc vận động bầu cử thông qua phương tiện thông tin đại chúng\n\n"
        "- Bảo đảm công bằng về số lượng các lần trả lời phỏng vấn giữa những người ứng cử.\n\n")
FIELD = ("* Thời gian thực hiện:\n\n"
         "- Công tác tuyên truyền bầu cử: Từ khi triển khai, tổ chức bầu cử đến khi kết thúc cuộc bầu cử.\n\n"
         "- Công tác vận động bầu cử: Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026.\n\n")
BOTH = ("Công tác tuyên truyền bầu cử: Từ khi triển khai, tổ chức bầu cử đến khi kết thúc cuộc bầu cử. Công tác vận "
        "động bầu cử: Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026")
TAIL = ("3. Giám sát việc kiểm phiếu\n\n- Việc kiểm phiếu và lập biên bản.\n\n"
        "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 05/3/2026 đến ngày 20/3/2026.\n\n")


def _tasks(body: str) -> list[tuple[list[str], str, str | None]]:
    return [(t.path, t.text[:30], t.deadline_text) for t in extract_plan(parse_text(HEAD + body)).tasks()]


def test_a_field_after_the_last_sub_item_dates_the_item_its_peers_fields_date() -> None:
    tasks = _tasks(PEER + ITEM + FIELD + TAIL)
    assert (["II", "2"], "Kiểm tra, giám sát việc tuyên ", BOTH) in tasks
    # the dashes that give the field's value are no rows of their own
    assert not any(text.startswith("Công tác") for _, text, _ in tasks)
    assert [p for p, _, _ in tasks] == [["II", "1"], ["II", "2"], ["II", "3"]]


def test_without_peers_closing_so_the_field_stays_the_last_sub_items() -> None:
    tasks = _tasks(ITEM + FIELD)
    assert tasks == [(["II", "2", "2.2"], "Giám sát việc vận động bầu cử ", BOTH)]


def test_a_dash_naming_who_does_a_part_is_no_value_of_the_field() -> None:
    body = ITEM + "* Thời gian thực hiện:\n\n- Ủy ban nhân dân phường: tổ chức hội nghị trước ngày 20/3/2026.\n\n"
    assert any(text.startswith("Ủy ban nhân dân phường") for _, text, _ in _tasks(body))


def test_each_parts_time_goes_on_the_fields_value() -> None:
    assert clean_value(BOTH + ".") == BOTH
    # a sentence that is no part's time still ends the value
    assert clean_value("Từ tháng 3/2026. Các đơn vị báo cáo kết quả về Sở Nội vụ.") == "Từ tháng 3/2026"


@pytest.mark.parametrize("text, span", [
    ("Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026.",
     "Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026"),
    ("nộp hồ sơ từ ngày 17/12/2025 đến 17 giờ 00, ngày 01/02/2026 tại Ủy ban bầu cử",
     "từ ngày 17/12/2025 đến 17 giờ 00, ngày 01/02/2026"),
])
def test_a_span_closing_at_an_hour_of_its_last_day(text: str, span: str) -> None:
    assert find_in_prose(text) == span


DUTIES = "KẾ HOẠCH\n\nCải cách hành chính năm 2026\n\nII. NHIỆM VỤ\n\n"


def _duties(body: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.text[:20], t.lead, t.deadline_text) for t in extract_plan(parse_text(DUTIES + body)).tasks()]


@pytest.mark.parametrize("closing, time", [
    ("- Hoàn thành trước ngày 30/6/2026.", "trước ngày 30/6/2026"),
    ("- Hoàn thành trong Quý III/2026.", "Quý III/2026"),
    ("- Xong trước ngày 15/9/2026.", "trước ngày 15/9/2026"),
])
def test_a_last_dash_that_is_only_done_by_a_time_dates_the_list(closing: str, time: str) -> None:
    body = ("1. Sở Nội vụ chủ trì:\n\n- Rà soát quy chế làm việc của Ủy ban nhân dân tỉnh.\n\n"
            f"- Xây dựng kế hoạch kiểm tra công tác cải cách hành chính.\n\n{closing}\n\n"
            "2. Sở Tư pháp rà soát văn bản quy phạm pháp luật do tỉnh ban hành.\n\n")
    assert _duties(body) == [("Rà soát quy chế làm ", ["Sở Nội vụ"], time),
                             ("Xây dựng kế hoạch ki", ["Sở Nội vụ"], time),
                             ("Sở Tư pháp rà soát v", ["Sở Tư pháp"], None)]


def test_a_last_dash_that_names_work_before_its_time_is_a_duty() -> None:
    body = ("1. Sở Nội vụ chủ trì:\n\n- Rà soát quy chế làm việc của Ủy ban nhân dân tỉnh.\n\n"
            "- Hoàn thành việc số hóa hồ sơ lưu trữ trước ngày 30/6/2026.\n\n")
    assert _duties(body) == [("Rà soát quy chế làm ", ["Sở Nội vụ"], None),
                             ("Hoàn thành việc số h", ["Sở Nội vụ"], "trước ngày 30/6/2026")]


def test_a_purpose_line_is_a_field_of_the_item_not_its_wording() -> None:
    body = ("1. Xây dựng cơ sở dữ liệu đất đai\n\n- Mục đích: Hoàn thiện dữ liệu phục vụ quản lý đất đai.\n\n"
            "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n\n"
            "- Thời gian thực hiện: Quý II/2026.\n\n")
    tasks = extract_plan(parse_text(DUTIES + body)).tasks()
    assert [(t.text, t.lead, t.deadline_text) for t in tasks] == [
        ("Xây dựng cơ sở dữ liệu đất đai", ["Sở Nông nghiệp và Môi trường"], "Quý II/2026")]


def test_a_dash_before_the_items_own_fields_tells_how_it_is_done() -> None:
    """`4.1. …` + a dash naming a body + `- Thời gian hoàn thành: …`, `- Đơn vị chủ trì: …`: one task, the item (real2
    8f60c46a II/4/4.2)."""
    body = ("4. Tiếp công dân\n\n4.1. Tổ chức tiếp công dân về công tác bầu cử; tiếp nhận, xử lý đơn thư liên quan\n\n"
            "- Nguyên tắc xử lý đơn thư: Bảo đảm đúng quy định pháp luật, đúng thẩm quyền, khách quan.\n\n"
            "- MTTQ xã phối hợp với UBND xã, các tổ chức thành viên để xử lý đơn thư đúng quy trình.\n\n"
            "- Thời gian hoàn thành: Quý I/2026;\n\n"
            "- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội\n\n"
            "- Đơn vị phối hợp: Các đồng chí Chuyên viên cơ quan MTTQ xã.\n\n"
            "- Kết quả: báo cáo kết quả tiếp công dân.\n\n")
    tasks = [(t.path, t.deadline_text) for t in extract_plan(parse_text(DUTIES + body)).tasks()]
    assert tasks == [(["II", "4", "4.1"], "Quý I/2026")]
