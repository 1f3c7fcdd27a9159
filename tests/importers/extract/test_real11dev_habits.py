"""Habits of Vietnamese official writing and of exports the importer missed on real11's commune Party plan, its
meeting conclusion and a provincial plan with a task table (issue #10, session 19, real11dev), each in a short
synthetic text read through the reader or the whole pipeline:
- a docx text export writes a Word table one row a line, its cells between ` | ` with no outer borders (an empty
  first cell as ` | (1) | (2) …`, an empty last one as a trailing ` | `): the rows are a table, not one paragraph;
- `- Cơ quan chủ trì, thực hiện: …` names the body that leads the item (as `Cơ quan chủ trì thực hiện:` did);
- `- Cơ quan thực hiện: …` beside `Cơ quan chủ trì` and `Cơ quan phối hợp` adds the executing units to the partners;
- an item that prints its agency fields takes its partners from them: `Phối hợp với các cơ quan liên quan …` in its
  words describes the work;
- a topic heading (`2. Về thể chế, chính sách`) over one paragraph and the fields naming its actor: the paragraph
  is the task;
- a PDF text wrapped in a proportional font: a dash's first line running near the column breaks a name or a list
  of names (`… ; Ủy ban` / `Mặt trận …`), it does not end the paragraph;
- `tốc độ tăng … đạt 12%` is the level a rate reaches, no rise by 12%;
- `từ nay đến Tết Nguyên đán Bính Ngọ 2026` in a heading dates the items under it; `ngay từ đầu năm` is a time;
- `<the matter>: Đề nghị X chủ trì …`: the request after the colon asks X;
- `định kỳ hằng năm (trước ngày …) hoặc đột xuất`: the unscheduled reports are part of the time;
- `X chịu trách nhiệm trước … nếu để xảy ra …`: a sanction, however long, no duty.
"""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.extract import assignments as asg
from app.importers.extract import extract_plan
from app.importers.extract.deadline_text import find_in_prose
from app.importers.extract.fields import attr_kind
from app.importers.extract.targets import find_targets
from app.importers.extract.taskcues import states_no_duty
from app.importers.readers.lines import Line, paragraph_ended, should_join
from app.importers.readers.textfile import parse_text

_DOCX_EXPORT = """ỦY BAN NHÂN DÂN TỈNH BÌNH AN |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số:     /KH-UBND |  | Bình An, ngày    tháng    năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên địa bàn tỉnh năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống dịch bệnh, bảo vệ sức khỏe Nhân dân.
II. TỔ CHỨC THỰC HIỆN
Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.

Nơi nhận: - Như trên; - Lưu: VT.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH
PHÓ CHỦ TỊCH Trần Văn Bình

Phụ lục

NHIỆM VỤ CỦA CÁC SỞ, NGÀNH
(Kèm theo Kế hoạch số: /KH-UBND ngày tháng năm 2026 của UBND tỉnh Bình An)

""" + "\n".join([
    "TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú",
    " | (1) | (2) | (3) | (4) | (5)",
    "1 | Tổ chức tiêm chủng mở rộng cho trẻ em trên địa bàn tỉnh. | Sở Y tế | Ủy ban nhân dân các xã | Quý II/2026 | ",
    "2 | Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể. | Sở Công Thương | Sở Y tế | Tháng 9/2026 | ",
    "3 | Tuyên truyền về phòng, chống dịch bệnh trên báo chí. | Sở Văn hóa và Thể thao | Đài Phát thanh tỉnh "
    "| Thường xuyên |",
]) + "\n"


def test_a_docx_exports_borderless_rows_are_a_table_with_every_cell_in_place() -> None:
    blocks = parse_text(_DOCX_EXPORT)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0][:3] == ["TT", "Nội dung công việc", "Cơ quan chủ trì"]
    assert rows[1][:2] == ["", "(1)"]  # the empty first cell keeps the columns in place
    assert [r[0] for r in rows[2:]] == ["1", "2", "3"]
    assert rows[2][2] == "Sở Y tế" and rows[2][4] == "Quý II/2026"
    # the header's two columns side by side are no table: their cells stay lines of the text
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert any(t.startswith("ỦY BAN NHÂN DÂN TỈNH BÌNH AN") for t in texts)


