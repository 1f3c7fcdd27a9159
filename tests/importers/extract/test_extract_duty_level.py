"""Session 4 (impprec): structure rules decided over a whole list, on small texts of the general shape.

- a decimal label nests under its parent number even after dashes (`7.` + `- …` + `7.1.`);
- when most numbered items of one list end with their own time field, those items are the duties
  and the dashes between an item and its field are what it covers, not tasks of their own.
"""
from __future__ import annotations

from outline_trees import outline_tree
from sqlalchemy import select

from app.importers.extract import extract_plan
from app.importers.extract.duty_level import detail_nodes, mark_duty_level
from app.importers.readers.textfile import parse_text
from app.models import PlanNode
from app.models.database import Database
from app.services.plan_import import PlanImportService

HEAD = "KẾ HOẠCH\n\nKiểm tra công tác năm 2026\n\n"


def test_decimal_label_closes_the_dashes_of_its_parent() -> None:
    root = outline_tree(["7. Kiểm tra việc tuyên truyền", "- Trách nhiệm của các cơ quan báo chí;",
                         "7.1. Kiểm tra hội nghị tiếp xúc cử tri", "- Thành phần hội nghị."])
    seven = root.children[0]
    assert [c.label for c in seven.children] == ["•1", "7.1"]
    assert [c.title for c in seven.children[1].children] == ["Thành phần hội nghị."]


def test_parenthesised_list_under_a_dash_stays_under_it() -> None:
    root = outline_tree(["2.1. Chuẩn bị hồ sơ", "- Tài liệu gồm:", "(1) Danh sách trích ngang;", "(2) Biên bản."])
    dash = root.children[0].children[0]
    assert [c.label for c in dash.children] == ["(1)", "(2)"]


LIST_WITH_FIELDS = HEAD + """III. NỘI DUNG KIỂM TRA

1. Giám sát việc lập danh sách cử tri

Giám sát việc lập danh sách cử tri theo quy định của Luật. Cụ thể:

- Ban Thường trực Ủy ban MTTQ xã giám sát việc niêm yết danh sách cử tri;

- Việc giải quyết khiếu nại về danh sách cử tri.

- Thời gian thực hiện: Từ ngày 03/02/2026 đến ngày 15/03/2026.

2. Kiểm tra việc hiệp thương

- Tiêu chuẩn, cơ cấu người ứng cử.

- Thời gian thực hiện:

+ Đợt 1: từ ngày 01/12/2025 đến ngày 14/12/2025.

+ Đợt 2: từ ngày 02/02/2026 đến ngày 08/02/2026.

3. Giám sát trình tự bỏ phiếu

- Thẻ cử tri theo mẫu quy định.

- Thời gian thực hiện: Ngày 15/3/2026.
"""


def test_items_carrying_their_own_time_field_are_the_duties() -> None:
    tasks = extract_plan(parse_text(LIST_WITH_FIELDS)).tasks()
    assert [t.text for t in tasks] == ["Giám sát việc lập danh sách cử tri", "Kiểm tra việc hiệp thương",
                                       "Giám sát trình tự bỏ phiếu"]
    assert tasks[0].deadline_text == "Từ ngày 03/02/2026 đến ngày 15/03/2026"
    assert tasks[1].deadline_text.startswith("Đợt 1: từ ngày 01/12/2025")
    assert "Đợt 2" in tasks[1].deadline_text


def test_details_are_kept_on_the_outline_item() -> None:
    root = outline_tree(["1. Giám sát việc lập danh sách cử tri", "- Việc niêm yết danh sách;",
                         "- Thời gian thực hiện: Tháng 3/2026.", "2. Giám sát bỏ phiếu", "- Thẻ cử tri;",
                         "- Thời gian thực hiện: Ngày 15/3/2026."])
    mark_duty_level(root)
    first = root.children[0]
    assert [(d.label, d.title) for d in first.details] == [("•1", "Việc niêm yết danh sách;")]
    assert [c.title for c in first.children] == ["Thời gian thực hiện: Tháng 3/2026."]


DETAILS = [("", "text", "Giám sát việc lập danh sách cử tri theo quy định của Luật. Cụ thể"),
           ("•1", "text", "Ban Thường trực Ủy ban MTTQ xã giám sát việc niêm yết danh sách cử tri"),
           ("•2", "text", "Việc giải quyết khiếu nại về danh sách cử tri")]


