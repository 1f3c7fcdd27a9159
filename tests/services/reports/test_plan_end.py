"""A plan whose last deadline has passed is still reported on while a task of it is overdue.

Walked (session 16): 45-KH/TU of Tỉnh ủy Thanh Hóa (genre 02), whose dated tasks all fell due by 30/9/2024, four of
them unfinished, with agencies' progress typed for 2026-Q3: every report of 2026 and its reminders were refused with
`Kỳ quý III năm 2026 bắt đầu sau thời hạn cuối cùng … không có nhiệm vụ nào để báo cáo` — yet the overdue tasks are
what a leader most needs reported and the agencies reminded of."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain.periods import Period
from app.importers import import_plan_document
from app.services import Services
from app.services.progress import ProgressEntry
from app.services.reports.request import DocKind, ReportRequest
from app.services.task_states import lead_agency_ids

PLAN = Path(__file__).parents[2] / "fixtures" / "genre" / "02_thanhhoa_tinhuy.txt"


def _problem(services: Services, plan: int, period: str) -> str | None:
    return services.reports.period_problem(ReportRequest(DocKind.PROGRESS, plan, Period.parse(period)))


def test_a_plan_past_its_last_deadline_is_reported_while_a_task_is_overdue(services: Services) -> None:
    _blocks, document = import_plan_document(PLAN)
    plan = services.plan_import.store(document).plan_id
    assert _problem(services, plan, "2026-Q3") is None  # was: refused, "không có nhiệm vụ nào để báo cáo"
    for view in services.plans.tree(plan, date(2024, 9, 1)):  # every task done by its lead in time …
        for agency in lead_agency_ids(view.assignees) if view.kind == "task" else []:
            services.progress.record(ProgressEntry(view.id, agency, "2024-Q3", "done", reported_on=date(2024, 9, 1)),
                                     today=date(2024, 9, 1))
    problem = _problem(services, plan, "2026-Q3")  # … and a period after the plan's end has nothing to report
    assert problem is not None and problem.endswith("không có nhiệm vụ nào để báo cáo.")
    assert _problem(services, plan, "2024-Q3") is None
