"""A deadline printed on a line of its own, below the task it dates or above the items it dates (session 14,
deadlines4): the outline attaches it to the task above, a heading's or a group row's time dates its items."""
from __future__ import annotations

from app.importers.blocks import Table
from app.importers.extract import extract_plan
from app.importers.extract.tables import table_nodes
from app.importers.readers.textfile import parse_text

HEAD = "KẾ HOẠCH\n\nCải cách hành chính năm 2026\n\nII. NHIỆM VỤ\n\n"


def _tasks(body: str) -> list[tuple[list[str], str, str | None]]:
    return [(t.path, t.text[:20], t.deadline_text) for t in extract_plan(parse_text(HEAD + body)).tasks()]


def test_a_time_line_without_its_dash_after_the_items_dashes_is_the_items() -> None:
    body = ("1. Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.\n\n- Rà soát các thủ tục cấp tỉnh;\n\n"
            "- Rà soát các thủ tục cấp xã.\n\nThời gian thực hiện: Quý II/2026.\n\n"
            "2. Tổ chức tập huấn nghiệp vụ cho cán bộ, công chức cấp xã.\n\n- Tập huấn trực tiếp;\n\n"
            "- Tập huấn trực tuyến.\n\nCơ quan chủ trì: Sở Tư pháp.\n\nThời gian thực hiện: Quý III/2026.\n\n")
    assert _tasks(body) == [(["II", "1"], "Rà soát thủ tục hành", "Quý II/2026"),
                            (["II", "2"], "Tổ chức tập huấn ngh", "Quý III/2026")]


def test_dashes_that_each_print_their_own_time_keep_it() -> None:
    body = ("1. Đầu tư cơ sở vật chất, trang thiết bị\n\n- Sở Tài chính chủ trì bố trí vốn đầu tư công trung hạn.\n\n"
            "Thời gian thực hiện: năm 2026 và các năm tiếp theo.\n\n"
            "- Ủy ban nhân dân các xã bố trí ngân sách mua sắm trang thiết bị.\n\nThời gian thực hiện: hằng năm.\n\n")
    assert [dl for _, _, dl in _tasks(body)] == ["năm 2026 và các năm tiếp theo", "hằng năm"]


def test_the_fields_after_a_single_dash_are_the_dashs() -> None:
    body = ("1. Tổ chức thực hiện\n\n- Bước 1: Các sở, ngành xây dựng kế hoạch cụ thể để triển khai.\n\n"
            "Cơ quan chủ trì: các sở, ngành.\n\nThời gian hoàn thành: trước ngày 10/12/2026.\n\n")
    assert _tasks(body) == [(["II", "1", "•1"], "Các sở, ngành xây dự", "trước ngày 10/12/2026")]


def test_a_fields_value_printed_on_the_next_line_is_no_part_of_the_wording() -> None:
    body = ("1. Rà soát thủ tục hành chính thuộc thẩm quyền của tỉnh.\n\nCơ quan chủ trì:\n\nSở Nội vụ.\n\n"
            "Thời gian hoàn thành:\n\nQuý II/2026.\n\n")
    task = extract_plan(parse_text(HEAD + body)).tasks()[0]
    assert (task.text, task.lead, task.deadline_text) == (
        "Rà soát thủ tục hành chính thuộc thẩm quyền của tỉnh", ["Sở Nội vụ"], "Quý II/2026")


def test_a_lone_done_line_under_an_item_is_its_time_and_no_row() -> None:
    body = ("1. Sở Nội vụ rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.\n\n"
            "- Hoàn thành trong Quý II/2026.\n\n"
            "2. Sở Tư pháp tổ chức tập huấn nghiệp vụ cho cán bộ, công chức cấp xã.\n\n"
            "- Xong trước ngày 30/9/2026.\n\n")
    assert _tasks(body) == [(["II", "1"], "Sở Nội vụ rà soát th", "Quý II/2026"),
                            (["II", "2"], "Sở Tư pháp tổ chức t", "trước ngày 30/9/2026")]


