"""A Party programme's groups of duties closed by the line naming who leads them (session 17, real8fix).

A programme lists each group of duties as dashes under a topic heading and names the committees that lead the whole
group in one line after the last dash (`Trách nhiệm chỉ đạo thực hiện: …`); the state template's fields after one
item's dashes (a time, who leads) stay that item's. Also: a paragraph whose subject is the tasks set out in an annex
points to the annex rows, and a repository's caption line above a document is not its type line (real8
0e1da3345250d39e's habits, written here in their general form)."""
from __future__ import annotations

from app.importers.extract import extract_plan
from app.importers.extract.cell_paragraphs import is_cell_table
from app.importers.extract.outline import Line
from app.importers.extract.targets import find_targets
from app.importers.readers.textfile import parse_text

HEAD = ("ĐẢNG BỘ TỈNH A\n\nSố 12-CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nA, ngày 5 tháng 3 năm 2026\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nthực hiện Nghị quyết số 01-NQ/TW về công tác cán bộ\n\n"
        "Thực hiện Nghị quyết số 01-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:\n\n"
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n")
GROUPS = ("1. Nâng cao chất lượng công tác cán bộ\n\n"
          "- Rà soát, bổ sung quy hoạch cán bộ các cấp bảo đảm đúng quy trình, công khai, minh bạch.\n\n"
          "- Đổi mới công tác đánh giá cán bộ theo kết quả thực hiện nhiệm vụ, sản phẩm cụ thể.\n\n"
          "- Tăng cường đào tạo, bồi dưỡng cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số.\n\n"
          "Trách nhiệm chỉ đạo thực hiện: Ban Tổ chức Tỉnh ủy, các đoàn thể \n\ntỉnh; các cấp ủy, tổ chức đảng.\n\n"
          "2. Siết chặt kỷ luật, kỷ cương\n\n"
          "- Thường xuyên kiểm tra việc chấp hành quy định về trách nhiệm nêu gương của cán bộ, đảng viên.\n\n"
          "- Xử lý nghiêm cán bộ vi phạm, né tránh, đùn đẩy trách nhiệm trong thực thi công vụ.\n\n"
          "Trách nhiệm thực hiện: Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh.\n\n")


def _tasks(text: str) -> list[tuple[list[str], str, list[str], list[str], str | None]]:
    return [(t.path, t.text[:20], t.lead, t.support, t.deadline_text) for t in extract_plan(parse_text(text)).tasks()]


def test_the_line_after_a_group_of_duties_leads_every_duty_in_it() -> None:
    tasks = _tasks(HEAD + GROUPS)
    party = ["Ban Tổ chức Tỉnh ủy", "Các đoàn thể tỉnh", "Các cấp ủy, tổ chức đảng"]
    assert [(p, lead) for p, _, lead, _, _ in tasks] == [
        (["II", "1", "•1"], party), (["II", "1", "•2"], party), (["II", "1", "•3"], party),
        (["II", "2", "•1"], ["Sở Nội vụ"]), (["II", "2", "•2"], ["Sở Nội vụ"])]
    # the line says who takes part too; the topic headings are no duties of their own
    assert all(support == ["Thanh tra tỉnh"] for p, _, _, support, _ in tasks if p[1] == "2")
    assert not any(text.startswith("Ban Tổ chức") or text.startswith("Trách nhiệm") for _, text, _, _, _ in tasks)


def test_one_items_fields_after_its_dashes_stay_that_items() -> None:
    """The state template: a time and who leads, after the dashes saying what one item covers."""
    item = ("1. Xây dựng Hướng dẫn đánh giá cán bộ theo kết quả thực hiện nhiệm vụ.\n\n"
            "- Bảo đảm thống nhất với hướng dẫn của cấp trên; phù hợp với điều kiện thực tế của địa phương.\n\n"
            "- Hướng dẫn phải thể hiện rõ tiêu chí, quy trình và trách nhiệm của từng cơ quan, đơn vị.\n\n"
            "- Thời gian hoàn thành: Quý II/2026.\n\n- Đơn vị chủ trì: Ban Tổ chức Tỉnh ủy.\n\n")
    assert _tasks(HEAD + item) == [(["II", "1"], "Xây dựng Hướng dẫn đ", ["Ban Tổ chức Tỉnh ủy"], [], "Quý II/2026")]


def test_tasks_set_out_in_the_annex_are_no_task_of_the_body() -> None:
    pointer = ("1. Các nhiệm vụ cần làm ngay trong năm 2026\n\n"
               "Các nhiệm vụ cần làm ngay trong năm 2026 được xác định tại Phụ lục 2 kèm theo Chương trình hành động; "
               "tổ chức thực hiện theo tiến độ, trách nhiệm và yêu cầu đề ra đối với từng nhiệm vụ, (có biểu phụ lục "
               "số 02 chi tiết kèm theo).\n\n")
    tasks = _tasks(HEAD + pointer + GROUPS.replace("1. Nâng", "2. Nâng").replace("2. Siết", "3. Siết"))
    assert [p for p, *_ in tasks][:1] == [["II", "2", "•1"]]
    assert len(tasks) == 5


def test_a_caption_above_the_document_is_not_its_type_line() -> None:
    caption = ("# CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 12-CTr/TU NGÀY 5/3/2026 CỦA TỈNH ỦY A — BẢN TEXT\n"
               "# Trích từ tệp PDF ký số của văn bản (20 trang), lớp chữ bỏ rơi số và ngày của trường ký số.\n\n")
    plan = extract_plan(parse_text(caption + HEAD.replace("Số 12-CTr/TU", "Số      -CTr/TU") + GROUPS))
    assert plan.title == "thực hiện Nghị quyết số 01-NQ/TW về công tác cán bộ"
    assert (plan.number, plan.doc_type) == ("-CTr/TU", "CTr")
    assert len(plan.tasks()) == 5


ANNEX = ("\n\nNơi nhận:\n- Như trên;\n- Lưu VT.\n\nT/M TỈNH ỦY\nBÍ THƯ\n\nNguyễn Văn A\n\n"
         "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n(Kèm theo Chương trình hành động số -CTr/TU)\n\n"
         "TT\n\nNhiệm vụ cụ thể\n\nI Các nhiệm vụ cần làm ngay trong năm 2026\n\nCơ quan, tổ chức đảng chủ trì\n\n"
         "Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc\n\nThời hạn thực hiện\n\n1\n\n"
         "Tổ chức quán triệt, triển khai thực hiện Chương trình hành động này đến toàn thể cán bộ, "
         "đảng viên và Nhân dân trong tỉnh.\n\nCác cấp ủy, tổ chức đảng\n\nĐồng chí Trần Văn B - Phó Bí thư "
         "Tỉnh ủy\n\nTrước ngày 15/10/2026\n\n"
         "II Nhiệm vụ thực hiện đến năm 2030 2 Rà soát, hoàn thiện cơ chế, chính sách phát triển cán bộ người dân "
         "tộc thiểu số\n\n3\n\n"
         "Đảng ủy HĐND tỉnh; Đảng ủy UBND tỉnh\n\n"
         "Xây dựng Đề án nâng cao chất lượng đội ngũ cán bộ cấp xã giai đoạn 2026 - 2030\n\nBan Tổ chức Tỉnh ủy\n\n"
         "Đồng chí Lê Thị C - Ủy viên Ban Thường vụ Tỉnh ủy 2026 - 2027\n\n2027 - 2030\n")


def test_an_annex_task_table_printed_one_cell_per_paragraph() -> None:
    """Each cell read by its shape: the wording is the task, the cell naming bodies after it its lead, the person
    who oversees neither, the times to the group's rows in the order both are printed; the column captions and group
    rows no tasks (the first row's number and wording run onto its group row are that row)."""
    plan = extract_plan(parse_text(HEAD + GROUPS + ANNEX))
    annex = [(t.text[:22], t.lead, t.deadline_text) for t in plan.tasks() if t.path[0] == "PL"]
    assert annex == [
        ("Tổ chức quán triệt, tr", ["Các cấp ủy, tổ chức đảng"], "Trước ngày 15/10/2026"),
        ("Rà soát, hoàn thiện cơ", ["Đảng ủy HĐND tỉnh", "Đảng ủy UBND tỉnh"], "2026 - 2027"),
        ("Xây dựng Đề án nâng ca", ["Ban Tổ chức Tỉnh ủy"], "2027 - 2030")]
    # the two rows' short cells printed after both wordings (a scrambled run): their times in print order
    assert len(plan.tasks()) == 5 + 3


def test_a_scrambled_run_of_cells_gives_its_times_in_print_order() -> None:
    """Five wordings with their leads, then the persons and the times of all five (one run onto a person's cell):
    the first time printed is the first row's; a group row starts the count again."""
    rows = "".join(f"Xây dựng Kế hoạch số {k} về bảo vệ môi trường cấp tỉnh\n\nĐảng ủy UBND tỉnh\n\n"
                   for k in range(1, 4))
    short = ("Đồng chí Trần Văn B - Phó Chủ tịch UBND tỉnh\n\n2026 - 2030\n\n2029 - 2030\n\n"
             "Đồng chí Lê Thị C - Phó Chủ tịch UBND tỉnh 2030\n\n")
    annex = ANNEX.split("1\n\nTổ chức")[0] + "II.1 Hoàn thiện thể chế\n\n" + rows + short \
        + "II.2 Huy động nguồn lực\n\nRà soát cơ chế quản lý ngân sách chi sự nghiệp\n\nĐảng ủy UBND tỉnh\n\n2027\n"
    plan = extract_plan(parse_text(HEAD + GROUPS + annex))
    got = [(t.text[:24], t.deadline_text) for t in plan.tasks() if t.path[0] == "PL"]
    assert got == [("Xây dựng Kế hoạch số 1 v", "2026 - 2030"), ("Xây dựng Kế hoạch số 2 v", "2029 - 2030"),
                   ("Xây dựng Kế hoạch số 3 v", "2030"), ("Rà soát cơ chế quản lý n", "2027")]


def test_an_indicator_annex_with_a_lead_column_is_no_task_table() -> None:
    """`Nội dung` / `Mục tiêu` / `Cơ quan chủ trì`: the rows are targets, read by the indicator rules."""
    annex = ANNEX[ANNEX.index("TT\n"):]
    assert is_cell_table(parse_lines(annex))
    assert not is_cell_table(parse_lines(annex.replace("Thời hạn thực hiện", "Mục tiêu")))


def parse_lines(text: str) -> list[Line]:
    return [Line(p.strip()) for p in text.split("\n\n") if p.strip()]


def test_figures_of_a_programmes_targets() -> None:
    """A range written with `%/năm` after it, a level to fall below (`giảm xuống dưới`), two figures joined by `và`."""
    def read(text: str) -> list[tuple[str, float, str]]:
        return [(t.comparator, t.value, t.indicator) for t in find_targets(text, ["II"], None, counts=False)]

    assert read("Giảm tiêu hao điện năng bình quân 2,0-2,5%/năm")[0][:2] == ("reduce_by", 2.0)
    assert read("Tỷ lệ hộ nghèo giảm xuống dưới 3%")[0][:2] == ("<=", 3.0)
    assert read("Giảm 5% chi thường xuyên so với năm 2025")[0][:2] == ("reduce_by", 5.0)
    assert read("90% hồ sơ cấp tỉnh và 80% hồ sơ cấp xã được giải quyết trực tuyến")[1] == (
        "=", 80.0, "hồ sơ cấp xã được giải quyết trực tuyến")
