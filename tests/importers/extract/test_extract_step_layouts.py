"""Plans laid out as steps or phases (issue 10 item 7; `bench.perturb_steps`, session 12): `Bước 1: <việc>` over
its fields, a step heading alone (`BƯỚC HAI`) over its wording and fields, a phase heading
(`Giai đoạn 1 (từ … đến …):`, `Đợt 2: Quý III/2026`, `Lần thứ nhất (…):`) whose time its items inherit. Snippets
are made up, not copied from a document."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.deadline_phases import phase_heading, phase_time
from app.importers.extract.outline import split_label
from app.importers.readers.artefacts import drop_artefacts
from app.importers.readers.lines import Line
from app.importers.readers.textfile import parse_text

HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nSố: 15/KH-UBND\n\nX, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\n\n"
        "Cải cách hành chính năm 2026\n\nI. MỤC ĐÍCH\n\nNâng cao chất lượng phục vụ.\n\nII. NHIỆM VỤ\n\n")


def _tasks(body: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [(t.text, t.lead, t.support, t.deadline_text) for t in extract_plan(parse_text(HEAD + body)).tasks()]


@pytest.mark.parametrize("line, label, rest", [
    ("Bước 1: Rà soát thủ tục hành chính.", "BƯỚC 1", "Rà soát thủ tục hành chính."),
    ("Bước 2. Lập danh mục dự án", "BƯỚC 2", "Lập danh mục dự án"),
    ("BƯỚC 3: Tổng kết", "BƯỚC 3", "Tổng kết"),
])
def test_a_step_run_into_its_wording_is_a_label_of_its_own(line: str, label: str, rest: str) -> None:
    assert split_label(line) == (label, "step_item", rest)


def test_a_step_block_reads_its_fields_and_each_step_is_a_task() -> None:
    tasks = _tasks("1. Cải cách thủ tục\n\nBước 1: Rà soát thủ tục hành chính nội bộ.\n\n"
                   "- Đơn vị thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp.\n\n"
                   "- Thời gian hoàn tất: Quý II/2026.\n\nBước 2: Số hóa hồ sơ.\n\n"
                   "Chủ trì: Văn phòng Ủy ban nhân dân tỉnh.\n\nThời hạn: trước ngày 30/9/2026.\n")
    assert tasks == [("Rà soát thủ tục hành chính nội bộ", ["Sở Nội vụ"], ["Sở Tư pháp"], "Quý II/2026"),
                     ("Số hóa hồ sơ", ["Văn phòng Ủy ban nhân dân tỉnh"], [], "trước ngày 30/9/2026")]


def test_a_step_heading_alone_over_its_wording_and_fields_is_that_task() -> None:
    tasks = _tasks("1. Sở Nội vụ\n\nBƯỚC MỘT\n\nRà soát thủ tục hành chính nội bộ.\n\n- Chủ trì: Sở Nội vụ.\n\n"
                   "- Thời hạn: Quý II/2026.\n\nBƯỚC HAI\n\nSố hóa hồ sơ.\n\n- Chủ trì: Sở Nội vụ.\n")
    assert [(t[0], t[3]) for t in tasks] == [("Rà soát thủ tục hành chính nội bộ", "Quý II/2026"),
                                             ("Số hóa hồ sơ", None)]


@pytest.mark.parametrize("label, time", [
    ("Bước 2", None), ("Đợt 1", None), ("Lần thứ hai", None),
    ("Giai đoạn khẩn cấp (0-48 giờ)", "Giai đoạn khẩn cấp (0-48 giờ)"), ("Năm 2026", "Năm 2026"),
])
def test_a_step_or_phase_that_only_counts_gives_no_time(label: str, time: str | None) -> None:
    assert phase_time(label) == time


@pytest.mark.parametrize("line", ["Giai đoạn 1 (từ tháng 01/2026 đến tháng 6/2026):", "Đợt 2: Quý III/2026",
                                  "GIAI ĐOẠN 3: Năm 2027.", "Lần thứ nhất (trước ngày 30/6/2026):"])
def test_a_phase_heading_is_a_level_of_its_own_its_whole_line_its_title(line: str) -> None:
    assert split_label(line)[1:] == ("phase", line)


@pytest.mark.parametrize("line", ["Đợt thi đua được triển khai từ ngày ban hành Kế hoạch.",
                                  "Giai đoạn 2026 - 2030, tập trung các nhiệm vụ sau:", "Lần đầu tổ chức hội thi"])
def test_prose_opening_with_a_phase_word_is_no_phase_heading(line: str) -> None:
    assert split_label(line)[1] != "phase"


@pytest.mark.parametrize("title, period", [
    ("Giai đoạn 1 (từ tháng 01/2026 đến tháng 6/2026):", "từ tháng 01/2026 đến tháng 6/2026"),
    ("Đợt 2: Quý III/2026", "Quý III/2026"), ("Giai đoạn 2: Năm 2027.", "Năm 2027"),
    ("Lần thứ nhất (trước ngày 30/6/2026):", "trước ngày 30/6/2026"),
    ("Giai đoạn 2026 - 2030", "Giai đoạn 2026 - 2030"),
])
def test_a_numbered_phase_heading_gives_its_period_without_its_count(title: str, period: str) -> None:
    assert phase_heading(title) == period


def test_items_under_a_phase_take_its_time_unless_they_print_their_own() -> None:
    tasks = _tasks("Giai đoạn 1 (từ tháng 01/2026 đến tháng 6/2026):\n\na) Rà soát thủ tục hành chính.\n\n"
                   "- Cơ quan chủ trì: Sở Nội vụ.\n\nb) Số hóa hồ sơ.\n\n- Cơ quan chủ trì: Sở Tư pháp.\n\n"
                   "- Thời gian hoàn thành: Quý I/2026.\n\nĐợt 2: Quý III/2026\n\n- Tổ chức hội nghị sơ kết.\n\n"
                   "+ Đơn vị chủ trì: Văn phòng Ủy ban nhân dân tỉnh.\n")
    assert [(t[0], t[1], t[3]) for t in tasks] == [
        ("Rà soát thủ tục hành chính", ["Sở Nội vụ"], "từ tháng 01/2026 đến tháng 6/2026"),
        ("Số hóa hồ sơ", ["Sở Tư pháp"], "Quý I/2026"),
        ("Tổ chức hội nghị sơ kết", ["Văn phòng Ủy ban nhân dân tỉnh"], "Quý III/2026")]


def test_a_step_heading_repeated_in_every_part_is_no_running_header() -> None:
    part = [Line("BƯỚC MỘT"), *[Line(f"Nội dung số {i} của bước một.") for i in range(9)]]
    lines = part * 3
    assert sum(1 for ln in drop_artefacts(lines) if ln.text == "BƯỚC MỘT") == 3


def test_a_step_printing_its_fields_as_paragraphs_is_whole_a_later_steps_time_is_not_its_own() -> None:
    tasks = _tasks("1. Sở Nội vụ\n\nBƯỚC MỘT\n\nRà soát thủ tục hành chính nội bộ.\n\nChủ trì: Sở Nội vụ.\n\n"
                   "BƯỚC HAI\n\nSố hóa hồ sơ.\n\nChủ trì: Sở Tư pháp.\n\nBƯỚC BA\n\nTổng kết.\n\n"
                   "Chủ trì: Sở Nội vụ.\n\nThời hạn: Quý IV/2026.\n")
    assert [(t[0], t[1], t[3]) for t in tasks] == [("Rà soát thủ tục hành chính nội bộ", ["Sở Nội vụ"], None),
                                                   ("Số hóa hồ sơ", ["Sở Tư pháp"], None),
                                                   ("Tổng kết", ["Sở Nội vụ"], "Quý IV/2026")]
