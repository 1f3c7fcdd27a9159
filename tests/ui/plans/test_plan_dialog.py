"""The plan's properties as a clerk reads them (window9)."""
from __future__ import annotations

from typing import Any


def test_the_kind_is_shown_by_its_vietnamese_name_and_stored_as_its_code(qtbot: Any, services: Any,
                                                                        sample_plan: dict[str, int]) -> None:
    """clerk8 saw `Loại văn bản: KH`: the clerk reads `Kế hoạch`, and an untouched kind is no change."""
    from app.ui.plans.plan_dialog import PlanDialog

    dialog = PlanDialog(services.plans.plan(sample_plan["plan"]))
    qtbot.addWidget(dialog)
    assert dialog.doc_type.currentText() == "Kế hoạch"
    assert "doc_type" not in dialog.changes()
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findText("Chỉ thị"))
    assert dialog.changes() == {"doc_type": "CT"}


def test_a_code_the_table_does_not_know_is_shown_and_kept_as_it_is(qtbot: Any, services: Any,
                                                                  sample_plan: dict[str, int]) -> None:
    from app.ui.plans.plan_dialog import PlanDialog

    detail = services.plans.plan(sample_plan["plan"])
    services.plans.update_plan(sample_plan["plan"], detail.version, doc_type="CĐ")
    dialog = PlanDialog(services.plans.plan(sample_plan["plan"]))
    qtbot.addWidget(dialog)
    assert dialog.doc_type.currentText() == "CĐ"
    assert dialog.changes() == {}
