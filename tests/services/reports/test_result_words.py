"""How section II quotes the agencies' results: a body's proper name keeps its capitals after a count, and a result
typed in two paragraphs reads as two sentences (both were seen in the quarter's report of a Thành ủy)."""

from __future__ import annotations

from datetime import date

from app.domain.periods import DateRange
from app.services import Services
from app.services.progress import ProgressEntry
from app.services.reports.condense import Said, lower_first, part_results, period_words
from app.services.views import AssigneeView, NodeView


def _group_task(members: tuple[int, ...]) -> NodeView:
    lead = AssigneeView("lead", "Các cơ quan tham mưu, giúp việc Thành ủy", group_id=1, member_ids=members)
    return NodeView(id=1, plan_id=1, parent_id=None, position=1, depth=0, label="1", kind="task", text="Việc A",
                    assignees=(lead,), deadline=None, due_date=None, state=None, percent=None, version=1)


def test_a_bodys_name_keeps_its_capitals_after_a_count() -> None:
    said = [Said(1, 7, "Văn phòng Thành ủy", "Thành ủy đã ban hành Kế hoạch số 12-KH/TU", "", ""),
            Said(1, 8, "Ban Tổ chức Thành ủy", "Đã tổ chức 3 hội nghị", "", "")]
    line = part_results([_group_task((7, 8))], {1: said})[0]
    assert "1 cơ quan, đơn vị Thành ủy đã ban hành Kế hoạch số 12-KH/TU" in line
    assert "1 cơ quan, đơn vị đã tổ chức 3 hội nghị" in line  # an ordinary first word still follows the count
    assert [lower_first(t) for t in ("Ủy ban nhân dân quận đã họp", "UBND quận đã họp", "Đã họp")] == [
        "Ủy ban nhân dân quận đã họp", "UBND quận đã họp", "đã họp"]


def test_a_result_of_two_paragraphs_reads_as_two_sentences(database) -> None:  # noqa: ANN001
    services = Services(database, user="tester")
    home = services.agencies.create("Sở Nội vụ", kind="so")
    plan = services.plans.create_plan("Kế hoạch A")
    task = services.nodes.add(plan, None, None, label="1", text="Việc A")
    result = "Đã ban hành kế hoạch triển khai\nĐã tổ chức 3 hội nghị:\n- quán triệt;\n\nKhó khăn: không"
    services.progress.record(ProgressEntry(task, home, "2024-Q2", "in_progress", 50, result),
                             today=date(2024, 6, 10))
    with database.session() as s:
        said = period_words(s, plan, ["2024-Q2"], DateRange(date(2024, 3, 15), date(2024, 6, 14)),
                            date(2024, 6, 30))
    assert [x.result for x in said] == [
        "Đã ban hành kế hoạch triển khai. Đã tổ chức 3 hội nghị: - quán triệt; Khó khăn: không"]
