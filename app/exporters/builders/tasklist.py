"""Danh mục nhiệm vụ: the plan's tasks in its own numbering, landscape, for distribution."""

from __future__ import annotations

from app.exporters.builders.common import TASK_COLUMNS, plan_citation, task_rows
from app.exporters.content import TaskListContent
from app.exporters.document import AnnexTitle, Document, Orientation, Section, Table

TITLE = "DANH MỤC NHIỆM VỤ"


def build_task_list(c: TaskListContent) -> Document:
    """An annex-style page (`Kèm theo Kế hoạch số ...`), as plans distribute their task list."""
    reference = f"(Kèm theo {plan_citation(c.plan, with_subject=False)})"
    section = Section(
        [
            AnnexTitle("Phụ lục", TITLE, reference),
            Table(TASK_COLUMNS, task_rows(c.items, with_result=False), sheet_name="Danh mục nhiệm vụ"),
        ],
        Orientation.LANDSCAPE,
    )
    return Document(c.format, [section], title=f"Danh mục nhiệm vụ {plan_citation(c.plan, False)}")
