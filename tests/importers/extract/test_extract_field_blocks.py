"""Field blocks that `bench.perturb_layouts` (session 11, `r.labelled`, `r.fields`) found the importer misreading.

- `b) Cơ quan thực hiện:` with no value, its `- Đơn vị chủ trì: …` / `- Đơn vị phối hợp: …` below it: the agencies.
- `a) Nhiệm vụ:` over a dash list beside `b) Cơ quan thực hiện: …` / `c) Thời gian thực hiện: …`: each dash is a
  task with the block's fields (without an agency field beside it, `- Nhiệm vụ:` only lists what an item covers).
- An item that prints its own fields is whole: a later sibling's `Thời gian hoàn thành` is not its deadline.
"""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.readers.textfile import parse_text

_HEAD = "KẾ HOẠCH\nThu ngân sách năm 2026\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n"


def _tasks(body: str) -> list[tuple[str, list[str], list[str], str | None]]:
    tasks = extract_plan(parse_text(_HEAD + body)).to_annotation_dict()["tasks"]
    return [(t["text"], t["lead"], t["support"], t["deadline_text"]) for t in tasks]


def test_an_agency_field_printed_as_fields_below_it() -> None:
    assert _tasks("1. Rà soát các khoản thu từ đất đai trên địa bàn tỉnh\n"
                  "a) Cơ quan thực hiện:\n- Cơ quan chủ trì: Sở Tài chính;\n- Cơ quan phối hợp: Thuế tỉnh.\n"
                  "b) Thời hạn hoàn thành: Quý III/2026.\n") == [
        ("Rà soát các khoản thu từ đất đai trên địa bàn tỉnh", ["Sở Tài chính"], ["Thuế tỉnh"], "Quý III/2026")]


def test_a_task_block_gives_its_fields_to_every_dash() -> None:
    assert _tasks("a) Nhiệm vụ:\n- Tuyên truyền chính sách thuế mới đến người dân;\n"
                  "- Phổ biến các quy định về hóa đơn điện tử.\n"
                  "b) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Tài chính;\n- Đơn vị phối hợp: Báo Cà Mau.\n"
                  "c) Thời gian thực hiện: Năm 2026.\n") == [
        ("Tuyên truyền chính sách thuế mới đến người dân", ["Sở Tài chính"], ["Báo Cà Mau"], "Năm 2026"),
        ("Phổ biến các quy định về hóa đơn điện tử", ["Sở Tài chính"], ["Báo Cà Mau"], "Năm 2026")]


def test_a_tasks_label_without_an_agency_field_beside_it_lists_what_the_item_covers() -> None:
    tasks = _tasks("1. Tổ chức tiếp công dân về bầu cử\n- Địa điểm: Tại Phòng tiếp công dân của UBND xã.\n"
                   "- Thời gian: Thường xuyên trong giờ hành chính.\n- Nhiệm vụ:\n"
                   "+ Lắng nghe, ghi chép đầy đủ ý kiến của cử tri.\n+ Giải thích, hướng dẫn công dân.\n")
    assert [t[0] for t in tasks] == ["Tổ chức tiếp công dân về bầu cử"]


def test_an_item_with_its_own_fields_does_not_take_the_next_items_time() -> None:
    assert _tasks("1. Sở Lao động\n\n"
                  "a) Thanh tra việc chấp hành pháp luật lao động tại các doanh nghiệp\n"
                  "- Đơn vị chủ trì: Sở Lao động.\n\n"
                  "b) Hướng dẫn các doanh nghiệp tự kiểm tra, báo cáo định kỳ\n- Đơn vị chủ trì: Sở Lao động.\n"
                  "- Thời gian hoàn thành: Quý II/2026.\n") == [
        ("Thanh tra việc chấp hành pháp luật lao động tại các doanh nghiệp", ["Sở Lao động"], [], None),
        ("Hướng dẫn các doanh nghiệp tự kiểm tra, báo cáo định kỳ", ["Sở Lao động"], [], "Quý II/2026")]


def test_sub_items_with_their_own_fields_do_not_take_a_later_items_time() -> None:
    tasks = _tasks("1. Siết chặt kỷ luật, kỷ cương hành chính\n"
                   "a) Thanh tra tỉnh kiểm tra đột xuất việc chấp hành kỷ luật hành chính\n"
                   "+ Đơn vị chủ trì: Thanh tra tỉnh.\n"
                   "+ Thời gian thực hiện: trước ngày 15/11/2025.\n"
                   "b) Chủ tịch UBND cấp xã xử lý nghiêm cán bộ vi phạm kỷ luật tại địa phương\n"
                   "+ Đơn vị chủ trì: Chủ tịch UBND cấp xã.\n"
                   "2. Nâng cấp phần mềm quản lý hồ sơ cán bộ, công chức\n+ Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n"
                   "+ Thời gian thực hiện: Quý IV/2025.\n")
    assert [t[3] for t in tasks] == ["trước ngày 15/11/2025", None, "Quý IV/2025"]


def test_a_sections_fields_printed_after_its_items_are_theirs() -> None:
    """Issue 10, structure 2: `1. Nội dung, biện pháp:` + `a)`, `b)`, then `2. Cơ quan chủ trì: …`, `3. Thời gian …`."""
    assert _tasks("4. Tăng cường trách nhiệm người đứng đầu\n4.1. Nội dung, biện pháp:\n"
                  "a) Thực hiện nghiêm Quy chế làm việc của Ủy ban nhân dân tỉnh;\n"
                  "b) Tiếp thu và phúc đáp kịp thời các phản ánh, kiến nghị của người dân.\n"
                  "4.2. Cơ quan chủ trì: Thủ trưởng các sở, ban, ngành; cơ quan phối hợp: Sở Nội vụ.\n"
                  "4.3. Thời gian thực hiện: Thường xuyên.\n") == [
        ("Thực hiện nghiêm Quy chế làm việc của Ủy ban nhân dân tỉnh", ["Thủ trưởng các sở, ban, ngành"],
         ["Sở Nội vụ"], "Thường xuyên"),
        ("Tiếp thu và phúc đáp kịp thời các phản ánh, kiến nghị của người dân", ["Thủ trưởng các sở, ban, ngành"],
         ["Sở Nội vụ"], "Thường xuyên")]


def test_an_item_printing_its_own_agency_field_is_a_duty_even_under_objectives() -> None:
    tasks = extract_plan(parse_text("KẾ HOẠCH\nBình đẳng giới năm 2026\n\nII. MỤC TIÊU\n\n"
                                    "1. Nâng cao nhận thức về bình đẳng giới trong cán bộ, công chức.\n\n"
                                    "2. Tháng hành động\n\na) Lồng ghép tổ chức Lễ phát động Tháng hành động\n"
                                    "+ Cơ quan chủ trì: các cơ quan, đơn vị, địa phương.\n"
                                    "+ Thời gian hoàn thành: Từ ngày 15/11/2026 đến ngày 15/12/2026.\n")
                         ).to_annotation_dict()["tasks"]
    assert [(t["text"], t["lead"], t["deadline_text"]) for t in tasks] == [
        ("Lồng ghép tổ chức Lễ phát động Tháng hành động", ["Các cơ quan, đơn vị, địa phương"],
         "Từ ngày 15/11/2026 đến ngày 15/12/2026")]
