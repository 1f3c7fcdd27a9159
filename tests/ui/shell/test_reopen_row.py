"""Reopening the program shows the plan and the row the clerk left (window9; clerk8 found the first row current)."""
from __future__ import annotations

from typing import Any


def test_the_window_reopens_on_the_last_plan_and_row(make_window: Any, services: Any, settings: Any,
                                                    sample_plan: dict[str, int]) -> None:
    other = services.plans.create_plan("Kế hoạch khác", number="9/KH-UBND")
    row = services.nodes.add(other, None, None, label="1", kind="task", text="Việc của kế hoạch khác")
    first = make_window()
    first.open_plan(sample_plan["plan"])
    assert first.tree.select_node(sample_plan["t2"])
    first.close()
    second = make_window()
    assert second.tree.plan_id == sample_plan["plan"]
    assert second.tree.current_id() == sample_plan["t2"]
    second.open_plan(other)
    second.tree.select_node(row)
    second.close()
    services.nodes.delete(row)  # the row left is gone: the plan opens on its first row, as before
    third = make_window()
    assert third.tree.plan_id == other and third.tree.current_id() != row
    third.close()