def test_a_time_sentence_with_no_actor_dates_the_paragraph_above_it() -> None:
    body = ("1. Ủy ban bầu cử xã tiếp nhận hồ sơ của người ứng cử đại biểu Hội đồng nhân dân.\n\n"
            "Ban công tác Mặt trận chuyển biên bản hội nghị cử tri đến Ban Thường trực Ủy ban Mặt trận.\n\n"
            "Việc chuyển các biên bản nói trên phải hoàn thành chậm nhất là ngày 01/02/2026.\n\n"
            "2. Ủy ban nhân dân xã niêm yết danh sách cử tri.\n\n"
            "Việc niêm yết phải hoàn thành trước ngày 10/02/2026.\n\n")
    assert _tasks(body) == [(["II", "1"], "Ủy ban bầu cử xã tiế", None),
                            (["II", "1"], "Ban công tác Mặt trậ", "chậm nhất là ngày 01/02/2026"),
                            (["II", "2"], "Ủy ban nhân dân xã n", "trước ngày 10/02/2026")]


def test_a_bare_done_line_after_another_actors_paragraph_stays_the_items() -> None:
    body = ("1. Sở Y tế tổ chức tiêm chủng mở rộng cho trẻ em.\n\nSở Tài chính bố trí kinh phí thực hiện.\n\n"
            "Hoàn thành trong Quý II/2026.\n\n")
    assert [(text, dl) for _, text, dl in _tasks(body)] == [("Sở Y tế tổ chức tiêm", "Quý II/2026"),
                                                            ("Sở Tài chính bố trí ", None)]


def test_a_time_note_in_parentheses_under_a_heading_dates_its_items() -> None:
    body = ("1. Cải cách thủ tục hành chính\n\n(Thời gian thực hiện: Quý II/2026)\n\n"
            "a) Sở Nội vụ rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.\n\n"
            "b) Sở Tư pháp tổ chức tập huấn nghiệp vụ cho cán bộ, công chức cấp xã.\n\n")
    assert [dl for _, _, dl in _tasks(body)] == ["Quý II/2026", "Quý II/2026"]


def test_a_group_rows_title_dates_the_rows_under_it_that_print_no_time() -> None:
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            ["I", "Nhiệm vụ hoàn thành trong Quý I/2026", "", ""],
            ["1", "Rà soát thủ tục hành chính cấp tỉnh", "Sở Nội vụ", ""],
            ["2", "Tổ chức tập huấn nghiệp vụ", "Sở Tư pháp", "Quý II/2026"],
            ["II", "Nhiệm vụ thực hiện trong năm 2026", "", ""],
            ["1", "Cải cách thể chế", "", ""],
            ["1.1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", ""],
            ["III", "Nhiệm vụ thường xuyên", "", ""],
            ["1", "Kiểm tra công vụ", "Sở Nội vụ", ""]]
    tasks = [t for n in table_nodes([Table(rows=rows)]) for t in n.walk() if t.kind == "task"]
    assert [(t.text, t.deadline_text) for t in tasks] == [
        ("Rà soát thủ tục hành chính cấp tỉnh", "Quý I/2026"),
        ("Tổ chức tập huấn nghiệp vụ", "Quý II/2026"),  # the row's own time wins
        ("Rà soát văn bản quy phạm pháp luật", "trong năm 2026"),  # through the group row between
        ("Kiểm tra công vụ", None)]


def test_a_programmes_or_targets_horizon_inside_an_intro_dates_no_item() -> None:
    # the development intros that end in `:` with a time not at their start all read so (session 15): the horizon
    # names a programme or a target, not when the items below are due
    items = ("\n\n- Sở Y tế tổ chức tiêm chủng mở rộng cho trẻ em;\n\n"
             "- Sở Tư pháp tổ chức tập huấn nghiệp vụ cho cán bộ, công chức cấp xã.\n\n")
    named = _tasks("1. Triển khai Chương trình\n\nĐể thực hiện Chương trình phòng, chống ma túy đến năm 2030 trên địa "
                   "bàn tỉnh, các đơn vị thực hiện như sau:" + items)
    target = _tasks("1. Sắp xếp đơn vị\n\nTiếp tục rà soát, phấn đấu đạt mục tiêu đến năm 2025 giảm tối thiểu 10% số "
                    "đơn vị sự nghiệp công lập, cụ thể:" + items)
    assert [dl for _, _, dl in named + target] == [None, None, None, None]
