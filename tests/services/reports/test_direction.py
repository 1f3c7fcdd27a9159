"""Section V of the periodic report (app.services.reports.conclusions.draft_direction)."""

from __future__ import annotations

from app.exporters.content import NextTask
from app.services.reports.conclusions import draft_direction


def test_tasks_due_next_are_dated_from_now_to_the_end_of_the_next_period() -> None:
    """Printed on 15/12/2024, the year's report lists the tasks due 31/12/2024 with those of 2025
    (ND 09's next window starts the day after the cut-off): "đến hạn trong năm 2025" would tell
    the leader a task due this month is due next year."""
    upcoming = [NextTask("Tổ chức các lớp bồi dưỡng kiến thức mới", "Sở Nội vụ", "31/12/2024")]
    [line] = draft_direction([], upcoming, "năm 2025")
    assert line == ("Triển khai 1 nhiệm vụ đến hạn từ nay đến hết năm 2025: Tổ chức các lớp bồi dưỡng kiến thức mới "
                    "(Sở Nội vụ).")
