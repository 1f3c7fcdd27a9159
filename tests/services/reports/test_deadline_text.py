"""The `Thời hạn` cell of a report's table: the plan's words when short, else what they mean."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.deadline_phrases import parse_deadline
from app.domain.task_state import TaskState
from app.services.reports.deadline_text import deadline_words, table_deadline
from app.services.task_states import current_due
from app.services.views import NodeView


@pytest.mark.parametrize(("phrase", "due", "printed"), [
    ("Hằng năm, trước ngày 15 tháng 12 để tổng hợp, báo cáo UBND thành phố", None, "15/12 hằng năm"),
    ("Định kỳ hằng năm (trước ngày 15 tháng 12)", date(2026, 12, 15), "15/12 hằng năm"),
    ("trong năm 2021 và các năm tiếp theo", date(2024, 12, 31), "31/12 hằng năm"),
    ("Thường xuyên, định kỳ báo cáo kết quả về Công an thành phố trước ngày 15/12 hằng năm", None, "Thường xuyên"),
    ("trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý II)", None, "Quý I hằng năm"),
    ("Hàng tháng (định kỳ trước ngày 25 hàng tháng), hàng quý (định kỳ trước ngày 25 của tháng cuối quý)", None,
     "Ngày 25 hằng tháng"),
    ("Hoàn thành trước ngày 31/3/2017", date(2017, 3, 31), "31/3/2017"),  # a one-off: its date
    ("Theo kế hoạch tổ chức, sắp xếp lại cơ sở giáo dục mầm non, cơ sở giáo dục phổ thông", None,
     "Theo kế hoạch tổ chức, sắp xếp lại…"),  # no meaning: its first words, as a task's text is cut
    ("Quý IV/2024", date(2024, 12, 31), "Quý IV/2024"),  # short: as the plan wrote it
    ("Thường xuyên", None, "Thường xuyên"),
    # walked (session 15): the plan's `thường xuyên` printed in lower case above a rule's `Thường xuyên`
    ("thường xuyên", None, "Thường xuyên"),
    ("trước 30/6/2025", date(2025, 6, 30), "Trước 30/6/2025"),
])
def test_a_long_deadline_is_printed_as_it_is_understood(phrase: str, due: date | None, printed: str) -> None:
    assert table_deadline(phrase, parse_deadline(phrase, plan_year=2021), due) == printed


@pytest.mark.parametrize(("phrase", "state", "printed"), [
    ("Tháng 7/2024", TaskState.IN_PROGRESS_OVERDUE, "Tháng 7/2024"),  # was `Tháng 7/2024 (31/7/2024)`
    ("2025", TaskState.IN_PROGRESS_OVERDUE, "Năm 2025"),  # was `2025 (31/12/2025)`
    ("Quý III/2025", TaskState.IN_PROGRESS_OVERDUE, "Quý III/2025"),
    ("Trước 15/12", TaskState.IN_PROGRESS_OVERDUE, "Trước 15/12 (15/12/2025)"),  # the year the plan left out
    ("Hằng năm, trước ngày 15 tháng 12 để tổng hợp báo cáo", TaskState.IN_PROGRESS_OVERDUE,
     "15/12 hằng năm (15/12/2025)"),  # the occurrence missed
    ("Hằng năm, trước ngày 15 tháng 12 để tổng hợp báo cáo", TaskState.IN_PROGRESS_ON_TIME, "15/12 hằng năm"),
    ("Hoàn thành trước ngày 31/3/2025 theo chỉ đạo của Ủy ban", TaskState.IN_PROGRESS_OVERDUE, "31/3/2025"),
    ("Thường xuyên", TaskState.ONGOING, "Thường xuyên"),
])
def test_every_report_says_a_deadline_once(phrase: str, state: TaskState, printed: str) -> None:
    """The reminder's letter and annex and the progress report's Phụ lục I print `deadline_words`: the judged date
    in brackets only when the words do not say it."""
    as_of = date(2026, 3, 14)
    deadline = parse_deadline(phrase, plan_year=2025)
    view = NodeView(id=1, plan_id=1, parent_id=None, position=1, depth=0, label="1", kind="task", text="Nhiệm vụ",
                    assignees=(), deadline=deadline, due_date=current_due(deadline, as_of) if deadline else None,
                    state=state, percent=None, version=1)
    assert deadline_words(view, as_of) == printed
