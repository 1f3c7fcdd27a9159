"""A bullet item is stored as `•2` (glyph and place, so labels stay unique) but the clerk reads
the document's `•`: the task's heading, the search results and the Undo text never show `•2`
(app.domain.text.printed_label, used by the tree already)."""

from __future__ import annotations

from typing import Any

from app.services.nodes import AssigneeSpec
from app.ui.shell.state import TASKS


def test_bullet_label_prints_as_the_document_does(window: Any, qtbot: Any, services: Any,
                                                  sample_plan: dict[str, int]) -> None:
    plan, agency = sample_plan["plan"], sample_plan["agency"]
    bullet = services.nodes.add(plan, sample_plan["t2"], None, label="•2", kind="task",
                                text="Đánh giá đội ngũ công chức cấp xã")
    services.nodes.set_assignments(bullet, [AssigneeSpec("lead", agency_id=agency)])
    window.open_plan(plan)
    window.state.notify(TASKS)
    window.tree.select_node(bullet)
    heading = window.task_panel.heading.text()
    assert heading.startswith("• Đánh giá đội ngũ") and "•2" not in heading

    window.show_search()
    window.search.query.setText("danh gia doi ngu cong chuc")
    window.search.run_search()
    texts = window.search.lines()
    assert texts and all("•2" not in t for t in texts)
    assert any("• Đánh giá đội ngũ công chức cấp xã" in t for t in texts)

    form = window.task_panel.progress
    form.period.setText("Quý IV năm 2021")
    form.result.setPlainText("Đã đánh giá")
    assert form.record()
    undo = window.registry["edit.undo"].text().replace("&", "")
    assert "Đánh giá đội ngũ" in undo and "•" not in undo
