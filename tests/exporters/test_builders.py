"""The report texts of FORMATS.md "Report content", built from the content dataclasses."""

from __future__ import annotations

from pathlib import Path

import samples

from app.exporters.builders import build_progress_report, build_reminder, build_task_list
from app.exporters.builders.common import plan_citation
from app.exporters.content import AgencyRow, ResultTask
from app.exporters.document import (
    AnnexTitle,
    Document,
    Format,
    Heading,
    Orientation,
    Paragraph,
    SignatureBlock,
    Table,
    TitleBlock,
)


def _paragraphs(doc: Document) -> list[str]:
    return [b.text for s in doc.sections for b in s.blocks if isinstance(b, Paragraph)]


def test_progress_report_structure() -> None:
    doc = build_progress_report(samples.progress_content(Format.STATE))
    main, annex = doc.sections
    title = next(b for b in main.blocks if isinstance(b, TitleBlock))
    assert title.type_name == "BÁO CÁO"
    assert title.subject.startswith("Kết quả thực hiện Kế hoạch số 177/KH-UBND ngày 02/8/2021 của UBND Thành phố về")
    assert title.subject.endswith("(quý III năm 2021)")
    texts = _paragraphs(doc)
    assert texts[0].startswith("Thực hiện Kế hoạch số 177/KH-UBND ngày 02/8/2021")
    assert texts[0].endswith("; Sở Nội vụ báo cáo kết quả thực hiện quý III năm 2021 như sau:")
    headings = [b.text for b in main.blocks if isinstance(b, Heading) and b.level == 1]
    assert [h.split(".")[0] for h in headings] == ["I", "II", "III", "IV", "V", "VI"]
    assert headings[2] == "III. Tồn tại, hạn chế và nguyên nhân"
    closing = [t for t in texts if t.startswith("Trên đây là báo cáo")]
    assert closing and closing[0].endswith("./.")
    assert any("Phụ lục kèm theo" in t for t in texts)  # the main text refers to the annex
    assert isinstance(main.blocks[-1], SignatureBlock) and main.blocks[-1].upward
    assert annex.orientation is Orientation.LANDSCAPE and annex.restart_numbering
    annex_title = annex.blocks[0]
    assert isinstance(annex_title, AnnexTitle)
    assert annex_title.title == "TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"
    assert annex_title.reference == "(Kèm theo Báo cáo số 05/BC-SNV ngày 05/01/2024 của Sở Nội vụ)"
    table = annex.blocks[1]
    assert isinstance(table, Table) and len(table.columns) == 7
    assert any("Tỷ lệ hoàn thành nhiệm vụ đến hạn: 68,8%" in t for t in texts)


def test_summary_and_agency_sentences() -> None:
    texts = _paragraphs(build_progress_report(samples.progress_content(Format.STATE)))
    # one set of numbers: expected, received (of which late), missing; the late and missing named in III
    assert any("2/3 cơ quan, đơn vị phải báo cáo đã gửi báo cáo quý III năm 2021 (1 báo cáo chậm); "
               "1 cơ quan, đơn vị chưa báo cáo." in t for t in texts)
    assert any("chưa báo cáo" in t and "UBND quận Hoàn Kiếm" in t for t in texts)
    assert not any(t in ("Không có.", "- Không có.") for t in texts)
    assert any(t.startswith("- Tỷ lệ cán bộ trẻ") and "mục tiêu ≥ 15%; kết quả 12,5%" in t for t in texts)


def test_big_plan_summarises_groups_in_the_text_and_keeps_every_task_in_the_annex() -> None:
    content = samples.progress_content(Format.STATE, copies=5)
    content.detail_limit = 100
    doc = build_progress_report(content)
    texts = _paragraphs(doc)
    tasks = [i for i in content.results if isinstance(i, ResultTask)]
    assert sum(t.startswith("- " + tasks[0].text[:40]) for t in texts) == 1  # only in V (next period)
    assert any(t.startswith("Có ") and "nhiệm vụ:" in t for t in texts)
    assert sum(r.kind == "task" for r in doc.tables()[0].rows) == len(tasks) == 160


def test_party_report_uses_party_subject_and_signature() -> None:
    doc = build_progress_report(samples.progress_content(Format.PARTY))
    assert doc.format is Format.PARTY
    sig = next(b for b in doc.sections[0].blocks if isinstance(b, SignatureBlock))
    assert sig.archive == "Văn phòng Thành ủy" and not sig.upward


