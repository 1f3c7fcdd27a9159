"""Section VI of the periodic report (app.services.reports.conclusions.draft_proposals): what the
overdue tasks call for, addressed or not (a Party report has no Kính gửi)."""

from __future__ import annotations

from datetime import date

from app.domain.periods import Period
from app.domain.task_state import TaskState
from app.models.database import Database
from app.services import Services
from app.services.demo import party_office
from app.services.reports import ReportOptions, ReportService
from app.services.reports.conclusions import draft_proposals
from app.services.views import NodeView


def _task(number: int, state: TaskState) -> NodeView:
    return NodeView(id=number, plan_id=1, parent_id=None, position=number, depth=0, label=str(number), kind="task",
                    text=f"Nhiệm vụ {number}", assignees=(), deadline=None, due_date=None, state=state,
                    percent=None, version=1)


TASKS = [_task(1, TaskState.IN_PROGRESS_OVERDUE), _task(2, TaskState.IN_PROGRESS_OVERDUE),
         _task(3, TaskState.SUSPENDED), _task(4, TaskState.DONE_ON_TIME)]


def test_a_report_with_no_addressee_asks_the_agencies_about_its_overdue_tasks() -> None:
    """`Không có đề xuất, kiến nghị` beside two overdue tasks is what a leader would ask about: the
    body that signs directs those agencies, so it asks them itself."""
    assert draft_proposals([], TASKS, "", "quý I năm 2025") == [
        "Đề nghị các cơ quan, đơn vị chủ trì 2 nhiệm vụ đang quá hạn nêu tại Mục II khẩn trương hoàn thành, "
        "báo cáo kết quả trong quý I năm 2025.",
    ]


def test_an_addressed_report_asks_its_addressee_after_the_agencies_proposals() -> None:
    lines = draft_proposals(["Bố trí kinh phí (Sở Tài chính)."], TASKS, "UBND tỉnh", "quý I năm 2025")
    assert lines == [
        "Bố trí kinh phí (Sở Tài chính).",
        "Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị chủ trì 2 nhiệm vụ đang quá hạn khẩn trương hoàn thành, "
        "báo cáo kết quả.",
    ]


def test_nothing_overdue_and_no_proposal_says_so() -> None:
    assert draft_proposals([], TASKS[2:], "", "quý I năm 2025") == [
        "Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị."]


def test_a_party_report_without_kinh_gui_proposes_from_its_overdue_tasks(demo_db: Database) -> None:
    """The Party office's report on 177/KH-UBND with no addressee (the clerk left Kính gửi empty)."""
    service = ReportService(demo_db)
    service.save_office(party_office())
    plan_id = Services(demo_db).plans.find_by_number("177/KH-UBND")
    options = ReportOptions(issued_on=date(2024, 9, 20), addressees=[])
    content = service.progress(plan_id, Period.parse("2024-Q3"), options=options)
    assert not content.letterhead.addressees and content.summary.overdue
    assert f"Đề nghị các cơ quan, đơn vị chủ trì {content.summary.overdue} nhiệm vụ đang quá hạn nêu tại Mục II " \
           "khẩn trương hoàn thành, báo cáo kết quả trong quý IV năm 2024." in content.proposals, content.proposals
