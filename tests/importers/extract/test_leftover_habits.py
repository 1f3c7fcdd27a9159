"""Five habits of official writing and of exports the importer missed (issue #10, session 17, leftovers10).

Each in a short synthetic document read through the whole pipeline:
- a line printed above the header block (a chunked export's title line, `# Về việc …`) is the page's: the document's
  number read after it starts the header, and the title under the type line is still the title;
- a duty opening with the event it follows (`Sau hội nghị …, trên cơ sở …, Ban … ban hành …`) names its actor after
  those clauses — also among the means of a `Phương thức tổ chức` section — and the event is its time; a sentence
  saying what happens after an event (`…, các cấp ủy được kiện toàn`) is none;
- a time in parentheses that goes on with how the work recurs (`(Quý IV/2026, Quý I/2027 và thường xuyên)`, `(năm
  2026 và kiện toàn thường xuyên hằng năm)`) is the item's whole time;
- a list holding a target (`Đến năm 2030, phấn đấu đạt 100% …`) holds aims: its items dated inside their wording and
  given to nobody are no tasks, while a dated item naming its doer, or opening with its year, stays one;
- a paragraph after an item that hands its subject to a body by `do` (`Cơ cấu thành phần … do Sở Nội vụ hướng dẫn
  thực hiện.`) is that body's task, with the item's time, not more of the item.
"""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.deadline_recurring import recurring_time
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.passive_agent import passive_agent
from app.importers.readers.textfile import parse_text

_HEAD = "KẾ HOẠCH\nPhát triển du lịch năm 2026\n\n"


def _plan(text: str) -> dict:
    return extract_plan(parse_text(text)).to_annotation_dict()


def _tasks(body: str) -> dict[str, dict]:
    return {"/".join(t["path"]): t for t in _plan(_HEAD + body)["tasks"]}


_CHUNKED = """# Về việc phê duyệt Đề án phát triển du lịch cộng đồng từ nay đến năm 2030 và những năm tiếp theo

| ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- |
|---|---|
| Số: 45/KH-UBND | Hòa Bình, ngày 12 tháng 3 năm 2026 |

KẾ HOẠCH

TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỪ NAY ĐẾN NĂM 2030

Căn cứ Quyết định số 12/QĐ-UBND ngày 02 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh;

I. NHIỆM VỤ

1. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng bộ tiêu chí du lịch cộng đồng, hoàn thành trong quý II/2026.
"""


def test_a_line_above_the_header_block_is_the_pages_and_the_title_is_read() -> None:
    plan = _plan(_CHUNKED)
    assert (plan["number"], plan["doc_type"], plan["date"]) == ("45/KH-UBND", "KH", "2026-03-12")
    assert plan["title"] == "TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỪ NAY ĐẾN NĂM 2030"
    assert plan["bases"] == ["12/QĐ-UBND"]
    assert [t["lead"] for t in plan["tasks"]] == [["Sở Văn hóa, Thể thao và Du lịch"]]


def test_a_duty_after_an_event_names_its_actor_and_its_time() -> None:
    tasks = _tasks("II. PHƯƠNG THỨC TỔ CHỨC\n\n"
                   "1. Phương thức tổ chức:\n\n"
                   "- Sau hội nghị hiệp thương lần thứ hai, trên cơ sở danh sách sơ bộ, Ban Thường trực Ủy ban Mặt "
                   "trận Tổ quốc xã ban hành kế hoạch tổ chức hội nghị cử tri.\n\n"
                   "- Hội nghị được tổ chức theo hình thức trực tiếp.\n\n"
                   "- Trình tự tổ chức theo quy định của Nghị quyết.\n")
    assert list(tasks) == ["II/1/•1"]
    task = tasks["II/1/•1"]
    assert task["lead"] == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc xã"]
    assert task["deadline_text"] == "Sau hội nghị hiệp thương lần thứ hai"


def test_what_happens_after_an_event_is_no_time_of_a_duty() -> None:
    assert find_in_prose("Sau đại hội, các cấp ủy được kiện toàn theo quy định.") is None
    assert find_in_prose("Sau hội nghị, Ban Thường trực đã ban hành kế hoạch.") is None
    assert find_in_prose("Sau đó, Sở Nội vụ tổng hợp kết quả.") is None
    assert find_in_prose("Sau hội nghị, tổng hợp ý kiến của cử tri.") is None  # no body acting after it


def test_a_parenthesis_going_on_with_how_the_work_recurs_is_the_whole_time() -> None:
    tasks = _tasks("II. NHIỆM VỤ TRỌNG TÂM\n\n"
                   "1. Tổ chức quán triệt Kế hoạch ở các cấp, các ngành (Quý IV/2026, Quý I/2027 và thường xuyên).\n\n"
                   "2. Kiện toàn Ban Chỉ đạo cấp huyện (năm 2026 và kiện toàn thường xuyên hằng năm).\n\n"
                   "3. Rà soát các điểm du lịch (Quý IV/2026).\n")
    assert {k: t["deadline_text"] for k, t in tasks.items()} == {
        "II/1": "Quý IV/2026, Quý I/2027 và thường xuyên",
        "II/2": "năm 2026 và kiện toàn thường xuyên hằng năm",
        "II/3": "Quý IV/2026",
    }