def test_reminder_letter() -> None:
    doc = build_reminder(samples.reminder_content(Format.STATE))
    header = doc.sections[0].blocks[0]
    assert (
        header.letter_subject
        == "V/v đôn đốc thực hiện nhiệm vụ tại Kế hoạch số 177/KH-UBND ngày 02/8/2021 của UBND Thành phố"
    )
    assert doc.sections[0].blocks[1].names == ["Sở Thông tin và Truyền thông"]
    texts = _paragraphs(doc)
    assert any("còn 4 nhiệm vụ đã quá thời hạn" in t for t in texts)
    assert any("trước ngày 20/01/2024" in t for t in texts)
    table = doc.tables()[0]
    assert [c.title for c in table.columns] == [
        "STT",
        "Nội dung nhiệm vụ",
        "Văn bản giao",
        "Thời hạn",
        "Cơ quan chủ trì",
        "Tình trạng",
    ]


def test_reminder_of_a_plan_without_a_number_names_it_by_date_and_issuer() -> None:
    """The unnumbered annex plan of Nghị quyết /NQ-CP (real2): its V/v line carried the plan's whole subject, nine
    lines in the letterhead's left column; the body cites it in full."""
    from dataclasses import replace

    content = samples.reminder_content(Format.STATE)
    content.plan = replace(content.plan, number="")
    doc = build_reminder(content)
    subject = doc.sections[0].blocks[0].letter_subject
    assert subject == "V/v đôn đốc thực hiện nhiệm vụ tại Kế hoạch ngày 02/8/2021 của UBND Thành phố"
    assert any(content.plan.subject[:40].lower() in t.lower() for t in _paragraphs(doc))


def test_the_plan_is_named_by_its_own_kind_in_the_letter_and_the_annex_note() -> None:
    """A reminder about Chương trình 15-CTr/TU asked `Để bảo đảm tiến độ thực hiện Kế hoạch, …`; Phụ lục II of a
    Nghị quyết noted `nhiệm vụ của Kế hoạch chỉ hoàn thành …`."""
    from dataclasses import replace

    content = samples.reminder_content(Format.STATE)
    content.plan = replace(content.plan, kind="Chương trình")
    texts = _paragraphs(build_reminder(content))
    assert any(t.startswith("Để bảo đảm tiến độ thực hiện Chương trình, ") for t in texts)
    assert not any("Kế hoạch," in t for t in texts)
    report = samples.progress_content(Format.STATE)
    report.plan = replace(report.plan, kind="Nghị quyết")
    report.agency_rows = [AgencyRow("Sở Tài chính", led=1)]
    notes = [t.note for t in build_progress_report(report).tables() if t.note]
    assert notes and "nhiệm vụ của Nghị quyết chỉ hoàn thành" in notes[0]


def test_task_list() -> None:
    doc = build_task_list(samples.task_list_content(Format.STATE))
    assert doc.sections[0].orientation is Orientation.LANDSCAPE
    assert doc.sections[0].blocks[0].reference == "(Kèm theo Kế hoạch số 177/KH-UBND ngày 02/8/2021 của UBND Thành phố)"


def test_group_result_lines_are_paragraphs_after_the_status() -> None:
    """A line break inside a justified paragraph stretches the broken line in Word and
    LibreOffice: each line of a group's summary is a paragraph of its own."""
    content = samples.progress_content(Format.STATE)
    task = next(i for i in content.results if isinstance(i, ResultTask))
    task.result = "56 cơ quan, đơn vị: 20 đã hoàn thành, 36 đang thực hiện.\n- 20 cơ quan, đơn vị: Đã hoàn thành."
    texts = _paragraphs(build_progress_report(content))
    at = next(n for n, t in enumerate(texts) if t.startswith("- " + task.text.strip()[:40]))
    assert texts[at].endswith(f". Tình trạng: {task.status}.") and "\n" not in texts[at]
    assert texts[at + 1 : at + 3] == [
        "56 cơ quan, đơn vị: 20 đã hoàn thành, 36 đang thực hiện.",
        "- 20 cơ quan, đơn vị: Đã hoàn thành.",
    ]


def test_calendar_month_without_due_items_says_so_once() -> None:
    from app.exporters.builders import build_calendar_month

    content = samples.calendar_content()
    full = build_calendar_month(content)
    groups = [r.cells[0] for r in full.tables()[0].rows if r.kind == "group"]
    assert groups[0] == "Ngày 01/8/2021"  # August 2021 starts on a Sunday: a one-day week
    content.entries = []
    empty = build_calendar_month(content)
    assert not empty.tables()
    assert _paragraphs(empty) == ["Không có nhiệm vụ nào đến hạn trong tháng 8 năm 2021."]