def test_details_stay_under_their_task_in_the_imported_outline() -> None:
    """The folded dashes (and the item's `Cụ thể:` paragraph) are text children of the task, with their
    printed labels; the fields are not repeated and the task list is unchanged."""
    plan = extract_plan(parse_text(LIST_WITH_FIELDS))
    first, second, _ = plan.tasks()
    assert [(c.label, c.kind, c.text) for c in first.children] == DETAILS
    assert first.children[1].path == ["III", "1", "•1"]
    assert [(c.label, c.kind, c.text) for c in second.children] == [("•1", "text", "Tiêu chuẩn, cơ cấu người ứng cử")]
    outline = plan.to_annotation_dict()["outline"][0]["children"][0]
    assert [c["text"] for c in outline["children"]] == [d[2] for d in DETAILS]
    assert len(plan.tasks()) == 3


def test_details_are_stored_with_the_plan(database: Database) -> None:
    plan = extract_plan(parse_text(LIST_WITH_FIELDS))
    outcome = PlanImportService(database, "tester").store(plan, original=b"raw", filename="kh.txt",
                                                          extracted_text=LIST_WITH_FIELDS)
    with database.session() as s:
        rows = s.scalars(select(PlanNode).where(PlanNode.plan_id == outcome.plan_id)).all()
        task = next(n for n in rows if n.text == "Giám sát việc lập danh sách cử tri")
        kids = sorted((n for n in rows if n.parent_id == task.id), key=lambda n: n.position)
        assert task.kind == "task"
        assert [(n.label, n.kind, n.text) for n in kids] == DETAILS


def test_sub_dashes_of_a_detail_stay_nested_under_it() -> None:
    root = outline_tree(["1. Giám sát việc niêm yết", "- Địa điểm niêm yết:", "+ Trụ sở Ủy ban nhân dân xã;",
                         "- Thời gian thực hiện: Tháng 3/2026.", "2. Giám sát bỏ phiếu", "- Thẻ cử tri;",
                         "- Thời gian thực hiện: Ngày 15/3/2026."])
    mark_duty_level(root)
    (place,) = detail_nodes(root.children[0])
    assert (place.label, place.text) == ("•1", "Địa điểm niêm yết")
    assert [(c.label, c.kind, c.text, c.path) for c in place.children] == [
        ("•1", "text", "Trụ sở Ủy ban nhân dân xã", ["1", "•1", "•1"])]


def test_agency_headings_with_their_dashes_are_not_folded() -> None:
    """`1.1. Sở Nội vụ:` + dashes + `- Thời gian thực hiện:`: the heading names who, the dashes are the duties."""
    text = HEAD + """III. NHIỆM VỤ

1.1. Sở Nội vụ:

- Rà soát quy định về tuyển dụng công chức.

- Xây dựng khung năng lực vị trí việc làm.

- Thời gian thực hiện: năm 2026.

1.2. Sở Tài chính:

- Bố trí kinh phí thực hiện Kế hoạch.

- Thời gian thực hiện: năm 2026.
"""
    tasks = extract_plan(parse_text(text)).tasks()
    assert [t.text for t in tasks] == ["Rà soát quy định về tuyển dụng công chức",
                                       "Xây dựng khung năng lực vị trí việc làm",
                                       "Bố trí kinh phí thực hiện Kế hoạch"]
    assert tasks[0].lead == ["Sở Nội vụ"]


def test_a_single_item_with_a_time_field_decides_nothing() -> None:
    """One item is no list: its dashes are read as before."""
    root = outline_tree(["1. Tổ chức hội nghị", "- Sở Y tế chuẩn bị tài liệu;", "- Thời gian thực hiện: Quý I/2026.",
                         "2. Tổng kết", "- Sở Nội vụ tổng hợp báo cáo."])
    mark_duty_level(root)
    assert root.children[0].details == [] and len(root.children[0].children) == 2


