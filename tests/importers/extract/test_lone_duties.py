"""A list of explanations does not hold one duty found only by a body named in passing (session 13, precision).

Made-up snippets: a programme's topics where one topic names a body inside its wording (a relative clause, a list of
those encouraged) is text like the other topics; a body that opens a clause of its own, a dated item and a list whose
items are duties stay tasks."""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.lone_duties import demote_lone_duties
from app.importers.readers.textfile import parse_text
from app.importers.result import ImportedNode

HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nSố: 12/KH-UBND\n\nX, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\n\n"
        "Phát triển dữ liệu số năm 2026\n\n")


def _tasks(body: str) -> list[str]:
    return [t.text[:24] for t in extract_plan(parse_text(HEAD + body)).tasks()]


TOPICS = """I. NHIỆM VỤ TRỌNG TÂM

1. Hoàn thiện thể chế về dữ liệu, tạo hành lang pháp lý cho kinh doanh dữ liệu.

2. Nghiên cứu thí điểm sàn giao dịch dữ liệu, ưu tiên dữ liệu phục vụ sản xuất, kinh doanh.

3. Xây dựng thiết kế tổng thể dữ liệu. Trong đó, xác định các trường dữ liệu do cơ quan nhà nước chủ trì thu thập.

4. Phát triển dữ liệu mở phục vụ kinh tế số, gồm danh mục dữ liệu mở và cơ chế chia sẻ.

II. TỔ CHỨC THỰC HIỆN

Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.
"""


def test_a_topic_naming_a_body_in_a_relative_clause_is_text_like_its_siblings() -> None:
    assert _tasks(TOPICS) == ["Sở Khoa học và Công nghệ"]


def test_a_body_in_a_list_of_those_encouraged_is_no_actor() -> None:
    body = TOPICS.replace(TOPICS.split("\n\n")[3],
                          "3. Áp dụng tiêu chuẩn dữ liệu. Khuyến khích cộng đồng doanh nghiệp, hiệp hội và các tổ "
                          "chức nghiên cứu tham gia xây dựng tiêu chuẩn.")
    assert _tasks(body) == ["Sở Khoa học và Công nghệ"]


def test_a_body_opening_a_clause_or_a_time_keep_the_item() -> None:
    for item in ("3. Áp dụng tiêu chuẩn dữ liệu; đồng thời, Sở Tài chính phối hợp bố trí kinh phí thực hiện.",
                 "3. Xây dựng thiết kế dữ liệu, do cơ quan nhà nước chủ trì thu thập, hoàn thành trong năm 2026."):
        body = TOPICS.replace(TOPICS.split("\n\n")[3], item)
        assert len(_tasks(body)) == 2, item


def test_only_a_lone_leaf_among_three_or_more_items_is_demoted() -> None:
    def item(label: str, kind: str = "text") -> ImportedNode:
        return ImportedNode(label=label, kind=kind, text="Khuyến khích doanh nghiệp, hiệp hội và các tổ chức tham gia",
                            lead=["Hiệp hội và các tổ chức"] if kind == "task" else [], path=[label])
    two = [item("1"), item("2", "task")]
    demote_lone_duties(two)
    assert two[1].kind == "task"  # two items say too little about the list
    three = [item("1"), item("2", "task"), item("3")]
    demote_lone_duties(three)
    assert (three[1].kind, three[1].lead) == ("text", [])
    duties = [item("1", "task"), item("2", "task"), item("3")]
    demote_lone_duties(duties)
    assert [d.kind for d in duties] == ["task", "task", "text"]


MINUTES = """I. TỔ CHỨC HỘI NGHỊ CỬ TRI

1. Nội dung và biên bản hội nghị

- Tại hội nghị, cử tri đối chiếu với tiêu chuẩn đại biểu để nhận xét người ứng cử.

- Biên bản phải ghi rõ thành phần, số lượng người tham dự và kết quả hội nghị.

- Biên bản hội nghị phải được gửi đến Ban Thường trực cấp tổ chức hiệp thương ngay sau khi kết thúc hội nghị.

II. TỔ CHỨC THỰC HIỆN

Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.
"""


def test_a_lone_rule_about_a_thing_with_an_event_time_is_text_like_its_siblings() -> None:
    """`Biên bản hội nghị phải được gửi … ngay sau khi kết thúc hội nghị` among rules about the minutes: no one acts,
    the time names no day; the same item opening with its verb or dated by a day stays a task (session 14)."""
    assert _tasks(MINUTES) == ["Sở Khoa học và Công nghệ"]
    for item in ("- Gửi biên bản hội nghị đến Ban Thường trực cấp tổ chức hiệp thương ngay sau khi kết thúc hội nghị.",
                 "- Biên bản hội nghị phải được gửi đến Ban Thường trực trước ngày 20/3/2026."):
        body = MINUTES.replace(MINUTES.split("\n\n")[4], item)
        assert len(_tasks(body)) == 2, item
