"""Duties written in prose (`app.importers.extract.prose`): documents whose outline gives no task.

Each case is a short document of one general shape, read from a real .txt file through the
reader and the whole pipeline, as `import-plan` reads it. Documents the outline reads today are
untouched (the fallback runs only when no task was found): see the fixture scores tests.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InputError
from app.importers import NOT_A_PLAN, import_plan_file, nothing_to_import
from app.importers.extract.prose import assigns, lead_in

UBND_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n")
FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"


def _import(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return import_plan_file(path)


def test_lead_in_of_a_party_directive_names_the_actor_of_its_items(tmp_path: Path) -> None:
    """`Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy ... thực hiện tốt các nhiệm vụ, giải pháp sau:` then
    `1. Nâng cao nhận thức ...`: the item names nobody; the lead-in does (was refused)."""
    plan = _import(tmp_path, (
        "TỈNH ỦY QUẢNG TRỊ\n*\nSố 25-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Trị, ngày 12 tháng 5 năm 2024\n"
        "CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy\nvề tăng cường công tác phòng, chống tham nhũng\n"
        "Thời gian qua, công tác phòng, chống tham nhũng trên địa bàn tỉnh đạt nhiều kết quả quan trọng.\n"
        "Để khắc phục những hạn chế nêu trên, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính "
        "quyền và các đoàn thể chính trị - xã hội các cấp tập trung thực hiện tốt các nhiệm vụ, giải pháp sau:\n"
        "1. Nâng cao nhận thức, trách nhiệm của người đứng đầu trong công tác phòng, chống tham nhũng.\n"
        "2. Thực hiện nghiêm việc kê khai tài sản, thu nhập; hoàn thành trước ngày 31/12/2024.\n"))
    tasks = plan.tasks()
    assert [t.path for t in tasks] == [["1"], ["2"]]
    assert tasks[0].lead == ["Các cấp ủy, tổ chức đảng, chính quyền", "Các đoàn thể chính trị - xã hội các cấp"]
    # item 2 alone was a task (its deadline) with no agency: the lead-in gives both their actor
    assert tasks[1].lead == tasks[0].lead and tasks[1].deadline_text == "trước ngày 31/12/2024"
    assert plan.number == "25-CT/TU" and plan.doc_type == "CT"


def test_duty_sentence_inside_a_section_of_no_duties(tmp_path: Path) -> None:
    """`Giao Sở ... chủ trì, phối hợp với ... trước ngày ...` inside `I. MỤC ĐÍCH, YÊU CẦU` of a short
    plan that has no other task: the sentence is the task, with its agencies and deadline."""
    plan = _import(tmp_path, (
        UBND_HEAD + "Số: 150/KH-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\n"
        "Triển khai Tháng hành động vì người cao tuổi năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Nâng cao nhận thức của các cấp, các ngành và toàn xã hội về chăm sóc người cao tuổi.\n"
        "2. Các hoạt động được tổ chức thiết thực, hiệu quả. Giao Sở Lao động - Thương binh và Xã hội chủ trì, "
        "phối hợp với Hội Người cao tuổi tỉnh hướng dẫn các địa phương thực hiện Kế hoạch này, báo cáo kết quả "
        "trước ngày 15/12/2024.\n"))
    [task] = plan.tasks()
    assert task.text.startswith("Giao Sở Lao động - Thương binh và Xã hội chủ trì")
    assert task.path == ["I", "2"]
    assert task.lead == ["Sở Lao động - Thương binh và Xã hội"]
    assert task.support == ["Hội Người cao tuổi tỉnh"]
    assert task.deadline_text == "trước ngày 15/12/2024"
    assert task.deadline is not None and task.deadline["date"] == "2024-12-15"


def test_official_letter_body_after_kinh_gui(tmp_path: Path) -> None:
    """A công văn (no type word, no outline): the header is read above `Kính gửi:` and the request in
    the second sentence of its paragraph is the task (was refused)."""
    plan = _import(tmp_path, (
        UBND_HEAD + "Số: 1234/UBND-KGVX\nV/v phòng, chống dịch sốt xuất huyết\n"
        "Quảng Trị, ngày 12 tháng 5 năm 2024\nKính gửi: Sở Y tế.\n"
        "Thời gian qua, công tác phòng chống dịch còn nhiều hạn chế. Để khắc phục tình trạng trên, Chủ tịch "
        "UBND tỉnh yêu cầu Sở Y tế khẩn trương chỉ đạo các cơ sở y tế rà soát, xử lý ổ dịch.\n" + FOOT))
    [task] = plan.tasks()
    assert task.lead == ["Sở Y tế"]
    assert plan.number == "1234/UBND-KGVX" and plan.date is not None and plan.date.isoformat() == "2024-05-12"
    assert plan.signer.name == "Nguyễn Văn A"


def test_unnumbered_paragraphs_under_a_lead_in(tmp_path: Path) -> None:
    """A chỉ thị without numbering: the lead-in paragraph names who does the paragraphs below it; a
    paragraph naming its own agency keeps it; the closing words are no task."""
    plan = _import(tmp_path, (
        UBND_HEAD + "Số: 05/CT-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2024\nCHỈ THỊ\n"
        "Về tăng cường công tác phòng cháy, chữa cháy mùa khô năm 2024\n"
        "Thời gian qua, tình hình cháy nổ trên địa bàn tỉnh diễn biến phức tạp, gây thiệt hại về người và tài sản.\n"
        "Để chủ động phòng ngừa, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các "
        "huyện, thị xã, thành phố thực hiện tốt các nội dung sau:\n"
        "Tăng cường tuyên truyền, phổ biến kiến thức phòng cháy, chữa cháy đến từng hộ gia đình.\n"
        "Rà soát, kiểm tra các cơ sở có nguy cơ cháy nổ cao, hoàn thành trước ngày 30/4/2024.\n"
        "Công an tỉnh chủ trì, phối hợp với Sở Công Thương kiểm tra an toàn phòng cháy tại các chợ.\n"
        "Chỉ thị này có hiệu lực kể từ ngày ký./.\n" + FOOT))
    leads = [(t.text[:20], t.lead, t.deadline_text) for t in plan.tasks()]
    asked = ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các huyện, thị xã, thành phố"]
    assert leads == [("Tăng cường tuyên tru", asked, None), ("Rà soát, kiểm tra cá", asked, "trước ngày 30/4/2024"),
                     ("Công an tỉnh chủ trì", ["Công an tỉnh"], None)]


def test_request_after_the_situation_in_one_paragraph(tmp_path: Path) -> None:
    """`Thời gian qua, ... . Để khắc phục, Chủ tịch UBND tỉnh yêu cầu Sở Y tế ... trước ngày ...`: the
    situation is text; the request is the task, with its agency and deadline."""
    plan = _import(tmp_path, (
        UBND_HEAD + "Số: 1234/UBND-KGVX\nV/v phòng, chống dịch sốt xuất huyết\n"
        "Quảng Trị, ngày 12 tháng 5 năm 2024\nKính gửi:\n- Sở Y tế;\n- UBND các huyện, thị xã, thành phố.\n"
        "Thời gian qua, công tác phòng chống dịch còn nhiều hạn chế. Để khắc phục tình trạng trên, Chủ tịch "
        "UBND tỉnh yêu cầu Sở Y tế khẩn trương chỉ đạo các cơ sở y tế rà soát, báo cáo trước ngày 30/6/2024.\n"
        + FOOT))
    [task] = plan.tasks()
    assert task.text.startswith("Để khắc phục tình trạng trên") and task.path == []
    assert task.lead == ["Sở Y tế"] and task.deadline_text == "trước ngày 30/6/2024"
    assert plan.number == "1234/UBND-KGVX"


def test_council_resolution_articles(tmp_path: Path) -> None:
    """A nghị quyết of the HĐND: `Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện ...` is the task;
    `Điều 1` (what is decided) is not. The outline reads this shape already: a guard, not the fallback."""
    plan = _import(tmp_path, (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 16/2024/NQ-HĐND\nQuảng Trị, ngày 10 tháng 7 năm 2024\nNGHỊ QUYẾT\n"
        "Về việc thông qua danh mục dự án cần thu hồi đất năm 2024\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ\n"
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nQUYẾT NGHỊ:\n"
        "Điều 1. Thông qua danh mục 25 dự án cần thu hồi đất năm 2024 trên địa bàn tỉnh.\n"
        "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n"
        "Điều 3. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện "
        "Nghị quyết.\nNghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 7 năm 2024./.\n"))
    tasks = plan.tasks()
    assert tasks[0].path == ["Điều 2"] and tasks[0].lead == ["Ủy ban nhân dân tỉnh"]
    assert all(t.path != ["Điều 1"] for t in tasks)
    assert plan.doc_type == "NQ" and plan.number == "16/2024/NQ-HĐND"


@pytest.mark.parametrize(("sentence", "lead"), [
    ("Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát kinh phí trước ngày 30/6/2024.", ["Sở Tài chính"]),
    ("Giám đốc Sở Y tế có trách nhiệm chỉ đạo các bệnh viện triển khai biện pháp phòng dịch.",
     ["Giám đốc Sở Y tế"]),
    ("Yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố tổ chức kiểm tra.",
     ["Chủ tịch UBND các huyện, thị xã, thành phố"]),
    ("Đề nghị Ủy ban MTTQ tỉnh phối hợp tuyên truyền, vận động Nhân dân thực hiện.", ["Ủy ban MTTQ tỉnh"]),
    ("Công an tỉnh chủ trì, phối hợp với các địa phương kiểm tra an toàn phòng cháy.", ["Công an tỉnh"]),
])
def test_sentences_that_assign(sentence: str, lead: list[str]) -> None:
    said = assigns(sentence)
    assert said is not None and said.lead == lead


@pytest.mark.parametrize("sentence", [
    "UBND tỉnh đã ban hành nhiều văn bản chỉ đạo công tác phòng, chống dịch.",
    "Thời gian qua, công tác cải cách hành chính đạt nhiều kết quả tích cực.",
    "Các hoạt động được tổ chức thiết thực, hiệu quả, tránh hình thức.",
])
def test_sentences_that_assign_nothing(sentence: str) -> None:
    assert assigns(sentence) is None


def test_lead_in_only_when_the_preamble_introduces_a_list() -> None:
    said = lead_in("Để khắc phục, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành thực hiện các nội dung sau:")
    assert said is not None and said.lead == ["Thủ trưởng các sở, ban, ngành"]
    said = lead_in("Để khắc phục, Chủ tịch UBND tỉnh chỉ thị Giám đốc các sở, ban, ngành thực hiện các nội dung sau:")
    assert said is not None and said.lead == ["Giám đốc các sở, ban, ngành"]
    assert lead_in("Để khắc phục, Chủ tịch UBND tỉnh chỉ thị:") is None
    assert lead_in("Thực hiện Công văn số 100/BLĐTBXH, UBND tỉnh ban hành Kế hoạch thực hiện.") is None


def test_a_document_assigning_nothing_is_read_empty_and_says_what_it_holds(tmp_path: Path) -> None:
    """A plan with an official header and numbered items of which none assigns anything: read with its
    header and no task (the review lets the clerk add them), with one line naming the document and
    what was found in it — the warning, and what `import-plan` without --json refuses with."""
    plan = _import(tmp_path, (
        UBND_HEAD + "Số: 150/KH-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\n"
        "Triển khai Tháng hành động vì người cao tuổi năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Nâng cao nhận thức của các cấp, các ngành về chăm sóc người cao tuổi.\n"
        "2. Các hoạt động được tổ chức thiết thực. UBND tỉnh đã ban hành nhiều văn bản chỉ đạo.\n"))
    assert plan.is_empty() and plan.number == "150/KH-UBND" and plan.doc_type == "KH"
    assert plan.title == "Triển khai Tháng hành động vì người cao tuổi năm 2024"
    message = nothing_to_import(plan)
    assert message is not None and "\n" not in message and message in plan.warnings
    assert message.startswith("Không có nhiệm vụ nào để nhập từ Kế hoạch số 150/KH-UBND ngày 12/03/2024")
    assert "có 3 đề mục đánh số nhưng không câu nào giao việc" in message


def test_a_document_with_tasks_has_nothing_to_explain(tmp_path: Path) -> None:
    plan = _import(tmp_path, UBND_HEAD + "Số: 151/KH-UBND\nKẾ HOẠCH\nKiểm tra\n"
                   "1. Sở Y tế chủ trì rà soát các cơ sở y tế, hoàn thành trước ngày 30/6/2024.\n")
    assert not plan.is_empty() and nothing_to_import(plan) is None


def test_text_without_header_keeps_the_plain_refusal(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        _import(tmp_path, "Kính gửi anh chị,\n\nHôm nay trời đẹp, chúng tôi mời cả nhà đi dã ngoại.\n")
    assert info.value.message == NOT_A_PLAN
