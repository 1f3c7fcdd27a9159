"""How a report cites the plan it reports on (`collect.plan_ref`)."""

from __future__ import annotations

from datetime import date

from app.exporters.builders.common import plan_citation, plan_short
from app.models import Plan
from app.services.reports.collect import plan_ref


def test_a_number_without_its_serial_is_not_cited() -> None:
    """tests/fixtures/real2/2ab9f90ee834d2c1 is an annex `Kèm theo … Nghị quyết số  /NQ-CP ngày 01 tháng 01 năm 2025`:
    its reports were titled `Kết quả thực hiện Nghị quyết số /NQ-CP ngày 01/01/2025 …`."""
    plan = Plan(number="/NQ-CP", doc_type="NQ", issuer="Chính phủ", issued_on=date(2025, 1, 1),
                title="Danh mục các nhiệm vụ triển khai chương trình hành động")
    ref = plan_ref(plan)
    assert plan_citation(ref) == ("Nghị quyết ngày 01/01/2025 của Chính phủ về danh mục các nhiệm vụ triển khai "
                                  "chương trình hành động")
    # named again (the closing line): by date and issuer, the subject said once (the closing took 5 lines)
    assert plan_short(ref) == "Nghị quyết ngày 01/01/2025 của Chính phủ"
    plan.number = "05/NQ-CP"
    assert plan_short(plan_ref(plan)) == "Nghị quyết số 05/NQ-CP"