def test_targets_without_a_measurement_are_named_in_one_paragraph() -> None:
    """179/KH-UBND (27 targets, none measured in its first quarters) printed 27 lines each ending `chưa có số liệu
    đo trong kỳ`: two pages of section II saying one thing."""
    from app.exporters.content import TargetRow

    content = samples.progress_content(Format.STATE)
    content.targets = [samples.young_cadres()] + [TargetRow(f"Tỷ lệ chỉ tiêu {n}", f"≥ {n}0%", "", None)
                                                  for n in range(1, 4)]
    texts = _paragraphs(build_progress_report(content))
    assert any(t.startswith("- Tỷ lệ cán bộ trẻ") and "kết quả 12,5%" in t for t in texts)  # measured: its own line
    unmeasured = [t for t in texts if "chưa có số liệu" in t.lower()]
    assert unmeasured == ["- Chưa có số liệu đo trong kỳ: Tỷ lệ chỉ tiêu 1; Tỷ lệ chỉ tiêu 2; Tỷ lệ chỉ tiêu 3."]
    content.targets = content.targets[1:]  # none measured: their number
    texts = _paragraphs(build_progress_report(content))
    assert [t for t in texts if "chưa có số liệu" in t.lower()] == [
        "Chưa có số liệu đo trong kỳ đối với 3 chỉ tiêu của Kế hoạch."]


def test_a_period_with_nothing_due_and_nothing_reported_says_so_once() -> None:
    """179/KH-UBND's first quarter (131 tasks, none due, no report yet) printed `Có N nhiệm vụ: N chưa đến hạn.
    Trong kỳ, các cơ quan, đơn vị chưa báo cáo …` under each of its 30 parts, and section I listed
    `đang thực hiện trong hạn 0; thường xuyên 0`."""
    from app.exporters.content import PartSummary, SummaryCounts

    content = samples.progress_content(Format.STATE)
    content.summary = SummaryCounts(total=3, not_due=3)
    content.parts = [PartSummary("Phần I. Hoàn thiện thể chế", "Có 2 nhiệm vụ: 2 chưa đến hạn."),
                     PartSummary("Phần II. Phát triển hạ tầng", "Có 1 nhiệm vụ: 1 chưa đến hạn.")]
    doc = build_progress_report(content)
    texts = _paragraphs(doc)
    assert any(t.endswith("chưa có nhiệm vụ nào đến hạn (chưa đến hạn 3).") for t in texts), texts[:4]
    assert not any(" 0;" in t or t.endswith(" 0.") for t in texts)
    said = [t for t in texts if "chưa báo cáo kết quả" in t]
    assert said == ["Trong kỳ, các cơ quan, đơn vị chưa báo cáo kết quả thực hiện các nhiệm vụ của Kế hoạch; "
                    "chưa có nhiệm vụ nào đang thực hiện quá hạn."]
    assert not any(isinstance(b, Heading) and b.text.startswith("Phần") for b in doc.sections[0].blocks)

    content.parts[1].results = ["Sở Xây dựng: đã khảo sát hạ tầng."]  # something reported: part by part again
    texts = _paragraphs(build_progress_report(content))
    assert sum("chưa báo cáo kết quả mới" in t for t in texts) == 1


def test_a_plan_without_targets_says_so_instead_of_an_empty_table(tmp_path: Path) -> None:
    """78-KH/HU has no target: its targets page printed a header row over an empty page."""
    from app.exporters import xlsx_writer
    from app.exporters.builders import build_targets

    content = samples.targets_content()
    assert build_targets(content).tables()
    content.rows = []
    empty = build_targets(content)
    assert not empty.tables()
    assert _paragraphs(empty) == [f"{plan_citation(content.plan, with_subject=False)} không đặt chỉ tiêu định lượng."]
    xlsx_writer.write(empty, tmp_path / "chi-tieu.xlsx")  # the spreadsheet takes it too


def test_the_plans_parts_in_a_detailed_section_ii_are_named_as_the_plans() -> None:
    """The plan's `III.` and `IV.` among the report's own `I.`–`VI.` read as the report's sections: each is the
    plan's part, its title first (`Tổ chức thực hiện (Phần IV của Kế hoạch)`), never `Phần IV. …`."""
    doc = build_progress_report(samples.progress_content(Format.STATE))
    headings = [b.text for b in doc.sections[0].blocks if isinstance(b, Heading)]
    assert "Nhiệm vụ, giải pháp chủ yếu (Phần III của Kế hoạch)" in headings
    assert "Tổ chức thực hiện (Phần IV của Kế hoạch)" in headings
    assert not any(h.startswith("Phần") for h in headings)
