"""Session 5 (structure): the level at which a list's items are read, on small texts of the general shape.

- a numbered label past the first whose style is not open (`2. Yêu cầu` after an unlabelled `Mục đích`
  paragraph and its dashes) continues the list of its own level, never a sub-list under the dash;
- the level of a list is chosen from cues shared by its items (`task_level.choose_level`): items that
  each end with their own time field are the duties (A); items that are short titles over sub-items
  that each name their actor or deadline are headings (B); a list with no such cue stays undecided;
- a list of dashes whose `+` sub-items name, across the list, no actor and no deadline of their own:
  each dash is the duty and its sub-items stay in its text; a `+` list that says who or by when stays
  a list of duties, and an agency heading dash (`- Sở Y tế:`) keeps heading its own.
"""
from __future__ import annotations

from outline_trees import outline_tree

from app.importers.extract import extract_plan
from app.importers.extract.task_level import ITEMS, SUBITEMS, choose_level, dash_list_level, list_items
from app.importers.readers.textfile import parse_text

HEAD = "KẾ HOẠCH\n\nTriển khai công tác năm 2026\n\n"


def test_second_number_after_an_unlabelled_first_does_not_nest_under_a_dash() -> None:
    root = outline_tree(["I. MỤC ĐÍCH, YÊU CẦU", "Mục đích", "- Bảo đảm cuộc bầu cử dân chủ;", "- Phát hiện thiếu sót;",
                         "2. Yêu cầu", "- Đúng quy trình;", "II. NỘI DUNG"])
    first = root.children[0]
    assert [c.label for c in first.children] == ["•1", "•2", "2"]
    assert [c.title for c in first.children[2].children] == ["Đúng quy trình;"]
    assert [c.label for c in root.children] == ["I", "II"]


def test_a_list_that_starts_at_one_under_a_dash_stays_under_it() -> None:
    root = outline_tree(["1. Chuẩn bị", "- Hồ sơ gồm:", "a) Danh sách;", "b) Biên bản.", "2. Tổ chức"])
    dash = root.children[0].children[0]
    assert [c.label for c in dash.children] == ["a", "b"]
    assert [c.label for c in root.children] == ["1", "2"]


def test_a_later_letter_with_no_earlier_sibling_attaches_to_the_numbered_item() -> None:
    root = outline_tree(["1. Sở Nội vụ", "Nội dung chung", "- Tổng hợp danh sách;",
                         "b) Sở Tài chính: bố trí kinh phí."])
    one = root.children[0]
    assert [c.label for c in one.children] == ["•1", "b"]


def test_items_ending_with_their_own_time_field_are_chosen_as_the_duties() -> None:
    root = outline_tree(["III. NỘI DUNG", "1. Giám sát việc lập danh sách cử tri", "- Việc niêm yết danh sách;",
                         "- Thời gian thực hiện: Tháng 3/2026.", "2. Giám sát bỏ phiếu", "- Thẻ cử tri;",
                         "- Thời gian thực hiện: Ngày 15/3/2026."])
    level, cues = choose_level(list_items(root.children[0]))
    assert level == ITEMS
    assert cues.fields_after_details == 1.0


def test_titles_over_sub_items_that_name_their_actor_are_headings() -> None:
    root = outline_tree(["II. NHIỆM VỤ", "1. Công tác tuyên truyền", "- Sở Văn hóa chủ trì tổ chức triển lãm;",
                         "- Đài Phát thanh chủ trì mở chuyên mục;", "2. Công tác đào tạo",
                         "- Sở Nội vụ chủ trì mở lớp bồi dưỡng;", "- Sở Giáo dục chủ trì tập huấn giáo viên."])
    level, cues = choose_level(list_items(root.children[0]))
    assert level == SUBITEMS
    assert cues.sub_carries == 1.0 and cues.item_heading == 1.0


def test_a_list_without_cues_stays_undecided() -> None:
    root = outline_tree(["I. MỤC ĐÍCH", "1. Nâng cao nhận thức của cán bộ", "- Về pháp luật;",
                         "2. Bảo đảm sự thống nhất", "- Trong chỉ đạo;"])
    assert choose_level(list_items(root.children[0]))[0] is None