def test_attendance_and_method_fields_are_no_duties() -> None:
    """`- Thành phần: <bodies>` says who attends, `- Phương pháp: …` how: neither gives a duty."""
    text = HEAD + """II. NỘI DUNG

1. Hội nghị hiệp thương lần thứ nhất

- Ủy ban MTTQ xã chủ trì hội nghị hiệp thương lần thứ nhất.

- Thành phần: Ban Thường trực Ủy ban MTTQ xã; Thường trực HĐND, UBND xã; đại diện các tổ chức thành viên.

- Khách mời: Chủ tịch HĐND xã, đại diện các cơ quan có người ứng cử.

- Phương pháp: Kết hợp nghe báo cáo trực tiếp và nghiên cứu hồ sơ, tài liệu.
"""
    tasks = extract_plan(parse_text(text)).tasks()
    assert [t.text for t in tasks] == ["Ủy ban MTTQ xã chủ trì hội nghị hiệp thương lần thứ nhất"]


MEMBERS = HEAD + """IV. TỔ CHỨC THỰC HIỆN

1. Đồng chí Trưởng Ban Tuyên giáo - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm về kết quả tuyên truyền.

2. Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: Trực tiếp chỉ đạo công tác trang trí, khánh tiết.

3. Đồng chí Chánh Văn phòng Ủy ban nhân dân - Ủy viên: Chuẩn bị tốt các điều kiện tổ chức hội nghị.

4. Kinh phí: Bố trí từ nguồn kinh phí thường xuyên của cơ quan trong năm 2026.
"""


def test_a_sibling_written_like_the_members_is_a_duty_of_whom_it_names() -> None:
    tasks = extract_plan(parse_text(MEMBERS)).tasks()
    second = next(t for t in tasks if t.text.startswith("Đồng chí Phó Trưởng phòng"))
    assert second.lead == ["Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban"]
    # `Kinh phí:` opens unlike the members' names: not made a duty of a body called `Kinh phí`
    assert all(t.lead != ["Kinh phí"] for t in tasks)


FORMS = HEAD + """IV. HÌNH THỨC TUYÊN TRUYỀN

1. Tuyên truyền trên hệ thống loa truyền thanh cơ sở trong năm 2026.

2. Tuyên truyền trực quan bằng pano, áp phích, băng rôn trong năm 2026.

3. Báo Lào Cai mở chuyên mục tuyên truyền về bầu cử trong năm 2026.

V. TỔ CHỨC THỰC HIỆN

1. Sở Văn hóa chủ trì triển khai Kế hoạch này trong năm 2026.
"""


def test_means_listed_under_a_forms_heading_are_not_duties() -> None:
    """Dated means (`Tuyên truyền trên hệ thống loa … trong năm 2026`) stay text; an item naming
    its own actor stays a duty; the same wording outside such a heading is untouched."""
    tasks = extract_plan(parse_text(FORMS)).tasks()
    assert [t.text for t in tasks] == ["Báo Lào Cai mở chuyên mục tuyên truyền về bầu cử trong năm 2026",
                                       "Sở Văn hóa chủ trì triển khai Kế hoạch này trong năm 2026"]
    plain = extract_plan(parse_text(FORMS.replace("HÌNH THỨC TUYÊN TRUYỀN", "NHIỆM VỤ"))).tasks()
    assert len(plain) == 4


def test_an_annex_of_forms_gives_no_duties() -> None:
    form = "\n\n".join(["PHỤ LỤC", "Mẫu số 01/HNCT", "BIÊN BẢN HỘI NGHỊ CỬ TRI",
                        "- Họ và tên người chủ trì hội nghị: ………………… Chức vụ …………………",
                        "- Họ và tên thư ký hội nghị: ………………… Chức vụ …………………",
                        "- Tổng số cử tri được mời: ……………", "- Tổng số cử tri có mặt tại hội nghị: ……………",
                        "- Số phiếu phát ra: ……………", "- Số phiếu thu về: ……………",
                        "(4) Bỏ phiếu kín hoặc giơ tay.",
                        "(5) Ban Thường trực gửi biên bản này đến Ủy ban MTTQ tỉnh trong năm 2026."])
    body = HEAD + "II. NHIỆM VỤ\n\n1. Sở Nội vụ chủ trì tổ chức hội nghị cử tri trong tháng 3/2026.\n\n" \
        "Nơi nhận:\n\n- Như trên;\n\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
    tasks = extract_plan(parse_text(body + form + "\n")).tasks()
    assert [t.text for t in tasks] == ["Sở Nội vụ chủ trì tổ chức hội nghị cử tri trong tháng 3/2026"]


