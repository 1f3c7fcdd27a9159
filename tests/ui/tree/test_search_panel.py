"""The search panel's lines: a plan without a number (a resolution, a plan typed in) shows no
empty number — `Nghị quyết: …`, not `Kế hoạch : …` — and its items name it by its kind and title, not `[]`
nor nothing (window10: `app.domain.plan_names`)."""

from __future__ import annotations

from typing import Any

from app.ui.shell.state import AppState
from app.ui.tree.search_panel import SearchPanel


def test_hits_of_a_plan_without_number_show_no_empty_number(qtbot: Any, services: Any, sample_plan: Any) -> None:
    plan = services.plans.create_plan("Nghị quyết về nâng cao chất lượng đội ngũ cán bộ", doc_type="NQ")
    services.nodes.add(plan, None, None, label="1", kind="task", text="Rà soát cán bộ diện quản lý")
    panel = SearchPanel(AppState(services))
    qtbot.addWidget(panel)
    panel.query.setText("can bo")
    hits = panel.run_search()
    lines = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert len(lines) == len(hits) and panel.status.text() == f"{len(hits)} kết quả"
    assert "Nghị quyết: Nghị quyết về nâng cao chất lượng đội ngũ cán bộ" in lines  # its kind, not `Kế hoạch`
    assert "[Nghị quyết “Nghị quyết về nâng cao chất…”] 1 Rà soát cán bộ diện quản lý" in lines
    assert "Kế hoạch số 177/KH-UBND: Triển khai Nghị quyết số 04-NQ/TU về cán bộ" in lines
    assert not [line for line in lines if " :" in line or line.startswith("[]")], lines
    tips = [panel.results.item(i).toolTip() for i in range(panel.results.count())]
    assert "Nghị quyết “Nghị quyết về nâng cao chất…”\nRà soát cán bộ diện quản lý" in tips