DASHES_WITH_PARTS = HEAD + """II. NHIỆM VỤ

1. Sở Tư pháp chủ trì, thực hiện các nội dung sau:

- Tổ chức tuyên truyền các văn bản mới:

+ Luật Phổ biến, giáo dục pháp luật;

+ Nghị định hướng dẫn thi hành Luật.

- Rà soát các văn bản quy phạm pháp luật của tỉnh:

+ Văn bản về đất đai;

+ Văn bản về đầu tư công.
"""


def test_dash_sub_items_that_say_what_it_covers_stay_in_its_text() -> None:
    tasks = extract_plan(parse_text(DASHES_WITH_PARTS)).tasks()
    assert [t.path for t in tasks] == [["II", "1", "•1"], ["II", "1", "•2"]]
    assert tasks[0].text.startswith("Tổ chức tuyên truyền các văn bản mới")
    assert "Luật Phổ biến" in tasks[0].text
    assert all(t.lead == ["Sở Tư pháp"] for t in tasks)


ACTOR_DASH_WITH_STEPS = HEAD + """III. TỔ CHỨC HỘI NGHỊ

1. Triệu tập hội nghị

- Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn tổ chức hội nghị:

+ Thống nhất thời gian, địa điểm tổ chức hội nghị;

+ Các phòng chuyên môn cung cấp danh sách đại biểu dự hội nghị.

- Địa điểm tổ chức: Hội trường Sở.
"""


def test_a_dash_that_names_its_actor_over_its_steps_is_one_duty() -> None:
    """The `+` steps name no actor given a duty and no deadline: they are how the dash's duty is done."""
    tasks = extract_plan(parse_text(ACTOR_DASH_WITH_STEPS)).tasks()
    assert [t.path for t in tasks] == [["III", "1", "•1"]]
    assert tasks[0].text.startswith("Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn")
    assert tasks[0].lead == ["Văn phòng Sở"]


def test_dash_sub_items_that_say_who_or_by_when_are_duties() -> None:
    root = outline_tree(["1. Phát triển thị trường lao động", "- Giao Sở Nội vụ chủ trì, phối hợp với các sở:",
                         "+ Tổ chức phiên giao dịch việc làm, hoàn thành trong năm 2026;",
                         "+ Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 30/6/2026."])
    assert dash_list_level(root.children[0].children) is None


def test_agency_heading_dash_keeps_heading_its_sub_items() -> None:
    text = HEAD + """II. NHIỆM VỤ

1. Các cơ quan thực hiện

- Sở Y tế:

+ Tổ chức khám sức khỏe định kỳ;

+ Kiểm tra an toàn thực phẩm.

- Sở Giáo dục và Đào tạo:

+ Tổ chức tập huấn giáo viên;

+ Kiểm tra trường học.
"""
    tasks = extract_plan(parse_text(text)).tasks()
    assert [t.path[-1] for t in tasks] == ["•1", "•2", "•1", "•2"]
    assert [t.lead for t in tasks] == [["Sở Y tế"], ["Sở Y tế"], ["Sở Giáo dục và Đào tạo"], ["Sở Giáo dục và Đào tạo"]]


HEADINGS_OVER_ACTORS = HEAD + """II. NHIỆM VỤ

1. Đẩy mạnh tuyên truyền, nâng cao nhận thức của cán bộ và nhân dân về chuyển đổi số trong năm 2026.

- Sở Văn hóa chủ trì tổ chức triển lãm về chuyển đổi số;

- Đài Phát thanh chủ trì mở chuyên mục về chuyển đổi số.

2. Phát triển nguồn nhân lực số cho các cơ quan nhà nước trên địa bàn tỉnh.

- Sở Nội vụ chủ trì mở lớp bồi dưỡng kỹ năng số;

- Sở Giáo dục chủ trì tập huấn giáo viên về kỹ năng số.
"""


def test_items_over_dashes_that_each_name_their_actor_are_headings() -> None:
    """Every dash of the list names who does it: the numbered sentences above them are headings, not
    duties of their own, even printed as full sentences."""
    tasks = extract_plan(parse_text(HEADINGS_OVER_ACTORS)).tasks()
    assert [t.path for t in tasks] == [["II", "1", "•1"], ["II", "1", "•2"], ["II", "2", "•1"], ["II", "2", "•2"]]
    assert [t.lead for t in tasks] == [["Sở Văn hóa"], ["Đài Phát thanh"], ["Sở Nội vụ"], ["Sở Giáo dục"]]
    assert [t.deadline_text for t in tasks[:2]] == ["trong năm 2026", "trong năm 2026"]