def test_steps_of_a_procedure_are_not_duties() -> None:
    """`3. Trình tự tổ chức hội nghị (theo quy định …)` + `3.1. Tổ kiểm phiếu tiến hành kiểm phiếu …`:
    the steps of the meeting, done by roles in it, even when a step names who does it."""
    text = HEAD + """III. TỔ CHỨC HỘI NGHỊ

3. Trình tự tổ chức hội nghị cử tri (theo quy định tại Nghị quyết số 101)

3.1. Thư ký hội nghị đọc tiểu sử tóm tắt của từng người ứng cử.

3.2. Tổ kiểm phiếu tiến hành kiểm phiếu, lập biên bản kiểm phiếu trong ngày 05/02/2026.

IV. TỔ CHỨC THỰC HIỆN

1. Ban Thường trực Ủy ban MTTQ xã chủ trì tổ chức hội nghị trong tháng 02/2026.
"""
    tasks = extract_plan(parse_text(text)).tasks()
    assert [t.text for t in tasks] == ["Ban Thường trực Ủy ban MTTQ xã chủ trì tổ chức hội nghị trong tháng 02/2026"]


def test_messages_under_a_propaganda_content_heading_are_not_duties() -> None:
    text = HEAD + """II. LỘ TRÌNH VÀ NỘI DUNG TUYÊN TRUYỀN

1. Nội dung tuyên truyền trọng tâm theo từng đợt từ nay đến ngày bầu cử

1.1. Đợt 1: Trong tháng 12/2025

- Tuyên truyền Chỉ thị của Bộ Chính trị về lãnh đạo cuộc bầu cử.

- Tuyên truyền những thành tựu của Quốc hội qua 80 năm.

III. TỔ CHỨC THỰC HIỆN

1. Trung tâm Văn hóa xã chủ trì tuyên truyền trên hệ thống loa truyền thanh trong tháng 12/2025.
"""
    tasks = extract_plan(parse_text(text)).tasks()
    assert [t.text for t in tasks] == [
        "Trung tâm Văn hóa xã chủ trì tuyên truyền trên hệ thống loa truyền thanh trong tháng 12/2025"]


def test_an_item_of_the_implementation_section_among_duties_is_a_duty() -> None:
    text = HEAD + """IV. TỔ CHỨC THỰC HIỆN KẾ HOẠCH

1. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan triển khai Kế hoạch này.

2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định.

3. Sở Y tế hướng dẫn các cơ sở khám bệnh thực hiện Kế hoạch.

4. Kết thúc đợt kiểm tra, Tổ công tác liên ngành chịu trách nhiệm tổng hợp báo cáo kết quả về Ủy ban nhân dân tỉnh.

5. Thành lập Tổ công tác liên ngành do lãnh đạo Ủy ban nhân dân tỉnh làm Tổ trưởng.

6. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo quy định hiện hành.
"""
    tasks = extract_plan(parse_text(text)).tasks()
    third = next(t for t in tasks if t.text.startswith("Kết thúc đợt kiểm tra"))
    assert third.lead == ["Tổ công tác liên ngành"]
    # a decision that names no one to carry it out, and the budget clause, stay text
    assert not any(t.text.startswith(("Thành lập Tổ", "Kinh phí")) for t in tasks)


def test_a_numbered_time_label_over_a_sentence_is_an_item() -> None:
    """`2. Thời gian trình khen thưởng: Hồ sơ … gửi về Sở Nội vụ trước ngày 31/3/2026` is a duty; a dash
    `- Thời gian thực hiện: Quý I/2026` stays the field of its item."""
    text = HEAD + """V. THỦ TỤC, HỒ SƠ

1. Sở Nội vụ hướng dẫn hồ sơ đề nghị khen thưởng cho các cơ quan, đơn vị.

- Thời gian thực hiện: Quý I/2026.

2. Thời gian trình khen thưởng: Hồ sơ đề nghị tặng Bằng khen của các cơ quan, đơn vị gửi về Sở Nội vụ \
trước ngày 31/3/2026 để tổng hợp, thẩm định.
"""
    tasks = extract_plan(parse_text(text)).tasks()
    assert [t.deadline_text for t in tasks][0] == "Quý I/2026"
    assert tasks[1].text.startswith("Thời gian trình khen thưởng: Hồ sơ đề nghị")
