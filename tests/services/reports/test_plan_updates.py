"""condense.plan_updates: the one query both report sections read progress updates through."""

from __future__ import annotations

from datetime import date

from app.models import ProgressUpdate
from app.models.database import Database
from app.services import Services
from app.services.progress import ProgressEntry
from app.services.reports.condense import plan_updates


def test_plan_updates_are_the_plans_own_up_to_the_data_date_oldest_first(database: Database) -> None:
    services = Services(database, user="tester")
    home = services.agencies.create("Sở Nội vụ", kind="so")
    other = services.agencies.create("Sở Tư pháp", kind="so")
    plan = services.plans.create_plan("Kế hoạch A")
    task = services.nodes.add(plan, None, None, label="1", text="Việc A")
    elsewhere = services.nodes.add(services.plans.create_plan("Kế hoạch B"), None, None, label="1", text="Việc B")
    record = services.progress.record
    record(ProgressEntry(task, home, "2024-Q2", "done", None, "Xong"), today=date(2024, 6, 20))
    record(ProgressEntry(task, home, "2024-Q1", "in_progress", 30, "Bắt đầu"), today=date(2024, 3, 1))
    record(ProgressEntry(task, other, "2024-Q1", "in_progress", 10, "Đang soạn"), today=date(2024, 3, 31))
    record(ProgressEntry(elsewhere, home, "2024-Q1", "done", None, "Kế hoạch khác"), today=date(2024, 3, 2))

    with database.session() as s:
        by_march = plan_updates(s, plan, date(2024, 3, 31), ProgressUpdate.result, ProgressUpdate.period)
        by_june = plan_updates(s, plan, date(2024, 6, 30), ProgressUpdate.result)

    # Another plan's update and one received after the data date are not there; the cut-off day counts.
    assert [tuple(r) for r in by_march] == [
        (task, home, "Sở Nội vụ", "Bắt đầu", "2024-Q1"),
        (task, other, "Sở Tư pháp", "Đang soạn", "2024-Q1"),
    ]
    # Oldest first, whatever order they were typed in: the last row of an agency is its latest word.
    assert [r[3] for r in by_june] == ["Bắt đầu", "Đang soạn", "Xong"]
