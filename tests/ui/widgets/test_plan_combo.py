"""The plan boxes (send, register, report, audit) name a plan without a number by its kind, not `— title` nor a
bare title (window10, the Party demo's resolution: `app.domain.plan_names.plan_choice`)."""
from __future__ import annotations

from typing import Any

from app.ui.widgets.period_combo import PlanCombo


def test_the_plan_box_names_a_plan_without_number_by_its_kind(qtbot: Any, services: Any,
                                                             sample_plan: dict[str, int]) -> None:
    services.plans.create_plan("Về nâng cao chất lượng đội ngũ cán bộ", doc_type="NQ")
    combo = PlanCombo(services.plans.list_plans(with_progress=False), sample_plan["plan"])
    qtbot.addWidget(combo)
    texts = sorted(combo.itemText(i) for i in range(combo.count()))
    assert texts == ["177/KH-UBND — Triển khai Nghị quyết số 04-NQ/TU về cán bộ",
                     "Nghị quyết — Về nâng cao chất lượng đội ngũ cán bộ"]
    assert combo.plan_id() == sample_plan["plan"]