def test_the_rows_of_a_docx_exports_annex_table_are_its_tasks() -> None:
    plan = extract_plan(parse_text(_DOCX_EXPORT))
    rows = {t.text: t for t in plan.tasks() if t.text.startswith(("Tổ chức tiêm", "Kiểm tra an toàn", "Tuyên"))}
    assert len(rows) == 3
    vaccination = rows["Tổ chức tiêm chủng mở rộng cho trẻ em trên địa bàn tỉnh"]
    assert vaccination.lead == ["Sở Y tế"] and vaccination.deadline_text == "Quý II/2026"


_FIELD_ITEMS = """ĐẢNG ỦY XÃ AN PHÚ
*
Số 12-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Phú, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
chuyển đổi số trong các cơ quan Đảng của xã năm 2026
I. NHIỆM VỤ
1. Về công tác lãnh đạo
1.1. Theo dõi, đôn đốc việc số hóa hồ sơ lưu trữ của các cơ quan Đảng.
- Cơ quan chủ trì, thực hiện: Văn phòng Đảng ủy.
- Thời gian thực hiện: Thường xuyên.
1.2. Phối hợp với các cơ quan có thẩm quyền nâng cấp mạng nội bộ của các cơ quan Đảng.
- Cơ quan chủ trì: Văn phòng Đảng ủy.
- Thời gian thực hiện: Quý II/2026.
1.3. Triển khai ứng dụng sổ tay đảng viên điện tử trong sinh hoạt chi bộ.
- Cơ quan chủ trì: Ban Tổ chức Đảng ủy.
- Cơ quan phối hợp: Văn phòng Đảng ủy.
- Cơ quan thực hiện: Các chi bộ trực thuộc.
- Thời gian hoàn thành: Quý III/2026.
2. Về thể chế, chính sách
Rà soát, sửa đổi quy chế làm việc theo hướng xử lý công việc trên môi trường số.
- Cơ quan chủ trì, thực hiện: Ban Tổ chức Đảng ủy.
- Thời gian thực hiện: Trước ngày 30/6/2026.
"""


def test_a_lead_field_may_say_the_body_leads_and_does_the_item() -> None:
    assert attr_kind("Cơ quan chủ trì, thực hiện: Văn phòng Đảng ủy.") == "lead"
    assert attr_kind("Đơn vị chủ trì, thực hiện: Phòng Nội vụ") == "lead"
    plan = extract_plan(parse_text(_FIELD_ITEMS))
    task = next(t for t in plan.tasks() if t.text.startswith("Theo dõi, đôn đốc"))
    assert task.lead == ["Văn phòng Đảng ủy"] and task.deadline_text == "Thường xuyên"
    assert not any(t.text.startswith("Cơ quan chủ trì") for t in plan.tasks())  # the field is no task


def test_an_items_fields_give_its_partners_and_the_executing_units_join_them() -> None:
    plan = extract_plan(parse_text(_FIELD_ITEMS))
    upgrade = next(t for t in plan.tasks() if t.text.startswith("Phối hợp với các cơ quan có thẩm quyền"))
    assert upgrade.lead == ["Văn phòng Đảng ủy"] and upgrade.support == []
    app = next(t for t in plan.tasks() if t.text.startswith("Triển khai ứng dụng sổ tay"))
    assert app.lead == ["Ban Tổ chức Đảng ủy"]
    assert app.support == ["Văn phòng Đảng ủy", "Các chi bộ trực thuộc"]


def test_a_topic_headings_one_paragraph_is_the_task_its_fields_assign() -> None:
    plan = extract_plan(parse_text(_FIELD_ITEMS))
    task = next(t for t in plan.tasks() if t.path == ["I", "2"])
    assert task.text.startswith("Rà soát, sửa đổi quy chế làm việc")
    assert task.lead == ["Ban Tổ chức Đảng ủy"] and task.deadline_text == "Trước ngày 30/6/2026"


def test_a_dash_line_near_the_column_is_wrapped_not_ended() -> None:
    above = Line("- Cơ quan thực hiện: Các cơ quan tham mưu, giúp việc Đảng ủy; Ủy ban")
    below = Line("Mặt trận Tổ quốc Việt Nam xã.")
    assert not paragraph_ended(above, below, 68, 80, first=True, cut_first_lines=False)
    clause = Line("- Cơ quan chủ trì, thực hiện: Các cơ quan tham mưu, giúp việc Đảng ủy;")
    assert should_join(clause, below, column=80, prev_len=70, paragraphs=True)
    # a short numbered heading with room left still ends its paragraph, and a short dash too
    assert paragraph_ended(Line("1. Về công tác lãnh đạo"), Line("Ban Thường vụ chỉ đạo …"), 24, 80, first=True,
                           cut_first_lines=False)
    assert paragraph_ended(Line("- Cơ quan chủ trì: Văn phòng"), Line("Mặt trận …"), 28, 80, first=True,
                           cut_first_lines=False)


