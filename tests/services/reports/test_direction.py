"""Section V of the periodic report (app.services.reports.conclusions.draft_direction)."""

from __future__ import annotations

import re
from datetime import date

from app.domain.periods import Period
from app.exporters.content import NextTask
from app.models.database import Database
from app.services import Services
from app.services.reports.conclusions import draft_direction
from app.services.reports.progress import ReportOptions


def test_tasks_due_next_are_dated_from_now_to_the_end_of_the_next_period() -> None:
    """Printed on 15/12/2024, the year's report lists the tasks due 31/12/2024 with those of 2025
    (ND 09's next window starts the day after the cut-off): "đến hạn trong năm 2025" would tell
    the leader a task due this month is due next year."""
    upcoming = [NextTask("Tổ chức các lớp bồi dưỡng kiến thức mới", "Sở Nội vụ", "31/12/2024")]
    [line] = draft_direction([], upcoming, "năm 2025")
    assert line == ("Triển khai 1 nhiệm vụ đến hạn từ nay đến hết năm 2025: Tổ chức các lớp bồi dưỡng kiến thức mới "
                    "(Sở Nội vụ).")


def test_after_nine_months_the_next_period_is_the_rest_of_the_year(demo_db: Database) -> None:
    """A 9-month report looks ahead to the year's end (the year's report comes next), not to the next year's
    9 months: `… đến hết 9 tháng năm 2025` counted a whole year of tasks as the next period's, and `báo cáo kết quả
    9 tháng năm 2025 đúng hạn` named a report due a year later."""
    services = Services(demo_db, user="tester")
    said = []
    for plan in services.plans.list_plans(with_progress=False):
        content = services.reports.progress(plan.id, Period.parse("2024-9M"), date(2024, 9, 14),
                                            ReportOptions(issued_on=date(2024, 9, 25)))
        said += [*content.direction, *content.proposals]
        assert all(due_year(task.deadline) <= 2024 for task in content.next_tasks if not task.overdue), plan.number
    assert not [line for line in said if "2025" in line]
    assert any("báo cáo kết quả năm 2024 đúng hạn" in line for line in said)


def due_year(deadline: str) -> int:
    """The latest year a printed deadline names (`6/2025`, `Giai đoạn 2023-2024`, `31/12/2024`)."""
    return max(int(year) for year in re.findall(r"(?<!\d)20\d\d(?!\d)", deadline))
