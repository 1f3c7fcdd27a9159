"""Edit → Undo names the task whose progress was recorded by its labels from the plan's top, as the tree nests them:
`Ghi tiến độ: 6 — …` read the same for II.6 and III.6."""

from __future__ import annotations

from typing import Any

from app.services.nodes import AssigneeSpec


def _record(window: Any, task: int) -> str:
    window.tree.select_node(task)
    form = window.task_panel.progress
    form.period.setText("Quý IV năm 2021")
    form.result.setPlainText("Đã tổ chức hội nghị")
    assert form.record()
    return window.registry["edit.undo"].text().replace("&", "")


def test_undo_names_a_task_by_its_path_label(window: Any, services: Any, sample_plan: dict[str, int]) -> None:
    plan, add = sample_plan["plan"], services.nodes.add
    s3 = add(plan, None, None, label="III", kind="section", text="TỔ CHỨC THỰC HIỆN")
    again = add(plan, s3, None, label="1", kind="task", text="Sơ kết việc thực hiện")
    bullet = add(plan, s3, None, label="•1", kind="task", text="Phổ biến đến cán bộ, công chức")
    for task in (again, bullet):
        services.nodes.set_assignments(task, [AssigneeSpec("lead", agency_id=sample_plan["agency"])])
    window.reload_plans()
    window.open_plan(plan)
    assert "Ghi tiến độ: II.1 — Sở Nội vụ" in _record(window, sample_plan["t1"])
    assert "Ghi tiến độ: III.1 — Sở Nội vụ" in _record(window, again)
    assert "Ghi tiến độ: Phổ biến đến cán bộ, công chức — Sở Nội vụ" in _record(window, bullet)