def test_the_rate_of_a_rise_reaching_a_figure_is_a_level() -> None:
    found = find_targets("phấn đấu tốc độ tăng thu ngân sách trên địa bàn bình quân hằng năm đạt 10%.",
                         ["I"], None, counts=True)
    assert [(t.value, t.comparator) for t in found] == [(10, "=")]
    rise = find_targets("phấn đấu tăng 10% thu ngân sách trên địa bàn.", ["I"], None, counts=True)
    assert [t.comparator for t in rise] == ["increase_by"]


_CONCLUSION = """ĐẢNG ỦY XÃ AN PHÚ
*
Số 5-KL/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Phú, ngày 20 tháng 12 năm 2025
KẾT LUẬN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2
I. Đánh giá kết quả
Hội nghị đánh giá năm 2025 Đảng bộ xã hoàn thành các chỉ tiêu đề ra.
II. Nhiệm vụ trọng tâm từ nay đến Tết Nguyên đán Bính Ngọ 2026:
1. Tập trung chăm lo đời sống của Nhân dân, bảo đảm an ninh trật tự trên địa bàn xã.
""" + ("2. Tổ chức Đại hội Hội Nông dân xã: Đề nghị Ủy ban Mặt trận Tổ quốc xã chủ trì, phối hợp với Ban Tuyên giáo "
       "Đảng ủy chuẩn bị các điều kiện tổ chức Đại hội.\n")


def test_a_heading_dates_its_items_up_to_a_lunar_holiday() -> None:
    assert find_in_prose("Nhiệm vụ trọng tâm từ nay đến Tết Nguyên đán Bính Ngọ 2026:") \
        == "từ nay đến Tết Nguyên đán Bính Ngọ 2026"
    assert find_in_prose("Các cơ quan chủ động triển khai các nhiệm vụ ngay từ đầu năm, bảo đảm tiến độ.") \
        == "ngay từ đầu năm"
    plan = extract_plan(parse_text(_CONCLUSION))
    care = next(t for t in plan.tasks() if t.text.startswith("Tập trung chăm lo"))
    assert care.deadline_text == "từ nay đến Tết Nguyên đán Bính Ngọ 2026"


def test_a_request_after_the_matter_named_before_a_colon_asks() -> None:
    found = asg.from_text("Tổ chức Đại hội Hội Nông dân xã: Đề nghị Ủy ban Mặt trận Tổ quốc xã chủ trì, phối hợp "
                          "với Ban Tuyên giáo Đảng ủy chuẩn bị các điều kiện tổ chức Đại hội.")
    assert found.lead == ["Ủy ban Mặt trận Tổ quốc xã"] and found.support == ["Ban Tuyên giáo Đảng ủy"]
    plan = extract_plan(parse_text(_CONCLUSION))
    congress = next(t for t in plan.tasks() if t.text.startswith("Tổ chức Đại hội"))
    assert congress.lead == ["Ủy ban Mặt trận Tổ quốc xã"]


def test_a_dated_schedule_keeps_its_unscheduled_reports() -> None:
    assert find_in_prose("Các sở, ngành định kỳ hằng năm (trước ngày 15/12) hoặc đột xuất báo cáo Ủy ban nhân dân "
                         "tỉnh.") == "định kỳ hằng năm (trước ngày 15/12) hoặc đột xuất"


def test_who_answers_if_a_wrong_is_let_happen_is_no_duty() -> None:
    sanction = ("Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm trước pháp luật và trước Chủ tịch Ủy ban nhân dân "
                "tỉnh nếu để xảy ra tình trạng lấn chiếm đất rừng kéo dài trên địa bàn mà không kịp thời phát hiện, "
                "ngăn chặn, xử lý theo quy định của pháp luật.")
    assert states_no_duty(sanction)
    assert not states_no_duty("Chủ tịch Ủy ban nhân dân các xã chỉ đạo kiểm tra, xử lý kịp thời các trường hợp lấn "
                              "chiếm đất rừng trên địa bàn, nếu phát hiện vi phạm thì báo cáo Ủy ban nhân dân tỉnh "
                              "trong thời hạn 05 ngày để chỉ đạo xử lý theo quy định của pháp luật hiện hành.")
