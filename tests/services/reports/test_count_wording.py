"""Every sentence a report builds around a count, generated for counts 0, 1 and 2 and read against the table a
clerk would type: one task is `nhiệm vụ này`, never `các nhiệm vụ này`, nor `Có 1 nhiệm vụ: 1 chưa đến hạn`
(the one task counted twice), nor `các cơ quan, đơn vị chủ trì` for the one agency that leads it; a count of 0
prints no sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from app.domain.task_state import TaskState
from app.exporters.builders import build_progress_report, build_reminder
from app.exporters.builders.common import tally
from app.exporters.content import PartSummary, ReminderTask, SummaryCounts
from app.exporters.document import Format, Paragraph
from app.services.reports.conclusions import draft_direction, draft_proposals, draft_shortcomings
from app.services.reports.condense import state_counts
from app.services.views import AssigneeView, NodeView
from tests.exporters import samples

PERIOD = "quý III năm 2026"
NEXT = "quý IV năm 2026"


def _tasks(n: int, state: TaskState, lead: str = "Sở Tài chính") -> list[NodeView]:
    return [NodeView(id=k, plan_id=1, parent_id=None, position=k, depth=0, label=str(k), kind="task",
                     text=f"Nhiệm vụ {k}", assignees=(AssigneeView("lead", lead, agency_id=1),), deadline=None,
                     due_date=None, state=state, percent=None, version=1) for k in range(1, n + 1)]


def _paragraphs(doc) -> list[str]:  # noqa: ANN001
    return ["".join(r.text for r in b.runs) for s in doc.sections for b in s.blocks if isinstance(b, Paragraph)]


def _part_sentence(n: int) -> list[str]:
    """Section II of a part with `n` tasks and nothing reported (another part reported, so parts are printed)."""
    content = samples.progress_content(Format.STATE)
    content.summary = SummaryCounts(total=n + 1, not_due=n + 1)
    counts = state_counts(_tasks(n, TaskState.NOT_DUE)) if n else ""  # as `condense.part_summaries` gives them
    content.parts = [PartSummary("1. Thể chế", counts, tasks=n),
                     PartSummary("2. Hạ tầng", "Có 1 nhiệm vụ chưa đến hạn.", ["Sở Xây dựng: đã khảo sát."], tasks=1)]
    return [t for t in _paragraphs(build_progress_report(content)) if "chưa báo cáo kết quả mới" in t]


def _reminder(n: int) -> list[str]:
    content = samples.reminder_content(Format.STATE)
    content.missing_report = False
    content.overdue_count = n
    content.tasks = [ReminderTask(str(k), f"Nhiệm vụ {k}", "Kế hoạch số 177/KH-UBND", "31/12/2025", "Sở Tài chính",
                                  "Đang thực hiện quá hạn") for k in range(1, n + 1)]
    doc = build_reminder(content)
    annex = ["(Phụ lục)"] if len(doc.sections) > 1 else []
    return [t for t in _paragraphs(doc) if t.startswith(("Qua theo dõi", "- Nhiệm vụ", "Để bảo đảm"))] + annex


SENTENCES: dict[str, Callable[[int], list[str]]] = {
    "state counts, one state": lambda n: [state_counts(_tasks(n, TaskState.NOT_DUE))],
    "state counts, two states": lambda n: [tally([(n, "hoàn thành đúng hạn"), (1, "chưa đến hạn")])],
    "part with nothing reported": _part_sentence,
    "III overdue": lambda n: draft_shortcomings(_tasks(n, TaskState.IN_PROGRESS_OVERDUE)
                                                + _tasks(1, TaskState.DONE_ON_TIME), [], PERIOD, [])[:1],
    "III overdue, a lead each": lambda n: draft_shortcomings(
        [replace(v, assignees=(AssigneeView("lead", f"Sở {v.id}", agency_id=v.id),))
         for v in _tasks(n, TaskState.IN_PROGRESS_OVERDUE)], [], PERIOD, [])[:1],
    "V going on": lambda n: draft_direction(_tasks(n, TaskState.IN_PROGRESS_ON_TIME), [], NEXT),
    "VI overdue, one lead": lambda n: draft_proposals([], _tasks(n, TaskState.IN_PROGRESS_OVERDUE), "", NEXT),
    "VI overdue, addressed": lambda n: draft_proposals([], _tasks(n, TaskState.IN_PROGRESS_OVERDUE), "UBND tỉnh", NEXT),
    "reminder": _reminder,
}

EXPECTED: dict[tuple[str, int], list[str]] = {
    ("state counts, one state", 0): ["Có 0 nhiệm vụ."],
    ("state counts, one state", 1): ["Có 1 nhiệm vụ chưa đến hạn."],
    ("state counts, one state", 2): ["Có 2 nhiệm vụ, đều chưa đến hạn."],
    ("state counts, two states", 0): ["Có 1 nhiệm vụ chưa đến hạn."],
    ("state counts, two states", 1): ["Có 2 nhiệm vụ: 1 hoàn thành đúng hạn, 1 chưa đến hạn."],
    ("state counts, two states", 2): ["Có 3 nhiệm vụ: 2 hoàn thành đúng hạn, 1 chưa đến hạn."],
    ("part with nothing reported", 0): [],  # a part without tasks is an opened part's heading
    ("part with nothing reported", 1): [
        "Có 1 nhiệm vụ chưa đến hạn. Trong kỳ, các cơ quan, đơn vị chưa báo cáo kết quả mới đối với nhiệm vụ này."],
    ("part with nothing reported", 2): [
        "Có 2 nhiệm vụ, đều chưa đến hạn. Trong kỳ, các cơ quan, đơn vị chưa báo cáo kết quả mới đối với các nhiệm "
        "vụ này."],
    ("III overdue", 0): [f"Trong {PERIOD}, không có nhiệm vụ quá hạn; các cơ quan, đơn vị được giao nhiệm vụ gửi "
                         "báo cáo đầy đủ, đúng hạn."],
    ("III overdue", 1): ["Còn 1/2 nhiệm vụ đang thực hiện quá hạn, do Sở Tài chính chủ trì."],
    ("III overdue", 2): ["Còn 2/3 nhiệm vụ đang thực hiện quá hạn, tập trung ở các nhiệm vụ do Sở Tài chính chủ trì."],
    ("III overdue, a lead each", 0): [f"Trong {PERIOD}, không có nhiệm vụ quá hạn; các cơ quan, đơn vị được giao "
                                      "nhiệm vụ gửi báo cáo đầy đủ, đúng hạn."],
    ("III overdue, a lead each", 1): ["Còn 1/1 nhiệm vụ đang thực hiện quá hạn, do Sở 1 chủ trì."],
    ("III overdue, a lead each", 2): ["Còn 2/2 nhiệm vụ đang thực hiện quá hạn, do Sở 1, Sở 2 chủ trì."],
    ("V going on", 0): ["Tiếp tục theo dõi, đôn đốc các cơ quan, đơn vị duy trì kết quả đã đạt được và báo cáo theo "
                        "định kỳ."],
    ("V going on", 1): [f"Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện 1 nhiệm vụ đang triển khai trong hạn, báo "
                        f"cáo kết quả {NEXT} đúng hạn."],
    ("V going on", 2): [f"Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện 2 nhiệm vụ đang triển khai trong hạn, báo "
                        f"cáo kết quả {NEXT} đúng hạn."],
    ("VI overdue, one lead", 0): ["Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị."],
    ("VI overdue, one lead", 1): [f"Đề nghị Sở Tài chính khẩn trương hoàn thành 1 nhiệm vụ đang quá hạn nêu tại Mục "
                                  f"II, báo cáo kết quả trong {NEXT}."],
    ("VI overdue, one lead", 2): [f"Đề nghị Sở Tài chính khẩn trương hoàn thành 2 nhiệm vụ đang quá hạn nêu tại Mục "
                                  f"II, báo cáo kết quả trong {NEXT}."],
    ("VI overdue, addressed", 0): ["Trong kỳ, các cơ quan, đơn vị không có đề xuất, kiến nghị."],
    ("VI overdue, addressed", 1): ["Đề nghị UBND tỉnh chỉ đạo Sở Tài chính khẩn trương hoàn thành 1 nhiệm vụ đang "
                                   "quá hạn, báo cáo kết quả."],
    ("VI overdue, addressed", 2): ["Đề nghị UBND tỉnh chỉ đạo Sở Tài chính khẩn trương hoàn thành 2 nhiệm vụ đang "
                                   "quá hạn, báo cáo kết quả."],
    ("reminder", 0): [
        "Để bảo đảm tiến độ thực hiện Kế hoạch, Sở Nội vụ đề nghị Sở Thông tin và Truyền thông báo cáo kết quả thực "
        "hiện quý III năm 2021, gửi về Sở Nội vụ trước ngày 20/01/2024 để tổng hợp, báo cáo theo quy định."],
    ("reminder", 1): [
        "Qua theo dõi, đến nay, Sở Thông tin và Truyền thông còn 1 nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành:",
        "- Nhiệm vụ 1. Thời hạn: 31/12/2025; tình trạng: đang thực hiện quá hạn.",
        "Để bảo đảm tiến độ thực hiện Kế hoạch, Sở Nội vụ đề nghị Sở Thông tin và Truyền thông khẩn trương tập trung "
        "thực hiện, hoàn thành nhiệm vụ nêu trên; báo cáo kết quả thực hiện quý III năm 2021, nêu rõ khó khăn, "
        "vướng mắc và đề xuất giải pháp (nếu có), gửi về Sở Nội vụ trước ngày 20/01/2024 để tổng hợp, báo cáo theo "
        "quy định."],
    ("reminder", 2): [
        "Qua theo dõi, đến nay, Sở Thông tin và Truyền thông còn 2 nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành:",
        "- Nhiệm vụ 1. Thời hạn: 31/12/2025; tình trạng: đang thực hiện quá hạn.",
        "- Nhiệm vụ 2. Thời hạn: 31/12/2025; tình trạng: đang thực hiện quá hạn.",
        "Để bảo đảm tiến độ thực hiện Kế hoạch, Sở Nội vụ đề nghị Sở Thông tin và Truyền thông khẩn trương tập trung "
        "thực hiện, hoàn thành 2 nhiệm vụ nêu trên; báo cáo kết quả thực hiện quý III năm 2021, nêu rõ khó khăn, "
        "vướng mắc và đề xuất giải pháp (nếu có), gửi về Sở Nội vụ trước ngày 20/01/2024 để tổng hợp, báo cáo theo "
        "quy định."],
}


@pytest.mark.parametrize("count", [0, 1, 2])
@pytest.mark.parametrize("name", list(SENTENCES))
def test_each_count_sentence_reads_as_typed(name: str, count: int) -> None:
    assert SENTENCES[name](count) == EXPECTED[(name, count)]


def test_three_overdue_tasks_go_to_the_reminders_annex() -> None:
    """Up to two tasks are named in the letter; from three on the letter points to its Phụ lục, as before."""
    lines = _reminder(3)
    assert lines[0].endswith("chưa hoàn thành (chi tiết tại Phụ lục kèm theo).") and lines[-1] == "(Phụ lục)"
    assert "hoàn thành 3 nhiệm vụ nêu tại Phụ lục kèm theo" in lines[1]