def test_what_is_no_recurring_time() -> None:
    assert not recurring_time("Sở Nội vụ và thường xuyên báo cáo")  # no point first
    assert not recurring_time("năm 2026 và bổ sung, sửa đổi hằng năm")  # the words after `và` hold a comma
    assert not recurring_time("Quý IV/2026")  # a point alone: read as it always was
    assert recurring_time("Tháng 12/2026 và thường xuyên")


_AIMS = ("II. NHIỆM VỤ\n\n"
         "1. Nhiệm vụ\n\n"
         "a) Rà soát, hoàn thiện hệ thống chính sách về du lịch cộng đồng.\n\n"
         "b) Hoàn thành việc công nhận các điểm du lịch cộng đồng vào năm 2028.\n\n"
         "c) Hoàn thành việc hỗ trợ hạ tầng cho các bản du lịch đến hết năm 2027.\n\n"
         "d) Năm 2026, hoàn thành quy hoạch các điểm du lịch.\n\n"
         "đ) Sở Văn hóa, Thể thao và Du lịch hoàn thành bộ tiêu chí trong năm 2026.\n\n"
         "e) Đến năm 2030, phấn đấu đạt 100% bản du lịch có nhà vệ sinh đạt chuẩn; 90% hộ làm du lịch được "
         "tập huấn.\n\n")


def test_a_list_holding_a_target_holds_aims() -> None:
    tasks = _tasks(_AIMS)
    assert "II/1/b" not in tasks and "II/1/c" not in tasks  # dated inside their wording, given to nobody: aims
    assert tasks["II/1/d"]["deadline_text"] == "Năm 2026"  # a step opening with its year stays a task
    assert tasks["II/1/đ"]["lead"] == ["Sở Văn hóa, Thể thao và Du lịch"]  # a dated item naming its doer stays


def test_dated_items_of_a_list_without_a_target_stay_tasks() -> None:
    tasks = _tasks(_AIMS.split("e) ")[0])
    assert {"II/1/b", "II/1/c", "II/1/d", "II/1/đ"} <= set(tasks)


_BLOCK = ("II. KIỆN TOÀN TỔ CHỨC\n\n"
          "1. Nội dung, biện pháp\n\n"
          "a) Thành lập Ban Chỉ đạo cấp tỉnh;\n\n"
          "b) Kiện toàn tổ công tác ở các huyện.\n\n"
          "Quy chế làm việc của Ban Chỉ đạo và tổ công tác các cấp do Sở Nội vụ hướng dẫn thực hiện.\n\n"
          "2. Cơ quan chủ trì\n\n"
          "- Ủy ban nhân dân tỉnh.\n\n"
          "- Ủy ban nhân dân các huyện.\n\n"
          "3. Thời gian thực hiện: Tháng 6/2026 và kiện toàn thường xuyên.\n")


def test_a_paragraph_handing_its_subject_to_a_body_is_that_bodys_task() -> None:
    tasks = list(_tasks(_BLOCK).values())
    assert [(t["text"][:20], t["lead"], t["deadline_text"]) for t in tasks] == [
        ("Thành lập Ban Chỉ đạ", ["Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện"],
         "Tháng 6/2026 và kiện toàn thường xuyên"),
        ("Kiện toàn tổ công tá", ["Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện"],
         "Tháng 6/2026 và kiện toàn thường xuyên"),
        ("Quy chế làm việc của", ["Sở Nội vụ"], "Tháng 6/2026 và kiện toàn thường xuyên"),
    ]
    tasks = _plan(_HEAD + "II. NHIỆM VỤ\n\n1. Tổ chức tập huấn cho cán bộ cấp xã trong quý III/2026.\n\n"
                  "Tài liệu tập huấn do Sở Tư pháp xây dựng.\n")["tasks"]
    assert [(t["text"][:20], t["lead"]) for t in tasks] == [
        ("Tổ chức tập huấn cho", []), ("Tài liệu tập huấn do", ["Sở Tư pháp"])]


def test_what_hands_nothing_over() -> None:
    assert passive_agent("Tài liệu tập huấn do Sở Tư pháp xây dựng.") == ["Sở Tư pháp"]
    # a relative clause inside a duty: the item's verb opens the sentence
    assert passive_agent("Xác định các trường dữ liệu do cơ quan nhà nước chủ trì thu thập.") == []
    # a body opens it; it runs on over clauses; two sentences; the predicate goes on
    assert passive_agent("Sở Tư pháp biên soạn tài liệu do Bộ Tư pháp ban hành.") == []
    assert passive_agent("Đột phá là: ưu tiên nền tảng do doanh nghiệp phát triển.") == []
    assert passive_agent("Tài liệu do Sở Tư pháp xây dựng. Kinh phí do ngân sách bảo đảm.") == []
    assert passive_agent("Tài liệu do Sở Tư pháp xây dựng, gửi các xã trước ngày 30/6 để tổ chức.") == []
    # the item's own actor: more of its duty
    tasks = _tasks("II. NHIỆM VỤ\n\n1. Sở Tư pháp tổ chức tập huấn cho cán bộ cấp xã.\n\n"
                   "Tài liệu tập huấn do Sở Tư pháp xây dựng.\n")
    assert [t["text"][-40:] for t in tasks.values()] == ["Tài liệu tập huấn do Sở Tư pháp xây dựng"]
